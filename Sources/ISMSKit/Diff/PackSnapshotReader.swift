import CLibXML2

/// Reads a snapshot from pack.xml: parsed as `SchemaValidator` parses (no DOCTYPE, no entities,
/// no network), validated against the embedded schema, and only then read. A `<changes>` element
/// (a pack made with `--previous`) is not part of the snapshot. Synchronous; see
/// `SchemaValidator` on threads.
enum PackSnapshotReader {
    static func read(xml: [UInt8], origin: RegisterSnapshot.Origin) throws(PackXMLError) -> RegisterSnapshot {
        let errors = LibXML2Errors()
        guard let document = SafeXMLDocument.parse(xml, errors: errors) else {
            throw PackXMLError(messages: errors.all)
        }
        SchemaValidator.validate(document, schema: AuditPackSchema.text, errors: errors)
        guard errors.messages.isEmpty, let root = document.root,
            let asOf = XMLTree.attribute(root, "as-of").flatMap(CalendarDate.init)
        else {
            if errors.messages.isEmpty { errors.add(line: 1, message: "the as-of date is not a calendar date") }
            throw PackXMLError(messages: errors.all)
        }
        return withExtendedLifetime(document) {
            var reader = Reader()
            reader.asOf = asOf
            reader.read(root)
            var snapshot = RegisterSnapshot(
                origin: origin, asOf: asOf, auditID: reader.auditID, settings: reader.settings,
                controls: reader.controls,
                processing: reader.processing, parties: reader.parties, risks: reader.risks,
                objectives: reader.objectives, audits: reader.audits, nonconformities: reader.nonconformities,
                reviews: reader.reviews, incidents: reader.incidents, requests: reader.requests,
                evidence: reader.evidence.map { reader.withState($0, asOf: asOf) })
            snapshot.periodStart = reader.periodStart
            return snapshot
        }
    }

    /// Renders a pack's content as pack.xml (without changes) and reads it back, so a register
    /// is compared in exactly the form its pack would show.
    static func snapshot(of content: PackContent, origin: RegisterSnapshot.Origin) throws(PackXMLError)
        -> RegisterSnapshot
    {
        try read(xml: Array(PackXMLRenderer.render(content).utf8), origin: origin)
    }

    /// What is read in one pass over the document.
    private struct Reader {
        var auditID = ""
        var periodStart: CalendarDate?
        var settings: [RecordSnapshot] = []
        var requests: [RecordSnapshot] = []
        /// The side's date: an objective's latest measurement is the last one on or before it.
        var asOf: CalendarDate?
        var controls: [RecordSnapshot] = []
        var processing: [RecordSnapshot] = []
        var parties: [RecordSnapshot] = []
        var risks: [RecordSnapshot] = []
        var objectives: [RecordSnapshot] = []
        var audits: [RecordSnapshot] = []
        var nonconformities: [RecordSnapshot] = []
        var incidents: [RecordSnapshot] = []
        var reviews: [RecordSnapshot] = []
        var evidence: [EvidenceSnapshot] = []
        /// The latest `ends` of the evidence references to each evidence record.
        var ends: [String: CalendarDate] = [:]

        mutating func read(_ root: xmlNodePtr) {
            for audit in XMLTree.children(of: root, named: "audit") {
                auditID = XMLTree.attribute(audit, "id") ?? ""
                periodStart = XMLTree.attribute(audit, "period-start").flatMap(CalendarDate.init)
            }
            settings = [readSettings(root)]
            for section in XMLTree.children(of: root, named: "data-subject-requests") {
                for node in XMLTree.children(of: section, named: "request") {
                    if let request = readRequest(node) { requests.append(request) }
                }
            }
            for section in XMLTree.children(of: root, named: "clauses") {
                for clause in XMLTree.children(of: section, named: "clause") { noteEvidenceReferences(clause) }
            }
            for section in XMLTree.children(of: root, named: "statement-of-applicability") {
                for control in XMLTree.children(of: section, named: "control") { controls.append(readControl(control)) }
            }
            for section in XMLTree.children(of: root, named: "custom-controls") {
                for control in XMLTree.children(of: section, named: "control") { controls.append(readControl(control)) }
            }
            for section in XMLTree.children(of: root, named: "processing-activities") {
                for activity in XMLTree.children(of: section, named: "processing-activity") {
                    processing.append(readProcessing(activity))
                }
            }
            for section in XMLTree.children(of: root, named: "parties") {
                for party in XMLTree.children(of: section, named: "party") { parties.append(readParty(party)) }
            }
            for section in XMLTree.children(of: root, named: "risks") {
                for risk in XMLTree.children(of: section, named: "risk") { risks.append(readRisk(risk)) }
            }
            for section in XMLTree.children(of: root, named: "objectives") {
                for node in XMLTree.children(of: section, named: "objective") { objectives.append(readObjective(node)) }
            }
            for section in XMLTree.children(of: root, named: "audit-programme") {
                for node in XMLTree.children(of: section, named: "internal-audit") { audits.append(readAudit(node)) }
            }
            for section in XMLTree.children(of: root, named: "nonconformities") {
                for node in XMLTree.children(of: section, named: "nonconformity") {
                    nonconformities.append(readNonconformity(node))
                }
            }
            for section in XMLTree.children(of: root, named: "incidents") {
                for node in XMLTree.children(of: section, named: "incident") { incidents.append(readIncident(node)) }
            }
            for section in XMLTree.children(of: root, named: "management-reviews") {
                for node in XMLTree.children(of: section, named: "management-review") {
                    reviews.append(readReview(node))
                }
            }
            for section in XMLTree.children(of: root, named: "evidence") {
                for record in XMLTree.children(of: section, named: "record") { evidence.append(readEvidence(record)) }
            }
        }

