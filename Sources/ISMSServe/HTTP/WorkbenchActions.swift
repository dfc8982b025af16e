import Foundation
import HTTPTypes
import Hummingbird
import ISMSKit

/// The routes behind the gate: each page, and each change (a save, a bulk edit, an upload, a
/// renewal, a re-check). Ids from the URL are looked up in the record directory; only its
/// entries name files.
struct WorkbenchActions: Sendable {
    let workbench: Workbench
    let context: PageContext

    private var l: WorkbenchLabels { context.labels }

    func get(_ segments: [String], query: FormFields) async -> Response {
        switch segments.count {
        case 0: return PageResponse.html(DashboardPage.render(context))
        case 1 where segments[0] == "soa": return await grid(query: query)
        case 1 where segments[0] == "pack": return await packPage()
        case 2 where segments[0] == "records" && (PageLayout.kinds + ["control"]).contains(segments[1]):
            return PageResponse.html(
                RecordListPage.render(context, kind: segments[1], page: Int(query["page"] ?? "") ?? 1))
        case 3 where segments[0] == "record":
            guard let entry = entry(kind: segments[1], id: segments[2]) else { return notFound() }
            return await recordPage(entry)
        default: return notFound()
        }
    }

    func post(_ segments: [String], query: FormFields, form: PostedForm) async -> Response {
        switch segments.count {
        case 1 where segments[0] == "check":
            let snapshot = await workbench.recheck()
            let refreshed = context.with(snapshot)
            return PageResponse.html(DashboardPage.render(refreshed))
        case 1 where segments[0] == "soa": return await saveGrid(query: query, form: form.fields)
        case 1 where segments[0] == "pack":
            let language = form.fields["language"].flatMap(ReportLanguage.init(rawValue:)) ?? l.language
            let started = await workbench.startPack(language: language, zip: form.fields["zip"] != nil)
            return await packPage(notice: started ? "" : PageLayout.notice("refused", l.packBusy, []))
        case 3 where segments[0] == "record":
            guard let entry = entry(kind: segments[1], id: segments[2]) else { return notFound() }
            return await saveRecord(entry, form: form.fields)
        case 2 where segments[0] == "evidence" && segments[1] == "add":
            return await addEvidence(query: query, form: form)
        case 2 where segments[0] == "evidence" && segments[1] == "renew":
            return await renewEvidence(query: query, form: form)
        default: return notFound()
        }
    }

    private func notFound() -> Response {
        PageResponse.html(PageLayout.page(l.notFound, context, ""), status: .notFound)
    }

    private func entry(kind: String, id: String) -> RecordEntry? {
        context.snapshot.directory.records(kind: kind, id: id).first
    }

    private func packPage(notice: HTMLFragment = "") async -> Response {
        let previous = await workbench.previousPack(language: l.language)
        return PageResponse.html(
            PackPage.render(context, job: workbench.pack.current, previous: previous, notice: notice))
    }

    // MARK: The SoA grid

    private func grid(
        query: FormFields, notice: HTMLFragment = "", submitted: FormFields? = nil, in context: PageContext? = nil
    )
        async -> Response
    {
        let context = context ?? self.context
        let filter = SoAGridPage.Filter(query)
        let entries = context.snapshot.dashboard.status.entries.filter(filter.matches)
        let start = min((filter.page - 1) * SoAGridPage.pageSize, entries.count)
        var rows: [SoAGridPage.Row] = []
        for entry in entries[start..<min(entries.count, start + SoAGridPage.pageSize)] {
            let record = context.snapshot.directory.records(kind: "control", id: entry.id).first
            var form: RecordForm?
            var base: String?
            if let record, let read = await workbench.gridForm(record) {
                form = read.form
                base = read.base
            }
            rows.append(SoAGridPage.Row(entry: entry, record: record, form: form, base: base))
        }
        return PageResponse.html(
            SoAGridPage.render(
                context, filter: filter, rows: rows, total: entries.count, notice: notice, submitted: submitted))
    }

    private func saveGrid(query: FormFields, form: FormFields) async -> Response {
        var saves: [RecordSave] = []
        let bulk = form["action"] == "bulk"
        var index = 0
        while let id = form["r\(index).id"] {
            defer { index += 1 }
            let prefix = "r\(index)."
            guard let base = form[prefix + "base"], let entry = entry(kind: "control", id: id),
                let shown = await workbench.shown(entry, base: base)
            else { continue }
            let recordForm = RecordForm(
                RegisterRecordFile.parse(shown, path: entry.path, kind: entry.kind), only: SoAGridPage.keys)
            let edits: [RecordEdit]
            if bulk {
                guard form[prefix + "select"] != nil, let key = form["bulk-key"], SoAGridPage.keys.contains(key) else {
                    continue
                }
                edits = recordForm.edits(FormFields(pairs: [(key, form["bulk-value"] ?? "")]))
            } else {
                edits = recordForm.edits(form, prefix: prefix)
            }
            saves.append(RecordSave(entry: entry, base: base, edits: edits))
        }
        let outcome = await workbench.save(saves)
        let (notice, keep) = Self.notice(for: outcome, l)
        let refreshed = context.with(await workbench.snapshot)
        return await grid(query: query, notice: notice, submitted: keep ? form : nil, in: refreshed)
    }

    // MARK: A record's page

