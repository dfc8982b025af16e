/// The SoA decides on all 93 Annex A controls, once each, with the official title,
/// a decision and a justification.
enum StatementOfApplicabilityChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var seen: [String: Control] = [:]
        for control in context.register.controls {
            let idLocation = control.origin.location(of: "id")
            if context.isInAnnexAFolder(control) {
                guard let entry = control.catalogEntry else {
                    let suggestion =
                        control.isAnnexA
                        ? ClosestMatch.suggestion(for: control.id, among: AnnexACatalog.byID.keys.sorted()) : nil
                    findings.append(
                        Finding(
                            .notInCatalog,
                            .notInCatalog(
                                control.id, customFolder: control.isAnnexA ? nil : RegisterLayout.customFolder,
                                suggestion: suggestion),
                            at: idLocation))
                    continue
                }
                if let first = seen[control.id] {
                    findings.append(
                        Finding(
                            .annexAControlDuplicated,
                            .annexAControlDuplicated(control.id, firstAt: first.origin.start.description),
                            at: idLocation))
                    continue
                }
                seen[control.id] = control
                if !control.title.isEmpty, normalise(control.title) != normalise(entry.title) {
                    findings.append(
                        Finding(
                            .titleDiffersFromCatalog,
                            .titleDiffersFromCatalog(control.id, title: entry.title),
                            at: control.origin.location(of: "title")))
                }
            } else if control.isAnnexA {
                findings.append(
                    Finding(
                        .customIDLooksLikeAnnexA,
                        .customIDLooksLikeAnnexA(control.id, folder: RegisterLayout.annexAFolder),
                        at: idLocation))
            }
            if let finding = inclusionFinding(control, context) { findings.append(finding) }
            if let finding = implementationFinding(control, context) { findings.append(finding) }
            if control.applicable == false, control.status == .implemented {
                findings.append(
                    Finding(
                        .excludedButImplemented, .excludedButImplemented(control.id),
                        at: control.origin.location(of: "status")))
            }
        }
        // An Annex A record that failed to decode is not missing: its own finding says what is wrong.
        let unreadable = Set(context.register.unreadable.filter { $0.kind == .annexAControl }.compactMap(\.id))
        for entry in AnnexACatalog.controls where seen[entry.id] == nil && !unreadable.contains(entry.id) {
            findings.append(
                Finding(
                    .annexAControlMissing,
                    .annexAControlMissing(entry.id, title: entry.title),
                    at: SourceLocation(path: "\(RegisterLayout.annexAFolder)/\(entry.id).yaml")))
        }
        return findings + repeatedJustifications(context)
    }

    /// An included control is traced to the risks that name it, its requirements or, least of all,
    /// its justification text alone (6.1.3 d).
    private static func inclusionFinding(_ control: Control, _ context: CheckContext) -> Finding? {
        guard control.applicable == true else { return nil }
        guard context.index.risksByControl[control.id] == nil, control.requirements.isEmpty else { return nil }
        let location = control.origin.location(of: "applicable")
        if control.justification.allSatisfy(\.isWhitespace) {
            return Finding(
                .inclusionUnjustified,
                .inclusionUnjustified(control.id),
                at: location)
        }
        guard control.isAnnexA else { return nil }
        return Finding(
            .inclusionNotTraced,
            .inclusionNotTraced(control.id),
            at: location)
    }

    /// Compares titles ignoring case, runs of white space and the hyphen in "re-use" style variants.
    private static func normalise(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

extension StatementOfApplicabilityChecks {
    /// E208 for an applicable control not started, W206 for one only planned without a dated
    /// treatment action: evidence does not make an unimplemented control ready for the audit.
    static func implementationFinding(_ control: Control, _ context: CheckContext) -> Finding? {
        guard control.applicable == true else { return nil }
        switch control.status {
        case .notStarted?:
            return Finding(
                .applicableNotStarted,
                .applicableNotStarted(control.id),
                at: control.origin.location(of: "status"))
        case .planned?:
            let risks = context.index.risksByControl[control.id] ?? []
            guard !risks.contains(where: { risk in risk.planned.contains { $0.due != nil } }) else { return nil }
            return Finding(
                .plannedWithoutAction,
                .plannedWithoutAction(control.id, risks: risks.map(\.id)),
                at: control.origin.location(of: "status"))
        default:
            return nil
        }
    }
}

extension StatementOfApplicabilityChecks {
    /// W207 once per justification text that more controls than the threshold share (compared
    /// ignoring case and runs of white space), at the first of them in the register's order: a
    /// sentence copied into every file is no reason for any of them.
    static func repeatedJustifications(_ context: CheckContext) -> [Finding] {
        let limit = context.settings.controlsPerJustification
        var groups: [String: [Control]] = [:]
        for control in context.register.controls where !control.justification.allSatisfy(\.isWhitespace) {
            groups[normalise(control.justification), default: []].append(control)
        }
        return groups.values.filter { $0.count > limit }.compactMap { group -> Finding? in
            let sorted = group.sorted { NaturalOrder.precedes($0.origin.path, $1.origin.path) }
            guard let first = sorted.first else { return nil }
            return Finding(
                .justificationRepeated,
                .justificationRepeated(
                    controls: sorted.count, shown: sorted.prefix(3).map(\.id), more: max(sorted.count - 3, 0),
                    limit: limit),
                at: first.origin.location(of: "justification"))
        }
    }
}
