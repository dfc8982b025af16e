import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms review draft, end to end")
struct ReviewDraftCommandTests {
    static let hostile = "[klik](javascript:alert(1)) <script>alert(2)</script> *vet* | `code` # kop"

    /// The management-system fixture with the risk method and one risk above the criteria, an
    /// earlier review whose action is overdue, a request in the period, an open opportunity, and
    /// an objective whose text is a Markdown and HTML payload.
    static func fixture() throws -> FixtureRegister {
        let fixture = try FixtureRegister.withManagementSystem()
        try fixture.write("isms.yaml", RiskFixtures.settings)
        try fixture.write("controls/risks/R-1.yaml", RiskFixtures.risk("R-1"))
        try fixture.write(
            "controls/objectives/OBJ-2.yaml",
            ManagementSystemFixtures.objective("OBJ-2", due: "2026-05-01").replacingOccurrences(
                of: "\"All staff complete the yearly security training\"", with: ReportFixture.yaml(hostile)
            )
            .replacingOccurrences(of: "    value: 96", with: "    value: 90"))
        try fixture.write(
            "controls/reviews/MR-0.yaml",
            ManagementSystemFixtures.review("MR-0", date: "2025-05-20").replacingOccurrences(
                of: "due: 2026-09-30", with: "due: 2025-12-31"))
        try fixture.write(
            "controls/nonconformities/NC-2.yaml",
            ManagementSystemFixtures.nonconformity(
                "NC-2", grade: "opportunity", source: "management-review", raisedIn: "MR-1", actions: "",
                effectiveness: nil, closed: nil
            ).replacingOccurrences(of: "raised: 2026-04-15", with: "raised: 2026-05-20"))
        try fixture.write(
            "controls/requests/DSR-2026-01.yaml",
            RequestFixtures.request("DSR-2026-01", received: "2026-05-18", answered: "2026-05-25"))
        return fixture
    }

    private func draft(_ fixture: FixtureRegister, _ extra: [String] = []) throws -> IsmsBinary.Result {
        try IsmsBinary.run(["review", "draft", "-C", fixture.root, "--as-of", FixtureRegister.asOf] + extra)
    }

