import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("isms init, end to end")
struct InitCommandTests {
    @Test("a new register has the default risk method, an empty risk register and no risk finding")
    func riskMethod() throws {
        let parent = try FixtureRegister(baseline: false)
        let root = parent.root + "/new"
        let result = try IsmsBinary.run(["init", root, "--org", "Nieuw B.V."])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/controls/risks/.gitkeep"))
        let loaded = try RegisterLoader.load(root: root)
        let method = try #require(loaded.register.settings.riskMethod)
        #expect(method.likelihood.map(\.key) == ["rare", "unlikely", "possible", "likely", "almost-certain"])
        #expect(method.impact.count == 5 && method.levels.map(\.key) == ["low", "medium", "high", "very-high"])
        #expect(method.levels[method.retainUpTo].key == "low")
        #expect(method.review == Period(12, .months))
        let check = try IsmsBinary.run(["check", "-C", root, "--as-of", "2026-06-01", "--format", "json"])
        #expect(!check.stdout.contains("\"E60") && !check.stdout.contains("\"W60"))
        let settings = try String(contentsOfFile: root + "/isms.yaml", encoding: .utf8)
        #expect(settings.contains(RiskMethodTemplate.section))
        #expect(settings.hasPrefix("# The register of Nieuw B.V. Every key"), "no double full stop after B.V.")
    }

    @Test("a new register has one commented example record in each management-system folder, and they load cleanly")
    func managementSystemExamples() throws {
        let parent = try FixtureRegister(baseline: false)
        let root = parent.root + "/new"
        let result = try IsmsBinary.run(["init", root, "--org", "Nieuw B.V."])
        #expect(result.status == 0, "\(result.stderr)")
        for folder in [
            RegisterLayout.objectivesFolder, RegisterLayout.auditsFolder, RegisterLayout.nonconformitiesFolder,
            RegisterLayout.reviewsFolder,
        ] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)
            #expect(names.count == 1, "\(folder): \(names)")
            let text = try String(contentsOfFile: root + "/" + folder + "/" + names[0], encoding: .utf8)
            #expect(text.hasPrefix("# ") && text.contains("example: true\n"), "\(folder)")
        }
        let loaded = try RegisterLoader.load(root: root)
        let paths = [
            RegisterLayout.objectivesFolder, RegisterLayout.auditsFolder, "controls/nonconformities",
            "controls/reviews",
        ]
        // They decode cleanly; only their placeholders (owners, the auditor) are reported, E107.
        let own = loaded.findings.filter { finding in paths.contains { finding.location.path.hasPrefix($0) } }
        #expect(own.map(\.code) == [.placeholderLeft, .placeholderLeft, .placeholderLeft], "\(own)")
        let register = loaded.register
        #expect(register.objectives.count == 1 && register.audits.count == 1)
        #expect(register.nonconformities.count == 1 && register.reviews.count == 1)
        #expect(register.reviews[0].inputs.keys.sorted() == ManagementReview.Input.allCases.map(\.rawValue).sorted())
        // Nothing in the examples claims what has not happened: no audit performed, no review held.
        let today = CalendarDate.today()
        #expect(register.audits.allSatisfy { !$0.isPerformed(asOf: today) })
        #expect(register.reviews.allSatisfy { !$0.isHeld(asOf: today) })
        let check = try IsmsBinary.run(["check", "-C", root, "--format", "json"])
        #expect(check.status == 1)
        for clause in ["9.2", "9.3"] {
            #expect(check.stdout.contains("\"E700\"") && check.stdout.contains("clause \(clause) "), "\(clause)")
        }
    }
}
