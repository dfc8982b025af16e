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
                    let hint =
                        control.isAnnexA
                        ? ClosestMatch.hint(for: control.id, among: AnnexACatalog.byID.keys.sorted()) : ""
                    let advice =
                        control.isAnnexA ? "" : "; organisation-specific controls go in \(RegisterLayout.customFolder)/"
                    findings.append(
                        Finding(
                            .notInCatalog,
                            "`\(control.id)` is not an ISO/IEC 27001:2022 Annex A control\(advice)\(hint)",
                            at: idLocation))
                    continue
                }
                if let first = seen[control.id] {
                    findings.append(
                        Finding(
                            .annexAControlDuplicated,
                            "\(control.id) is already described in \(first.origin.start.description)",
                            at: idLocation))
                    continue
                }
                seen[control.id] = control
                if !control.title.isEmpty, normalise(control.title) != normalise(entry.title) {
                    findings.append(
                        Finding(
                            .titleDiffersFromCatalog,
                            "title of \(control.id) differs from the standard's: `\(entry.title)`",
                            at: control.origin.location(of: "title")))
                }
            } else if control.isAnnexA {
                findings.append(
                    Finding(
                        .customIDLooksLikeAnnexA,
                        "`\(control.id)` starts with `A.`, which is reserved for Annex A records in \(RegisterLayout.annexAFolder)/",
                        at: idLocation))
            }
            if let finding = inclusionFinding(control, context) { findings.append(finding) }
            if let finding = implementationFinding(control, context) { findings.append(finding) }
            if control.applicable == false, control.status == .implemented {
                findings.append(
                    Finding(
                        .excludedButImplemented, "\(control.id) is not applicable yet has status `implemented`",
                        at: control.origin.location(of: "status")))
            }
        }
        // An Annex A record that failed to decode is not missing: its own finding says what is wrong.
        let unreadable = Set(context.register.unreadable.filter { $0.kind == .annexAControl }.compactMap(\.id))
        for entry in AnnexACatalog.controls where seen[entry.id] == nil && !unreadable.contains(entry.id) {
            findings.append(
                Finding(
                    .annexAControlMissing,
                    "Annex A control \(entry.id) (\(entry.title)) is missing from the Statement of Applicability",
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
                "\(control.id) is applicable, but no risk names it, it has no `requirements` and no `justification`",
                at: location)
        }
        guard control.isAnnexA else { return nil }
        return Finding(
            .inclusionNotTraced,
            "inclusion of \(control.id) is not traced to a risk or a requirement: no risk names it in `controls` and it has no `requirements`",
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
                "\(control.id) is applicable but `not-started`: start it (`planned` with a dated treatment action, `partial` or `implemented`) or exclude it with a justification",
                at: control.origin.location(of: "status"))
        case .planned?:
            let risks = context.index.risksByControl[control.id] ?? []
            guard !risks.contains(where: { risk in risk.planned.contains { $0.due != nil } }) else { return nil }
            let named =
                risks.isEmpty
                ? "no risk names it" : "its risks \(risks.map { "`\($0.id)`" }.joined(separator: ", ")) have none"
            return Finding(
                .plannedWithoutAction,
                "\(control.id) is applicable and only `planned`, and \(named) with a dated treatment action: add a `planned` action with `due` to a risk that names \(control.id) in `controls`, or update the status",
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
            let shown = sorted.prefix(3).map(\.id).joined(separator: ", ")
            let more = sorted.count > 3 ? " and \(sorted.count - 3) more" : ""
            return Finding(
                .justificationRepeated,
                "the same justification is on \(sorted.count) controls (\(shown)\(more)), more than `defaults.controls-per-justification` (\(limit)): write each control's own reason, or raise the threshold in isms.yaml",
                at: first.origin.location(of: "justification"))
        }
    }
}
