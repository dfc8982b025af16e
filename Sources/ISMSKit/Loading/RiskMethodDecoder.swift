import Yams

/// Reads the `risk` section of isms.yaml into a `RiskMethod`, reporting a method that cannot be
/// applied (E601): scales of the wrong size, a grid that is incomplete, names unknown levels or is
/// not monotone, acceptance criteria that name unknown levels or leave a level without an accepter.
enum RiskMethodDecoder {
    static let stepCount = 3...6

    static func decode(_ reader: RecordReader) -> RiskMethod? {
        let likelihood = steps(reader, "likelihood", schema: scaleLevel)
        let impact = steps(reader, "impact", schema: scaleLevel)
        let levels = steps(reader, "levels", schema: riskLevel)
        let review = reader.period("review")
        guard let likelihood, let impact, let levels else { return nil }
        let grid = decodeGrid(reader, likelihood: likelihood, impact: impact, levels: levels)
        let criteria = decodeAcceptance(reader, levels: levels)
        guard let grid, let criteria, let review else { return nil }
        return RiskMethod(
            likelihood: likelihood, impact: impact, levels: levels, grid: grid, retainUpTo: criteria.retainUpTo,
            acceptedBy: criteria.acceptedBy, review: review)
    }

    private static func invalid(_ reader: RecordReader, _ message: FindingMessage, at location: SourceLocation) {
        reader.sink.report(.riskMethodInvalid, message, at: location)
    }

    private static func steps(_ reader: RecordReader, _ key: String, schema: RecordSchema) -> [RiskMethod.Step]? {
        guard let items = reader.items(key) else {
            if !reader.has(key) { reader.missing(key) }
            return nil
        }
        var steps: [RiskMethod.Step] = []
        var failed = false
        for (node, location) in items {
            guard let step = RecordReader(node, path: reader.path, schema: schema, sink: reader.sink, at: location),
                let stepKey = step.text("key"), let en = step.text("en"), let nl = step.text("nl")
            else {
                failed = true
                continue
            }
            let description = step.text("description") ?? ""
            if steps.contains(where: { $0.key == stepKey }) {
                invalid(reader, .riskScaleStepTwice(scale: key, step: stepKey), at: step.valueLocation(of: "key"))
                failed = true
            }
            steps.append(RiskMethod.Step(key: stepKey, en: en, nl: nl, description: description))
        }
        guard !failed else { return nil }
        guard stepCount.contains(steps.count) else {
            invalid(
                reader, .riskScaleSize(scale: key, steps: steps.count),
                at: reader.location(of: key))
            return nil
        }
        return steps
    }

