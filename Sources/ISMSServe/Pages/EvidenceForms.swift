import ISMSKit

/// The upload forms: new evidence for a record, as `isms evidence add`, and the renewal of an
/// evidence record, as `isms evidence renew`. Plain multipart forms; the browser's file input
/// takes several files and, in Chromium and Firefox, files dropped on it.
enum EvidenceForms {
    static func intake(_ context: PageContext, _ entry: RecordEntry) -> HTMLFragment {
        guard context.role.mayWrite else { return "" }
        let l = context.labels
        let today = context.snapshot.report.asOf
        return """
            <section id="add-evidence"><h2>\(l.addEvidence)</h2>
            <form method="post" action="/evidence/add?for=\(attribute: URLText.segment(entry.id))" enctype="multipart/form-data" id="evidence-form">\(context.csrfField)
            <label>\(l.uploadFiles) <input type="file" name="files" multiple required class="drop"></label>
            <label>\(l.title) <input type="text" name="title"></label>
            <label>\(l.collected) <input type="date" name="collected" value="\(attribute: today.description)" required></label>
            <label>\(l.expires) <input type="date" name="expires"></label>
            <button>\(l.upload)</button></form></section>
            """
    }

    static func renewal(_ context: PageContext, _ entry: RecordEntry) -> HTMLFragment {
        guard context.role.mayWrite else { return "" }
        let l = context.labels
        return """
            <section id="renew-evidence"><h2>\(l.renew)</h2><p>\(l.renewText)</p>
            <form method="post" action="/evidence/renew?id=\(attribute: URLText.segment(entry.id))" enctype="multipart/form-data" id="renew-form">\(context.csrfField)
            <label>\(l.uploadFiles) <input type="file" name="files" multiple class="drop"></label>
            <label>\(l.collected) <input type="date" name="collected" value="\(attribute: context.snapshot.report.asOf.description)" required></label>
            <button>\(l.renew)</button></form></section>
            """
    }
}
