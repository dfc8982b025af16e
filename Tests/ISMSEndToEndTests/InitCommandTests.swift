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
    }
}
