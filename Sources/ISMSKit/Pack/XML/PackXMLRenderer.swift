/// Renders pack.xml, the machine-readable part of an audit pack, valid against
/// `schema/audit-pack.xsd` (embedded as `AuditPackSchema.text`) for any register.
///
/// The output depends only on the `PackContent`: every list is in a stable order and no clock is
/// read. A reference that does not resolve (an unknown id, which the check reports as a finding)
/// is left out, so the schema's keyrefs always hold; a processing activity or party whose id a
/// record of an earlier kind already uses (E106) is left out, as the checker's index ignores it.
public enum PackXMLRenderer {
    /// With `changes` (a pack made with `--previous`), `<changes>` follows `<audit>`.
    public static func render(_ content: PackContent, changes: RegisterDiff? = nil) -> String {
        let sink = StringSink()
        write(content, changes: changes, to: sink)
        return sink.text
    }

    /// Writes the same document piece by piece into `sink` (the pack's file), never whole.
    static func write(_ content: PackContent, changes: RegisterDiff? = nil, to sink: any TextSink) {
        var renderer = Renderer(content, writer: XMLWriter(sink: sink))
        renderer.changes = changes
        renderer.writePack()
        renderer.writer.finish()
    }
}

private struct Renderer {
    let content: PackContent
    let annexA: [Control]
    let custom: [Control]
    let processing: [ProcessingActivity]
    let parties: [Party]
    let evidence: [EvidenceRecord]
    let controlIDs: Set<String>
    let processingIDs: Set<String>
    let partyIDs: Set<String>
    let riskIDs: Set<String>
    /// Every clause of the catalog whose id no control, processing activity or party takes.
    let clauses: [CatalogClause]
    let clauseIDs: Set<String>
    let risksByControl: [String: [Risk]]
    /// The pack's evidence records by id.
    let evidenceByID: [String: EvidenceRecord]
    /// Where the check found a missing evidence file (E300), to tell missing from unusable files.
    let missingFileLocations: Set<SourceLocation>
    var writer: XMLWriter
    var changes: RegisterDiff?

