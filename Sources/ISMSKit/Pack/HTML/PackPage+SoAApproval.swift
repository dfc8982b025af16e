extension PackPage {
    /// The block at the top of the SoA section: the version, who approved it in which role and
    /// when, and whether the SoA changed since (naming each control and field), or that it was
    /// never approved.
    func soaApprovalBlock() -> HTMLFragment {
        let words = ApprovalLabels.forLanguage(content.language)
        let state = SoAApprovalState(content.register)
        guard let latest = state.latest else {
            return """
                <div class="soa-approval">
                <h3>\(words.heading)</h3>
                <p><span class="state state-missing">\(words.notApproved)</span></p>
                <p class="muted">\(words.contentDigest): <code>\(state.soa.sha256)</code></p>
                </div>

                """
        }
        let since: HTMLFragment
        if state.isUnchanged {
            since = "<span class=\"state state-covered\">\(words.unchanged)</span>"
        } else if state.changes.isEmpty {
            since = "<span class=\"state state-expiring\">\(words.changedUnnamed)</span>"
        } else {
            let items = state.changes.map { change -> HTMLFragment in
                let control: HTMLFragment = change.kind == .removed ? "\(change.id)" : link(to: change.id)
                let fields = change.fields.map { words.fields[$0] ?? $0.rawValue }.joined(separator: ", ")
                let kind = words.changes[change.kind] ?? change.kind.rawValue
                return "<li>\(control) \(kind)\(fields.isEmpty ? "" : " (\(fields))")</li>\n"
            }
            since = """
                <span class="state state-expiring">\(words.changes[.changed] ?? "")</span>
                <ul>
                \(items)</ul>
                """
        }
        let day: HTMLFragment = latest.approvedOn.map { "\($0)" } ?? "–"
        return """
            <div class="soa-approval">
            <h3>\(words.heading)</h3>
            <dl class="facts">
            <dt>\(words.version)</dt><dd>\(latest.version)</dd>
            <dt>\(words.approvedBy)</dt><dd>\(latest.approvedBy) (\(latest.role))</dd>
            <dt>\(words.approvedOn)</dt><dd>\(day)</dd>
            <dt>\(words.sinceApproval)</dt><dd>\(since)</dd>
            <dt>\(words.contentDigest)</dt><dd><code>\(state.soa.sha256)</code></dd>
            </dl>
            </div>

            """
    }
}
