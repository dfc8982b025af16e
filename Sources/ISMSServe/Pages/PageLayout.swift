import Foundation
import ISMSKit

/// The frame of every page: the menu, the language switch, the state of the last check, and
/// the content. Markup only from `HTMLFragment`, so register text is escaped by construction;
/// style and script come from this server's own files (the Content-Security-Policy allows no
/// other and no inline script).
enum PageLayout {
    static let kinds = [
        "processing", "party", "request", "risk", "objective", "audit", "nonconformity", "review", "incident",
        "evidence",
    ]

    static func page(_ title: String, _ context: PageContext, _ content: HTMLFragment) -> String {
        let l = context.labels
        let snapshot = context.snapshot
        let diagnostics = snapshot.report.diagnostics
        var menu: [HTMLFragment] = [
            "<a href=\"/\">\(l.dashboard)</a>", "<a href=\"/soa\">\(l.soa)</a>",
            "<a href=\"/pack\">\(l.auditPack)</a>",
        ]
        for kind in kinds { menu.append("<a href=\"/records/\(attribute: kind)\">\(l.kindName(kind))</a>") }
        let back = URLText.segment(context.here)
        let role: HTMLFragment =
            context.role == .viewer ? "<span class=\"badge\" id=\"read-only\">\(l.readOnlyBadge)</span>" : ""
        let recheck: HTMLFragment =
            context.role.mayWrite
            ? "<form method=\"post\" action=\"/check\" class=\"inline\">\(context.csrfField)<button>\(l.checkAgain)</button></form>"
            : ""
        let checked = Self.time(snapshot.checkedAt)
        let body: HTMLFragment = """
            <header><strong>\(l.appName)</strong> · \(snapshot.report.register.settings.organisation.name) \(role)
            <nav class="languages"><a href="/language/nl?back=\(attribute: back)" lang="nl">NL</a> <a href="/language/en?back=\(attribute: back)" lang="en">EN</a></nav>
            <nav class="menu">\(menu.joined(separator: " "))</nav>
            <p class="check" id="check-state">\(l.checkedAt) \(checked) (\(snapshot.report.asOf)): \(diagnostics.errorCount) \(l.errors), \(diagnostics.warningCount) \(l.warnings) \(recheck)</p>
            </header>
            <main>
            <h1>\(title)</h1>
            \(content)
            </main>
            """
        return """
            <!DOCTYPE html>
            <html lang="\(l.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title)) · \(HTMLText.escape(l.appName))</title>
            <link rel="stylesheet" href="/assets/workbench.css">
            <script src="/assets/workbench.js" defer></script>
            </head>
            <body>
            \(body.markup)
            </body>
            </html>

            """
    }

    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// A notice above the content: saved, refused, or a conflict.
    static func notice(_ kind: String, _ title: String, _ lines: [String]) -> HTMLFragment {
        let items = lines.map { line -> HTMLFragment in "<li>\(line)</li>" }
        return "<section class=\"notice \(attribute: kind)\" id=\"notice\" role=\"status\"><strong>\(title)</strong>"
            + (items.isEmpty ? "" : "<ul>\(items)</ul>") + "</section>"
    }
}