    init(_ content: PackContent, writer: XMLWriter) {
        self.content = content
        self.writer = writer
        annexA = content.annexAControls
        custom = content.customControls
        let controlIDs = Set((annexA + custom).map(\.id))
        let processing = content.processing.filter { !controlIDs.contains($0.id) }
        let processingIDs = Set(processing.map(\.id))
        let parties = content.parties.filter { !controlIDs.contains($0.id) && !processingIDs.contains($0.id) }
        self.controlIDs = controlIDs
        self.processing = processing
        self.processingIDs = processingIDs
        self.parties = parties
        let partyIDs = Set(parties.map(\.id))
        self.partyIDs = partyIDs
        riskIDs = Set(content.register.risks.map(\.id))
        let clauses = ClauseCatalog.clauses.filter {
            !controlIDs.contains($0.id) && !processingIDs.contains($0.id) && !partyIDs.contains($0.id)
        }
        self.clauses = clauses
        clauseIDs = Set(clauses.map(\.id))
        risksByControl = content.register.risksByControl
        evidence = content.evidence
        evidenceByID = Dictionary(evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        missingFileLocations = Set(
            content.report.diagnostics.findings.filter { $0.code == .evidenceFileMissing }.map(\.location))
    }

    mutating func writePack() {
        let settings = content.register.settings
        writer.start(
            "audit-pack",
            [
                ("xmlns", AuditPackSchema.namespace), ("version", AuditPackSchema.version),
                ("as-of", content.asOf.description), ("generator", "isms " + ISMSVersion.current),
                ("language", content.language.rawValue),
            ])
        writeOrganisation(settings.organisation)
        writer.text("scope", settings.scope)
        writer.text("standard", settings.standard)
        let audit = settings.audit
        writer.empty(
            "audit",
            [
                ("id", audit.id), ("period-start", audit.periodStart.description),
                ("period-end", audit.periodEnd.description), ("planned-date", audit.plannedDate?.description),
                ("certification-body", audit.certificationBody),
            ])
        if let changes { ChangesXML.write(changes, to: &writer) }
        writeSummary()
        writeClauses()
        SoAApprovalXML.write(SoAApprovalState(content.register), to: &writer)
        writer.start("statement-of-applicability")
        for control in annexA { writeControl(control, theme: control.catalogEntry?.theme) }
        writer.end()
        writer.start("custom-controls")
        for control in custom { writeControl(control, theme: nil) }
        writer.end()
        writer.start("processing-activities")
        for activity in processing { writeProcessing(activity) }
        writer.end()
        writer.start("parties")
        for party in parties { writeParty(party) }
        writer.end()
        RisksXML.write(
            content.register, asOf: content.asOf, controlIDs: controlIDs, processingIDs: processingIDs, to: &writer)
        ManagementSystemXML.write(
            content.register, asOf: content.asOf,
            known: .init(controls: controlIDs, risks: riskIDs, evidence: Set(evidenceByID.keys)), to: &writer)
        IncidentsXML.write(
            content.incidents, settings: content.register.settings, controls: controlIDs, processing: processingIDs,
            to: &writer)
        RequestsXML.write(content.requestLog, to: &writer)
        writer.start("evidence")
        for record in evidence { writeEvidence(record) }
        writer.end()
        writeFindings()
        writer.end()
    }

    private mutating func writeOrganisation(_ organisation: RegisterSettings.Organisation) {
        writer.start("organisation")
        writer.text("name", organisation.name)
        writer.text("address", organisation.address)
        writer.text("contact-email", organisation.contactEmail)
        writer.text("phone", ifPresent: organisation.phone)
        writer.text("website", ifPresent: organisation.website)
        writer.text("security-officer", organisation.securityOfficer)
        writer.text("supervisory-authority", organisation.supervisoryAuthority)
        writer.text("dpo", ifPresent: organisation.dpo)
        writer.text("eu-representative", ifPresent: organisation.euRepresentative)
        writer.end()
    }

    // MARK: Summary

    private mutating func writeSummary() {
        let diagnostics = content.report.diagnostics
        writer.start(
            "summary", [("errors", String(diagnostics.errorCount)), ("warnings", String(diagnostics.warningCount))])
        var total: [CoverageState: Int] = [:]
        for theme in Theme.allCases {
            var counts: [CoverageState: Int] = [:]
            for control in annexA where control.catalogEntry?.theme == theme {
                counts[state(of: control.id), default: 0] += 1
                total[state(of: control.id), default: 0] += 1
            }
            writer.empty("theme", [("name", theme.rawValue)] + Self.countAttributes(counts))
        }
        writer.empty("total", Self.countAttributes(total))
        writer.end()
    }

    private static func countAttributes(_ counts: [CoverageState: Int]) -> XMLWriter.Attributes {
        CoverageState.allCases.map { ($0.rawValue, String(counts[$0] ?? 0)) }
    }

    // MARK: Clauses

    /// Every clause of the catalog (so evidence may support any of them), and for each clause that
    /// requires documented information whether it is met on the as-of date, its evidence and the
    /// register records that meet it.
    private mutating func writeClauses() {
        let fulfilments = Dictionary(
            content.report.clauses.map { ($0.clause.id, $0) }, uniquingKeysWith: { first, _ in first })
        writer.start("clauses")
        for clause in clauses {
            let fulfilment = fulfilments[clause.id]
            writer.start(
                "clause",
                [
                    ("id", clause.id), ("number", clause.number),
                    ("documented-information", clause.requiresDocumentedInformation ? "true" : "false"),
                    ("met", fulfilment.map { $0.isMet ? "true" : "false" }),
                ])
            writer.text("title", clause.title)
            writeEvidenceReferences(clause.id)
            if let fulfilment {
                for record in fulfilment.records {
                    writer.empty("record", [("kind", record.kind.rawValue), ("id", record.id)])
                }
            }
            writer.end()
        }
        writer.end()
    }

    // MARK: Records

    private mutating func writeControl(_ control: Control, theme: Theme?) {
        let applicable = control.applicable.map { $0 ? "true" : "false" } ?? "undecided"
        writer.start(
            "control",
            [
                ("id", control.id), ("theme", theme?.rawValue), ("applicable", applicable),
                ("status", control.status?.rawValue), ("state", state(of: control.id).rawValue),
                ("review-by", control.reviewBy?.description),
            ])
        writer.text("title", control.title)
        writer.text("owner", control.owner)
        writer.text("justification", control.justification)
        for requirement in control.requirements { writer.text("requirement", requirement) }
        writeReferences("risk-ref", (risksByControl[control.id] ?? []).map(\.id), resolvingIn: riskIDs)
        writer.text("narrative", control.narrative)
        writeReferences("protects", control.processing, resolvingIn: processingIDs)
        writeEvidenceReferences(control.id)
        writer.end()
    }

    private mutating func writeProcessing(_ activity: ProcessingActivity) {
        writer.start(
            "processing-activity",
            [
                ("id", activity.id), ("role", activity.role == .processor ? activity.role.rawValue : nil),
                ("legal-basis", Self.spaced(activity.legalBases)),
                ("special-categories-condition", Self.spaced(activity.specialCategoryConditions)),
                ("automated-decisions", activity.automatedDecisions ? "true" : "false"),
                ("state", recordState(of: activity.id).rawValue), ("review-by", activity.reviewBy?.description),
            ])
        writer.text("name", activity.name)
        for controller in activity.controllers {
            let party = partyIDs.contains(controller) ? parties.first { $0.id == controller } : nil
            writer.text("controller", party?.name ?? controller, [("ref", party?.id)])
        }
        for category in activity.processingCategories { writer.text("processing-category", category) }
        for purpose in activity.purposes {
            writer.text("purpose", purpose.text, [("legal-basis", purpose.legalBasis?.rawValue)])
        }
        for subject in activity.dataSubjects { writer.text("data-subject", subject) }
        for category in activity.dataCategories { writer.text("data-category", category) }
        for category in activity.specialCategories { writer.text("special-category", category) }
        writeReferences("recipient", activity.recipients, resolvingIn: partyIDs)
        for transfer in activity.transfers {
            writer.empty("transfer", [("country", transfer.country), ("safeguard", transfer.safeguard?.rawValue)])
        }
        writer.text("retention", ifPresent: activity.retention)
        writeReferences("protected-by", activity.controls, resolvingIn: controlIDs)
        writer.text("minors", ifPresent: activity.minors)
        writer.text("source", ifPresent: activity.source)
        writeEvidenceReferences(activity.id)
        writer.end()
    }

    /// An `xs:list` attribute value: the raw values separated by spaces; nil when there are none.
    private static func spaced<Value: RawRepresentable>(_ values: [Value]) -> String? where Value.RawValue == String {
        values.isEmpty ? nil : values.map(\.rawValue).joined(separator: " ")
    }

    private mutating func writeParty(_ party: Party) {
        writer.start(
            "party",
            [
                ("id", party.id), ("role", party.role.rawValue), ("country", party.country),
                ("transfer-safeguard", party.transferSafeguard?.rawValue),
                ("state", recordState(of: party.id).rawValue),
            ])
        writer.text("name", party.name)
        for service in party.services { writer.text("service", service) }
        writer.text("privacy-url", ifPresent: party.privacyURL)
        writeEvidenceReferences(party.id)
        writer.end()
    }

    private mutating func writeEvidence(_ record: EvidenceRecord) {
        writer.start(
            "record",
            [
                ("id", record.id), ("collected", record.collected.description), ("owner", record.owner),
                ("expires", record.expires?.description), ("example", record.example ? "true" : "false"),
            ])
        writer.text("title", record.title)
        writeReferences("supports", record.supports, resolvingIn: controlIDs, processingIDs, partyIDs, clauseIDs)
        let locations = Dictionary(record.files.map { ($0.path, $0.location) }, uniquingKeysWith: { first, _ in first })
        for file in content.files(of: record) {
            writer.empty("file", fileAttributes(file, location: locations[file.written]))
        }
        writer.end()
    }

    private func fileAttributes(_ file: InspectedFile, location: SourceLocation?) -> XMLWriter.Attributes {
        guard let registerPath = file.registerPath else { return [("path", file.written), ("problem", "outside")] }
        if file.usable, let digest = file.digest {
            return [
                ("path", PackContent.packPath(forRegisterPath: registerPath)), ("size", String(digest.size)),
                ("sha256", digest.sha256),
            ]
        }
        let problem: String
        if file.usable {
            problem = "not-hashed"
        } else if let location, missingFileLocations.contains(location) {
            problem = "missing"
        } else {
            problem = "unusable"
        }
        return [("path", file.written), ("problem", problem)]
    }

    private mutating func writeFindings() {
        writer.start("findings")
        for finding in content.report.diagnostics.sorted {
            writer.text(
                "finding", finding.message,
                [
                    ("code", finding.code.rawValue), ("severity", finding.severity.rawValue),
                    ("file", finding.location.path), ("line", finding.location.line.map(String.init)),
                    ("column", finding.location.column.map(String.init)),
                ])
        }
        writer.end()
    }

    // MARK: References and states

    /// One element per id that resolves, each id once, in the record's order.
    private mutating func writeReferences(_ name: String, _ ids: [String], resolvingIn sets: Set<String>...) {
        var seen = Set<String>()
        for id in ids where sets.contains(where: { $0.contains(id) }) && seen.insert(id).inserted {
            writer.empty(name, [("ref", id)])
        }
    }

    /// Every usable evidence window of the record, latest end first, each evidence id once: those
    /// of the pack's evidence records (not of a later record that reuses an evidence id, E106), so
    /// each reference agrees with the `supports` of the record it names.
    private mutating func writeEvidenceReferences(_ id: String) {
        var seen = Set<String>()
        for window in content.coverage(of: id)?.evidence ?? [] {
            guard let record = evidenceByID[window.evidenceID], record.collected == window.collected,
                record.supports.contains(id), seen.insert(window.evidenceID).inserted
            else { continue }
            writer.empty(
                "evidence-ref",
                [
                    ("ref", window.evidenceID), ("collected", window.collected.description),
                    ("ends", window.end.description),
                ])
        }
    }

    private func state(of id: String) -> CoverageState { content.coverage(of: id)?.state ?? .missing }

    /// Processing activities and parties are never excluded: their state is never not-applicable.
    private func recordState(of id: String) -> CoverageState {
        let state = state(of: id)
        return state == .notApplicable ? .missing : state
    }
}
