import Foundation

/// Compares output with a golden file kept in the repository. With ISMS_RECORD_GOLDEN=1 in the
/// environment it writes the file instead; a missing golden file is a failure otherwise.
public enum Golden {
    /// The folder of golden files beside the calling test file: `Golden/` next to it.
    public static func path(_ name: String, testFile: String = #filePath) -> String {
        ((testFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Golden/" + name)
    }

    /// Nil when the output matches (or was recorded); else a message with the first differing line.
    public static func mismatch(_ actual: String, golden name: String, testFile: String = #filePath) -> String? {
        let file = path(name, testFile: testFile)
        if ProcessInfo.processInfo.environment["ISMS_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: file))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return "golden file \(file) is missing; record it with ISMS_RECORD_GOLDEN=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        let a = actual.components(separatedBy: "\n")
        let e = expected.components(separatedBy: "\n")
        for index in 0..<max(a.count, e.count) {
            let got = index < a.count ? a[index] : "<end>"
            let want = index < e.count ? e[index] : "<end>"
            if got != want {
                return "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "\(name) differs"
    }
}
