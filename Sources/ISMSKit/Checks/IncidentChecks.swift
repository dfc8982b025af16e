import Foundation

/// Incidents are closed in time and personal-data breaches meet the GDPR's clock: notified to the
/// supervisory authority within 72 hours of becoming aware unless unlikely to result in a risk
/// (Art. 33(1)), later only with reasons, and told to the data subjects when the risk is high
/// (Art. 34). Hours are elapsed time between instants; the as-of date starts at midnight in the
/// register's zone (`defaults.time-zone`).
enum IncidentChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        let zone = context.settings.timeZone
        let now = Instant.startOf(context.asOf, in: zone)
        let endOfDay = Instant.startOf(context.asOf.adding(days: 1), in: zone)
        var findings: [Finding] = []
        for incident in context.register.incidents {
            let subject = "incident \(incident.id)"
            findings += times(incident, subject, endOfDay)
            if let breach = incident.breach, incident.personalDataBreach {
                findings += notification(incident, breach, subject, now: now)
            }
            if incident.closed == nil, let aware = incident.aware {
                let opened = aware.day(in: zone)
                let limit = context.settings.incidentClose.after(opened)
                if limit < context.asOf {
                    findings.append(
                        Finding(
                            .incidentOpenTooLong,
                            "\(subject) is still open \(opened.days(until: context.asOf)) days after `aware` (\(opened)), longer than `defaults.incident-close` (\(context.settings.incidentClose)): close it with its remedial action and lessons",
                            at: incident.origin.location(of: "aware")))
                }
            }
            findings += references(incident, subject, context)
            for key in ["title", "description", "remedial-action", "lessons"] {
                guard let text = text(of: incident, key), PersonalDataPattern.matches(text) else { continue }
                findings.append(
                    Finding(
                        .incidentMayHoldPersonalData,
                        "the `\(key)` of \(subject) looks like it holds an e-mail address or phone number; describe the incident by reference and numbers",
                        at: incident.origin.location(of: key)))
            }
        }
        return findings
    }

    private static func text(of incident: Incident, _ key: String) -> String? {
        switch key {
        case "title": incident.title
        case "description": incident.description
        case "remedial-action": incident.remedialAction
        default: incident.lessons
        }
    }

    /// E804: the order of the times, and none after the as-of date.
    private static func times(_ incident: Incident, _ subject: String, _ endOfDay: Instant) -> [Finding] {
        var findings: [Finding] = []
        func impossible(_ message: String, _ location: SourceLocation) {
            findings.append(Finding(.incidentTimeImpossible, "\(subject): \(message)", at: location))
        }
        if let detected = incident.detected, let aware = incident.aware, aware < detected {
            impossible(
                "`aware` \(aware) is before `detected` \(detected): the organisation cannot be aware of an incident before anyone noticed it",
                incident.origin.location(of: "aware"))
        }
        var stated: [(String, Instant, SourceLocation)] = []
        if let detected = incident.detected {
            stated.append(("detected", detected, incident.origin.location(of: "detected")))
        }
        if let aware = incident.aware { stated.append(("aware", aware, incident.origin.location(of: "aware"))) }
        let breachStart = incident.origin.location(of: "breach")
        if let notified = incident.breach?.notifiedAuthority {
            let location = incident.breach?.location(of: "notified-authority", else: breachStart) ?? breachStart
            stated.append(("notified-authority", notified, location))
            if let aware = incident.aware, notified < aware {
                impossible("`notified-authority` \(notified) is before `aware` \(aware)", location)
            }
        }
        if let informed = incident.breach?.dataSubjectsInformed {
            let location = incident.breach?.location(of: "data-subjects-informed", else: breachStart) ?? breachStart
            stated.append(("data-subjects-informed", informed, location))
            if let aware = incident.aware, informed < aware {
                impossible("`data-subjects-informed` \(informed) is before `aware` \(aware)", location)
            }
        }
        for (key, instant, location) in stated where endOfDay <= instant {
            impossible("`\(key)` \(instant) is after the as-of date", location)
        }
        return findings
    }

    /// E800, E801, E802, E803, W800 and W802: the notifications a breach's risk calls for.
    private static func notification(_ incident: Incident, _ breach: Incident.Breach, _ subject: String, now: Instant)
        -> [Finding]
    {
        var findings: [Finding] = []
        let fallback = incident.origin.location(of: "breach")
        let riskLocation = breach.location(of: "risk", else: fallback)
        guard let risk = breach.risk else { return [] }
        if risk == .none {
            if breach.reasoning == nil {
                findings.append(
                    Finding(
                        .breachRiskUnreasoned,
                        "\(subject) is a personal-data breach with `risk: none` but no `reasoning`: not notifying the authority needs the reasons why the breach is unlikely to result in a risk (Art. 33(1), 33(5)); a risk that is not high is still notified",
                        at: riskLocation))
            }
            return findings
        }
        if risk == .high, breach.dataSubjectsInformed == nil, breach.exemption == nil {
            findings.append(
                Finding(
                    .breachSubjectsNotInformed,
                    "\(subject) is a high-risk breach, and neither `data-subjects-informed` nor an Art. 34(3) `exemption` is recorded: tell the data subjects without undue delay (Art. 34(1))",
                    at: riskLocation))
        }
        guard let aware = incident.aware, let deadline = incident.notificationDeadline else { return findings }
        guard breach.notifiedAuthority != nil else {
            if deadline <= now {
                findings.append(
                    Finding(
                        .breachNotNotified,
                        "\(subject) is a personal-data breach with `risk: \(risk.rawValue)`, not notified to the supervisory authority, and its 72 hours since `aware` \(aware) ended at \(deadline) (Art. 33(1)): notify now and record `notified-authority` and `delay-reason`",
                        at: riskLocation))
            } else {
                let left = Int(now.hours(until: deadline).rounded(.down))
                findings.append(
                    Finding(
                        .breachNotificationDue,
                        "\(subject) is a personal-data breach with `risk: \(risk.rawValue)`, to be notified to the supervisory authority by \(deadline): \(left) hours left at the start of the as-of date (Art. 33(1))",
                        at: riskLocation))
            }
            return findings
        }
        guard incident.notifiedInTime == false, let taken = incident.hoursToNotify else { return findings }
        let hours = Incident.hoursText(taken)
        let location = breach.location(of: "notified-authority", else: fallback)
        if breach.delayReason == nil {
            findings.append(
                Finding(
                    .breachNotifiedLateUnexplained,
                    "\(subject) was notified to the supervisory authority \(hours) hours after `aware`, later than 72 hours, and gives no `delay-reason`: a later notification carries the reasons for the delay (Art. 33(1))",
                    at: location))
        } else {
            findings.append(
                Finding(
                    .breachNotifiedLate,
                    "\(subject) was notified to the supervisory authority \(hours) hours after `aware`, later than 72 hours (the reasons are recorded)",
                    at: location))
        }
        return findings
    }

    private static func references(_ incident: Incident, _ subject: String, _ context: CheckContext) -> [Finding] {
        context.unknownProcessing(incident.processing, of: subject, "concerns", origin: incident.origin)
            + context.unknownIDs(
                incident.controls, in: "controls", of: subject, "names unknown control", known: context.index.controls,
                origin: incident.origin)
            + context.unknownIDs(
                incident.nonconformities, in: "nonconformities", of: subject, "names unknown nonconformity",
                known: context.index.nonconformities, origin: incident.origin)
    }
}
