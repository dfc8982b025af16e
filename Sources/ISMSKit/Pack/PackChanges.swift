/// What changed in a register's evidence since a pack was made: `isms verify --against DIR`.
enum PackChanges {
    static func since(manifest: Manifest, register: String) -> [String] {
        let root = RegisterLoader.absolute(register)
        let inventory = RegisterScanner.scan(root: root)
        var packed: [String: String] = [:]
        for entry in manifest.entries where entry.path.hasPrefix(RegisterLayout.evidenceFolder + "/") {
            packed[entry.path] = entry.sha256
        }
        var current: [String: String] = [:]
        let digests = inventory.evidenceFiles.parallelMap { path in
            (path, try? FileDigest.compute(path: root + "/" + path).get().sha256)
        }
        for (path, digest) in digests { current[PackContent.packPath(forRegisterPath: path)] = digest ?? "" }
        var lines: [String] = []
        for path in Set(packed.keys).union(current.keys).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            switch (packed[path], current[path]) {
            case (let old?, let new?) where old != new: lines.append("changed: \(path)")
            case (nil, .some): lines.append("appeared: \(path)")
            case (.some, nil): lines.append("disappeared: \(path)")
            default: break
            }
        }
        return lines
    }
}
