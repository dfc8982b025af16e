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
            let subject = FindingSubject("incident", id: incident.id)
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
                            .incidentOpenTooLong(
                                subject, days: opened.days(until: context.asOf), aware: opened,
                                limit: context.settings.incidentClose),
                            at: incident.origin.location(of: "aware")))
                }
            }
            findings += references(incident, subject, context)
            for key in ["title", "description", "remedial-action", "lessons"] {
                guard let text = text(of: incident, key), PersonalDataPattern.matches(text) else { continue }
                findings.append(
                    Finding(
                        .incidentMayHoldPersonalData,
                        .incidentMayHoldPersonalData(key: key, subject),
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
    private static func times(_ incident: Incident, _ subject: FindingSubject, _ endOfDay: Instant) -> [Finding] {
        var findings: [Finding] = []
        func impossible(_ problem: FindingMessage.TimeProblem, _ location: SourceLocation) {
            findings.append(Finding(.incidentTimeImpossible, .incidentTimeImpossible(subject, problem), at: location))
        }
        if let detected = incident.detected, let aware = incident.aware, aware < detected {
            impossible(
                .awareBeforeDetected(aware: aware, detected: detected),
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
                impossible(.beforeAware(key: "notified-authority", notified, aware: aware), location)
            }
        }
        if let informed = incident.breach?.dataSubjectsInformed {
            let location = incident.breach?.location(of: "data-subjects-informed", else: breachStart) ?? breachStart
            stated.append(("data-subjects-informed", informed, location))
            if let aware = incident.aware, informed < aware {
                impossible(.beforeAware(key: "data-subjects-informed", informed, aware: aware), location)
            }
        }
        for (key, instant, location) in stated where endOfDay <= instant {
            impossible(.afterAsOf(key: key, instant), location)
        }
        return findings
    }

    /// E800, E801, E802, E803, W800 and W802: the notifications a breach's risk calls for.
    private static func notification(
        _ incident: Incident, _ breach: Incident.Breach, _ subject: FindingSubject, now: Instant
    )
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
                        .breachRiskUnreasoned(subject),
                        at: riskLocation))
            }
            return findings
        }
        if risk == .high, breach.dataSubjectsInformed == nil, breach.exemption == nil {
            findings.append(
                Finding(
                    .breachSubjectsNotInformed,
                    .breachSubjectsNotInformed(subject),
                    at: riskLocation))
        }
        guard let aware = incident.aware, let deadline = incident.notificationDeadline else { return findings }
        guard breach.notifiedAuthority != nil else {
            if deadline <= now {
                findings.append(
                    Finding(
                        .breachNotNotified,
                        .breachNotNotified(subject, risk: risk.rawValue, aware: aware, deadline: deadline),
                        at: riskLocation))
            } else {
                let left = Int(now.hours(until: deadline).rounded(.down))
                findings.append(
                    Finding(
                        .breachNotificationDue,
                        .breachNotificationDue(subject, risk: risk.rawValue, deadline: deadline, hoursLeft: left),
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
                    .breachNotifiedLateUnexplained(subject, hours: hours),
                    at: location))
        } else {
            findings.append(
                Finding(
                    .breachNotifiedLate,
                    .breachNotifiedLate(subject, hours: hours),
                    at: location))
        }
        return findings
    }

    private static func references(_ incident: Incident, _ subject: FindingSubject, _ context: CheckContext)
        -> [Finding]
    {
        context.unknownProcessing(incident.processing, of: subject, .concerns, origin: incident.origin)
            + context.unknownIDs(
                incident.controls, in: "controls", of: subject, .control, known: context.index.controls,
                origin: incident.origin)
            + context.unknownIDs(
                incident.nonconformities, in: "nonconformities", of: subject, .nonconformity,
                known: context.index.nonconformities, origin: incident.origin)
    }
}
