import Foundation
import ISMSKit

/// Building the audit pack: the form, the stage of a build that runs (the page reloads itself
/// every second with a meta refresh, no script), and the last pack with what changed since the
/// previous one.
enum PackPage {
    static func render(
        _ context: PageContext, job: PackJob.State, previous: PreviousPack.Found?, notice: HTMLFragment = ""
    ) -> String {
        let l = context.labels
        let root = context.snapshot.report.register.root
        let previousLine: HTMLFragment =
            previous.map {
                "<p id=\"previous-pack\">\(l.previousPack): <code>\(Workbench.relative($0.path, root: root))</code> (\($0.auditID), \($0.asOf))</p>"
            } ?? "<p id=\"previous-pack\">\(l.noPreviousPack)</p>"
        let form: HTMLFragment
        if context.role.mayWrite {
            let languages = ReportLanguage.allCases.map { language -> HTMLFragment in
                let selected: HTMLFragment = language == l.language ? " selected" : ""
                return "<option value=\"\(attribute: language.rawValue)\"\(selected)>\(language.rawValue)</option>"
            }
            form = """
                <form method="post" action="/pack" id="pack-form">\(context.csrfField)
                <label>\(l.packLanguage) <select name="language">\(languages)</select></label>
                <label><input type="checkbox" name="zip" value="1"> \(l.packZip)</label>
                <button>\(l.buildPack)</button></form>
                """
        } else {
            form = ""
        }
        var refresh = false
        let state: HTMLFragment
        switch job {
        case .idle:
            state = "<p>\(l.packNone)</p>"
        case .running(let stage, let started):
            refresh = true
            let seconds = Int(Date().timeIntervalSince(started))
            state =
                "<p class=\"notice\" role=\"status\">\(l.packRunning): \(l.stage(stage)) (\(seconds) s) <progress></progress></p>"
        case .done(let result):
            let zip: HTMLFragment = result.zip.map { ", <code>\($0)</code>" } ?? ""
            let changes: HTMLFragment =
                result.changes.map { "<h2>\(l.changesSince)</h2><pre id=\"pack-changes\">\($0)</pre>" } ?? ""
            state = """
                <section class="notice saved" id="pack-done"><strong>\(l.packDone)</strong>: <code>\(result.folder)</code>\(zip) \
                (\(result.files) \(l.packFiles), \(result.errors) \(l.errors), \(result.warnings) \(l.warnings), \(String(format: "%.1f", result.seconds)) s)</section>
                \(changes)
                """
        case .failed(let message, _):
            state =
                "<section class=\"notice refused\" id=\"pack-failed\"><strong>\(l.packFailed)</strong><p>\(message)</p></section>"
        }
        let page = PageLayout.page(l.auditPack, context, notice + previousLine + form + state)
        guard refresh else { return page }
        return page.replacingOccurrences(
            of: "<meta charset=\"utf-8\">",
            with: "<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"1\">")
    }
}
