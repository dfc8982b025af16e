import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("Statement of Applicability table")
struct SoATableTests {
    @Test("one row per control: Annex A in the standard's order, then own controls by id")
    func ordering() throws {
        let fixture = try ReportFixture.make()
        let entries = SoATable.entries(try ReportFixture.report(fixture))
        #expect(entries.count == 95)
        #expect(entries.prefix(93).map(\.id) == AnnexACatalog.controls.map(\.id))
        #expect(entries[8].id == "A.5.9" && entries[9].id == "A.5.10")
        #expect(entries.suffix(2).map(\.id) == ["ORG-10", "ORG-2"])
        #expect(entries.last?.theme == nil)
        #expect(entries.first?.theme == .organizational)
        #expect(entries[92].theme == .technological)
    }

    @Test("every evidence state, with current evidence first")
    func states() throws {
        let fixture = try ReportFixture.make()
        let byID = Dictionary(
            uniqueKeysWithValues: SoATable.entries(try ReportFixture.report(fixture)).map { ($0.id, $0) })
        #expect(byID["A.5.1"]?.state == .covered)
        #expect(byID["A.5.1"]?.evidence == ["ev-policy"])
        #expect(byID["A.5.3"]?.state == .notApplicable)
        #expect(byID["A.5.3"]?.applicable == false)
        #expect(byID["A.5.5"]?.state == .expired)
        #expect(byID["A.5.5"]?.evidence == ["ev-old"])
        #expect(byID["A.5.6"]?.state == .expiring)
        #expect(byID["A.5.6"]?.evidence == ["ev-soon", "ev-old"])
        #expect(byID["A.5.7"]?.state == .missing)
        #expect(byID["A.5.7"]?.evidence == [])
        #expect(byID["A.5.8"]?.applicable == nil)
        #expect(byID["ORG-2"]?.state == .covered)
        // A year later ev-soon has ended too, and ev-old is still listed after it.
        let later = Dictionary(
            uniqueKeysWithValues: SoATable.entries(try ReportFixture.report(fixture, asOf: "2026-07-01")).map {
                ($0.id, $0)
            })
        #expect(later["A.5.6"]?.state == .expired)
        #expect(later["A.5.6"]?.evidence == ["ev-soon", "ev-old"])
    }

    @Test("an Annex A control without a record keeps its row, undecided and missing")
    func missingRecord() throws {
        let fixture = try ReportFixture.make()
        try fixture.remove("controls/annex-a/A.7.4.yaml")
        let entries = SoATable.entries(try ReportFixture.report(fixture))
        let row = try #require(entries.first { $0.id == "A.7.4" })
        #expect(entries.count == 95)
        #expect(row.title == "Physical security monitoring")
        #expect(row.theme == .physical)
        #expect(row.applicable == nil && row.state == .missing && !row.hasRecord)
    }

    @Test("the table's cells: yes/no/undecided, theme, status, evidence joined")
    func cells() throws {
        let fixture = try ReportFixture.make()
        let table = SoATable.build(try ReportFixture.report(fixture))
        #expect(
            table.columns.map(\.key) == [
                "id", "title", "theme", "applicable", "justification", "risks", "requirements", "status", "owner",
                "evidence", "state", "review-by",
            ])
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[0].text, $0.map(\.text)) })
        #expect(
            rows["A.5.3"] == [
                "A.5.3", "Segregation of duties", "organizational", "no",
                "Excluded: five people, no segregation possible.", "", "",
                "not-started", "CISO", "", "not-applicable", "",
            ])
        #expect(rows["A.5.6"]?[9] == "ev-soon; ev-old")
        #expect(rows["A.5.8"]?[3] == "undecided")
        #expect(rows["ORG-2"]?[2] == "")
        #expect(table.fields.map(\.key) == ["organisation", "as-of"])
    }
}

@Suite("CSV writer")
struct CSVWriterTests {
    private func table(_ rows: [[String]], fields: [ReportTable.Field] = []) -> ReportTable {
        ReportTable(
            kind: "test", title: "Test", fields: fields, rowsKey: "rows",
            columns: [.init("a", "A"), .init("b", "B")], rows: rows.map { $0.map(ReportCell.text) })
    }

