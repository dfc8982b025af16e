/// The sections of the review draft, one per input of 9.3.2, in English or Dutch (`t(_:_:)`).
/// Register text goes through `MarkdownText`, so it stays literal.
extension ManagementReviewDraft {
    /// 9.3.2 a: the actions decided at earlier reviews and where they stand.
    func previousActions() -> String {
        var out = heading(.previousActions)
        let reviews = earlierReviews
        guard !reviews.isEmpty else {
            return out
                + t(
                    "No earlier management review in the register.", "Geen eerdere directiebeoordeling in het register."
                )
                + "\n\n"
        }
        let rows = reviews.flatMap { review in
            review.decisions.flatMap { decision in decision.actions.map { (review, decision, $0) } }
        }
        if rows.isEmpty {
            return out + t("The earlier reviews started no actions.", "De eerdere beoordelingen startten geen acties.")
                + "\n\n"
        }
        out += MarkdownText.header([
            t("Review", "Beoordeling"), t("Decision", "Besluit"), t("Action", "Actie"), t("Owner", "Eigenaar"),
            t("Due", "Uiterlijk"), t("State", "Stand"),
        ])
        for (review, decision, action) in rows {
            out += MarkdownText.row([
                "\(review.id) (\(review.date!))", decision.decision, action.action, action.owner,
                action.due.map(\.description) ?? "", state(of: action),
            ])
        }
        return out + "\n"
    }

    /// 9.3.2 d 1: nonconformities raised and closed in the period, and those still open.
    func nonconformities() -> String {
        var out = heading(.nonconformities)
        let raised = register.nonconformities.filter { inPeriod($0.raised) }
        let closed = register.nonconformities.filter { inPeriod($0.closed) }
        let open = register.nonconformities.filter { $0.isOpen(asOf: asOf) && ($0.raised ?? asOf) <= asOf }
        out += t(
            "Raised in the period: \(raised.count); closed in the period: \(closed.count); open on \(asOf): \(open.count).",
            "Gemeld in de periode: \(raised.count); gesloten in de periode: \(closed.count); open op \(asOf): \(open.count)."
        )
        out += "\n\n"
        let shown = register.nonconformities.filter { raised.contains($0) || closed.contains($0) || open.contains($0) }
        guard !shown.isEmpty else { return out }
        out += MarkdownText.header([
            "Id", t("Grade", "Classificatie"), t("Requirement", "Eis"), t("Finding", "Bevinding"),
            t("Raised", "Gemeld"),
            t("State", "Stand"), t("Corrective actions", "Corrigerende maatregelen"),
        ])
        for nc in shown.sorted(by: { ($0.raised ?? asOf, $0.id) < ($1.raised ?? asOf, $1.id) }) {
            let actions = nc.actions.map { "\($0.action) (\($0.owner), \(state(of: $0)))" }
            out += MarkdownText.row([
                nc.id, nc.grade.map(grade) ?? "", nc.requirement ?? "", nc.title, nc.raised.map(\.description) ?? "",
                ncState(nc), actions.joined(separator: "; "),
            ])
        }
        return out + "\n"
    }

    private func ncState(_ nc: Nonconformity) -> String {
        if let closed = nc.closed, closed <= asOf { return t("closed \(closed)", "gesloten \(closed)") }
        if let review = nc.effectiveness, review.date == nil, !nc.actions.isEmpty,
            nc.actions.allSatisfy({ $0.isDone(asOf: asOf) })
        {
            return t("effectiveness review open", "beoordeling van de doeltreffendheid open")
                + (review.due.map { t(" (due \($0))", " (uiterlijk \($0))") } ?? "")
        }
        return nc.actions.contains { $0.isOverdue(asOf: asOf) }
            ? t("open, action overdue", "open, actie verlopen") : "open"
    }

