/// GDPR Art. 30 records: retention decided, recipients and protecting controls known,
/// transfers outside the EEA safeguarded.
enum ProcessingChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let parties = context.index.parties.keys.sorted()
        let controls = context.index.controls.keys.sorted()
        for activity in context.register.processing {
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
}
