import Foundation
import ISMSTestSupport
import Testing

/// scripts/generate-register, which the benchmarks measure on, writes a register that the built
/// isms checks without an error, with every record kind at the proportions of scale 1 scaled
/// down: risks, objectives, internal audits, nonconformities, management reviews and incidents
/// beside the controls, processing, parties and evidence.
@Suite("scripts/generate-register")
struct GenerateRegisterTests {
    @Test("scale 0.02: every kind at its proportion, and isms check finds no error")
    func smallScale() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/isms-generated-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = IsmsBinary.repositoryRoot + "/scripts/generate-register"
        let arguments = [script, folder, "--scale", "0.02", "--isms", IsmsBinary.url.path, "--jobs", "1"]
        let generated = try Shell.run("/usr/bin/env", ["python3"] + arguments)
        try #require(generated.status == 0, "\(generated.output)")
        // Scale 1: 1,000 risks, 50 objectives, 50 audits, 500 nonconformities, 12 reviews, 2,000 incidents.
        let expected = [
            "risks": 20, "objectives": 1, "audits": 1, "nonconformities": 10, "reviews": 1, "incidents": 40,
            "custom": 40, "processing": 10,
        ]
        for (kind, count) in expected {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/controls/" + kind)
            #expect(files.filter { $0.hasSuffix(".yaml") }.count == count, "\(kind)")
            #expect(generated.output.contains("\(kind == "custom" ? "custom controls" : kind):"), "\(kind) reported")
        }
        let check = try IsmsBinary.run(["check", "-C", folder, "--as-of", "2026-06-01", "--no-cache"])
        #expect(check.status == 0, "\(check.stdout.split(separator: "\n").filter { $0.contains("error[") }.prefix(5))")
        #expect(check.stdout.contains("0 errors"))
    }
}