        /// isms.yaml's scope and standard, named after the organisation.
        private func readSettings(_ root: xmlNodePtr) -> RecordSnapshot {
            let organisation = XMLTree.children(of: root, named: "organisation").first
            return RecordSnapshot(
                kind: .settings, id: RegisterLayout.settingsFile,
                name: organisation.flatMap { childText($0, "name").first } ?? "", state: .notApplicable,
                values: [.scope: childText(root, "scope"), .standard: childText(root, "standard")])
        }

        /// A request by its reference number; nil for one whose reference the pack withholds.
        private func readRequest(_ node: xmlNodePtr) -> RecordSnapshot? {
            guard let reference = XMLTree.attribute(node, "reference") else { return nil }
            return RecordSnapshot(
                kind: .request, id: reference, name: XMLTree.attribute(node, "right") ?? "", state: .notApplicable,
                values: [
                    .right: optional(XMLTree.attribute(node, "right")),
                    .received: optional(XMLTree.attribute(node, "received")),
                    .identityVerified: optional(XMLTree.attribute(node, "identity-verified")),
                    .due: optional(XMLTree.attribute(node, "due")),
                    .answered: optional(XMLTree.attribute(node, "answered")),
                ])
        }

        private mutating func readControl(_ node: xmlNodePtr) -> RecordSnapshot {
            noteEvidenceReferences(node)
            return RecordSnapshot(
                kind: .control, id: XMLTree.attribute(node, "id") ?? "", name: childText(node, "title").first ?? "",
                state: state(node),
                values: [
                    .applicable: optional(XMLTree.attribute(node, "applicable")),
                    .justification: childText(node, "justification"),
                    .status: optional(XMLTree.attribute(node, "status")),
                    .owner: childText(node, "owner"),
                    .requirements: childText(node, "requirement"),
                    .narrative: childText(node, "narrative"),
                    .reviewBy: optional(XMLTree.attribute(node, "review-by")),
                ])
        }

        private mutating func readProcessing(_ node: xmlNodePtr) -> RecordSnapshot {
            noteEvidenceReferences(node)
            let transfers = XMLTree.children(of: node, named: "transfer").map { transfer in
                let country = XMLTree.attribute(transfer, "country") ?? ""
                return XMLTree.attribute(transfer, "safeguard").map { "\(country): \($0)" } ?? country
            }
            return RecordSnapshot(
                kind: .processingActivity, id: XMLTree.attribute(node, "id") ?? "",
                name: childText(node, "name").first ?? "",
                state: state(node),
                values: [
                    .name: childText(node, "name"),
                    // A pack without the attribute (older ones included) holds a controller's record.
                    .role: [XMLTree.attribute(node, "role") ?? ProcessingActivity.Role.controller.rawValue],
                    .controllers: childText(node, "controller"),
                    .processingCategories: childText(node, "processing-category"),
                    // A purpose with the basis it names: `Salarisadministratie (legal-obligation)`.
                    .purposes: XMLTree.children(of: node, named: "purpose").map { purpose in
                        let text = XMLTree.text(purpose)
                        return XMLTree.attribute(purpose, "legal-basis").map { "\(text) (\($0))" } ?? text
                    },
                    .legalBasis: optional(XMLTree.attribute(node, "legal-basis")),
                    .specialCategoriesCondition: optional(XMLTree.attribute(node, "special-categories-condition")),
                    .dataSubjects: childText(node, "data-subject"),
                    .dataCategories: childText(node, "data-category"),
                    .specialCategories: childText(node, "special-category"),
                    .recipients: references(node, "recipient"),
                    .transfers: transfers,
                    .retention: childText(node, "retention"),
                    .controls: references(node, "protected-by"),
                    .automatedDecisions: optional(XMLTree.attribute(node, "automated-decisions")),
                    .minors: childText(node, "minors"),
                    .source: childText(node, "source"),
                    .reviewBy: optional(XMLTree.attribute(node, "review-by")),
                ])
        }