    private func recordPage(
        _ entry: RecordEntry, in context: PageContext? = nil, notice: HTMLFragment = "",
        submitted: FormFields? = nil, preview: String? = nil
    ) async -> Response {
        let context = context ?? self.context
        guard let read = await workbench.read(entry) else { return notFound() }
        let history = await workbench.history(of: entry.path)
        let content = RecordPage.Content(
            entry: entry, file: RegisterRecordFile.parse(read.bytes, path: entry.path, kind: entry.kind),
            base: read.base, history: history, submitted: submitted, notice: notice,
            preview: preview)
        return PageResponse.html(RecordPage.render(context, content))
    }

    private func saveRecord(_ entry: RecordEntry, form: FormFields) async -> Response {
        guard let base = form["base"], let shown = await workbench.shown(entry, base: base) else {
            return PageResponse.text("refused: the form has no base digest; reload the page", status: .badRequest)
        }
        let recordForm = RecordForm(RegisterRecordFile.parse(shown, path: entry.path, kind: entry.kind))
        if form["action"] == "preview" {
            let markdown = recordForm.fields.first { $0.widget == .markdown }.flatMap { form["f." + $0.key] } ?? ""
            return await recordPage(entry, submitted: form, preview: markdown)
        }
        let edits = recordForm.edits(form, prefix: "f.")
        let outcome = await workbench.save([RecordSave(entry: entry, base: base, edits: edits)])
        let (notice, keep) = Self.notice(for: outcome, l)
        let refreshed = context.with(await workbench.snapshot)
        let current = refreshed.snapshot.directory.records(kind: entry.kind.selectorName, id: entry.id).first ?? entry
        return await recordPage(current, in: refreshed, notice: notice, submitted: keep ? form : nil)
    }

    /// The notice for a save, and whether the form keeps what the person typed (when nothing was
    /// written, so that nothing they typed is lost).
    static func notice(for outcome: SaveOutcome, _ l: WorkbenchLabels) -> (HTMLFragment, Bool) {
        switch outcome {
        case .saved(let lines, _, let commit):
            return (PageLayout.notice("saved", l.saved, lines + (commit.map { [$0] } ?? [])), false)
        case .unchanged:
            return (PageLayout.notice("unchanged", l.unchanged, []), false)
        case .refused(let message):
            return (PageLayout.notice("refused", l.refused, message.split(separator: "\n").map(String.init)), true)
        case .conflict(let conflicts):
            let diffs = conflicts.map { conflict -> HTMLFragment in
                "<h3><code>\(conflict.path)</code></h3>"
                    + (conflict.diff.isEmpty ? "" : "<pre class=\"diff\">\(conflict.diff)</pre>")
            }
            let fragment: HTMLFragment =
                "<section class=\"notice conflict\" id=\"notice\" role=\"alert\"><strong>\(l.conflictTitle)</strong><p>\(l.conflictText)</p>\(diffs)</section>"
            return (fragment, true)
        }
    }

    // MARK: Evidence

    private func addEvidence(query: FormFields, form: PostedForm) async -> Response {
        guard let id = query["for"],
            let entry = context.snapshot.directory.entries.first(where: {
                $0.id == id && [.annexAControl, .customControl, .processing, .party].contains($0.kind)
            })
        else { return notFound() }
        guard let collected = form.fields.nonEmpty("collected").flatMap(CalendarDate.init) else {
            return await recordPage(entry, notice: PageLayout.notice("refused", l.refused, ["collected: YYYY-MM-DD"]))
        }
        let expires = form.fields.nonEmpty("expires").flatMap(CalendarDate.init)
        let uploads = form.files.filter { $0.field == "files" }.map { UploadedEvidence(name: $0.name, bytes: $0.bytes) }
        let result = await workbench.addEvidence(
            uploads, supports: [id], title: form.fields.nonEmpty("title"), collected: collected, expires: expires)
        let refreshed = context.with(await workbench.snapshot)
        switch result {
        case .success(let added):
            let notice = PageLayout.notice("saved", l.saved, [added.record] + (added.commit.map { [$0] } ?? []))
            return await recordPage(entry, in: refreshed, notice: notice)
        case .failure(let error):
            return await recordPage(
                entry, in: refreshed, notice: PageLayout.notice("refused", l.refused, [error.description]))
        }
    }

    private func renewEvidence(query: FormFields, form: PostedForm) async -> Response {
        guard let id = query["id"], let entry = entry(kind: "evidence", id: id) else { return notFound() }
        guard let collected = form.fields.nonEmpty("collected").flatMap(CalendarDate.init) else {
            return await recordPage(entry, notice: PageLayout.notice("refused", l.refused, ["collected: YYYY-MM-DD"]))
        }
        let uploads = form.files.filter { $0.field == "files" }.map { UploadedEvidence(name: $0.name, bytes: $0.bytes) }
        let result = await workbench.renewEvidence(id: id, uploads: uploads, collected: collected)
        let refreshed = context.with(await workbench.snapshot)
        switch result {
        case .success(let renewed):
            let notice = PageLayout.notice("saved", l.saved, renewed.lines + (renewed.commit.map { [$0] } ?? []))
            return await recordPage(entry, in: refreshed, notice: notice)
        case .failure(let error):
            return await recordPage(
                entry, in: refreshed, notice: PageLayout.notice("refused", l.refused, [error.description]))
        }
    }
}

extension PageContext {
    /// The same context with the register as checked after a change.
    func with(_ snapshot: WorkbenchSnapshot) -> PageContext {
        PageContext(labels: labels, role: role, csrf: csrf, snapshot: snapshot, here: here)
    }
}
