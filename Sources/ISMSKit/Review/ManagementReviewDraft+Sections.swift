/// The sections of the review draft, one per input of 9.3.2.
extension ManagementReviewDraft {
    /// 9.3.2 a: the actions decided at earlier reviews and where they stand.
    func previousActions() -> String {
        var out = heading(.previousActions)
        let reviews = earlierReviews
        guard !reviews.isEmpty else { return out + "No earlier management review in the register.\n\n" }
        let rows = reviews.flatMap { review in
            review.decisions.flatMap { decision in
                decision.actions.map { (review, decision, $0) }
            }
        }
        if rows.isEmpty { return out + "The earlier reviews started no actions.\n\n" }
        out += MarkdownText.header(["Review", "Decision", "Action", "Owner", "Due", "State"])
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
        out +=
            "Raised in the period: \(raised.count); closed in the period: \(closed.count); open on \(asOf): \(open.count).\n\n"
        let shown = register.nonconformities.filter { raised.contains($0) || closed.contains($0) || open.contains($0) }
        guard !shown.isEmpty else { return out }
        out += MarkdownText.header(["Id", "Grade", "Requirement", "Finding", "Raised", "State", "Corrective actions"])
        for nc in shown.sorted(by: { ($0.raised ?? asOf, $0.id) < ($1.raised ?? asOf, $1.id) }) {
            let actions = nc.actions.map { "\($0.action) (\($0.owner), \(state(of: $0)))" }
            out += MarkdownText.row([
                nc.id, nc.grade?.rawValue ?? "", nc.requirement ?? "", nc.title, nc.raised.map(\.description) ?? "",
                ncState(nc), actions.joined(separator: "; "),
            ])
        }
        return out + "\n"
    }

    private func ncState(_ nc: Nonconformity) -> String {
        if let closed = nc.closed, closed <= asOf { return "closed \(closed)" }
        if let review = nc.effectiveness, review.date == nil, nc.actions.allSatisfy({ $0.isDone(asOf: asOf) }),
            !nc.actions.isEmpty
        {
            return "effectiveness review open" + (review.due.map { " (due \($0))" } ?? "")
        }
        return nc.actions.contains { $0.isOverdue(asOf: asOf) } ? "open, action overdue" : "open"
    }

    /// 9.3.2 d 2: evidence coverage of the applicable controls, and its trend since the previous pack.
    func monitoring() -> String {
        var out = heading(.monitoring)
        let entries = SoATable.entries(report).filter { $0.applicable == true }
        let counts = Dictionary(grouping: entries, by: \.state).mapValues(\.count)
        let states: [CoverageState] = [.covered, .expiring, .expired, .missing]
        out += "Evidence of the \(entries.count) applicable controls on \(asOf): "
        out += states.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + ".\n\n"
        if let previous {
            let applicable = previous.controls.filter { $0.state != .notApplicable }
            let before = Dictionary(grouping: applicable, by: \.state).mapValues(\.count)
            out += "In the previous pack (\(MarkdownText.inline(previous.auditID)), as of \(previous.asOf)): "
            out += states.map { "\(before[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + ".\n\n"
        } else {
            out += "_No previous pack given (`--previous`): no trend._\n\n"
        }
        let gaps = entries.filter { $0.state == .expired || $0.state == .missing }
        if !gaps.isEmpty {
            out +=
                "Without current evidence: " + gaps.map { MarkdownText.inline($0.id) }.joined(separator: ", ") + ".\n\n"
        }
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        out +=
            "`isms check` on \(asOf): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").\n\n"
        return out
    }

    /// 9.3.2 d 3: internal audits performed in the period and their findings, and those planned.
    func audits() -> String {
        var out = heading(.auditResults)
        let performed = register.audits.filter { inPeriod($0.performed) }.sorted {
            ($0.performed!, $0.id) < ($1.performed!, $1.id)
        }
        let planned = register.audits.filter { !$0.isPerformed(asOf: asOf) && ($0.planned.map { $0 > asOf } ?? false) }
            .sorted { ($0.planned!, $0.id) < ($1.planned!, $1.id) }
        if performed.isEmpty { out += "No internal audit performed in the period.\n\n" }
        for audit in performed {
            out +=
                "- **\(MarkdownText.inline(audit.id))** \(MarkdownText.inline(audit.title)), performed \(audit.performed!) by "
            out +=
                MarkdownText.inline(audit.auditor) + "; scope: "
                + MarkdownText.inline(audit.scope.joined(separator: ", "))
            out += ".\n"
            if let conclusion = audit.conclusion { out += "  Conclusion: \(MarkdownText.inline(conclusion))\n" }
            let findings = register.findings(of: audit.id)
            out += "  Findings: "
            out +=
                findings.isEmpty
                ? "none" : findings.map { "\($0.id) (\($0.grade?.rawValue ?? "ungraded"))" }.joined(separator: ", ")
            out += ".\n"
        }
        if !performed.isEmpty { out += "\n" }
        if !planned.isEmpty {
            out +=
                "Planned: " + planned.map { "\(MarkdownText.inline($0.id)) (\($0.planned!))" }.joined(separator: ", ")
                + ".\n\n"
        }
        return out
    }

