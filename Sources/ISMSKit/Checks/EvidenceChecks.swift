/// Evidence records point at known records, are not dated in the future, and every file
/// under evidence/ belongs to some record.
enum EvidenceChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var known: [String]?
        for record in context.register.evidence {
            if context.asOf < record.collected {
                findings.append(
                    Finding(
                        .collectedInFuture,
                        .collectedInFuture(record.id, collected: record.collected, asOf: context.asOf),
                        at: record.origin.location(of: "collected")))
            }
            let unknown = record.supports.filter { !context.index.isSupportable($0) }
            for id in Set(unknown).sorted() {
                if known == nil { known = context.index.supportableIDs }
                findings.append(
                    Finding(
                        .supportsUnknownID,
                        .supportsUnknownID(
                            evidence: record.id, id: id, clauseLike: id.hasPrefix(ClauseCatalog.prefix),
                            suggestion: ClosestMatch.suggestion(for: id, among: known ?? [])),
                        at: record.origin.location(ofItem: id, in: "supports")))
            }
            if let finding = breadthFinding(record, context) { findings.append(finding) }
        }
        // Files beside an evidence record whose `files` could not be made out may be its own.
        let unknownFolders = context.register.unreadable.filter { $0.kind == .evidence && !$0.filesKnown }.map {
            $0.folder + "/"
        }
        for path in context.register.evidenceFiles where !context.referencedFiles.contains(path) {
            if unknownFolders.contains(where: { path.hasPrefix($0) }) { continue }
            findings.append(
                Finding(
                    .orphanEvidenceFile, .orphanEvidenceFile(path), at: SourceLocation(path: path)
                ))
        }
        return findings
    }

    /// W302: one document marked as supporting many controls makes them all look covered.
    private static func breadthFinding(_ record: EvidenceRecord, _ context: CheckContext) -> Finding? {
        let limit = context.settings.controlsPerEvidence
        let controls = Set(record.supports).filter { context.index.controls.contains($0) }
        guard controls.count > limit else { return nil }
        return Finding(
            .evidenceTooBroad,
            .evidenceTooBroad(record.id, controls: controls.count, limit: limit),
            at: record.origin.location(of: "supports"))
    }
}