        private mutating func readParty(_ node: xmlNodePtr) -> RecordSnapshot {
            noteEvidenceReferences(node)
            return RecordSnapshot(
                kind: .party, id: XMLTree.attribute(node, "id") ?? "", name: childText(node, "name").first ?? "",
                state: state(node),
                values: [
                    .name: childText(node, "name"),
                    .role: optional(XMLTree.attribute(node, "role")),
                    .country: optional(XMLTree.attribute(node, "country")),
                    .services: childText(node, "service"),
                    .privacyURL: childText(node, "privacy-url"),
                    .transferSafeguard: optional(XMLTree.attribute(node, "transfer-safeguard")),
                ])
        }

        private func readRisk(_ node: xmlNodePtr) -> RecordSnapshot {
            func rating(_ name: String) -> [String] {
                XMLTree.children(of: node, named: name).map { rating in
                    let text =
                        "\(XMLTree.attribute(rating, "likelihood") ?? "") × \(XMLTree.attribute(rating, "impact") ?? "")"
                    return XMLTree.attribute(rating, "level").map { text + " (\($0))" } ?? text
                }
            }
            let acceptance = XMLTree.children(of: node, named: "acceptance").map { acceptance in
                let attribute = { (name: String) in XMLTree.attribute(acceptance, name) ?? "" }
                return "\(attribute("level")) by \(attribute("by")) on \(attribute("date")) until \(attribute("until"))"
            }
            return RecordSnapshot(
                kind: .risk, id: XMLTree.attribute(node, "id") ?? "", name: childText(node, "title").first ?? "",
                state: .notApplicable,
                values: [
                    .title: childText(node, "title"),
                    .owner: childText(node, "owner"),
                    .inherent: rating("inherent"),
                    .treatment: optional(XMLTree.attribute(node, "treatment")),
                    .controls: references(node, "treated-by"),
                    .residual: rating("residual"),
                    .acceptance: acceptance,
                    .status: optional(XMLTree.attribute(node, "status")),
                ])
        }

        // MARK: Management system

        private func readObjective(_ node: xmlNodePtr) -> RecordSnapshot {
            // Measurements are written oldest first: the last one up to the side's date.
            let latest = XMLTree.children(of: node, named: "measurement").compactMap { measurement -> String? in
                guard let date = XMLTree.attribute(measurement, "date").flatMap(CalendarDate.init),
                    asOf.map({ date <= $0 }) ?? true
                else { return nil }
                return "\(XMLTree.attribute(measurement, "value") ?? "") on \(date)"
            }.last
            return RecordSnapshot(
                kind: .objective, id: XMLTree.attribute(node, "id") ?? "",
                name: childText(node, "statement").first ?? "", state: .notApplicable,
                values: [
                    .objective: childText(node, "statement"),
                    .owner: childText(node, "owner"),
                    .due: optional(XMLTree.attribute(node, "due")),
                    .status: optional(XMLTree.attribute(node, "status")),
                    .latest: optional(latest),
                ])
        }

        private func readAudit(_ node: xmlNodePtr) -> RecordSnapshot {
            RecordSnapshot(
                kind: .internalAudit, id: XMLTree.attribute(node, "id") ?? "",
                name: childText(node, "title").first ?? "", state: .notApplicable,
                values: [
                    .title: childText(node, "title"),
                    .planned: optional(XMLTree.attribute(node, "planned")),
                    .performed: optional(XMLTree.attribute(node, "performed")),
                    .scope: childText(node, "scope"),
                    .auditor: childText(node, "auditor"),
                ])
        }