    @Test("a BOM, a header row and CRLF after every record")
    func frame() {
        let csv = CSVWriter().write(table([["1", "2"], ["3", "4"]]))
        #expect(csv == "\u{FEFF}A,B\r\n1,2\r\n3,4\r\n")
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test("fields with a comma, quote, CR or LF are quoted, quotes doubled; others are not")
    func quoting() {
        #expect(CSVWriter.field("plain text") == "plain text")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("one\ntwo") == "\"one\ntwo\"")
        #expect(CSVWriter.field("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.field("semi; colon") == "semi; colon")
    }

    @Test("formula injection is neutralised with a leading apostrophe", arguments: ["=", "+", "-", "@", "\t", "\r"])
    func formula(start: String) {
        let field = CSVWriter.field(start + "SUM(A1:A9)")
        #expect(field.hasPrefix("'" + start) || field.hasPrefix("\"'" + start))
        #expect(CSVWriter.field("=1+2, 3") == "\"'=1+2, 3\"")
        #expect(CSVWriter.field("a=b") == "a=b")
    }

    @Test("Dutch accents stay as written, in UTF-8")
    func accents() {
        let csv = CSVWriter().write(table([["cliënt", "één, beëindigd"]]))
        #expect(csv.contains("cliënt,\"één, beëindigd\"\r\n"))
        #expect(Data(csv.utf8).range(of: Data("cli\u{00EB}nt".utf8)) != nil)
    }

    @Test("control characters become visible; line breaks stay inside quotes")
    func controls() {
        #expect(CSVWriter.field("red\u{1B}[31m") == "red\\u{1b}[31m")
        #expect(CSVWriter.field("rtl\u{202E}x") == "rtl\\u{202e}x")
    }

    @Test("fields marked inEveryRow become leading columns")
    func repeatedFields() {
        let csv = CSVWriter().write(
            table(
                [["1", "2"]],
                fields: [.init("c", "Controller", .text("X B.V."), inEveryRow: true), .init("d", "As of", .text("d"))]))
        #expect(csv == "\u{FEFF}Controller,A,B\r\nX B.V.,1,2\r\n")
    }

    @Test("the SoA as CSV: the accented, the tricky and the formula justification")
    func soa() throws {
        let fixture = try ReportFixture.make()
        let csv = CSVWriter().write(SoATable.build(try ReportFixture.report(fixture)))
        #expect(
            csv.hasPrefix(
                "\u{FEFF}Id,Title,Theme,Applicable,Justification,Risks,Requirements,Status,Owner,Evidence,Evidence state,"
                    + "Review by\r\n"
            ))
        #expect(
            csv.contains(
                "A.5.1,Policies for information security,organizational,yes,\"\(ReportFixture.dutchJustification)\",,,implemented,CISO,ev-policy,covered,\r\n"
            ))
        #expect(
            csv.contains(
                "\"Roles, as \"\"agreed\"\"\nby the board\",,,implemented,\"Directie, Security Officer\",ev-policy,covered,\r\n"
            ))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,implemented,"))
        #expect(csv.components(separatedBy: "\r\n").count == 95 + 2)
    }
}

@Suite("Markdown table writer")
struct MarkdownTableWriterTests {
    @Test("pipes, backslashes and markup are escaped; line breaks become <br>")
    func cells() {
        #expect(MarkdownTableWriter.cell("a | b") == "a \\| b")
        #expect(MarkdownTableWriter.cell("a\\|b") == "a\\\\\\|b")
        #expect(MarkdownTableWriter.cell("<b>x</b> & y") == "&lt;b>x&lt;/b> &amp; y")
        #expect(MarkdownTableWriter.cell("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four")
        #expect(MarkdownTableWriter.cell("cliënt") == "cliënt")
    }

    @Test("a heading, the fields, then a GitHub table with one row per control")
    func soa() throws {
        let fixture = try ReportFixture.make()
        let md = MarkdownTableWriter().write(SoATable.build(try ReportFixture.report(fixture)))
        let lines = md.components(separatedBy: "\n")
        #expect(lines[0] == "# Statement of Applicability")
        #expect(lines[2] == "- Organisation: Fixture B.V.")
        #expect(lines[3] == "- As of: 2026-06-01")
        #expect(
            lines[5]
                == "| Id | Title | Theme | Applicable | Justification | Risks | Requirements | Status | Owner | Evidence | Evidence state "
                + "| Review by |"
        )
        #expect(lines[6] == "|" + String(repeating: " --- |", count: 12))
        #expect(md.contains("| ORG-10 | Pipes \\| and &lt;b>tags&lt;/b> |  | yes |"))
        #expect(md.contains("| Roles, as \"agreed\"<br>by the board |"))
        #expect(lines.filter { $0.hasPrefix("| ") }.count == 1 + 1 + 95)
        // Every row has the same number of unescaped pipes as the header.
        for line in lines where line.hasPrefix("| ") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 13, "\(line)")
        }
    }
}

@Suite("JSON table writer")
struct JSONTableWriterTests {
    @Test("format, version, fields and rows keyed by column; lists stay arrays; booleans and null")
    func soa() throws {
        let fixture = try ReportFixture.make()
        let json = JSONTableWriter().write(SoATable.build(try ReportFixture.report(fixture)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "isms-soa")
        #expect(object["version"] as? Int == 1)
        #expect(object["organisation"] as? String == "Fixture B.V.")
        #expect(object["as-of"] as? String == "2026-06-01")
        let controls = try #require(object["controls"] as? [[String: Any]])
        #expect(controls.count == 95)
        let a56 = try #require(controls.first { $0["id"] as? String == "A.5.6" })
        #expect(a56["evidence"] as? [String] == ["ev-soon", "ev-old"])
        #expect(a56["applicable"] as? Bool == true)
        #expect(a56["state"] as? String == "expiring")
        let a58 = try #require(controls.first { $0["id"] as? String == "A.5.8" })
        #expect(a58["applicable"] is NSNull)
        let own = try #require(controls.first { $0["id"] as? String == "ORG-2" })
        #expect(own["theme"] is NSNull)
        #expect(json.hasPrefix("{\n  \"as-of\" : \"2026-06-01\",\n  \"controls\" : ["))
        // Stable: the same register and date give the same bytes.
        #expect(json == JSONTableWriter().write(SoATable.build(try ReportFixture.report(fixture))))
    }
}
