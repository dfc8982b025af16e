/// Whether a risk's residual level may be retained, OSCAL's risk status that follows from it, and
/// the owner's acceptance as a risk-log entry.
extension OSCALRiskBuilder {
    /// OSCAL's risk status for the register's: `open` and `closed` as they are; `treated` is
    /// `deviation-approved` (OSCAL's open risk whose deviation, such as a risk reduction, is
    /// approved) only when the residual level may be retained. A treated risk whose residual level
    /// nothing approves is still `open`: OSCAL has no "treated".
    static func status(_ status: Risk.Status?, retainable: Bool) -> String {
        switch status {
        case .closed: "closed"
        case .treated: retainable ? "deviation-approved" : "open"
        case .open, nil: "open"
        }
    }

    /// Whether the residual level may be retained as it stands: within the acceptance criteria, or
    /// accepted currently, for no lower level, by a role the method allows (E604 to E607 all clear).
    func retainable(_ risk: Risk, _ judgement: RiskJudgement?) -> Bool {
        switch judgement?.acceptance {
        case .notNeeded: return true
        case .accepted: return authorised(risk, judgement)
        default: return false
        }
    }

    /// Whether the acceptance is by a role the method names for the level, as `RiskChecks` asks.
    func authorised(_ risk: Risk, _ judgement: RiskJudgement?) -> Bool {
        guard let method, let acceptance = risk.acceptance, let current = judgement?.currentLevel,
            method.levelIndex(acceptance.level) != nil
        else { return false }
        return method.authorises(acceptance, currentLevel: current)
    }

    /// The owner's acceptance of the residual risk, as a log entry on the day it was given.
    mutating func logEntry(_ risk: Risk, _ judgement: RiskJudgement?) -> OSCAL.LogEntry? {
        guard let acceptance = risk.acceptance else { return nil }
        let id = OSCALText.line(risk.id, or: "?")
        let by = OSCALText.line(acceptance.by)
        let level = OSCALText.line(acceptance.level)
        guard let day = acceptance.on, let start = OSCALText.dateTime(day) else {
            notes.append(
                "Risk \(id): its acceptance has no date OSCAL 1.0.6 can express (\(acceptance.on?.description ?? "none")) "
                    + "and is not in its risk log.")
            return nil
        }
        var sentence = "The residual risk was accepted"
        if let level { sentence += " at level \(level)" }
        if let by { sentence += " by \(by)" }
        sentence += " on \(day)"
        if let until = acceptance.until { sentence += ", until \(until)" }
        var description = [sentence + "."]
        if let state = judgement?.acceptance { description.append(Self.standing(state, asOf: content.asOf)) }
        if judgement?.acceptance == .accepted, !authorised(risk, judgement) {
            description.append("The risk method does not name \(by ?? "its author") as one who may accept this level.")
        }
        var props: [OSCAL.Property] = []
        if let by { props.append(OSCAL.Property(name: "accepted-by", value: by)) }
        if let level { props.append(OSCAL.Property(name: "level", value: level)) }
        if let until = acceptance.until { props.append(OSCAL.Property(name: "until", value: until.description)) }
        return OSCAL.LogEntry(
            uuid: uuid("risk-log-entry", risk.id), title: "Residual risk accepted", description: description,
            start: start, props: props)
    }

    /// Where an acceptance stands on the as-of date, in words.
    static func standing(_ state: RiskJudgement.Acceptance, asOf: CalendarDate) -> String {
        switch state {
        case .accepted: "On \(asOf) the acceptance is current."
        case .notNeeded: "On \(asOf) the residual level is within the acceptance criteria; no acceptance is needed."
        case .missing: "On \(asOf) the residual level needs an acceptance."
        case .expired: "On \(asOf) the acceptance has lapsed."
        case .belowCurrentLevel: "On \(asOf) the residual level is above the level accepted."
        }
    }
}
