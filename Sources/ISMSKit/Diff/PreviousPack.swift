/// Finds last year's pack under `reports/` so that `isms pack` shows what changed since the
/// previous audit without being told where that pack is.
///
/// A candidate is a folder directly under `reports/` (not a symbolic link) holding a regular
/// file pack.xml whose root names an as-of date before this pack's and whose `audit` names
/// another audit cycle. The newest as-of date wins; among packs of that date, one in this pack's
/// language; then the first name in byte order. Only the start of each pack.xml is read to
/// choose: the chosen pack is then checked whole, as `--previous` checks it, before it is used.
public enum PreviousPack {
    /// What was found: the folder, and what its pack.xml says of itself.
    public struct Found: Sendable, Equatable {
        public let path: String
        public let asOf: CalendarDate
        public let auditID: String
    }

    /// How much of a pack.xml is read to learn its date, language and audit cycle: the root
    /// element and `audit` come before the first record.
    static let headLimit = 64 * 1024

    public static func find(in register: Register, asOf: CalendarDate, language: ReportLanguage) -> Found? {
        let reports = RegisterLayout.reportsFolder
        var best: (found: Found, sameLanguage: Bool)?
        for entry in DirectoryWalker.entries(root: register.root, under: reports, maximumDepth: 0)
        where entry.kind == .directory {
            let folder = register.root + "/" + entry.path
            guard let head = head(of: folder + "/" + PackBuilder.xmlName),
                let date = attribute("as-of", in: head, after: "<audit-pack").flatMap(CalendarDate.init),
                let auditID = attribute("id", in: head, after: "<audit "),
                date < asOf, auditID != register.settings.audit.id
            else { continue }
            let sameLanguage = attribute("language", in: head, after: "<audit-pack") == language.rawValue
            let candidate = (Found(path: folder, asOf: date, auditID: auditID), sameLanguage)
            guard let current = best else {
                best = candidate
                continue
            }
            if date > current.found.asOf || (date == current.found.asOf && sameLanguage && !current.sameLanguage) {
                best = candidate
            }
        }
        return best?.found
    }

    /// The first bytes of a regular file as text; nil when it cannot be read or is not one.
    private static func head(of path: String) -> String? {
        guard case .success(let bytes) = FileBytes.head(path, count: headLimit) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of `name="..."` in the first element that starts with `start` (pack.xml is
    /// written by isms, attributes in double quotes); nil when there is none.
    private static func attribute(_ name: String, in head: String, after start: String) -> String? {
        guard let element = head.range(of: start),
            let end = head[element.upperBound...].firstIndex(of: ">")
        else { return nil }
        let tag = " " + head[element.upperBound..<end]
        guard let key = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[key.upperBound...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }
}
