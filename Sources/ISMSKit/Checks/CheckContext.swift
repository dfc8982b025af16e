/// What every check reads: the register, its index, the evidence files as inspected, the coverage.
struct CheckContext {
    let register: Register
    let index: RegisterIndex
    let asOf: CalendarDate
    let coverage: [String: RecordCoverage]
    /// Register-relative paths of every file some evidence record names.
    let referencedFiles: Set<String>
    /// How each clause that requires documented information is met.
    let clauses: [ClauseFulfilment]

    var settings: RegisterSettings { register.settings }

    func describe(_ id: String) -> String {
        if let control = index.controls[id], !control.title.isEmpty { return "\(id) (\(control.title))" }
        if let activity = index.processing[id] { return "\(id) (\(activity.name))" }
        if let party = index.parties[id] { return "\(id) (\(party.name))" }
        return id
    }

    /// E408 for each id of a record's `processing` that names no processing activity.
    func unknownProcessing(
        _ ids: [String], of subject: FindingSubject, _ relation: FindingMessage.ProcessingRelation, origin: RecordOrigin
    ) -> [Finding] {
        ids.filter { index.processing[$0] == nil && !index.isUnreadable($0) }.map { id in
            Finding(
                .processingUnknown,
                .processingUnknown(
                    subject, relation, id: id,
                    suggestion: ClosestMatch.suggestion(for: id, among: index.processing.keys.sorted())),
                at: origin.location(ofItem: id, in: "processing"))
        }
    }

    /// E701 for each id of a management-system record's list `key` that `known` does not hold.
    func unknownIDs<Record>(
        _ ids: [String], in key: String, of subject: FindingSubject, _ reference: FindingMessage.Reference,
        known: RecordsByID<Record>,
        origin: RecordOrigin
    ) -> [Finding] {
        ids.filter { known[$0] == nil && !index.isUnreadable($0) }.map { id in
            Finding(
                .managementReferenceUnknown,
                .referenceUnknown(
                    subject, reference, id: id, suggestion: ClosestMatch.suggestion(for: id, among: known.keys.sorted())
                ),
                at: origin.location(ofItem: id, in: key))
        }
    }

    func isInAnnexAFolder(_ control: Control) -> Bool {
        control.origin.path.hasPrefix(RegisterLayout.annexAFolder + "/")
    }
}

/// One family of checks. Each reads the context and returns its findings; none has side effects.
protocol RegisterCheck: SendableMetatype {
    static func findings(in context: CheckContext) -> [Finding]
}
