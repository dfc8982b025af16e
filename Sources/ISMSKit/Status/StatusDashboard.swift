/// `isms status`: what the compliance lead needs to see this week. Coverage of Annex A per theme as
/// bars with counts and percentages, the applicable controls without current evidence, and the
/// evidence that stops being current within a window, soonest first, with the records it is the
/// last current evidence of: what to collect next.
///
/// Plain ASCII decoration without colour; with colour, ANSI colours and Unicode block bars.
/// Register text is always sanitised, so a record cannot steer the terminal.
public struct StatusDashboard: Sendable {
    /// The number of controls in each state for one theme (or all of Annex A, or the own controls).
    public struct CoverageRow: Sendable, Hashable {
        public let label: String
        public let counts: [CoverageState: Int]
        public var total: Int { counts.values.reduce(0, +) }

        public func count(_ state: CoverageState) -> Int { counts[state] ?? 0 }

        /// The share of a state in whole percent, rounded half up.
        public func percent(_ state: CoverageState) -> Int {
            total == 0 ? 0 : (count(state) * 200 + total) / (total * 2)
        }
    }

    /// An evidence record that stops being current within the window for at least one record.
    public struct ExpiringEvidence: Sendable, Hashable {
        public let evidenceID: String
        public let title: String
        public let owner: String
        /// The last day the evidence is current (for the earliest-ending record it supports).
        public let lastDay: CalendarDate
        /// Records whose last current evidence this is: they lose coverage when it ends.
        public let lastCurrentOf: [String]
        /// Records within the window that have other evidence lasting longer.
        public let alsoSupports: [String]
    }

    public let report: CheckReport
    /// How far ahead to look for expiring evidence.
    public let window: Period
    public let colour: Bool

    /// `within` days overrides the register's warning window.
    public init(report: CheckReport, within days: Int? = nil, colour: Bool = false) {
        self.report = report
        self.window = days.map { Period($0, .days) } ?? report.register.settings.warningWindow
        self.colour = colour
        self.entries = SoATable.entries(report)
    }

    /// The last day the window covers: evidence ending on or before the day after it is expiring.
    public var horizon: CalendarDate { window.after(report.asOf) }

    /// The rows of the SoA on the as-of date, worked out once: every list here is drawn from them.
    public let entries: [SoATable.Entry]

    /// One row per Annex A theme, then Annex A as a whole, then the own controls when there are any.
    public var coverageRows: [CoverageRow] {
        let all = entries
        func row(_ label: String, _ selected: [SoATable.Entry]) -> CoverageRow {
            CoverageRow(label: label, counts: Dictionary(grouping: selected, by: \.state).mapValues(\.count))
        }
        var rows = Theme.allCases.map { theme in
            row(
                "\(theme.clause) \(theme.rawValue.prefix(1).uppercased())\(theme.rawValue.dropFirst())",
                all.filter { $0.theme == theme })
        }
        rows.append(row("Annex A", all.filter { $0.theme != nil }))
        let own = all.filter { $0.theme == nil }
        if !own.isEmpty { rows.append(row("Own controls", own)) }
        return rows
    }

    /// Applicable controls whose evidence is missing or expired, in SoA order.
    public var gaps: [SoATable.Entry] {
        entries.filter { $0.applicable == true && ($0.state == .missing || $0.state == .expired) }
    }

    /// Controls without an applicability decision (or without a record at all), in SoA order.
    public var undecided: [SoATable.Entry] { entries.filter { $0.applicable == nil } }

