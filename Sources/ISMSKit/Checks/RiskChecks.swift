/// The risk register against the risk method: ratings on the method's scales, residual risk never
/// above inherent, residual risk above the acceptance criteria accepted by someone who may, and
/// for no lower level than today's; acceptances current; treatments that modify a risk naming
/// controls the SoA includes; treatment actions on time; risks reviewed.
enum RiskChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        let risks = context.register.risks
        guard !risks.isEmpty else { return [] }
        var findings: [Finding] = []
        let method = context.settings.riskMethod
        if method == nil, context.settings.origin.keys["risk"] == nil {
            findings.append(
                Finding(
                    .riskMethodMissing,
                    "the register holds \(risks.count) risk record\(risks.count == 1 ? "" : "s") but isms.yaml has no `risk` method to judge them by",
                    at: context.settings.origin.start))
        }
        for risk in risks {
            findings += references(risk, context)
            guard risk.status != .closed else { continue }
            if let method { findings += levels(risk, method, context) }
            findings += actions(risk, context)
            if let review = reviewDate(risk, method), review < context.asOf {
                let key = risk.reviewBy == nil ? "identified" : "review-by"
                let why = risk.reviewBy == nil ? "(`identified` plus the method's review cycle)" : "(`review-by`)"
                findings.append(
                    Finding(
                        .reviewOverdue, "risk \(risk.id) was to be reviewed by \(review) \(why); the date has passed",
                        at: risk.origin.location(of: key)))
            }
        }
        findings += excludedControls(context)
        return findings
    }

    /// The day by which a risk is to be assessed again.
    static func reviewDate(_ risk: Risk, _ method: RiskMethod?) -> CalendarDate? {
        if let reviewBy = risk.reviewBy { return reviewBy }
        guard let identified = risk.identified, let method else { return nil }
        return method.review.after(identified)
    }

    private static func references(_ risk: Risk, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let open = risk.status != .closed
        if open, risk.treatment == .modify, risk.controls.isEmpty {
            findings.append(
                Finding(
                    .treatmentWithoutControls,
                    "risk \(risk.id) is to be modified (`treatment: modify`) but names no `controls` that modify it",
                    at: risk.origin.location(of: risk.origin.keys["controls"] == nil ? "treatment" : "controls")))
        }
        let controlIDs = context.index.controls.keys.sorted()
        for id in risk.controls {
            let location = risk.origin.location(ofItem: id, in: "controls")
            guard let control = context.index.controls[id] else {
                if context.index.isUnreadable(id) { continue }
                findings.append(
                    Finding(
                        .riskControlInvalid,
                        "risk \(risk.id) is treated by unknown control `\(id)`"
                            + ClosestMatch.hint(for: id, among: controlIDs), at: location))
                continue
            }
            if open, control.applicable == false {
                findings.append(
                    Finding(
                        .riskControlInvalid,
                        "risk \(risk.id) is treated by \(context.describe(id)), which the SoA excludes", at: location))
            }
        }
        return findings
            + context.unknownProcessing(risk.processing, of: "risk \(risk.id)", "concerns", origin: risk.origin)
    }

    private static func levels(_ risk: Risk, _ method: RiskMethod, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        func onScale(_ rating: Risk.Rating?, _ name: String) -> Bool {
            guard let rating else { return false }
            var valid = true
            if method.likelihoodIndex(rating.likelihood) == nil {
                if !RegisterTemplate.holdsPlaceholder(rating.likelihood) {
                    findings.append(
                        unknown(rating.likelihood, "\(name) likelihood", method.likelihood, risk, rating.location))
                }
                valid = false
            }
            if method.impactIndex(rating.impact) == nil {
                if !RegisterTemplate.holdsPlaceholder(rating.impact) {
                    findings.append(unknown(rating.impact, "\(name) impact", method.impact, risk, rating.location))
                }
                valid = false
            }
            return valid
        }
        let inherentValid = onScale(risk.inherent, "inherent")
        let residualValid = risk.residual == nil ? inherentValid : onScale(risk.residual, "residual")
        if inherentValid, residualValid, let inherent = risk.inherent, let residual = risk.residual {
            let higher = [
                method.likelihoodIndex(residual.likelihood)! > method.likelihoodIndex(inherent.likelihood)!
                    ? "likelihood `\(residual.likelihood)` above `\(inherent.likelihood)`" : nil,
                method.impactIndex(residual.impact)! > method.impactIndex(inherent.impact)!
                    ? "impact `\(residual.impact)` above `\(inherent.impact)`" : nil,
            ].compactMap { $0 }
            if !higher.isEmpty {
                findings.append(
                    Finding(
                        .residualAboveInherent,
                        "risk \(risk.id) has a residual \(higher.joined(separator: " and ")) before treatment",
                        at: residual.location))
            }
        }
        let judgement = RiskJudgement(risk, method: method, asOf: context.asOf)
        guard residualValid, let current = risk.current, let level = judgement.currentLevel else { return findings }
        let levelKey = method.levels[level].key
        guard let acceptance = risk.acceptance else {
            if judgement.acceptance == .missing {
                findings.append(
                    Finding(
                        .residualNotAccepted,
                        "risk \(risk.id) has a residual level `\(levelKey)`, above what may be retained without acceptance (`\(method.levels[method.retainUpTo].key)`), and no `acceptance`",
                        at: (risk.residual ?? current).location))
            }
            return findings
        }
        guard let accepted = method.levelIndex(acceptance.level) else {
            if !RegisterTemplate.holdsPlaceholder(acceptance.level) {
                findings.append(unknown(acceptance.level, "accepted level", method.levels, risk, acceptance.location))
            }
            return findings
        }
        if judgement.grewAfterAcceptance {
            findings.append(
                Finding(
                    .acceptanceBelowResidual,
                    "risk \(risk.id) was accepted at `\(acceptance.level)` but its residual level is now `\(levelKey)`: it grew after it was accepted",
                    at: acceptance.location))
        }
        if !method.authorises(acceptance, currentLevel: level) {
            let allowed = method.acceptedBy.filter { $0.key >= max(level, accepted) }.map(\.value)
            findings.append(
                Finding(
                    .acceptanceNotAuthorised,
                    "risk \(risk.id) was accepted by `\(acceptance.by)`, who may not accept a `\(method.levels[max(level, accepted)].key)` risk (the method names \(Set(allowed).sorted().map { "`\($0)`" }.joined(separator: " or ")))",
                    at: acceptance.location))
        }
        if let until = acceptance.until {
            if judgement.acceptanceLapsed {
                findings.append(
                    Finding(
                        .acceptanceExpired, "the acceptance of risk \(risk.id) expired on \(until)",
                        at: acceptance.location))
            } else if until < context.settings.warningWindow.after(context.asOf) {
                let days = context.asOf.days(until: until)
                findings.append(
                    Finding(
                        .acceptanceExpiring,
                        "the acceptance of risk \(risk.id) expires on \(until) (in \(days) day\(days == 1 ? "" : "s"))",
                        at: acceptance.location))
            }
        }
        return findings
    }

    private static func unknown(
        _ value: String, _ what: String, _ steps: [RiskMethod.Step], _ risk: Risk, _ location: SourceLocation
    ) -> Finding {
        let keys = steps.map(\.key)
        return Finding(
            .riskScaleValueUnknown,
            "risk \(risk.id) has \(what) `\(value)`, which is not on the risk method's scale (\(keys.joined(separator: ", ")))"
                + ClosestMatch.hint(for: value, among: keys), at: location)
    }

    private static func actions(_ risk: Risk, _ context: CheckContext) -> [Finding] {
        risk.planned.compactMap { action in
            guard action.isOverdue(asOf: context.asOf), let due = action.due else { return nil }
            return Finding(
                .treatmentActionOverdue,
                "treatment action of risk \(risk.id) was due on \(due): \(action.action)", at: action.location)
        }
    }

    /// An excluded control that a risk relies on is reported on the control too.
    private static func excludedControls(_ context: CheckContext) -> [Finding] {
        context.register.controls.compactMap { control in
            guard control.applicable == false, let open = context.index.risksByControl[control.id] else {
                return nil
            }
            return Finding(
                .excludedControlTreatsRisk,
                "\(control.id) is excluded from the SoA, yet risk\(open.count == 1 ? "" : "s") \(open.map(\.id).joined(separator: ", ")) rel\(open.count == 1 ? "ies" : "y") on it",
                at: control.origin.location(of: "applicable"))
        }
    }
}