    @Test("the draft of the fixture matches its golden file, section by section of 9.3.2")
    func golden() throws {
        let result = try draft(try Self.fixture())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Golden.mismatch(result.stdout, golden: "review-draft.md") == nil)
        let headings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }.map {
            String($0.dropFirst(3))
        }
        #expect(headings == ManagementReview.Input.allCases.map(\.title))
    }

    @Test(
        "in Dutch (--lang nl, or the register's report-language) the draft uses the Dutch terms; register text stays as written"
    )
    func dutch() throws {
        let result = try draft(try Self.fixture(), ["--lang", "nl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Golden.mismatch(result.stdout, golden: "review-draft-nl.md") == nil)
        let headings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }.map {
            String($0.dropFirst(3))
        }
        #expect(headings == ManagementReview.Input.allCases.map { $0.title(.nl) })
        #expect(result.stdout.contains("| NC-1 | kleine afwijking | A.5.12 | Classification labels missing |"))
        #expect(result.stdout.contains("verbeterkans") && result.stdout.contains("VERLOPEN sinds 2025-12-31"))
        #expect(result.stdout.hasPrefix("# Inbreng voor de directiebeoordeling: Fixture B.V.\n\nConcept, door"))
    }

    @Test("the period starts the day after the last review held; --since moves it")
    func period() throws {
        let fixture = try Self.fixture()
        let byDefault = try draft(fixture).stdout
        #expect(byDefault.contains("for the period 2026-05-16 to 2026-06-01"))
        #expect(byDefault.contains("No internal audit performed in the period."))
        // MR-1's action is open, MR-0's overdue: both reviews are earlier than the period.
        #expect(byDefault.contains("| MR-0 (2025-05-20) |") && byDefault.contains("OVERDUE since 2025-12-31"))
        let wider = try draft(fixture, ["--since", "2026-01-01"]).stdout
        #expect(wider.contains("for the period 2026-01-01 to 2026-06-01"))
        #expect(wider.contains("**IA-1** Internal audit 2026, performed 2026-04-15"))
        #expect(wider.contains("Findings: NC-1 (minor), NC-2 (opportunity)") == false)
        #expect(wider.contains("Findings: NC-1 (minor)."))
        let late = try draft(fixture, ["--since", "2026-07-01"])
        #expect(late.status == 2 && late.stderr.contains("--since 2026-07-01 is after the as-of date"))
    }

    @Test("a CommonMark reader finds no link, emphasis, code or HTML from the register's text")
    func literal() throws {
        let markdown = try draft(try Self.fixture()).stdout
        let html = try MarkdownReader.html(markdown)
        #expect(!html.contains("<a ") && !html.contains("<script") && !html.contains("<em>vet</em>"))
        #expect(!html.contains("<code>alert") && !html.contains("<code>code</code>"))
        #expect(html.contains("[klik](javascript:alert(1)) &lt;script&gt;alert(2)&lt;/script&gt; *vet* | `code` # kop"))
        // The tables stay tables: one per section that has rows.
        #expect(html.components(separatedBy: "<table>").count - 1 == 4)
    }

    @Test("--output writes the draft atomically and never overwrites a draft being edited")
    func output() throws {
        let fixture = try Self.fixture()
        let path = fixture.root + "/draft.md"
        let first = try draft(fixture, ["--output", path])
        #expect(first.status == 0 && first.stdout.isEmpty, "\(first.stderr)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try draft(fixture)).stdout)
        try "edited by the compliance lead\n".write(toFile: path, atomically: true, encoding: .utf8)
        let second = try draft(fixture, ["--output", path])
        #expect(second.status == 2 && second.stderr.contains("exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by the compliance lead\n")
    }

    @Test("--previous adds the coverage trend from an intact pack, and refuses a damaged one")
    func previous() throws {
        let fixture = try Self.fixture()
        let elsewhere = try FixtureRegister(baseline: false)
        let old = elsewhere.root + "/old-pack"
        let pack = try IsmsBinary.run(["pack", "-C", fixture.root, "--as-of", FixtureRegister.asOf, "--out", old])
        try #require(pack.status == 0, "\(pack.stderr)")
        let trend = try draft(fixture, ["--previous", old]).stdout
        #expect(
            trend.contains(
                "In the previous pack (2026, as of 2026-06-01): 93 covered, 0 expiring, 0 expired, 0 missing."))
        try "tampered\n".write(toFile: old + "/pack.xml", atomically: true, encoding: .utf8)
        let refused = try draft(fixture, ["--previous", old])
        #expect(refused.status == 2 && refused.stdout.isEmpty)
    }
}

@Suite("isms status, the management system")
struct ManagementSystemStatusTests {
    @Test("status shows the audit and review due, the planned audits, open nonconformities and overdue actions")
    func status() throws {
        let fixture = try ReviewDraftCommandTests.fixture()
        try fixture.write(
            "controls/audits/IA-2.yaml",
            ManagementSystemFixtures.audit("IA-2", planned: "2027-04-12", performed: nil))
        try fixture.write(
            "controls/nonconformities/NC-3.yaml",
            ManagementSystemFixtures.nonconformity(
                "NC-3", grade: "major",
                actions: "  - action: \"Fix \\u001B[31m it\"\n    owner: IT Lead\n    due: 2026-05-30\n",
                effectiveness: nil, closed: nil))
        let result = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Golden.mismatch(result.stdout, golden: "status-management.txt") == nil)
        #expect(result.stdout.contains("internal audit  next due 2027-04-15  (last: IA-1, performed 2026-04-15)"))
        #expect(result.stdout.contains("nonconformities 1 open (1 major, 0 minor): NC-3"))
        #expect(result.stdout.contains("2025-12-31  MR-0  Security Officer  Write the retention schedule"))
        #expect(!result.stdout.contains("\u{1B}"), "a record's escape sequence never reaches the terminal")
    }

    @Test("without management-system records, status has no such section")
    func absent() throws {
        let fixture = try FixtureRegister()
        let result = try IsmsBinary.run(["status", "-C", fixture.root, "--as-of", FixtureRegister.asOf])
        #expect(result.status == 0 && !result.stdout.contains("Management system"))
    }
}

/// markdown-it-py, a CommonMark reader with GitHub tables, turning Markdown into HTML.
enum MarkdownReader {
    static let script = """
        import sys
        from markdown_it import MarkdownIt
        print(MarkdownIt("commonmark").enable("table").render(open(sys.argv[1], encoding="utf-8").read()))
        """

    static func html(_ markdown: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.path + "/isms-draft-" + UUID().uuidString + ".md"
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, file])
        try #require(result.status == 0, "python3 with markdown-it-py failed: \(result.output)")
        return result.output
    }
}
