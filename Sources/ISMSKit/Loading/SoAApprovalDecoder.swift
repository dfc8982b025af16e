import Yams

/// Turns an approval record (`controls/approvals/*.yaml`) into a `SoAApproval`.
enum SoAApprovalDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> SoAApproval? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink) else { return nil }
        let id = RecordID.read(reader)
        let version = reader.wholeNumber("version", in: 1...1_000_000, example: 1)
        let approvedBy = reader.text("approved-by")
        let role = reader.text("role")
        let approvedOn = reader.date("approved-on")
        var sha256 = reader.string("sha256")
        if let digest = sha256, digest.utf8.count != 64 || !digest.utf8.allSatisfy(isLowerHex) {
            sha256 = nil
            sink.report(
                .invalidValue, .approvalDigestInvalid(digest),
                at: reader.valueLocation(of: "sha256"))
        }
        let controls = decodeControls(reader)
        guard let id, let version else { return nil }
        if id != SoAApproval.id(version: version) {
            sink.report(
                .invalidValue, .approvalIDMismatch(version: version, expected: SoAApproval.id(version: version)),
                at: reader.valueLocation(of: "id"))
        }
        return SoAApproval(
            id: id, version: version, approvedBy: approvedBy ?? "", role: role ?? "", approvedOn: approvedOn,
            sha256: sha256 ?? "", controls: controls ?? [:], origin: reader.origin())
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
    }

    /// `controls`: a mapping of control ids to their approved summaries.
    private static func decodeControls(_ reader: RecordReader) -> [String: String]? {
        guard let node = reader.node("controls"), !RecordReader.isNull(node) else {
            reader.missing("controls")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            reader.sink.report(
                .wrongType, .approvalControlsNotMapping,
                at: reader.valueLocation(of: "controls"))
            return nil
        }
        var controls: [String: String] = [:]
        for (keyNode, value) in mapping {
            let location = RecordReader.location(of: keyNode, in: reader.path) ?? reader.location(of: "controls")
            guard case .scalar(let key) = keyNode, case .scalar(let summary) = value else {
                reader.sink.report(
                    .wrongType, .approvalControlNotLine(keyNode.string ?? "?"), at: location)
                continue
            }
            controls[key.string] = summary.string
        }
        return controls
    }
}