        private func readNonconformity(_ node: xmlNodePtr) -> RecordSnapshot {
            RecordSnapshot(
                kind: .nonconformity, id: XMLTree.attribute(node, "id") ?? "",
                name: childText(node, "title").first ?? "", state: .notApplicable,
                values: [
                    .title: childText(node, "title"),
                    .grade: optional(XMLTree.attribute(node, "grade")),
                    .status: optional(XMLTree.attribute(node, "state")),
                    .closed: optional(XMLTree.attribute(node, "closed")),
                    .actions: XMLTree.children(of: node, named: "action").map(action),
                ])
        }

        /// An incident as pack.xml has it; a withheld title compares as empty.
        private func readIncident(_ node: xmlNodePtr) -> RecordSnapshot {
            let breach = XMLTree.children(of: node, named: "breach").first
            return RecordSnapshot(
                kind: .incident, id: XMLTree.attribute(node, "id") ?? "",
                name: childText(node, "title").first ?? "", state: .notApplicable,
                values: [
                    .title: childText(node, "title"),
                    .severity: optional(XMLTree.attribute(node, "severity")),
                    .aware: optional(XMLTree.attribute(node, "aware")),
                    .personalDataBreach: optional(XMLTree.attribute(node, "personal-data-breach")),
                    .risk: optional(breach.flatMap { XMLTree.attribute($0, "risk") }),
                    .notifiedAuthority: optional(breach.flatMap { XMLTree.attribute($0, "notified-authority") }),
                    .closed: optional(XMLTree.attribute(node, "closed")),
                ])
        }

        private func readReview(_ node: xmlNodePtr) -> RecordSnapshot {
            let date = XMLTree.attribute(node, "date")
            let decisions = XMLTree.children(of: node, named: "decision").map { decision in
                let text = childText(decision, "statement").first ?? ""
                let actions = XMLTree.children(of: decision, named: "action").map(action)
                return actions.isEmpty ? text : text + ": " + actions.joined(separator: "; ")
            }
            return RecordSnapshot(
                kind: .managementReview, id: XMLTree.attribute(node, "id") ?? "", name: date ?? "",
                state: .notApplicable, values: [.date: optional(date), .decisions: decisions])
        }

        /// `action (owner, due date, done date)`, leaving out what the action lacks.
        private func action(_ node: xmlNodePtr) -> String {
            var parts = [XMLTree.attribute(node, "owner") ?? ""]
            if let due = XMLTree.attribute(node, "due") { parts.append("due " + due) }
            if let done = XMLTree.attribute(node, "done") { parts.append("done " + done) }
            return XMLTree.text(node) + " (" + parts.joined(separator: ", ") + ")"
        }

        private func readEvidence(_ node: xmlNodePtr) -> EvidenceSnapshot {
            let files = XMLTree.children(of: node, named: "file").map { file in
                EvidenceSnapshot.File(
                    path: XMLTree.attribute(file, "path") ?? "", sha256: XMLTree.attribute(file, "sha256"))
            }
            return EvidenceSnapshot(
                id: XMLTree.attribute(node, "id") ?? "", title: childText(node, "title").first ?? "",
                supports: references(node, "supports"), files: files, current: false)
        }

        /// The evidence record with when it stops counting and whether it is current on `asOf`.
        func withState(_ record: EvidenceSnapshot, asOf: CalendarDate) -> EvidenceSnapshot {
            var record = record
            record.ends = ends[record.id]
            record.current = record.ends.map { asOf < $0 } ?? false
            return record
        }

        private mutating func noteEvidenceReferences(_ node: xmlNodePtr) {
            for reference in XMLTree.children(of: node, named: "evidence-ref") {
                guard let id = XMLTree.attribute(reference, "ref"),
                    let end = XMLTree.attribute(reference, "ends").flatMap(CalendarDate.init)
                else { continue }
                if let known = ends[id], known >= end { continue }
                ends[id] = end
            }
        }

        private func state(_ node: xmlNodePtr) -> CoverageState {
            XMLTree.attribute(node, "state").flatMap(CoverageState.init(rawValue:)) ?? .missing
        }

        private func optional(_ value: String?) -> [String] { value.map { [$0] } ?? [] }

        private func references(_ node: xmlNodePtr, _ name: String) -> [String] {
            XMLTree.children(of: node, named: name).compactMap { XMLTree.attribute($0, "ref") }
        }

        private func childText(_ node: xmlNodePtr, _ name: String) -> [String] {
            XMLTree.children(of: node, named: name).map(XMLTree.text)
        }
    }
}
