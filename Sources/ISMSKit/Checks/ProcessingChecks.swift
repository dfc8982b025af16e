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
                        .retentionUndetermined, .retentionUndetermined(processing: activity.id),
                        at: activity.origin.location(of: "retention")))
            }
            for id in activity.recipients where !context.index.parties.contains(id) && !context.index.isUnreadable(id) {
                findings.append(
                    Finding(
                        .recipientUnknown,
                        .recipientUnknown(
                            id, processing: activity.id, suggestion: ClosestMatch.suggestion(for: id, among: parties)),
                        at: activity.origin.location(ofItem: id, in: "recipients")))
            }
            for id in activity.controls {
                let location = activity.origin.location(ofItem: id, in: "controls")
                guard let control = context.index.controls[id] else {
                    if context.index.isUnreadable(id) { continue }
                    findings.append(
                        Finding(
                            .protectingControlInvalid,
                            .processingControlUnknown(
                                processing: activity.id, control: id,
                                suggestion: ClosestMatch.suggestion(for: id, among: controls)),
                            at: location))
                    continue
                }
                if control.applicable == false {
                    findings.append(
                        Finding(
                            .protectingControlInvalid,
                            .processingControlExcluded(processing: activity.id, control: id),
                            at: location))
                }
            }
            for transfer in activity.transfers where !CountryCode.isInEEA(transfer.country) && transfer.safeguard == nil
            {
                findings.append(
                    Finding(
                        .transferWithoutSafeguard,
                        .transferWithoutSafeguard(processing: activity.id, country: transfer.country),
                        at: transfer.location))
            }
        }
        for control in context.register.controls {
            findings += context.unknownProcessing(
                control.processing, of: FindingSubject("control", id: control.id), .protects, origin: control.origin)
        }
        return findings
    }

    /// E409 (Art. 9(2)), E410 (a purpose's basis) and E411 (Art. 30(2)(a)) for one activity.
    static func lawfulness(of activity: ProcessingActivity) -> [Finding] {
        var findings: [Finding] = []
        guard activity.role == .controller else {
            if activity.controllers.isEmpty {
                let key = activity.origin.has("controllers") ? "controllers" : "role"
                findings.append(
                    Finding(
                        .processorWithoutController,
                        .processorWithoutController(processing: activity.id),
                        at: activity.origin.location(of: key)))
            }
            return findings
        }
        if !activity.specialCategories.isEmpty && activity.specialCategoryConditions.isEmpty {
            findings.append(
                Finding(
                    .specialCategoriesWithoutCondition,
                    .specialCategoriesWithoutCondition(processing: activity.id),
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
                        .purposeBasisNotListed(
                            purpose: purpose.text, processing: activity.id, basis: basis.rawValue,
                            bases: bases.map(\.rawValue)),
                        at: purpose.location))
            } else if bases.count > 1 {
                findings.append(
                    Finding(
                        .purposeBasisInvalid,
                        .purposeBasisMissing(
                            purpose: purpose.text, processing: activity.id, bases: bases.map(\.rawValue)),
                        at: purpose.location))
            }
        }
        return findings
    }
}