    private static func decodeGrid(
        _ reader: RecordReader, likelihood: [RiskMethod.Step], impact: [RiskMethod.Step], levels: [RiskMethod.Step]
    ) -> [[Int]]? {
        guard let node = reader.node("grid"), !RecordReader.isNull(node) else {
            reader.missing("grid")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            reader.sink.report(
                .wrongType, .riskGridNotMapping,
                at: reader.valueLocation(of: "grid"))
            return nil
        }
        let keys = likelihood.map(\.key)
        let levelKeys = levels.map(\.key)
        var rows: [Int: (levels: [Int], location: SourceLocation)] = [:]
        var failed = false
        var unknownRows = false
        for (keyNode, value) in mapping {
            let location = RecordReader.location(of: keyNode, in: reader.path) ?? reader.location(of: "grid")
            guard case .scalar(let key) = keyNode, let row = keys.firstIndex(of: key.string) else {
                invalid(
                    reader,
                    .riskGridRowNotLikelihood(
                        keyNode.string ?? "?",
                        suggestion: ClosestMatch.suggestion(for: keyNode.string ?? "", among: keys)),
                    at: location)
                failed = true
                unknownRows = true
                continue
            }
            guard case .sequence(let cells) = value, cells.count == impact.count else {
                rows[row] = ([], location)
                invalid(
                    reader,
                    .riskGridRowLength(
                        row: key.string, levels: impact.count, firstImpact: impact[0].key,
                        lastImpact: impact[impact.count - 1].key),
                    at: location)
                failed = true
                continue
            }
            var rowLevels: [Int] = []
            for cell in cells {
                let cellLocation = RecordReader.location(of: cell, in: reader.path) ?? location
                guard case .scalar(let text) = cell, let level = levelKeys.firstIndex(of: text.string) else {
                    invalid(
                        reader,
                        .riskGridCellNotLevel(
                            row: key.string, cell: cell.string ?? "?",
                            suggestion: ClosestMatch.suggestion(for: cell.string ?? "", among: levelKeys)),
                        at: cellLocation)
                    failed = true
                    continue
                }
                rowLevels.append(level)
            }
            rows[row] = (rowLevels, location)
        }
        // A row under a mistyped key is reported as that, not also as a missing row.
        for (index, step) in likelihood.enumerated() where rows[index] == nil && !unknownRows {
            invalid(reader, .riskGridRowMissing(likelihood: step.key), at: reader.location(of: "grid"))
            failed = true
        }
        guard !failed else { return nil }
        let grid = (0..<likelihood.count).map { rows[$0]!.levels }
        // Monotone: a higher likelihood or a higher impact never gives a lower level.
        for l in grid.indices {
            for i in grid[l].indices {
                if i > 0, grid[l][i] < grid[l][i - 1] {
                    invalid(
                        reader,
                        .riskGridNotMonotoneInImpact(
                            likelihood: likelihood[l].key, impact: impact[i].key, gives: levelKeys[grid[l][i]],
                            lower: levelKeys[grid[l][i - 1]], lowerImpact: impact[i - 1].key),
                        at: rows[l]!.location)
                    return nil
                }
                if l > 0, grid[l][i] < grid[l - 1][i] {
                    invalid(
                        reader,
                        .riskGridNotMonotoneInLikelihood(
                            likelihood: likelihood[l].key, impact: impact[i].key, gives: levelKeys[grid[l][i]],
                            lower: levelKeys[grid[l - 1][i]], lowerLikelihood: likelihood[l - 1].key),
                        at: rows[l]!.location)
                    return nil
                }
            }
        }
        return grid
    }

    private static func decodeAcceptance(_ reader: RecordReader, levels: [RiskMethod.Step]) -> (
        retainUpTo: Int, acceptedBy: [Int: String]
    )? {
        guard let criteria = reader.mapping("acceptance", schema: acceptance) else { return nil }
        let levelKeys = levels.map(\.key)
        guard let retain = criteria.text("retain-up-to") else { return nil }
        guard let retainUpTo = levelKeys.firstIndex(of: retain) else {
            invalid(
                reader,
                .riskRetainNotLevel(retain, suggestion: ClosestMatch.suggestion(for: retain, among: levelKeys)),
                at: criteria.valueLocation(of: "retain-up-to"))
            return nil
        }
        guard let node = criteria.node("accepted-by"), !RecordReader.isNull(node) else {
            criteria.missing("accepted-by")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            reader.sink.report(
                .wrongType, .riskAcceptedByNotMapping,
                at: criteria.valueLocation(of: "accepted-by"))
            return nil
        }
        var acceptedBy: [Int: String] = [:]
        var failed = false
        for (keyNode, value) in mapping {
            let location = RecordReader.location(of: keyNode, in: reader.path) ?? criteria.location(of: "accepted-by")
            let key = keyNode.string ?? ""
            guard let level = levelKeys.firstIndex(of: key) else {
                invalid(
                    reader,
                    .riskAcceptedByNotLevel(key, suggestion: ClosestMatch.suggestion(for: key, among: levelKeys)),
                    at: location)
                failed = true
                continue
            }
            guard case .scalar(let role) = value, !role.string.allSatisfy(\.isWhitespace) else {
                reader.sink.report(.wrongType, .riskAcceptedByNoRole(level: key), at: location)
                failed = true
                continue
            }
            acceptedBy[level] = role.string
        }
        for level in levels.indices where level > retainUpTo && acceptedBy[level] == nil {
            invalid(
                reader,
                .riskAcceptedByNobody(level: levelKeys[level], retainUpTo: retain),
                at: criteria.location(of: "accepted-by"))
            failed = true
        }
        return failed ? nil : (retainUpTo, acceptedBy)
    }
}
