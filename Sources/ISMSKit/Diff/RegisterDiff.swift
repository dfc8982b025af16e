/// What changed between two snapshots of a register: the answer to "what changed since the last
/// audit", for `isms diff` and the changes section of a pack made with `--previous`.
///
/// Every list has a stable order: controls as the Statement of Applicability orders them (Annex A
/// in the standard's order, then the organisation's own by id), everything else by id in byte
/// order, and within a record its fields in the order of `ChangedRecordKind.fields`.
public struct RegisterDiff: Sendable, Hashable {
    /// Which side was compared with which.
    public struct Side: Sendable, Hashable {
        public var origin: RegisterSnapshot.Origin
        public var asOf: CalendarDate
        public var auditID: String
    }

    /// One field whose value differs: the values as `RecordSnapshot.values` gives them.
    public struct FieldChange: Sendable, Hashable {
        public var field: ChangedField
        public var old: [String]
        public var new: [String]
    }

    /// A control, processing activity or party that was added, removed or changed.
    public struct RecordChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case added
            case removed
            case changed
        }

        public var record: ChangedRecordKind
        public var id: String
        /// The name (or title) on the new side, else on the old.
        public var name: String
        public var change: Kind
        /// The fields that differ; empty for an added or removed record.
        public var fields: [FieldChange]
    }

    /// A record that gained current evidence (its state went from expired or missing to covered
    /// or expiring) or lost it. Moves to or from not-applicable are applicability changes instead.
    public struct CoverageChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case gained
            case lost
        }

        public var record: ChangedRecordKind
        public var id: String
        public var name: String
        public var change: Kind
        public var old: CoverageState
        public var new: CoverageState
    }

    /// A file of an evidence record that appeared, disappeared or has other bytes.
    public struct FileChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case added
            case removed
            case replaced
        }

        public var path: String
        public var change: Kind
        /// The SHA-256 on each side; nil on the side that lacks the file or could not use it.
        public var old: String?
        public var new: String?
    }

    /// An evidence record that was added, removed, replaced (one of its files changed, appeared
    /// or disappeared) or expired (current on the old side, not on the new).
    public struct EvidenceChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case added
            case removed
            case replaced
            case expired
        }

        public var id: String
        public var title: String
        public var change: Kind
        /// What the record supports (on the new side, else the old).
        public var supports: [String]
        /// For added and removed records every file; for replaced ones the files that changed.
        public var files: [FileChange]
        /// For an expired record: the day it stopped being current, when the new side knows it.
        public var ended: CalendarDate?
    }

    public var old: Side
    public var new: Side
    /// isms.yaml's scope and standard.
    public var settings: [RecordChange]
    public var controls: [RecordChange]
    public var coverage: [CoverageChange]
    public var evidence: [EvidenceChange]
    public var processing: [RecordChange]
    public var parties: [RecordChange]
    public var risks: [RecordChange]
    public var objectives: [RecordChange]
    public var audits: [RecordChange]
    public var nonconformities: [RecordChange]
    public var reviews: [RecordChange]
    public var incidents: [RecordChange]
    /// Data-subject requests added or changed; one the new side no longer holds is reported only
    /// when it was received inside the new side's audit period (older ones leave each year's pack).
    public var requests: [RecordChange]

    /// The management system's changes: objectives, internal audits, nonconformities, reviews.
    public var managementSystem: [RecordChange] { objectives + audits + nonconformities + reviews }

    /// Every record change in the order the text, Markdown and HTML forms list them.
    public var recordChanges: [RecordChange] {
        settings + controls + processing + parties + risks + managementSystem + incidents + requests
    }

    /// The number of changes, the same in every form (text, Markdown, JSON, the pack): one per
    /// changed field of a record, one per record added or removed, one per record that gained or
    /// lost current evidence, one per file of an evidence record replaced, one per evidence
    /// record added, removed or expired. It is the number of lines `isms diff` prints.
    public var count: Int {
        let records = recordChanges.reduce(0) { $0 + ($1.change == .changed ? $1.fields.count : 1) }
        let files = evidence.reduce(0) { $0 + ($1.change == .replaced ? $1.files.count : 1) }
        return records + coverage.count + files
    }
    public var isEmpty: Bool { count == 0 }

    public init(old: RegisterSnapshot, new: RegisterSnapshot) {
        self.old = Side(origin: old.origin, asOf: old.asOf, auditID: old.auditID)
        self.new = Side(origin: new.origin, asOf: new.asOf, auditID: new.auditID)
        settings = Self.records(old.settings, new.settings, sortedBy: Self.idOrder)
        controls = Self.records(old.controls, new.controls, sortedBy: Self.controlOrder)
        processing = Self.records(old.processing, new.processing, sortedBy: Self.idOrder)
        parties = Self.records(old.parties, new.parties, sortedBy: Self.idOrder)
        risks = Self.records(old.risks, new.risks, sortedBy: Self.idOrder)
        objectives = Self.records(old.objectives, new.objectives, sortedBy: Self.idOrder)
        audits = Self.records(old.audits, new.audits, sortedBy: Self.idOrder)
        nonconformities = Self.records(old.nonconformities, new.nonconformities, sortedBy: Self.idOrder)
        reviews = Self.records(old.reviews, new.reviews, sortedBy: Self.idOrder)
        incidents = Self.records(old.incidents, new.incidents, sortedBy: Self.idOrder)
        let periodStart = new.periodStart
        let oldRequests = Self.byID(old.requests)
        requests = Self.records(old.requests, new.requests, sortedBy: Self.idOrder).filter { change in
            guard change.change == .removed, let periodStart else { return true }
            let received = oldRequests[change.id]?.value(.received).first.flatMap(CalendarDate.init)
            return received.map { $0 >= periodStart } ?? true
        }
        coverage =
            Self.coverage(old.controls, new.controls, sortedBy: Self.controlOrder)
            + Self.coverage(old.processing, new.processing, sortedBy: Self.idOrder)
            + Self.coverage(old.parties, new.parties, sortedBy: Self.idOrder)
        evidence = Self.evidence(old.evidence, new.evidence)
    }

    // MARK: Records

    private static func records(
        _ old: [RecordSnapshot], _ new: [RecordSnapshot], sortedBy order: (String, String) -> Bool
    ) -> [RecordChange] {
        let before = byID(old)
        let after = byID(new)
        var changes: [RecordChange] = []
        for id in Set(before.keys).union(after.keys).sorted(by: order) {
            switch (before[id], after[id]) {
            case (nil, let added?):
                changes.append(
                    RecordChange(record: added.kind, id: id, name: added.name, change: .added, fields: []))
            case (let removed?, nil):
                changes.append(
                    RecordChange(record: removed.kind, id: id, name: removed.name, change: .removed, fields: []))
            case (let was?, let now?):
                let fields = now.kind.fields.compactMap { field -> FieldChange? in
                    let old = was.value(field)
                    let new = now.value(field)
                    return old == new ? nil : FieldChange(field: field, old: old, new: new)
                }
                if !fields.isEmpty {
                    changes.append(
                        RecordChange(record: now.kind, id: id, name: now.name, change: .changed, fields: fields))
                }
            case (nil, nil):
                break
            }
        }
        return changes
    }

    private static func coverage(
        _ old: [RecordSnapshot], _ new: [RecordSnapshot], sortedBy order: (String, String) -> Bool
    ) -> [CoverageChange] {
        let before = byID(old)
        var changes: [CoverageChange] = []
        for now in new.sorted(by: { order($0.id, $1.id) }) {
            guard let was = before[now.id], was.state != .notApplicable, now.state != .notApplicable else { continue }
            let hadEvidence = isCurrent(was.state)
            let hasEvidence = isCurrent(now.state)
            guard hadEvidence != hasEvidence else { continue }
            changes.append(
                CoverageChange(
                    record: now.kind, id: now.id, name: now.name, change: hasEvidence ? .gained : .lost,
                    old: was.state, new: now.state))
        }
        return changes
    }

    /// Covered and expiring records have current evidence; expired and missing ones do not.
    private static func isCurrent(_ state: CoverageState) -> Bool { state == .covered || state == .expiring }

    // MARK: Evidence

    private static func evidence(_ old: [EvidenceSnapshot], _ new: [EvidenceSnapshot]) -> [EvidenceChange] {
        let before = byID(old)
        let after = byID(new)
        var changes: [EvidenceChange] = []
        for id in Set(before.keys).union(after.keys).sorted(by: idOrder) {
            switch (before[id], after[id]) {
            case (nil, let added?):
                changes.append(
                    EvidenceChange(
                        id: id, title: added.title, change: .added, supports: added.supports,
                        files: added.files.map { FileChange(path: $0.path, change: .added, old: nil, new: $0.sha256) },
                        ended: nil))
            case (let removed?, nil):
                changes.append(
                    EvidenceChange(
                        id: id, title: removed.title, change: .removed, supports: removed.supports,
                        files: removed.files.map {
                            FileChange(path: $0.path, change: .removed, old: $0.sha256, new: nil)
                        }, ended: nil))
            case (let was?, let now?):
                let files = fileChanges(was.files, now.files)
                if !files.isEmpty {
                    changes.append(
                        EvidenceChange(
                            id: id, title: now.title, change: .replaced, supports: now.supports, files: files,
                            ended: nil))
                }
                if was.current && !now.current {
                    changes.append(
                        EvidenceChange(
                            id: id, title: now.title, change: .expired, supports: now.supports, files: [],
                            ended: now.ends))
                }
            case (nil, nil):
                break
            }
        }
        return changes
    }

    /// Files by path: those that appeared, disappeared, or whose SHA-256 differs, by path.
    private static func fileChanges(_ old: [EvidenceSnapshot.File], _ new: [EvidenceSnapshot.File]) -> [FileChange] {
        var before: [String: String?] = [:]
        for file in old where before[file.path] == nil { before[file.path] = file.sha256 }
        var after: [String: String?] = [:]
        for file in new where after[file.path] == nil { after[file.path] = file.sha256 }
        var changes: [FileChange] = []
        for path in Set(before.keys).union(after.keys).sorted(by: idOrder) {
            switch (before[path], after[path]) {
            case (nil, let added?):
                changes.append(FileChange(path: path, change: .added, old: nil, new: added))
            case (let removed?, nil):
                changes.append(FileChange(path: path, change: .removed, old: removed, new: nil))
            case (let was?, let now?) where was != now:
                changes.append(FileChange(path: path, change: .replaced, old: was, new: now))
            default:
                break
            }
        }
        return changes
    }

    // MARK: Order

    /// Byte order, the same on every platform and locale.
    static func idOrder(_ lhs: String, _ rhs: String) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }

    /// Annex A controls the catalog knows in the standard's order, then every other id in byte order.
    static func controlOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (AnnexACatalog.control(lhs)?.order, AnnexACatalog.control(rhs)?.order) {
        case (let left?, let right?): left.lexicographicallyPrecedes(right)
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): idOrder(lhs, rhs)
        }
    }

    /// The first record of each id.
    private static func byID(_ records: [RecordSnapshot]) -> [String: RecordSnapshot] {
        Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func byID(_ records: [EvidenceSnapshot]) -> [String: EvidenceSnapshot] {
        Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
