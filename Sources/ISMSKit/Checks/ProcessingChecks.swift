/// GDPR Art. 30 records: retention decided, recipients and protecting controls known,
/// transfers outside the EEA safeguarded, special categories under an Art. 9(2) condition, each
/// purpose on one of the activity's bases, and processing as a processor on behalf of a controller.
enum ProcessingChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let parties = context.index.parties.keys.sorted()
        let controls = context.index.controls.keys.sorted()
        for activity in context.register.processing {
            findings += lawfulness(of: activity)
            if activity.retentionIsUndetermined {
                findings.append(
                    Finding(
                        .retentionUndetermined, "retention of processing `\(activity.id)` is undetermined",
                        at: activity.origin.location(of: "retention")))
            }
            for id in activity.recipients where context.index.parties[id] == nil && !context.index.isUnreadable(id) {
                findings.append(
                    Finding(
                        .recipientUnknown,
                        "recipient `\(id)` of processing `\(activity.id)` has no party record"
                            + ClosestMatch.hint(for: id, among: parties),
                        at: activity.origin.location(ofItem: id, in: "recipients")))
            }
            for id in activity.controls {
                let location = activity.origin.location(ofItem: id, in: "controls")
                guard let control = context.index.controls[id] else {
                    if context.index.isUnreadable(id) { continue }
                    findings.append(
                        Finding(
                            .protectingControlInvalid,
                            "processing `\(activity.id)` names unknown control `\(id)`"
                                + ClosestMatch.hint(for: id, among: controls),
                            at: location))
                    continue
                }
                if control.applicable == false {
                    findings.append(
                        Finding(
                            .protectingControlInvalid,
                            "processing `\(activity.id)` relies on \(id), which the SoA excludes as not applicable",
                            at: location))
                }
            }
            for transfer in activity.transfers where !CountryCode.isInEEA(transfer.country) && transfer.safeguard == nil
            {
                findings.append(
                    Finding(
                        .transferWithoutSafeguard,
                        "transfer of processing `\(activity.id)` to \(transfer.country), outside the EEA, names no safeguard",
                        at: transfer.location))
            }
        }
        for control in context.register.controls {
            findings += context.unknownProcessing(
                control.processing, of: "control \(control.id)", "protects", origin: control.origin)
        }
        return findings
    }

    /// E409 (Art. 9(2)), E410 (a purpose's basis) and E411 (Art. 30(2)(a)) for one activity.
    static func lawfulness(of activity: ProcessingActivity) -> [Finding] {
        var findings: [Finding] = []
        guard activity.role == .controller else {
            if activity.controllers.isEmpty {
                let key = activity.origin.keys["controllers"] != nil ? "controllers" : "role"
                findings.append(
                    Finding(
                        .processorWithoutController,
                        "processing `\(activity.id)` is carried out as a processor but names no controller (GDPR Art. 30(2)(a))",
                        at: activity.origin.location(of: key)))
            }
            return findings
        }
        if !activity.specialCategories.isEmpty && activity.specialCategoryConditions.isEmpty {
            findings.append(
                Finding(
                    .specialCategoriesWithoutCondition,
                    "processing `\(activity.id)` processes special categories but names no GDPR Art. 9(2) condition in `special-categories-condition`",
                    at: activity.origin.location(of: "special-categories")))
        }
        let bases = activity.legalBases
        guard !bases.isEmpty else { return findings }
        for purpose in activity.purposes {
            if let basis = purpose.legalBasis {
                guard !bases.contains(basis) else { continue }
                findings.append(
                    Finding(
                        .purposeBasisInvalid,
                        "purpose `\(purpose.text)` of processing `\(activity.id)` rests on `\(basis.rawValue)`, which is not among its `legal-basis` (\(bases.map(\.rawValue).joined(separator: ", ")))",
                        at: purpose.location))
            } else if bases.count > 1 {
                findings.append(
                    Finding(
                        .purposeBasisInvalid,
                        "purpose `\(purpose.text)` of processing `\(activity.id)` names no basis; the activity has several (\(bases.map(\.rawValue).joined(separator: ", "))): write it as `- purpose: …` with `legal-basis: …`",
                        at: purpose.location))
            }
        }
        return findings
    }
}
