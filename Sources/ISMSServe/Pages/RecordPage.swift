import ISMSKit

/// A record's own page: its findings, a form with a field per key of its kind, the Markdown
/// narrative previewed through the pack's safe renderer, the evidence that supports it (or, for
/// an evidence record, its files and renewal), its risks and requirements, its text as on disk,
/// and its history from git.
enum RecordPage {
    struct Content {
        let entry: RecordEntry
        let file: RegisterRecordFile
        let base: String
        let history: [GitRepository.Change]
        /// What the person submitted, shown again after a refusal or a preview.
        var submitted: FormFields? = nil
        var notice: HTMLFragment = ""
        var preview: String? = nil
    }

    static func render(_ context: PageContext, _ content: Content) -> String {
        let l = context.labels
        let entry = content.entry
        let form = RecordForm(content.file)
        let disabled = !context.role.mayWrite
        var fields: [HTMLFragment] = []
        for field in form.fields {
            let widget = FieldWidget.render(
                field, name: "f." + field.key, value: content.submitted?["f." + field.key], labels: l,
                disabled: disabled)
            let note: HTMLFragment = field.widget == .fixed && field.key != "id" ? "<small>\(l.fixedField)</small>" : ""
            fields.append(
                """
                <div class="field" id="field-\(attribute: field.key)"><label><span class="key">\(field.key)</span> \(widget)</label>\
                <small class="meaning">\(field.meaning)</small>\(note)</div>
                """)
        }
        let hasMarkdown = form.fields.contains { $0.widget == .markdown }
        let buttons: HTMLFragment =
            disabled
            ? "<p>\(l.forbiddenWrite)</p>"
            : "<p class=\"actions\"><button name=\"action\" value=\"save\">\(l.save)</button>"
                + (hasMarkdown ? " <button name=\"action\" value=\"preview\">\(l.preview)</button>" : "") + "</p>"
        let preview: HTMLFragment =
            content.preview.map {
                "<section class=\"preview\" id=\"preview\"><h2>\(l.narrativePreview)</h2>\(HTMLFragment(trusted: SafeMarkdown.html($0)))</section>"
            } ?? ""
        let editForm: HTMLFragment = """
            <form method="post" action="\(attribute: entry.href)" id="record-form">\(context.csrfField)
            <input type="hidden" name="base" value="\(attribute: content.base)">
            \(fields)\(buttons)</form>
            """
        let findings = FindingList.render(
            context.snapshot.findings(at: entry.path), context, limit: 200, title: l.newFindings)
        let text = String(decoding: content.file.bytes, as: UTF8.self)
        let body: HTMLFragment = """
            \(content.notice)<p class="file">\(l.kind): \(entry.kind.selectorName) · \(l.file): <code>\(entry.path)</code></p>
            \(findings)\(preview)\(editForm)\(related(context, entry))
            <section id="record-text"><h2>\(l.recordText)</h2><pre>\(text)</pre></section>
            \(history(content.history, l))
            """
        return PageLayout.page("\(entry.id) \(entry.title)", context, body)
    }

    /// Evidence, risks and requirements of a control, processing activity or party; the files and
    /// renewal of an evidence record; and the form that adds evidence for the record.
    private static func related(_ context: PageContext, _ entry: RecordEntry) -> HTMLFragment {
        let l = context.labels
        if entry.kind == .evidence {
            return EvidenceForms.renewal(context, entry)
        }
        guard [.annexAControl, .customControl, .processing, .party].contains(entry.kind) else { return "" }
        let supporting = context.snapshot.views.evidenceBySupported[entry.id] ?? []
        let coverage = context.snapshot.report.coverage[entry.id]
        let items = supporting.map { record -> HTMLFragment in
            let link = DashboardPage.link(record.id, kind: "evidence", context)
            let current = coverage?.current.contains { $0.evidenceID == record.id } == true
            return "<li>\(link) \(record.title) · \(l.collected) \(record.collected)\(current ? " ✓" : "")</li>"
        }
        let state: HTMLFragment = coverage.map { "<p class=\"state\">\(l.state): \(l.state($0.state))</p>" } ?? ""
        var out: HTMLFragment =
            "<section id=\"evidence\"><h2>\(l.evidence)</h2>\(state)"
            + (items.isEmpty ? "" : "<ul>\(items)</ul>") + "</section>"
        if entry.kind == .annexAControl || entry.kind == .customControl {
            let risks = (context.snapshot.views.risksByControl[entry.id] ?? []).map { risk -> HTMLFragment in
                "<li>\(DashboardPage.link(risk.id, kind: "risk", context)) \(risk.title)</li>"
            }
            let requirements = (context.snapshot.views.requirementsByControl[entry.id] ?? []).map {
                item -> HTMLFragment in "<li>\(item)</li>"
            }
            out += DashboardPage.section("risks", l.risks, risks, empty: "—")
            out += DashboardPage.section("requirements", l.requirements, requirements, empty: "—")
        }
        return out + EvidenceForms.intake(context, entry)
    }

    private static func history(_ changes: [GitRepository.Change], _ l: WorkbenchLabels) -> HTMLFragment {
        let rows = changes.map { change -> HTMLFragment in
            "<tr><td><code>\(change.commit)</code></td><td>\(change.date)</td><td>\(change.author)</td><td>\(change.subject)</td></tr>"
        }
        let table: HTMLFragment =
            rows.isEmpty ? "<p>\(l.noHistory)</p>" : "<table class=\"history\"><tbody>\(rows)</tbody></table>"
        return "<section id=\"history\"><h2>\(l.history)</h2>\(table)</section>"
    }
}