    /// 9.3.2 d 2: evidence coverage of the applicable controls, and its trend since the previous pack.
    func monitoring() -> String {
        var out = heading(.monitoring)
        let entries = SoATable.entries(report).filter { $0.applicable == true }
        let counts = Dictionary(grouping: entries, by: \.state).mapValues(\.count)
        let states: [CoverageState] = [.covered, .expiring, .expired, .missing]
        out += t(
            "Evidence of the \(entries.count) applicable controls on \(asOf): ",
            "Bewijs van de \(entries.count) toepasselijke beheersmaatregelen op \(asOf): ")
        out += states.map { "\(counts[$0] ?? 0) \(stateName($0))" }.joined(separator: ", ") + ".\n\n"
        if let previous {
            let applicable = previous.controls.filter { $0.state != .notApplicable }
            let before = Dictionary(grouping: applicable, by: \.state).mapValues(\.count)
            let id = MarkdownText.inline(previous.auditID)
            out += t(
                "In the previous pack (\(id), as of \(previous.asOf)): ",
                "In het vorige auditpakket (\(id), peildatum \(previous.asOf)): ")
            out += states.map { "\(before[$0] ?? 0) \(stateName($0))" }.joined(separator: ", ") + ".\n\n"
        } else {
            out +=
                t(
                    "_No previous pack given (`--previous`): no trend._",
                    "_Geen vorig auditpakket opgegeven (`--previous`): geen trend._") + "\n\n"
        }
        let gaps = entries.filter { $0.state == .expired || $0.state == .missing }
        if !gaps.isEmpty {
            out += t("Without current evidence: ", "Zonder actueel bewijs: ")
            out += gaps.map { MarkdownText.inline($0.id) }.joined(separator: ", ") + ".\n\n"
        }
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        out += t(
            "`isms check` on \(asOf): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").",
            "`isms check` op \(asOf): \(errors) fout\(errors == 1 ? "" : "en"), \(warnings) waarschuwing\(warnings == 1 ? "" : "en")."
        )
        return out + "\n\n"
    }

    /// 9.3.2 d 3: internal audits performed in the period and their findings, and those planned.
    func audits() -> String {
        var out = heading(.auditResults)
        let performed = register.audits.filter { inPeriod($0.performed) }
            .sorted { ($0.performed!, $0.id) < ($1.performed!, $1.id) }
        let planned = status.plannedAudits
        if performed.isEmpty {
            out +=
                t("No internal audit performed in the period.", "Geen interne audit uitgevoerd in de periode.") + "\n\n"
        }
        for audit in performed {
            out += "- **\(MarkdownText.inline(audit.id))** \(MarkdownText.inline(audit.title)), "
            out += t("performed \(audit.performed!) by ", "uitgevoerd \(audit.performed!) door ")
            out += MarkdownText.inline(audit.auditor) + t("; scope: ", "; reikwijdte: ")
            out += MarkdownText.inline(audit.scope.joined(separator: ", ")) + ".\n"
            if let conclusion = audit.conclusion {
                out += t("  Conclusion: ", "  Conclusie: ") + MarkdownText.inline(conclusion) + "\n"
            }
            let findings = register.findings(of: audit.id)
            out += t("  Findings: ", "  Bevindingen: ")
            out +=
                findings.isEmpty
                ? t("none", "geen")
                : findings.map { "\(MarkdownText.inline($0.id)) (\($0.grade.map(grade) ?? "?"))" }.joined(
                    separator: ", ")
            out += ".\n"
        }
        if !performed.isEmpty { out += "\n" }
        if !planned.isEmpty {
            out += t("Planned: ", "Gepland: ")
            out += planned.map { "\(MarkdownText.inline($0.id)) (\($0.planned!))" }.joined(separator: ", ") + ".\n\n"
        }
        return out
    }

    /// 9.3.2 d 4: each objective against its target.
    func objectives() -> String {
        var out = heading(.objectives)
        let objectives = register.objectives.filter { $0.status != .withdrawn }
        guard !objectives.isEmpty else {
            return out + t("No objectives in the register.", "Geen doelstellingen in het register.") + "\n\n"
        }
        out += MarkdownText.header([
            "Id", t("Objective", "Doelstelling"), t("Target", "Doel"), t("Latest", "Laatste meting"),
            t("State", "Stand"), t("Due", "Uiterlijk"), t("Owner", "Eigenaar"),
        ])
        for objective in objectives {
            let measure = objective.measure
            let target = measure.map { "\($0.direction == .atLeast ? "≥" : "≤") \($0.target) \($0.unit)" } ?? ""
            let latest = objective.latest(asOf: asOf)
            let state: String =
                switch objective.isMet(asOf: asOf) {
                case true?: objective.status == .achieved ? t("achieved", "bereikt") : t("met", "gehaald")
                case false?:
                    (objective.due.map { $0 < asOf } ?? false)
                        ? t("MISSED", "NIET BEREIKT") : t("not met yet", "nog niet gehaald")
                case nil: t("not measured", "niet gemeten")
                }
            out += MarkdownText.row([
                objective.id, objective.objective, target,
                latest.map { "\($0.value) \(measure?.unit ?? "") (\($0.date))" } ?? "", state,
                objective.due.map(\.description) ?? "", objective.owner,
            ])
        }
        return out + "\n"
    }

    /// 9.3.2 e: data-subject requests and their timeliness, and complaints.
    func partyFeedback() -> String {
        var out = heading(.partyFeedback)
        let deadline = register.settings.requestDeadline
        let requests = register.requests.filter { inPeriod($0.received) }
            .map { RequestAssessment($0, deadline: deadline, asOf: asOf) }
        let onTime = requests.filter { $0.onTime == true }.count
        let late = requests.filter { $0.onTime == false }.count
        let open = requests.filter(\.isOpen).count
        out += t(
            "Data-subject requests received in the period: \(requests.count); answered within \(deadline): \(onTime); late: \(late); open: \(open).",
            "Verzoeken van betrokkenen ontvangen in de periode: \(requests.count); binnen \(deadline) beantwoord: \(onTime); te laat: \(late); open: \(open)."
        )
        out += "\n\n"
        let complaints = register.nonconformities.filter { $0.source == .complaint && inPeriod($0.raised) }
        if !complaints.isEmpty {
            out += t("Complaints: ", "Klachten: ")
            out +=
                complaints.map { "\(MarkdownText.inline($0.id)) \(MarkdownText.inline($0.title))" }
                .joined(separator: "; ") + ".\n\n"
        }
        return out
            + t(
                "_Add other feedback from interested parties._",
                "_Vul aan met andere terugkoppeling van belanghebbenden._")
            + "\n\n"
    }

    /// 9.3.2 f: risks above the acceptance criteria, acceptances ending by the next review, and
    /// overdue treatment actions.
    func risks() -> String {
        var out = heading(.risks)
        guard !register.risks.isEmpty else {
            return out + t("No risks in the register.", "Geen risico's in het register.") + "\n\n"
        }
        let above = StatusDashboard(report: report).risksAboveCriteria
        let method = register.settings.riskMethod
        let count = { (status: Risk.Status) in register.risks.filter { $0.status == status }.count }
        out += t(
            "Risks: \(register.risks.count) (\(count(.open)) open, \(count(.treated)) treated, \(count(.closed)) closed).",
            "Risico's: \(register.risks.count) (\(count(.open)) open, \(count(.treated)) behandeld, \(count(.closed)) gesloten)."
        )
        out += "\n\n"
        if above.isEmpty {
            out += t("No risk above the acceptance criteria.", "Geen risico boven de acceptatiecriteria.") + "\n\n"
        } else {
            out += t("Above the acceptance criteria:", "Boven de acceptatiecriteria:") + "\n\n"
            out += MarkdownText.header([
                "Id", t("Risk", "Risico"), t("Level", "Niveau"), t("Owner", "Risico-eigenaar"),
                t("Accepted until", "Geaccepteerd tot"),
            ])
            for row in above {
                let level = row.judgement?.currentLevel.flatMap { index in method.map { $0.levels[index].key } }
                out += MarkdownText.row([
                    row.risk.id, row.risk.title, level ?? "", row.risk.owner,
                    row.risk.acceptance?.until.map(\.description) ?? t("not accepted", "niet geaccepteerd"),
                ])
            }
            out += "\n"
        }
        let nextReview = nextReviewDue
        let ending = register.risks.filter { risk in
            guard risk.status != .closed, let until = risk.acceptance?.until else { return false }
            return until <= nextReview
        }
        if !ending.isEmpty {
            out += t(
                "Acceptances ending by the next review, due \(nextReview): ",
                "Acceptaties die aflopen vóór de volgende beoordeling (uiterlijk \(nextReview)): ")
            out += ending.map { "\(MarkdownText.inline($0.id)) (\($0.acceptance!.until!))" }.joined(separator: ", ")
            out += ".\n\n"
        }
        let overdue = register.risks.filter { $0.status != .closed }.flatMap { risk in
            risk.planned.filter { $0.isOverdue(asOf: asOf) }.map { (risk, $0) }
        }
        if !overdue.isEmpty {
            out += t("Overdue treatment actions: ", "Verlopen behandelacties: ")
            out += overdue.map { risk, action in
                "\(MarkdownText.inline(risk.id)): \(MarkdownText.inline(action.action)) (\(t("due", "uiterlijk")) \(action.due!))"
            }.joined(separator: "; ")
            out += ".\n\n"
        }
        return out
    }

    /// 9.3.2 g: open observations and opportunities, for continual improvement (10.1).
    func improvement() -> String {
        var out = heading(.improvement)
        let ideas = register.nonconformities.filter {
            ($0.grade == .opportunity || $0.grade == .observation) && $0.isOpen(asOf: asOf)
                && ($0.raised ?? asOf) <= asOf
        }
        if ideas.isEmpty {
            return out
                + t(
                    "_No open observations or opportunities in the register: add what management should consider._",
                    "_Geen open observaties of verbeterkansen in het register: vul aan wat de directie moet overwegen._"
                )
                + "\n"
        }
        for idea in ideas {
            out += "- \(MarkdownText.inline(idea.id)) (\(grade(idea.grade!))): \(MarkdownText.inline(idea.title))\n"
        }
        return out
    }

    /// A grade in the auditor's words: grote/kleine afwijking, observatie, verbeterkans.
    func grade(_ grade: Nonconformity.Grade) -> String {
        switch grade {
        case .major: t("major", "grote afwijking")
        case .minor: t("minor", "kleine afwijking")
        case .observation: t("observation", "observatie")
        case .opportunity: t("opportunity", "verbeterkans")
        }
    }

    func stateName(_ state: CoverageState) -> String {
        switch state {
        case .covered: t("covered", "gedekt")
        case .expiring: t("expiring", "verloopt binnenkort")
        case .expired: t("expired", "verlopen")
        case .missing: t("missing", "ontbreekt")
        case .notApplicable: t("not applicable", "niet van toepassing")
        }
    }
}
