import ISMSKit

/// What a request without a valid session gets: a form for the token, nothing of the register.
enum LoginPage {
    static func render(_ labels: WorkbenchLabels, wrong: Bool) -> String {
        let error: HTMLFragment = wrong ? "<p class=\"notice refused\" id=\"wrong-token\">\(labels.wrongToken)</p>" : ""
        let body: HTMLFragment = """
            <main class="login"><h1>\(labels.loginTitle)</h1>\(error)<p>\(labels.loginText)</p>
            <form method="post" action="/login"><label>\(labels.token) <input type="password" name="token" autocomplete="off" required></label>
            <button>\(labels.logIn)</button></form></main>
            """
        return """
            <!DOCTYPE html>
            <html lang="\(labels.language.rawValue)"><head><meta charset="utf-8"><title>\(HTMLText.escape(labels.loginTitle)) · \(HTMLText.escape(labels.appName))</title>
            <link rel="stylesheet" href="/assets/workbench.css"></head><body>\(body.markup)</body></html>

            """
    }
}
