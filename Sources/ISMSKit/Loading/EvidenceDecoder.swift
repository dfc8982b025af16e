import Yams

/// Turns a `*.evidence.yaml` record into an `EvidenceRecord`.
enum EvidenceDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> EvidenceRecord? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink)
        else { return nil }
        let id = RecordID.read(reader)
        let title = reader.text("title")
        let collected = reader.date("collected", required: true)
        let owner = reader.text("owner")
        let files = decodeFiles(reader, folder: RecordOrigin(path: path).folder)
        let supports = reader.strings("supports", required: true) ?? []
        if reader.has("supports"), supports.isEmpty {
            sink.report(
                .missingKey, .evidenceSupportsNothing, at: reader.location(of: "supports"))
        }
        let (pins, pinLocations) = decodePins(reader)
        let expires = reader.date("expires")
        if let expires, let collected, expires < collected {
            sink.report(
                .invalidValue, .dateBefore(key: "expires", expires, otherKey: "collected", collected),
                at: reader.valueLocation(of: "expires"))
        }
        let currentUntilExpires = reader.bool("current-until-expires") ?? false
        if currentUntilExpires, !reader.has("expires") {
            sink.report(
                .missingKey,
                .evidenceCurrentUntilExpiresWithoutExpires,
                at: reader.location(of: "current-until-expires"))
        }
        let example = reader.bool("example") ?? false
        let origin = reader.origin()
        guard let id, let collected else { return nil }
        return EvidenceRecord(
            id: id, title: title ?? id, collected: collected, owner: owner ?? "", files: files, supports: supports,
            sha256: pins, sha256Locations: pinLocations, expires: expires,
            currentUntilExpires: currentUntilExpires && expires != nil, example: example, origin: origin)
    }

    private static func decodeFiles(_ reader: RecordReader, folder: String) -> [EvidenceRecord.File] {
        guard let items = reader.items("files") else {
            if !reader.has("files") { reader.missing("files") }
            return []
        }
        if items.isEmpty {
            reader.sink.report(.missingKey, .evidenceNoFiles, at: reader.location(of: "files"))
        }
        var seen = Set<String>()
        return items.compactMap { node, location in
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
                reader.sink.report(.wrongType, .evidenceFileNotPath, at: location)
                return nil
            }
            guard seen.insert(scalar.string).inserted else {
                reader.sink.report(.invalidValue, .evidenceFileTwice(scalar.string), at: location)
                return nil
            }
            return EvidenceRecord.File(
                path: scalar.string, location: location,
                registerPath: RegisterPath.resolve(scalar.string, in: folder))
        }
    }

    private static func decodePins(_ reader: RecordReader) -> ([String: String], [String: SourceLocation]) {
        guard let node = reader.node("sha256"), !RecordReader.isNull(node) else { return ([:], [:]) }
        guard case .mapping(let mapping) = node else {
            reader.sink.report(
                .wrongType, .evidenceChecksumsNotMapping,
                at: reader.valueLocation(of: "sha256"))
            return ([:], [:])
        }
        var pins: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let location = RecordReader.location(of: key, in: reader.path) ?? reader.location(of: "sha256")
            guard case .scalar(let file) = key, case .scalar(let digest) = value else {
                reader.sink.report(.wrongType, .evidenceChecksumEntryShape, at: location)
                continue
            }
            let hex = digest.string.lowercased()
            guard hex.utf8.count == 64,
                hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
            else {
                reader.sink.report(
                    .invalidValue, .evidenceChecksumNotHex(file: file.string),
                    at: RecordReader.location(of: value, in: reader.path) ?? location)
                continue
            }
            pins[file.string] = hex
            locations[file.string] = location
        }
        return (pins, locations)
    }
}
