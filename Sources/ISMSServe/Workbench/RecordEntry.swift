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
        Self.visit(register) { kind, id, path, title in add(kind, id, path, title) }
    }

    /// The directory with the entries of the records at `paths` made again from `register` (a
    /// save may change a title; never an id, a path or a kind), without indexing every record.
    func updated(_ register: Register, paths: Set<String>) -> RecordDirectory {
        var copy = self
        Self.visit(register, only: paths) { kind, id, path, title in
            guard let old = copy.byPath[path], old.kind == kind, old.id == id else { return }
            let entry = RecordEntry(kind: kind, id: id, path: path, title: title)
            func swap(_ list: inout [RecordEntry]) {
                if let index = list.firstIndex(where: { $0.path == path }) { list[index] = entry }
            }
            swap(&copy.entries)
            swap(&copy.byKey[kind.selectorName + "/" + id, default: []])
            swap(&copy.byKind[kind.selectorName, default: []])
            copy.byPath[path] = entry
        }
        return copy
    }

    /// Calls `body` with each record's kind, id, path and title, in register order; with `only`,
    /// for the records at those paths.
    private static func visit(
        _ register: Register, only paths: Set<String>? = nil,
        _ body: (RegisterLayout.RecordKind, String, String, String) -> Void
    ) {
        func take(_ kind: RegisterLayout.RecordKind, _ id: String, _ path: String, _ title: String) {
            if paths?.contains(path) ?? true { body(kind, id, path, title) }
        }
        for control in register.controls {
            let kind: RegisterLayout.RecordKind =
                control.origin.path.hasPrefix(RegisterLayout.annexAFolder + "/") ? .annexAControl : .customControl
            take(kind, control.id, control.origin.path, control.title)
        }
        for record in register.processing { take(.processing, record.id, record.origin.path, record.name) }
        for record in register.parties { take(.party, record.id, record.origin.path, record.name) }
        for record in register.requests { take(.request, record.reference, record.origin.path, record.right.rawValue) }
        for record in register.risks { take(.risk, record.id, record.origin.path, record.title) }
        for record in register.objectives { take(.objective, record.id, record.origin.path, record.objective) }
        for record in register.audits { take(.audit, record.id, record.origin.path, record.title) }
        for record in register.nonconformities { take(.nonconformity, record.id, record.origin.path, record.title) }
        for record in register.reviews { take(.review, record.id, record.origin.path, record.date?.description ?? "") }
        for record in register.incidents { take(.incident, record.id, record.origin.path, record.title) }
        for record in register.approvals { take(.soaApproval, record.id, record.origin.path, record.id) }
        for record in register.evidence { take(.evidence, record.id, record.origin.path, record.title) }
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
