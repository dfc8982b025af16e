/// Why a register cannot be exported as OSCAL, in words that say what to do.
public struct OSCALExportError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Builds the assessment-results document from the pack's view of one check: the applicable
/// Annex A controls as findings, the evidence records as observations, the risk register as risks
/// (`OSCALRiskBuilder`), the evidence files as back-matter resources. Reads no clock: every date
/// comes from the register or the as-of date.
struct OSCALBuilder {
    let content: PackContent
    let settings: RegisterSettings
    /// The organisation's name as exported (never empty).
    let organisation: String
    let auditID: String
    /// The evidence records the pack carries, by id, and by id for lookups.
    let evidence: [EvidenceRecord]
    let evidenceByID: [String: EvidenceRecord]
    /// Put before every evidence href: empty when the document sits in the pack folder, `2026/`
    /// when it sits beside it (see `OSCALExporter.hrefBase`).
    let hrefBase: String
    /// What was left out or could not be expressed, for the result's remarks and the CLI.
    private(set) var notes: [String] = []

    init(_ content: PackContent, hrefBase: String = "") {
        self.content = content
        self.hrefBase = hrefBase
        settings = content.register.settings
        organisation = OSCALText.line(settings.organisation.name, or: "The organisation")
        auditID = OSCALText.line(settings.audit.id, or: "audit")
        evidence = content.evidence
        evidenceByID = Dictionary(evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The UUID of one object: version 5, named by the register's organisation and audit id.
    func uuid(_ kind: String, _ key: String = "") -> String {
        OSCALUUID.make(organisation: settings.organisation.name, audit: settings.audit.id, kind: kind, key: key)
    }

    mutating func build() throws(OSCALExportError) -> OSCAL.AssessmentResults {
        let asOf = content.asOf
        guard let published = OSCALText.dateTime(asOf) else {
            throw OSCALExportError(
                "the as-of date \(asOf) cannot be expressed in OSCAL 1.0.6, which takes years 1900 to 2999")
        }
        let standard = OSCALText.line(settings.standard, or: RegisterSettings.supportedStandard)
        let metadata = OSCAL.Metadata(
            title:
                "\(organisation): \(standard) audit \(auditID), Statement of Applicability and evidence as of \(asOf)",
            published: published, lastModified: published, version: asOf.description,
            props: [OSCAL.Property(name: "generator", value: "isms " + ISMSVersion.current)],
            parties: [party()])
        let plan = planResource(standard: standard)
        let importAP = OSCAL.ImportAP(
            href: "#" + plan.uuid,
            remarks: [
                "isms keeps no OSCAL assessment plan. This reference points at the back-matter resource that "
                    + "describes the audit cycle recorded in the register (isms.yaml)."
            ])
        let result = try result(standard: standard)
        return OSCAL.AssessmentResults(
            uuid: uuid("assessment-results"), metadata: metadata, importAP: importAP, results: [result],
            backMatter: [plan] + fileResources())
    }

    // MARK: Metadata

    private func party() -> OSCAL.Party {
        let organisation = settings.organisation
        return OSCAL.Party(
            uuid: uuid("party", "organisation"), type: "organization", name: OSCALText.line(organisation.name),
            links: OSCALText.webLink(organisation.website).map { [OSCAL.Link(href: $0, rel: "website")] } ?? [],
            emailAddresses: OSCALText.email(organisation.contactEmail).map { [$0] } ?? [],
            telephoneNumbers: organisation.phone.flatMap(OSCALText.line).map { [$0] } ?? [],
            addressLines: OSCALText.line(organisation.address).map { [$0] } ?? [])
    }

    /// The stand-in for the assessment plan: the audit cycle as the register records it.
    private func planResource(standard: String) -> OSCAL.Resource {
        let audit = settings.audit
        var description = ["Standard: \(standard)."]
        if let scope = OSCALText.line(settings.scope) { description.append("Scope: \(scope)") }
        var cycle = "Audit period \(audit.periodStart) to \(audit.periodEnd)"
        if let planned = audit.plannedDate { cycle += "; audit planned for \(planned)" }
        if let body = OSCALText.line(audit.certificationBody) { cycle += "; certification body: \(body)" }
        description.append(cycle + ".")
        description.append(
            "Evidence stays current for \(settings.freshness) after it is collected unless a control sets its own "
                + "freshness, and is reported as expiring within \(settings.warningWindow) of its end.")
        var props = [
            OSCAL.Property(name: "audit-id", value: auditID),
            OSCAL.Property(name: "period-start", value: audit.periodStart.description),
            OSCAL.Property(name: "period-end", value: audit.periodEnd.description),
        ]
        if let planned = audit.plannedDate {
            props.append(OSCAL.Property(name: "planned-date", value: planned.description))
        }
        if let body = OSCALText.line(audit.certificationBody) {
            props.append(OSCAL.Property(name: "certification-body", value: body))
        }
        return OSCAL.Resource(
            uuid: uuid("assessment-plan"), title: "Audit cycle \(auditID) (no OSCAL assessment plan)",
            description: description, props: props, rlinks: [])
    }

    // MARK: Result

    private mutating func result(standard: String) throws(OSCALExportError) -> OSCAL.Result {
        let audit = settings.audit
        let asOf = content.asOf
        guard let start = OSCALText.dateTime(audit.periodStart) else {
            throw OSCALExportError(
                "the audit period-start \(audit.periodStart) cannot be expressed in OSCAL 1.0.6, "
                    + "which takes years 1900 to 2999")
        }
        let lastDay = min(audit.periodEnd, asOf)
        let end = lastDay >= audit.periodStart ? OSCALText.dateTime(lastDay, endOfDay: true) : nil

        let annexA = content.annexAControls
        let applicable = annexA.filter { $0.applicable == true }
        let excluded = annexA.filter { $0.applicable == false }
        let undecided = annexA.filter { $0.applicable == nil }
        if !undecided.isEmpty {
            notes.append(
                "Applicability undecided, so not reviewed: \(undecided.map(\.id).joined(separator: ", ")).")
        }

        let observations = observations()
        let exported = Set(observations.map(\.uuid))
        let settings = settings
        var riskBuilder = OSCALRiskBuilder(content, partyUUID: uuid("party", "organisation")) { kind, key in
            OSCALUUID.make(organisation: settings.organisation.name, audit: settings.audit.id, kind: kind, key: key)
        }
        let risks = riskBuilder.risks()
        notes += riskBuilder.notes
        let treating = Self.risksByControl(OSCALRiskBuilder.exported(content.register))
        let findings = applicable.map { control in
            finding(
                for: control, observations: exported,
                risks: treating[control.id, default: []].map { uuid("risk", $0) })
        }
        let diagnostics = content.report.diagnostics
        var description = [
            "The Statement of Applicability of \(organisation) for \(standard) and the state of its evidence, "
                + "as isms checked the register on \(asOf).",
            "Annex A controls: \(applicable.count) applicable (one finding each), \(excluded.count) excluded, "
                + "\(undecided.count) undecided. A finding is satisfied when the control has current evidence on "
                + "\(asOf) (coverage covered or expiring), and not satisfied when its evidence expired or is missing.",
        ]
        if let scope = OSCALText.line(settings.scope) { description.insert("Scope: \(scope)", at: 1) }
        if !risks.isEmpty {
            let levels =
                settings.riskMethod == nil
                ? "isms.yaml has no risk method, so their levels are not judged"
                : "with their levels before and after treatment as the risk method of isms.yaml judges them on \(asOf)"
            description.append(
                "Risks: \(risks.count) from the risk register, \(levels); each finding names the risks its control "
                    + "treats.")
        }
        description.append(
            "The check found \(diagnostics.errorCount) errors and \(diagnostics.warningCount) warnings; "
                + "isms check --as-of \(asOf) lists them.")
        let tokens = applicable.map { OSCALText.controlToken($0.id) }
        return OSCAL.Result(
            uuid: uuid("result"), title: "Audit \(auditID): applicable Annex A controls as of \(asOf)",
            description: description, start: start, end: end,
            props: [
                OSCAL.Property(name: "as-of", value: asOf.description),
                OSCAL.Property(name: "errors", value: String(diagnostics.errorCount)),
                OSCAL.Property(name: "warnings", value: String(diagnostics.warningCount)),
            ],
            reviewedControls: OSCAL.ReviewedControls(
                description: ["The Annex A controls that the Statement of Applicability marks applicable."],
                includeControls: tokens,
                excludeControls: tokens.isEmpty ? AnnexACatalog.controls.map { OSCALText.controlToken($0.id) } : []),
            observations: observations, risks: risks, findings: findings, remarks: notes)
    }

    /// The ids of the risks that name each control, in register order, once each.
    private static func risksByControl(_ risks: [Risk]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for risk in risks {
            for id in Set(risk.controls) { out[id, default: []].append(risk.id) }
        }
        return out
    }

    // MARK: Observations

    private mutating func observations() -> [OSCAL.Observation] {
        var out: [OSCAL.Observation] = []
        let missing = Set(
            content.report.diagnostics.findings.filter { $0.code == .evidenceFileMissing }.map(\.location))
        for record in evidence {
            let id = OSCALText.line(record.id, or: "?")
            guard let collected = OSCALText.dateTime(record.collected) else {
                notes.append(
                    "Evidence record \(id) left out: its collected date \(record.collected) cannot be expressed in "
                        + "OSCAL 1.0.6 (years 1900 to 2999).")
                continue
            }
            var expires: String?
            if let day = record.expires {
                expires = OSCALText.dateTime(day)
                if expires == nil {
                    notes.append(
                        "Evidence record \(id): its expiry date \(day) cannot be expressed in OSCAL 1.0.6 and is "
                            + "left out.")
                }
            }
            var seen = Set<String>()
            let supports = record.supports.filter { content.coverage(of: $0) != nil && seen.insert($0).inserted }
            var description = [
                "Evidence record \(id) (\(OSCALText.line(record.origin.path, or: "?"))), collected "
                    + "\(record.collected) by \(OSCALText.line(record.owner, or: "an unnamed owner"))."
            ]
            if !supports.isEmpty {
                description.append(
                    "Supports: \(supports.map { OSCALText.line($0, or: "?") }.joined(separator: ", ")).")
            }
            var props = [OSCAL.Property(name: "evidence-id", value: id)]
            if let owner = OSCALText.line(record.owner) { props.append(OSCAL.Property(name: "owner", value: owner)) }
            if record.example { props.append(OSCAL.Property(name: "example", value: "true")) }
            let locations = Dictionary(
                record.files.map { ($0.path, $0.location) }, uniquingKeysWith: { first, _ in first })
            let evidence = content.files(of: record).map { file in
                relevantEvidence(file, missing: locations[file.written].map(missing.contains) ?? false)
            }
            out.append(
                OSCAL.Observation(
                    uuid: uuid("observation", record.id), title: OSCALText.line(record.title, or: id),
                    description: description, props: props, methods: ["EXAMINE"], relevantEvidence: evidence,
                    collected: collected, expires: expires))
        }
        return out
    }

    private func relevantEvidence(_ file: InspectedFile, missing: Bool) -> OSCAL.RelevantEvidence {
        let written = OSCALText.line(file.written, or: "?")
        guard let registerPath = file.registerPath else {
            return OSCAL.RelevantEvidence(
                href: nil, description: ["\(written) leaves the register and is not in the pack."],
                props: [OSCAL.Property(name: "problem", value: "outside")], links: [])
        }
        guard file.usable, let digest = file.digest else {
            let problem = missing ? "missing" : "unusable"
            return OSCAL.RelevantEvidence(
                href: nil, description: ["\(written) is \(problem) and is not in the pack (isms check says why)."],
                props: [OSCAL.Property(name: "problem", value: problem)], links: [])
        }
        let packPath = PackContent.packPath(forRegisterPath: registerPath)
        return OSCAL.RelevantEvidence(
            href: OSCALText.href(path: hrefBase + packPath),
            description: ["Evidence file \(OSCALText.line(packPath, or: "?")) in the audit pack."],
            props: [
                OSCAL.Property(name: "sha256", value: digest.sha256),
                OSCAL.Property(name: "size", value: String(digest.size)),
            ],
            links: [OSCAL.Link(href: "#" + uuid("resource", packPath), rel: "reference")])
    }

    // MARK: Findings

    private func finding(for control: Control, observations: Set<String>, risks: [String]) -> OSCAL.Finding {
        let coverage = content.coverage(of: control.id)
        let state = coverage?.state ?? .missing
        let satisfied = state == .covered || state == .expiring
        let title = "\(control.id) \(OSCALText.line(control.title, or: control.catalogEntry?.title ?? ""))"
        var description: [String] = []
        if let justification = OSCALText.line(control.justification) {
            description.append("Applicable in the Statement of Applicability: \(justification)")
        } else {
            description.append("Applicable in the Statement of Applicability.")
        }
        description.append(stateSentence(state, coverage))
        var props = [OSCAL.Property(name: "coverage", value: state.rawValue)]
        if let status = control.status { props.append(OSCAL.Property(name: "status", value: status.rawValue)) }
        if let owner = OSCALText.line(control.owner) { props.append(OSCAL.Property(name: "owner", value: owner)) }

        var related: [String] = []
        for window in coverage?.evidence ?? [] {
            let observation = uuid("observation", window.evidenceID)
            // Only evidence the pack carries under that id (not a later record reusing it, E106).
            guard observations.contains(observation), !related.contains(observation),
                let record = evidenceByID[window.evidenceID], record.collected == window.collected,
                record.supports.contains(control.id)
            else { continue }
            related.append(observation)
        }
        return OSCAL.Finding(
            uuid: uuid("finding", control.id), title: title, description: description, props: props,
            target: OSCAL.Target(
                type: "objective-id", targetID: OSCALText.controlToken(control.id), title: title,
                state: satisfied ? "satisfied" : "not-satisfied", reason: satisfied ? "pass" : "fail",
                implementationStatus: Self.implementationState(control.status)),
            relatedObservations: related, associatedRisks: risks)
    }

    private func stateSentence(_ state: CoverageState, _ coverage: RecordCoverage?) -> String {
        let asOf = content.asOf
        switch state {
        case .covered, .expiring:
            guard let window = coverage?.current.first else { return "Covered on \(asOf)." }
            let through = window.end.adding(days: -1)
            let evidence = OSCALText.line(window.evidenceID, or: "?")
            if state == .expiring {
                return "Expiring on \(asOf): the evidence that lasts longest, \(evidence) (collected "
                    + "\(window.collected)), is current only through \(through), within the warning window of "
                    + "\(settings.warningWindow)."
            }
            return "Covered on \(asOf): evidence \(evidence) (collected \(window.collected)) is current through "
                + "\(through)."
        case .expired:
            guard let window = coverage?.evidence.first else { return "Expired on \(asOf)." }
            return "Expired on \(asOf): the latest evidence, \(OSCALText.line(window.evidenceID, or: "?")) "
                + "(collected \(window.collected)), stopped being current on \(window.end)."
        case .missing, .notApplicable:
            return "Missing on \(asOf): no usable evidence supports this control."
        }
    }

    /// OSCAL's implementation states where the register's status means the same; `not-started` has
    /// no OSCAL equivalent and is only exported as the `status` property.
    static func implementationState(_ status: Control.Status?) -> String? {
        switch status {
        case .implemented: "implemented"
        case .partial: "partial"
        case .planned: "planned"
        case .notStarted, nil: nil
        }
    }

    // MARK: Back matter

    /// One resource per evidence file in the pack, by pack path.
    private func fileResources() -> [OSCAL.Resource] {
        var files: [String: FileDigest] = [:]
        for record in evidence {
            for file in content.files(of: record) where file.usable {
                guard let path = file.registerPath, let digest = file.digest else { continue }
                let packPath = PackContent.packPath(forRegisterPath: path)
                if files[packPath] == nil { files[packPath] = digest }
            }
        }
        return files.keys.sorted().map { packPath in
            let digest = files[packPath]!
            return OSCAL.Resource(
                uuid: uuid("resource", packPath), title: OSCALText.line(packPath, or: "?"),
                description: [], props: [OSCAL.Property(name: "size", value: String(digest.size))],
                rlinks: [OSCAL.ResourceLink(href: OSCALText.href(path: hrefBase + packPath), sha256: digest.sha256)])
        }
    }
}
