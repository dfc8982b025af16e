import ISMSKit

/// One record as the workbench links to it: the URL names its kind and id, and only this
/// directory turns them into a file, so no text from a URL reaches the file system.
struct RecordEntry: Sendable, Hashable {
    let kind: RegisterLayout.RecordKind
    let id: String
    /// Register-relative, as the scanner listed it.
    let path: String
    let title: String

    /// `/record/control/A.5.1`.
    var href: String { "/record/\(kind.selectorName)/" + URLText.segment(id) }
}

/// Every record of the loaded register by kind and id.
struct RecordDirectory: Sendable {
    private(set) var entries: [RecordEntry] = []
    private var byKey: [String: [RecordEntry]] = [:]
    private var byPath: [String: RecordEntry] = [:]
    private var byKind: [String: [RecordEntry]] = [:]

    init(_ register: Register) {
        for control in register.controls {
            let kind: RegisterLayout.RecordKind =
                control.origin.path.hasPrefix(RegisterLayout.annexAFolder + "/") ? .annexAControl : .customControl
            add(kind, control.id, control.origin.path, control.title)
        }
        for record in register.processing { add(.processing, record.id, record.origin.path, record.name) }
        for record in register.parties { add(.party, record.id, record.origin.path, record.name) }
        for record in register.requests {
            add(.request, record.reference, record.origin.path, record.right.rawValue)
        }
        for record in register.risks { add(.risk, record.id, record.origin.path, record.title) }
        for record in register.objectives { add(.objective, record.id, record.origin.path, record.objective) }
        for record in register.audits { add(.audit, record.id, record.origin.path, record.title) }
        for record in register.nonconformities { add(.nonconformity, record.id, record.origin.path, record.title) }
        for record in register.reviews {
            add(.review, record.id, record.origin.path, record.date?.description ?? "")
        }
        for record in register.incidents { add(.incident, record.id, record.origin.path, record.title) }
        for record in register.approvals { add(.soaApproval, record.id, record.origin.path, record.id) }
        for record in register.evidence { add(.evidence, record.id, record.origin.path, record.title) }
    }

    private mutating func add(_ kind: RegisterLayout.RecordKind, _ id: String, _ path: String, _ title: String) {
        let entry = RecordEntry(kind: kind, id: id, path: path, title: title)
        entries.append(entry)
        byKey[kind.selectorName + "/" + id, default: []].append(entry)
        byPath[path] = entry
        byKind[kind.selectorName, default: []].append(entry)
    }

    /// The records of a kind (as `--kind` names it) with that id: more than one is a duplicate
    /// id, which the check reports and the workbench does not edit.
    func records(kind: String, id: String) -> [RecordEntry] { byKey[kind + "/" + id] ?? [] }

    func record(atPath path: String) -> RecordEntry? { byPath[path] }

    func records(ofKind kind: String) -> [RecordEntry] { byKind[kind] ?? [] }
}