    /// Evidence whose current window for some record ends within the window, by last day, then id.
    public var expiring: [ExpiringEvidence] {
        let horizon = horizon
        var ends: [String: CalendarDate] = [:]
        var lastOf: [String: Set<String>] = [:]
        var others: [String: Set<String>] = [:]
        for (id, coverage) in report.coverage {
            guard let best = coverage.current.first else { continue }
            for window in coverage.current where window.end <= horizon {
                ends[window.evidenceID] = min(ends[window.evidenceID] ?? window.end, window.end)
                if window.end >= best.end {
                    lastOf[window.evidenceID, default: []].insert(id)
                } else {
                    others[window.evidenceID, default: []].insert(id)
                }
            }
        }
        let records = Dictionary(report.register.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = recordOrder
        func sorted(_ ids: Set<String>?) -> [String] {
            (ids ?? []).sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        }
        return ends.map { id, end in
            ExpiringEvidence(
                evidenceID: id, title: records[id]?.title ?? "", owner: records[id]?.owner ?? "",
                lastDay: end.adding(days: -1), lastCurrentOf: sorted(lastOf[id]), alsoSupports: sorted(others[id]))
        }.sorted { ($0.lastDay, $0.evidenceID) < ($1.lastDay, $1.evidenceID) }
    }

    /// Open and treated risks whose current level is above what may be retained without an
    /// acceptance, highest level first, then in register order.
    public var risksAboveCriteria: [RiskRegisterTable.Row] {
        guard let method = report.register.settings.riskMethod else { return [] }
        let rows = RiskRegisterTable.rows(report).filter {
            $0.risk.status != .closed && ($0.judgement?.currentLevel).map(method.needsAcceptance) == true
        }
        return rows.enumerated().sorted {
            (-($0.element.judgement?.currentLevel ?? 0), $0.offset) < (
                -($1.element.judgement?.currentLevel ?? 0), $1.offset
            )
        }.map(\.element)
    }

    /// Risk acceptances that end within the window (or have ended), by end date, then risk id.
    public var endingAcceptances: [Risk] {
        report.register.risks.filter { risk in
            guard risk.status != .closed, let until = risk.acceptance?.until else { return false }
            return until < horizon
        }.sorted { ($0.acceptance!.until!, $0.id) < ($1.acceptance!.until!, $1.id) }
    }

    /// Controls in SoA order, then processing activities and parties by id, then the clauses in
    /// the standard's order.
    private var recordOrder: [String: Int] {
        let content = PackContent(report: report, language: report.register.settings.language)
        let ids =
            entries.map(\.id) + content.processing.map(\.id) + content.parties.map(\.id)
            + ClauseCatalog.clauses.map(\.id)
        var order: [String: Int] = [:]
        for (index, id) in ids.enumerated() where order[id] == nil { order[id] = index }
        return order
    }

    // MARK: Rendering

    public static let barWidth = 40

    public func render() -> String {
        var out = ""
        let settings = report.register.settings
        out += bold("isms status: \(clean(settings.organisation.name)) as of \(report.asOf)") + "\n"
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        out += "Check: \(plural(errors, "error")), \(plural(warnings, "warning")); `isms check` lists them.\n\n"
        out += renderCoverage()
        out += "\n" + renderGaps()
        out += "\n" + renderExpiring()
        if !report.register.risks.isEmpty { out += "\n" + renderRisks() }
        if managementSystem.hasRecords { out += "\n" + renderManagementSystem() }
        if !report.register.incidents.isEmpty { out += "\n" + renderIncidents() }
        return out
    }

    private func renderCoverage() -> String {
        var out = bold("Annex A coverage by theme") + "\n"
        out += "  " + CoverageState.allCases.map { "\(symbol($0)) \(name($0))" }.joined(separator: "  ") + "\n"
        let rows = coverageRows
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let totalWidth = rows.map { String($0.total).count }.max() ?? 1
        for row in rows {
            out += "  " + pad(row.label, labelWidth) + "  " + leftPad(String(row.total), totalWidth) + "  "
            out += (colour ? "" : "[") + bar(row) + (colour ? "" : "]") + "\n"
            out += "      "
            out +=
                CoverageState.allCases.map { state in
                    "\(paint(shortName(state), state)) \(row.count(state)) (\(row.percent(state))%)"
                }.joined(separator: "  ") + "\n"
        }
        return out
    }

    private func renderGaps() -> String {
        let gaps = gaps
        var out = bold("Applicable controls without current evidence (\(gaps.count))") + "\n"
        if gaps.isEmpty { out += "  none\n" }
        let idWidth = gaps.map { clean($0.id).count }.max() ?? 0
        let stateWidth = gaps.map(\.state.rawValue.count).max() ?? 0
        let ownerWidth = gaps.map { clean(owner($0.owner)).count }.max() ?? 0
        for gap in gaps {
            out += "  " + pad(clean(gap.id), idWidth) + "  " + paint(pad(gap.state.rawValue, stateWidth), gap.state)
            out += "  " + pad(clean(owner(gap.owner)), ownerWidth) + "  " + clean(gap.title) + "\n"
        }
        let undecided = undecided
        if !undecided.isEmpty {
            out += "  \(plural(undecided.count, "control")) without an applicability decision: "
            out += wrapped(undecided.map { clean($0.id) }, indent: 4).dropFirst(4) + "\n"
        }
        return out
    }

    private func renderExpiring() -> String {
        let expiring = expiring
        let heading =
            "Evidence expiring within \(window), by \(horizon.adding(days: -1)): what to collect next (\(expiring.count))"
        var out = bold(heading) + "\n"
        if expiring.isEmpty { out += "  none\n" }
        let idWidth = expiring.map { clean($0.evidenceID).count }.max() ?? 0
        let ownerWidth = expiring.map { clean(owner($0.owner)).count }.max() ?? 0
        for item in expiring {
            let days = report.asOf.days(until: item.lastDay)
            out += "  " + paint("\(item.lastDay)", .expiring) + "  " + pad(clean(item.evidenceID), idWidth)
            out += "  " + pad(clean(owner(item.owner)), ownerWidth) + "  " + clean(item.title)
            out += " (\(days == 0 ? "last day today" : "\(plural(days, "day")) left"))\n"
            if item.lastCurrentOf.isEmpty {
                out += "      last current evidence of: none\n"
            } else {
                out += "      last current evidence of: "
                out += wrapped(item.lastCurrentOf.map(clean), indent: 8).dropFirst(8) + "\n"
            }
            if !item.alsoSupports.isEmpty {
                out += "      also supports, with other current evidence: "
                out += wrapped(item.alsoSupports.map(clean), indent: 8).dropFirst(8) + "\n"
            }
        }
        return out
    }

    private func renderRisks() -> String {
        let above = risksAboveCriteria
        var out = bold("Risks above the acceptance criteria (\(above.count))") + "\n"
        if report.register.settings.riskMethod == nil { out += "  no risk method in isms.yaml (E600)\n" }
        if above.isEmpty { out += "  none\n" }
        let levels = above.map { row in row.judgement?.currentLevel.flatMap { row.method?.levels[$0].key } ?? "" }
        let idWidth = above.map { clean($0.risk.id).count }.max() ?? 0
        let levelWidth = levels.map(\.count).max() ?? 0
        let stateWidth = above.map { ($0.judgement?.acceptance?.rawValue ?? "").count }.max() ?? 0
        let ownerWidth = above.map { clean(owner($0.risk.owner)).count }.max() ?? 0
        for (row, level) in zip(above, levels) {
            let state = row.judgement?.acceptance?.rawValue ?? ""
            let paintState: CoverageState = row.judgement?.acceptance == .accepted ? .covered : .expired
            out += "  " + pad(clean(row.risk.id), idWidth) + "  " + pad(clean(level), levelWidth)
            out +=
                "  " + paint(pad(state, stateWidth), paintState) + "  " + pad(clean(owner(row.risk.owner)), ownerWidth)
            out += "  " + clean(row.risk.title) + "\n"
        }
        let ending = endingAcceptances
        out += "\n" + bold("Risk acceptances ending by \(horizon.adding(days: -1)) (\(ending.count))") + "\n"
        if ending.isEmpty { out += "  none\n" }
        let endingWidth = ending.map { clean($0.id).count }.max() ?? 0
        for risk in ending {
            let until = risk.acceptance!.until!
            let days = report.asOf.days(until: until)
            let when =
                days < 0
                ? "ended \(plural(-days, "day")) ago" : days == 0 ? "last day today" : "\(plural(days, "day")) left"
            out += "  " + paint("\(until)", days < 0 ? .expired : .expiring) + "  " + pad(clean(risk.id), endingWidth)
            out += "  " + clean(owner(risk.owner)) + "  " + clean(risk.title) + " (\(when))\n"
        }
        return out
    }

    /// Segments sized from the running sum, so they always fill the bar exactly; a state with any
    /// control keeps at least one character.
    func segmentWidths(_ row: CoverageRow) -> [CoverageState: Int] {
        var widths: [CoverageState: Int] = [:]
        guard row.total > 0 else { return widths }
        var used = 0
        var x = 0
        for state in CoverageState.allCases {
            used += row.count(state)
            let end = (used * Self.barWidth + row.total / 2) / row.total
            widths[state] = end - x
            x = end
        }
        for state in CoverageState.allCases where row.count(state) > 0 && widths[state] == 0 {
            if let widest = CoverageState.allCases.max(by: { (widths[$0] ?? 0) < (widths[$1] ?? 0) }) {
                widths[widest, default: 0] -= 1
                widths[state] = 1
            }
        }
        return widths
    }

    private func bar(_ row: CoverageRow) -> String {
        let widths = segmentWidths(row)
        if row.total == 0 { return String(repeating: " ", count: Self.barWidth) }
        return CoverageState.allCases.map { state in
            let width = widths[state] ?? 0
            guard width > 0 else { return "" }
            return paint(String(repeating: symbol(state), count: width), state)
        }.joined()
    }

    // MARK: Text helpers

    private func symbol(_ state: CoverageState) -> String {
        switch (state, colour) {
        case (.covered, false): "#"
        case (.expiring, false): "="
        case (.expired, false): "x"
        case (.missing, false): "."
        case (.notApplicable, false): "-"
        case (.covered, true): "\u{2588}"
        case (.expiring, true): "\u{2593}"
        case (.expired, true): "\u{2592}"
        case (.missing, true): "\u{2591}"
        case (.notApplicable, true): "\u{00B7}"
        }
    }

    private func name(_ state: CoverageState) -> String {
        state == .notApplicable ? "n/a = not applicable" : state.rawValue
    }

    private func shortName(_ state: CoverageState) -> String {
        state == .notApplicable ? "n/a" : state.rawValue
    }

    func owner(_ text: String) -> String { text.isEmpty ? "(no owner)" : text }

    func paint(_ text: String, _ state: CoverageState) -> String {
        guard colour else { return text }
        let code =
            switch state {
            case .covered: "32"
            case .expiring: "33"
            case .expired: "31"
            case .missing: "1;31"
            case .notApplicable: "90"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func clean(_ text: String) -> String { TerminalText.sanitise(text) }

    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// Items joined with `, `, wrapped before 100 columns, each line indented.
    func wrapped(_ items: [String], indent: Int) -> String {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = prefix
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if line.count > indent, line.count + 1 + piece.count > 100 {
                lines.append(line)
                line = prefix
            }
            line += (line.count > indent ? " " : "") + piece
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
