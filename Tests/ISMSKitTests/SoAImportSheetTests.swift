import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

@Suite("SoA sheets read back for import: header, rows, and what the sheet alone shows wrong")
struct SoAImportSheetTests {
    private func sheet(_ csv: String) throws(SpreadsheetError) -> SoAImportSheet {
        try SoAImportSheet(try CSVTableReader().read(Array(csv.utf8), file: "soa.csv"))
    }

    private func problems(_ csv: String) -> [String] {
        do {
            _ = try sheet(csv)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the titles isms exports, in any order, case and spaces aside; read-only columns optional")
    func header() throws {
        let read = try sheet(
            "  review  BY ;ID;applicable;Requirements;Status;Title;Justification;Owner\r\n"
                + "2027-02-10;A.5.1;ja;\"NIS2 art. 21; contract X\";implemented;Policies;'=HYPERLINK(\"x\");CISO \r\n")
        #expect(read.fields == [.applicable, .justification, .status, .owner, .reviewBy, .requirements])
        let row = try #require(read.rows.first)
        #expect(row.number == 2 && row.id.value == "A.5.1")
        #expect(row.applicable?.value == .some(true))
        #expect(row.requirements?.value == ["NIS2 art. 21", "contract X"])
        #expect(row.justification?.value == "=HYPERLINK(\"x\")")
        #expect(row.owner?.value == "CISO")
        #expect(row.reviewBy?.value == "2027-02-10")
        #expect(row.readOnly["title"]?.text == "Policies" && row.readOnly["theme"] == nil)
        #expect(row.justification?.cell.location.description == "soa.csv, line 2, column G (Justification)")
    }

    @Test("applicable: yes/no/undecided as exported, true/false, ja/nee, empty for undecided")
    func applicability() throws {
        let read = try sheet("Id,Applicable\nA,yes\nB,No\nC,undecided\nD,TRUE\nE,nee\nF,\n")
        #expect(read.rows.map { $0.applicable?.value } == [true, false, .some(nil), true, false, .some(nil)])
        #expect(
            problems("Id,Applicable\nA,maybe\n") == [
                "soa.csv, line 2, column B (Applicable): `maybe` is not an applicability: write yes, no or undecided"
            ])
    }

    @Test("an unknown column names it and the nearest title; no id column is an error")
    func badHeader() throws {
        #expect(
            problems("Id,Justificatoin\nA.5.1,x\n") == [
                "soa.csv, line 1, column B (Justificatoin): `Justificatoin` is not a column of the SoA; did you mean `Justification`?"
            ])
        #expect(
            problems("Owner\nCISO\n") == [
                "soa.csv, line 1: the header has no `Id` column: each row names its control by id"
            ])
        #expect(problems("Id,Owner,owner\nA,x,y\n").first?.contains("`Owner` is also column B; keep one") == true)
        #expect(problems("Id,Colour\nA,x\n").first?.contains("the columns are `Id`, `Title`") == true)
    }

    @Test("rows: an empty id and a repeated id, each at its cell; text under no title")
    func badRows() throws {
        #expect(
            problems("Id,Owner\nA.5.1,x\n,y\nA.5.1,z\n") == [
                "soa.csv, line 3, column A (Id): the row has no id: each row names the control it edits",
                "soa.csv, line 4, column A (Id): `A.5.1` is also the id of line 2; each control has one row",
            ])
        #expect(
            problems("Id,Owner\nA.5.1,x,stray\n") == ["soa.csv, line 2, column C: text in a column without a title"])
    }

    @Test("the export of the fixture reads back to its own values, in CSV and in the workbook")
    func exportReadsBack() throws {
        let fixture = try ReportFixture.make()
        let table = SoATable.build(try ReportFixture.report(fixture))
        let csv = try SoAImportSheet(try CSVTableReader().read(Array(CSVWriter().write(table).utf8), file: "soa.csv"))
        let path = FileManager.default.temporaryDirectory.path + "/isms-soa-" + UUID().uuidString + ".xlsx"
        try XLSXWriter(sheets: [("SoA", table)]).write().write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try SoAImportSheet.read(path: path)
        let entries = SoATable.entries(try ReportFixture.report(fixture))
        for read in [csv, workbook] {
            #expect(read.rows.count == entries.count)
            for (row, entry) in zip(read.rows, entries) {
                #expect(row.id.value == entry.id)
                #expect(row.applicable?.value == entry.applicable)
                #expect(row.justification?.value == entry.justification)
                #expect(row.owner?.value == entry.owner)
                #expect(row.status?.value == entry.status?.rawValue ?? "")
                #expect(row.requirements?.value == entry.requirements)
            }
        }
        #expect(
            workbook.rows[3].justification?.cell.location.description
                == "\((path as NSString).lastPathComponent), cell E5 (Justification)")
    }
}
