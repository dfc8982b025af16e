import ISMSKit

/// The Statement of Applicability as a grid: filter by theme, applicability, status, evidence
/// state and owner; edit the decision of each control in place; select rows and set one value
/// on all of them. One plain HTML form: script only adds "select all".
enum SoAGridPage {
    /// The keys the grid edits, as the control schema names them.
    static let keys = ["applicable", "justification", "status", "owner", "review-by"]
    static let pageSize = 100

    struct Filter: Sendable {
        var theme = ""
        var applicable = ""
        var status = ""
        var state = ""
        var owner = ""
        var page = 1

        init(_ query: FormFields) {
            theme = query["theme"] ?? ""
            applicable = query["applicable"] ?? ""
            status = query["status"] ?? ""
            state = query["state"] ?? ""
            owner = query["owner"] ?? ""
            page = max(1, Int(query["page"] ?? "") ?? 1)
        }

        func matches(_ entry: SoATable.Entry) -> Bool {
            if !theme.isEmpty, entry.theme?.rawValue ?? "own" != theme { return false }
            if !applicable.isEmpty, (entry.applicable.map { $0 ? "true" : "false" } ?? "undecided") != applicable {
                return false
            }
            if !status.isEmpty, entry.status?.rawValue ?? "" != status { return false }
            if !state.isEmpty, entry.state.rawValue != state { return false }
            if !owner.isEmpty, !entry.owner.localizedCaseInsensitiveContains(owner) { return false }
            return true
        }

        var query: [(String, String)] {
            [("theme", theme), ("applicable", applicable), ("status", status), ("state", state), ("owner", owner)]
        }
    }

    /// A row: the control as the SoA shows it and, when it has a record, the record's fields
    /// as read now with the digest the save is checked against.
    struct Row: Sendable {
        let entry: SoATable.Entry
        let record: RecordEntry?
        let form: RecordForm?
        let base: String?
    }

    static func render(
        _ context: PageContext, filter: Filter, rows: [Row], total: Int, notice: HTMLFragment = "",
        submitted: FormFields? = nil
    ) -> String {
        let l = context.labels
        let disabled = !context.role.mayWrite
        let filters = filterForm(filter, l)
        var body: [HTMLFragment] = []
        for (index, row) in rows.enumerated() {
            let prefix = "r\(index)."
            guard let record = row.record, let form = row.form, let base = row.base else {
                body.append(
                    "<tr><td></td><td>\(row.entry.id)</td><td>\(row.entry.title)</td><td colspan=\"5\">\(l.noRecord)</td><td>\(l.state(row.entry.state))</td></tr>"
                )
                continue
            }
            var cells: [HTMLFragment] = []
            for key in keys {
                guard let field = form.field(key) else {
                    cells.append("<td></td>")
                    continue
                }
                let widget = FieldWidget.render(
                    field, name: prefix + key, value: submitted?[prefix + key], labels: l, disabled: disabled,
                    label: "\(row.entry.id) \(key)")
                cells.append("<td class=\"\(attribute: key)\">\(widget)</td>")
            }
            let checked: HTMLFragment = submitted?[prefix + "select"] != nil ? " checked" : ""
            body.append(
                """
                <tr id="row-\(attribute: row.entry.id)"><td><input type="checkbox" name="\(attribute: prefix)select" value="1" aria-label="\(attribute: l.selected) \(attribute: row.entry.id)"\(checked)\(disabled ? " disabled" : "")>\
                <input type="hidden" name="\(attribute: prefix)id" value="\(attribute: record.id)"><input type="hidden" name="\(attribute: prefix)base" value="\(attribute: base)"></td>\
                <td><a href="\(attribute: record.href)">\(row.entry.id)</a></td><td>\(row.entry.title)</td>\(cells)<td class="state \(attribute: row.entry.state.rawValue)">\(l.state(row.entry.state))</td></tr>
                """)
        }
        let bulkKeys = keys.map { key -> HTMLFragment in "<option value=\"\(attribute: key)\">\(key)</option>" }
        let actions: HTMLFragment =
            disabled
            ? "<p>\(l.forbiddenWrite)</p>"
            : """
            <p class="actions"><button name="action" value="save">\(l.save)</button></p>
            <fieldset class="bulk"><legend>\(l.setOnSelected)</legend>
            <select name="bulk-key" aria-label="key">\(bulkKeys)</select>
            <input type="text" name="bulk-value" aria-label="value" placeholder="2027-06-30">
            <button name="action" value="bulk">\(l.apply)</button></fieldset>
            """
        let pages = pager(filter, total: total, l)
        let content: HTMLFragment = """
            \(notice)\(filters)
            <form method="post" action="/soa?\(attribute: URLText.query(filter.query + [("page", String(filter.page))]))" id="soa-grid">\(context.csrfField)
            \(actions)
            <table class="grid"><thead><tr><th><input type="checkbox" id="select-all" aria-label="\(attribute: l.selected)" hidden></th><th>\(l.id)</th><th>\(l.title)</th><th>\(l.applicable)</th><th>\(l.justification)</th><th>\(l.status)</th><th>\(l.owner)</th><th>\(l.reviewBy)</th><th>\(l.state)</th></tr></thead>
            <tbody>\(body)</tbody></table>
            </form>
            \(pages)
            """
        return PageLayout.page(l.soa, context, content)
    }

    private static func filterForm(_ filter: Filter, _ l: WorkbenchLabels) -> HTMLFragment {
        func select(_ name: String, _ label: String, _ options: [(String, String)], _ current: String) -> HTMLFragment {
            var list: [HTMLFragment] = ["<option value=\"\">\(l.any)</option>"]
            for (value, shown) in options {
                list.append(
                    "<option value=\"\(attribute: value)\"\(value == current ? " selected" : "")>\(shown)</option>")
            }
            return "<label>\(label) <select name=\"\(attribute: name)\">\(list)</select></label>"
        }
        let themes = Theme.allCases.map { ($0.rawValue, $0.rawValue) } + [("own", "own")]
        let applicable = [("true", l.yes), ("false", l.no), ("undecided", l.undecided)]
        let statuses = Control.Status.allCases.map { ($0.rawValue, $0.rawValue) }
        let states = [CoverageState.covered, .expiring, .expired, .missing, .notApplicable].map {
            ($0.rawValue, l.state($0))
        }
        return """
            <form method="get" action="/soa" class="filters" id="soa-filter">
            \(select("theme", l.theme, themes, filter.theme)) \(select("applicable", l.applicable, applicable, filter.applicable))
            \(select("status", l.status, statuses, filter.status)) \(select("state", l.state, states, filter.state))
            <label>\(l.owner) <input type="text" name="owner" value="\(attribute: filter.owner)"></label>
            <button>\(l.filter)</button></form>
            """
    }

    private static func pager(_ filter: Filter, total: Int, _ l: WorkbenchLabels) -> HTMLFragment {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        let first = (filter.page - 1) * pageSize + 1
        let last = min(total, filter.page * pageSize)
        var links: [HTMLFragment] = []
        if filter.page > 1 {
            links.append(
                "<a href=\"/soa?\(attribute: URLText.query(filter.query + [("page", String(filter.page - 1))]))\">\(l.previous)</a>"
            )
        }
        if filter.page < pages {
            links.append(
                "<a href=\"/soa?\(attribute: URLText.query(filter.query + [("page", String(filter.page + 1))]))\" rel=\"next\">\(l.next)</a>"
            )
        }
        return
            "<p class=\"pager\">\(total == 0 ? 0 : first)–\(last) \(l.rowsOf) \(total) \(links.joined(separator: " "))</p>"
    }
}
