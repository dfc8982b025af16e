import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms init --from, end to end")
struct InitFromSheetTests {
    @Test("a register started from the example's SoA holds its decisions, and own controls with their titles")
    func fromExample() throws {
        let folder = try FixtureRegister(baseline: false)
        let export = try IsmsBinary.run(
            [
                "soa", "--as-of", "2026-11-02", "--format", "xlsx", "-o", folder.root + "/soa.xlsx", "-C",
                IsmsBinary.repositoryRoot,
            ])
        try #require(export.status == 0, "\(export.stderr)")
        let result = try IsmsBinary.run([
            "init", folder.root + "/new", "--org", "Nieuw B.V.", "--from", folder.root + "/soa.xlsx",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("4 own controls added"), "\(result.stdout)")
        let made = try RegisterLoader.load(root: folder.root + "/new").register.controls
        let example = try RegisterLoader.load(root: IsmsBinary.repositoryRoot).register.controls
        #expect(made.count == example.count)
        for control in example {
            let new = try #require(made.first { $0.id == control.id }, "\(control.id) missing")
            #expect(new.applicable == control.applicable, "\(control.id)")
            #expect(new.justification == control.justification, "\(control.id)")
            #expect(new.status == control.status, "\(control.id)")
            #expect(new.owner == control.owner, "\(control.id)")
            #expect(new.requirements == control.requirements, "\(control.id)")
            #expect(new.reviewBy == control.reviewBy, "\(control.id)")
            #expect(new.title == control.title, "\(control.id)")
        }
    }

    @Test("a sheet with a value the loader rejects makes no register and names the cell")
    func refused() throws {
        let folder = try FixtureRegister(baseline: false)
        let csv = try IsmsBinary.run(["soa", "--as-of", "2026-11-02", "-C", IsmsBinary.repositoryRoot]).stdout
        try folder.write(
            "soa.csv",
            csv.replacingOccurrences(of: ",implemented,Management (directie)", with: ",done,Management (directie)"))
        let result = try IsmsBinary.run([
            "init", folder.root + "/new", "--org", "X", "--from", folder.root + "/soa.csv",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("soa.csv, line 2, column H (Status): error[E104]"), "\(result.stderr)")
        #expect(result.stderr.contains("no register was made"))
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/new"))
    }
}
