import Yams

extension RecordReader {
    /// One allowed value or a list of them (`legal-basis: contract` or `[contract, consent]`),
    /// each checked as `choice` checks one (E104 with a did-you-mean). Nil when the key is absent
    /// or null, after reporting a required one with `code`; a repeated value is kept once.
    func choices<E: RawRepresentable & CaseIterable & Equatable>(
        _ key: String, as type: E.Type, required: Bool, code: FindingCode = .missingKey
    ) -> [E]? where E.RawValue == String {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key, code: code) }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            return choice(key, as: type, required: required, code: code).map { [$0] } ?? []
        }
        let allowed = E.allCases.map(\.rawValue)
        var result: [E] = []
        for item in sequence {
            let location = Self.location(of: item, in: path) ?? valueLocation(of: key)
            guard case .scalar(let scalar) = item else {
                sink.report(.wrongType, .itemNotText(key: key, Self.describe(item)), at: location)
                continue
            }
            guard let value = E(rawValue: scalar.string) else {
                sink.report(
                    .invalidValue,
                    .itemNotAllowed(
                        key: key, value: scalar.string, allowed: allowed,
                        suggestion: ClosestMatch.suggestion(for: scalar.string, among: allowed)),
                    at: location)
                continue
            }
            if !result.contains(value) { result.append(value) }
        }
        if result.isEmpty && sequence.isEmpty && required {
            sink.report(code, .valueEmpty(key: key, subject), at: location(of: key))
        }
        return result
    }
}