    /// 9.3.2 d 4: each objective against its target.
    func objectives() -> String {
        var out = heading(.objectives)
        let objectives = register.objectives.filter { $0.status != .withdrawn }
        guard !objectives.isEmpty else { return out + "No objectives in the register.\n\n" }
        out += MarkdownText.header(["Id", "Objective", "Target", "Latest", "State", "Due", "Owner"])
        for objective in objectives {
            let measure = objective.measure
            let target = measure.map { "\($0.direction == .atLeast ? "≥" : "≤") \($0.target) \($0.unit)" } ?? ""
            let latest = objective.latest(asOf: asOf)
            let state: String =
                switch objective.isMet(asOf: asOf) {
                case true?: objective.status == .achieved ? "achieved" : "met"
                case false?: (objective.due.map { $0 < asOf } ?? false) ? "MISSED" : "not met yet"
                case nil: "not measured"
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
        out += "Data-subject requests received in the period: \(requests.count); answered within \(deadline): "
        out += "\(onTime); late: \(late); open: \(open).\n\n"
        let complaints = register.nonconformities.filter { $0.source == .complaint && inPeriod($0.raised) }
        if !complaints.isEmpty {
            out +=
                "Complaints: "
                + complaints.map { "\(MarkdownText.inline($0.id)) \(MarkdownText.inline($0.title))" }
                .joined(separator: "; ") + ".\n\n"
        }
        return out + "_Add other feedback from interested parties._\n\n"
    }

    /// 9.3.2 f: risks above the acceptance criteria, acceptances ending before the next review,
    /// and overdue treatment actions.
    func risks() -> String {
        var out = heading(.risks)
        guard !register.risks.isEmpty else { return out + "No risks in the register.\n\n" }
        let dashboard = StatusDashboard(report: report)
        let above = dashboard.risksAboveCriteria
        let method = register.settings.riskMethod
        out += "Risks: \(register.risks.count) (\(register.risks.filter { $0.status == .open }.count) open, "
        out += "\(register.risks.filter { $0.status == .treated }.count) treated, "
        out += "\(register.risks.filter { $0.status == .closed }.count) closed).\n\n"
        if above.isEmpty {
            out += "No risk above the acceptance criteria.\n\n"
        } else {
            out +=
                "Above the acceptance criteria:\n\n"
                + MarkdownText.header(["Id", "Risk", "Level", "Owner", "Accepted until"])
            for row in above {
                let level = row.judgement?.currentLevel.flatMap { index in method.map { $0.levels[index].key } }
                out += MarkdownText.row([
                    row.risk.id, row.risk.title, level ?? "", row.risk.owner,
                    row.risk.acceptance?.until.map(\.description) ?? "not accepted",
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
            out += "Acceptances ending by the next review, due \(nextReview): "
            out +=
                ending.map { "\(MarkdownText.inline($0.id)) (\($0.acceptance!.until!))" }.joined(separator: ", ")
                + ".\n\n"
        }
        let overdue = register.risks.flatMap { risk in
            risk.planned.filter { ($0.due.map { $0 < asOf } ?? false) && risk.status != .closed }.map { (risk, $0) }
        }
        if !overdue.isEmpty {
            out += "Overdue treatment actions: "
            out +=
                overdue.map {
                    "\(MarkdownText.inline($0.0.id)): \(MarkdownText.inline($0.1.action)) (due \($0.1.due!))"
                }
                .joined(separator: "; ") + ".\n\n"
        }
        return out
    }

    /// 9.3.2 g: opportunities and observations raised, for continual improvement (10.1).
    func improvement() -> String {
        var out = heading(.improvement)
        let ideas = register.nonconformities.filter {
            ($0.grade == .opportunity || $0.grade == .observation) && $0.isOpen(asOf: asOf)
                && ($0.raised ?? asOf) <= asOf
        }
        if ideas.isEmpty {
            return out
                + "_No open observations or opportunities in the register: add what management should consider._\n"
        }
        for idea in ideas {
            out += "- \(MarkdownText.inline(idea.id)) (\(idea.grade!.rawValue)): \(MarkdownText.inline(idea.title))\n"
        }
        return out
    }
}
