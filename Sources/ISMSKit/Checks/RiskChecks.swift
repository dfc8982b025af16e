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
        if method == nil, !context.settings.origin.has("risk") {
            findings.append(
                Finding(
                    .riskMethodMissing,
                    .riskMethodMissing(risks: risks.count),
                    at: context.settings.origin.start))
        }
        for risk in risks {
            findings += references(risk, context)
            guard risk.status != .closed else { continue }
            if let method { findings += levels(risk, method, context) }
            findings += actions(risk, context)
            if let review = reviewDate(risk, method), review < context.asOf {
                let key = risk.reviewBy == nil ? "identified" : "review-by"
                findings.append(
                    Finding(
                        .reviewOverdue,
                        .riskReviewOverdue(risk.id, reviewBy: review, fromIdentified: risk.reviewBy == nil),
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
                    .treatmentWithoutControls(risk.id),
                    at: risk.origin.location(of: !risk.origin.has("controls") ? "treatment" : "controls")))
        }
        for id in risk.controls {
            let location = risk.origin.location(ofItem: id, in: "controls")
            guard let control = context.index.controls[id] else {
                if context.index.isUnreadable(id) { continue }
                findings.append(
                    Finding(
                        .riskControlInvalid,
                        .riskControlUnknown(
                            risk.id, control: id,
                            // Sorted only for an unknown id: a thousand risks must not sort the controls each.
                            suggestion: ClosestMatch.suggestion(for: id, among: context.index.controls.keys.sorted())),
                        at: location))
                continue
            }
            if open, control.applicable == false {
                findings.append(
                    Finding(
                        .riskControlInvalid,
                        .riskControlExcluded(risk.id, control: context.describe(id)), at: location))
            }
        }
        return findings
            + context.unknownProcessing(
                risk.processing, of: FindingSubject("risk", id: risk.id), .concerns, origin: risk.origin)
    }

    private static func levels(_ risk: Risk, _ method: RiskMethod, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        func onScale(_ rating: Risk.Rating?, residual: Bool) -> Bool {
            guard let rating else { return false }
            var valid = true
            if method.likelihoodIndex(rating.likelihood) == nil {
                if !RegisterTemplate.holdsPlaceholder(rating.likelihood) {
                    findings.append(
                        unknown(
                            rating.likelihood, .likelihood(residual: residual), method.likelihood, risk, rating.location
                        ))
                }
                valid = false
            }
            if method.impactIndex(rating.impact) == nil {
                if !RegisterTemplate.holdsPlaceholder(rating.impact) {
                    findings.append(
                        unknown(rating.impact, .impact(residual: residual), method.impact, risk, rating.location))
                }
                valid = false
            }
            return valid
        }
        let inherentValid = onScale(risk.inherent, residual: false)
        let residualValid = risk.residual == nil ? inherentValid : onScale(risk.residual, residual: true)
        if inherentValid, residualValid, let inherent = risk.inherent, let residual = risk.residual {
            let likelihood =
                method.likelihoodIndex(residual.likelihood)! > method.likelihoodIndex(inherent.likelihood)!
                ? FindingMessage.Rise(residual: residual.likelihood, inherent: inherent.likelihood) : nil
            let impact =
                method.impactIndex(residual.impact)! > method.impactIndex(inherent.impact)!
                ? FindingMessage.Rise(residual: residual.impact, inherent: inherent.impact) : nil
            if likelihood != nil || impact != nil {
                findings.append(
                    Finding(
                        .residualAboveInherent,
                        .residualAboveInherent(risk.id, likelihood: likelihood, impact: impact),
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
                        .residualNotAccepted(
                            risk.id, level: levelKey, retainUpTo: method.levels[method.retainUpTo].key),
                        at: (risk.residual ?? current).location))
            }
            return findings
        }
        guard let accepted = method.levelIndex(acceptance.level) else {
            if !RegisterTemplate.holdsPlaceholder(acceptance.level) {
                findings.append(unknown(acceptance.level, .acceptedLevel, method.levels, risk, acceptance.location))
            }
            return findings
        }
        if judgement.grewAfterAcceptance {
            findings.append(
                Finding(
                    .acceptanceBelowResidual,
                    .acceptanceBelowResidual(risk.id, accepted: acceptance.level, level: levelKey),
                    at: acceptance.location))
        }
        if !method.authorises(acceptance, currentLevel: level) {
            let allowed = method.acceptedBy.filter { $0.key >= max(level, accepted) }.map(\.value)
            findings.append(
                Finding(
                    .acceptanceNotAuthorised,
                    .acceptanceNotAuthorised(
                        risk.id, by: acceptance.by, level: method.levels[max(level, accepted)].key,
                        allowed: Set(allowed).sorted()),
                    at: acceptance.location))
        }
        if let until = acceptance.until {
            if judgement.acceptanceLapsed {
                findings.append(
                    Finding(
                        .acceptanceExpired, .acceptanceExpired(risk.id, until: until),
                        at: acceptance.location))
            } else if until < context.settings.warningWindow.after(context.asOf) {
                let days = context.asOf.days(until: until)
                findings.append(
                    Finding(
                        .acceptanceExpiring,
                        .acceptanceExpiring(risk.id, until: until, days: days),
                        at: acceptance.location))
            }
        }
        return findings
    }

    private static func unknown(
        _ value: String, _ part: FindingMessage.RatingPart, _ steps: [RiskMethod.Step], _ risk: Risk,
        _ location: SourceLocation
    ) -> Finding {
        let keys = steps.map(\.key)
        return Finding(
            .riskScaleValueUnknown,
            .riskScaleValueUnknown(
                risk.id, part, value: value, scale: keys, suggestion: ClosestMatch.suggestion(for: value, among: keys)),
            at: location)
    }

    private static func actions(_ risk: Risk, _ context: CheckContext) -> [Finding] {
        risk.planned.compactMap { action in
            guard action.isOverdue(asOf: context.asOf), let due = action.due else { return nil }
            return Finding(
                .treatmentActionOverdue,
                .treatmentActionOverdue(risk.id, due: due, action: action.action), at: action.location)
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
                .excludedControlTreatsRisk(control.id, risks: open.map(\.id)),
                at: control.origin.location(of: "applicable"))
        }
    }
}
