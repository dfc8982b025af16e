import ISMSKit

/// What every page needs besides its content: the language, who is asking, the session's CSRF
/// token for its forms, and the register as last checked.
struct PageContext: Sendable {
    let labels: WorkbenchLabels
    let role: AccessRole
    let csrf: String
    let snapshot: WorkbenchSnapshot
    /// The request's path and query, for the language switch to come back to.
    let here: String

    /// The hidden field every form that changes something carries.
    var csrfField: HTMLFragment { "<input type=\"hidden\" name=\"csrf\" value=\"\(attribute: csrf)\">" }
}
