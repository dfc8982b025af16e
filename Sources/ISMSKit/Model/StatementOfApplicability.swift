/// The Statement of Applicability as one document: the decision on each control in a canonical
/// rendering whose SHA-256 an approval records (docs/register-format.md, "SoA approvals", says
/// how to recompute it). Only what the approver decides counts: id, applicability, status and
/// justification; titles, owners and narratives may change without a new approval.
public struct StatementOfApplicability: Sendable {
    /// One control's line of the canonical rendering.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let applicable: Bool?
        public let status: Control.Status?
        /// The justification with every run of white space made one space, trimmed.
        public let justification: String

        init(_ control: Control) {
            id = control.id
            applicable = control.applicable
            status = control.status
            justification = StatementOfApplicability.normalise(control.justification)
        }

        public var applicableText: String { applicable.map { $0 ? "yes" : "no" } ?? "unset" }
        public var statusText: String { status?.rawValue ?? "unset" }

        /// `id TAB applicable TAB status TAB justification`, without the line feed.
        public var line: String { [id, applicableText, statusText, justification].joined(separator: "\t") }

        /// What an approval keeps of the control: `applicable status digest`, where digest is the
        /// first 16 hex digits of the SHA-256 of the normalised justification.
        public var summary: String {
            "\(applicableText) \(statusText) \(String(Digest.sha256(Array(justification.utf8)).prefix(16)))"
        }
    }

    /// A field an approver decides.
    public enum Field: String, Sendable, CaseIterable {
        case applicability, status, justification
    }

    /// How one control differs from the approved SoA.
    public struct Change: Sendable, Hashable {
        public enum Kind: String, Sendable { case added, removed, changed }
        public let id: String
        public let kind: Kind
        /// For `changed`: the fields that differ, in `Field` order.
        public let fields: [Field]

        /// `A.5.7 added`, `A.5.9 removed`, `A.5.1 changed (status, justification)`.
        public var description: String {
            kind == .changed
                ? "\(id) changed (\(fields.map(\.rawValue).joined(separator: ", ")))" : "\(id) \(kind.rawValue)"
        }
    }

    /// Annex A controls in the catalog's order, then the others in natural id order; the first
    /// control of each id (register order) only.
    public let entries: [Entry]

    public init(controls: [Control]) {
        var seen = Set<String>()
        let unique = controls.filter { seen.insert($0.id).inserted }
        let annex = unique.compactMap { control in control.catalogEntry.map { (order: $0.order, control: control) } }
            .sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.control)
        let others = unique.filter { $0.catalogEntry == nil }.sorted { NaturalOrder.precedes($0.id, $1.id) }
        entries = (annex + others).map(Entry.init)
    }

    /// Every entry's line followed by a line feed, as UTF-8: what the SHA-256 is taken of.
    public var canonicalText: String { entries.map { $0.line + "\n" }.joined() }

    public var sha256: String { Digest.sha256(Array(canonicalText.utf8)) }

    /// Each entry's summary by id, as an approval records it.
    public var summaries: [String: String] {
        Dictionary(entries.map { ($0.id, $0.summary) }, uniquingKeysWith: { first, _ in first })
    }

    /// What differs from `approval`: added and changed controls in this SoA's order, then the
    /// removed ones in natural id order.
    public func changes(since approval: SoAApproval) -> [Change] {
        var changes: [Change] = []
        for entry in entries {
            guard let approved = approval.controls[entry.id] else {
                changes.append(Change(id: entry.id, kind: .added, fields: []))
                continue
            }
            guard approved != entry.summary else { continue }
            let old = approved.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let new = entry.summary.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let fields = Field.allCases.enumerated().filter { index, _ in
                index >= old.count || old[index] != new[index]
            }.map(\.element)
            changes.append(Change(id: entry.id, kind: .changed, fields: fields))
        }
        let current = Set(entries.map(\.id))
        for id in approval.controls.keys.filter({ !current.contains($0) }).sorted(by: NaturalOrder.precedes) {
            changes.append(Change(id: id, kind: .removed, fields: []))
        }
        return changes
    }

    /// Every run of white space (Unicode White_Space: spaces, tabs, line breaks) made one space,
    /// and none at either end.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The SoA against its approvals: the latest approval (the highest version), and what changed since.
public struct SoAApprovalState: Sendable {
    public let soa: StatementOfApplicability
    public let latest: SoAApproval?
    /// What differs from the latest approval; empty when there is none or nothing changed.
    public let changes: [StatementOfApplicability.Change]

    public init(_ register: Register) {
        let soa = StatementOfApplicability(controls: register.controls)
        let latest = register.approvals.max { ($0.version, $0.origin.path) < ($1.version, $1.origin.path) }
        self.soa = soa
        self.latest = latest
        changes = latest.map { soa.changes(since: $0) } ?? []
    }

    /// Approved, and the content's SHA-256 is the one approved.
    public var isUnchanged: Bool { latest.map { $0.sha256 == soa.sha256 } ?? false }

    /// The version the next approval makes.
    public var nextVersion: Int { (latest?.version ?? 0) + 1 }
}
