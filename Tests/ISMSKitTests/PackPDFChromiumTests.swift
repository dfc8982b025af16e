import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// How `isms pack --pdf` finds Chromium and treats a Chromium that fails or hangs, with small
/// shell scripts in its place (no Chromium needed).
@Suite("pack.pdf: finding Chromium, its failures and its time limit", .serialized)
final class PackPDFChromiumTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.path + "/isms-chromium-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func script(_ name: String, _ body: String) throws -> String {
        let path = folder + "/" + name
        // Written through a close-on-exec descriptor: a process that another test starts at this
        // moment must not inherit it, or running the script fails with "Text file busy".
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    @Test("ISMS_CHROMIUM wins over PATH; PATH is searched for chromium, then chromium-browser")
    func order() throws {
        let browser = try script("chromium-browser", "exit 0")
        let given = try script("my-chromium", "exit 0")
        let path = "/nonexistent:" + folder
        #expect(try ChromiumPrinter.locate(environment: ["PATH": path], fallback: "/nonexistent").executable == browser)
        let chosen = try ChromiumPrinter.locate(environment: ["PATH": path, "ISMS_CHROMIUM": given])
        #expect(chosen.executable == given)
    }

    @Test("no Chromium anywhere: the error names the Debian package and ISMS_CHROMIUM")
    func missing() {
        #expect {
            try ChromiumPrinter.locate(environment: ["PATH": folder], fallback: folder + "/none")
        } throws: { error in
            let text = (error as? PackError)?.description ?? ""
            return text.contains("apt-get install chromium") && text.contains("ISMS_CHROMIUM")
        }
        #expect {
            try ChromiumPrinter.locate(environment: ["ISMS_CHROMIUM": folder])
        } throws: { error in
            ((error as? PackError)?.description ?? "").contains("ISMS_CHROMIUM=\(folder) is not an executable file")
        }
    }

    @Test("a failing Chromium's last 12 lines are shown with its exit status")
    func failure() throws {
        // Standard error and standard output both reach the log, in the order written.
        let noisy = try script("noisy", "seq 1 40 >&2; seq 41 45; exit 3")
        let printer = ChromiumPrinter(executable: noisy)
        #expect {
            try printer.printPDF(page: folder + "/index.html", to: folder + "/out.pdf", profile: folder)
        } throws: { error in
            let text = (error as? PackError)?.description ?? ""
            return text.contains("exit status 3") && text.hasSuffix("\n39\n40\n41\n42\n43\n44\n45")
                && !text.contains("\n33\n")
        }
        // Exit 0 without writing the PDF is a failure too.
        let silent = ChromiumPrinter(executable: try script("silent", "exit 0"))
        #expect(throws: PackError.self) {
            try silent.printPDF(page: folder + "/index.html", to: folder + "/none.pdf", profile: folder)
        }
    }

    @Test("a Chromium that hangs is killed with everything it started when the time is up")
    func timeout() throws {
        let marker = folder + "/still-running"
        let hanging = try script("hanging", "(sleep 3; touch '\(marker)') & sleep 30")
        let printer = ChromiumPrinter(executable: hanging, timeout: 1)
        let start = Date()
        #expect {
            try printer.printPDF(page: folder + "/index.html", to: folder + "/out.pdf", profile: folder)
        } throws: { error in
            ((error as? PackError)?.description ?? "").contains("within 1 seconds and was stopped")
        }
        #expect(Date().timeIntervalSince(start) < 10)
        // The child it left in the background was in its process group and died with it.
        Thread.sleep(forTimeInterval: 3)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
