import Foundation
import ISMSTestSupport
import Testing

@testable @_spi(Testing) import ISMSKit

/// The running header and footer of the printed pack: register text reaches the CSS only as an
/// escaped string, and the footer carries pack.xml's SHA-256 and the signing key's number.
@Suite("Printed pack: running header and footer")
struct PrintFrameTests {
    @Test("register text in the running header stays one CSS string, whatever it holds")
    func escaping() {
        let hostile = "x\"; } body { display: none } </style><script>alert(1)</script> \\ & \u{202E}fdp.exe\n é"
        let css = CSSText.string(hostile)
        #expect(css.first == "\"" && css.last == "\"")
        let inside = css.dropFirst().dropLast()
        #expect(!inside.contains("\""), "\(css)")
        #expect(!css.contains("<") && !css.contains("&") && !css.contains(">") && !css.contains("{"))
        // Every backslash starts a hex escape ended by a space.
        #expect(inside.split(separator: "\\").dropFirst().allSatisfy { $0.wholeMatch(of: /[0-9A-F]+ .*/) != nil })
        #expect(css.contains("\\22 ") && css.contains("\\3C /style\\3E "))
        #expect(css.contains("[U+202E]fdp.exe") && css.contains("\\E9 "))
        #expect(CSSText.string("PSMS B.V. 2026-11-02") == "\"PSMS B.V. 2026-11-02\"")
    }

    @Test("a pack's pages carry the header, the page number and pack.xml's SHA-256, unsigned and signed")
    func footer() throws {
        let fixture = try ReportFixture.make()
        for signed in [false, true] {
            let folder = FileManager.default.temporaryDirectory.path + "/isms-print-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var request = PackRequest(asOf: CalendarDate(FixtureRegister.asOf)!, language: .nl, output: folder)
            let key = SignifySecretKey.generate()
            if signed { request.signer = PackSigner(key: key, comment: "verify with test.pub") }
            _ = try PackBuilder.build(try fixture.load(), request)
            let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
            let xml = try Data(contentsOf: URL(fileURLWithPath: folder + "/pack.xml"))
            let digest = Digest.sha256(Array(xml))
            let frame = try PackTesting.excerpt(html, from: "<style media=\"print\">", to: "</style>")
            #expect(frame.contains("@top-left { content: \""), "\(frame)")
            #expect(frame.contains("counter(page)") && frame.contains("counter(pages)"))
            let signature = signed ? "ondertekend met signify-sleutel \(key.keyNumberHex)" : "niet ondertekend"
            #expect(frame.contains("@bottom-left { content: \"SHA-256 van pack.xml: \(digest) \\B7  "), "\(frame)")
            #expect(frame.contains(signature), "\(frame)")
            let footer = "<footer class=\"pack-binding\"><p>SHA-256 van pack.xml: \(digest) · \(signature)</p>"
            #expect(html.contains(footer))
        }
    }

    @Test("HTML rendered without a pack (no pack.xml yet) has a header and page numbers but no binding")
    func withoutPack() throws {
        let html = PackHTMLRenderer.render(try PackTesting.content(try ReportFixture.make()))
        #expect(html.contains("@top-left") && html.contains("counter(pages)"))
        #expect(!html.contains("@bottom-left { content:") && !html.contains("pack-binding\">"))
    }
}
