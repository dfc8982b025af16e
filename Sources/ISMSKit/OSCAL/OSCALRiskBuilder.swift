/// Builds the result's risks from the register's risk records (docs/oscal.md, "Risks"), judged by
/// the risk method of isms.yaml on the as-of date, as `isms risks` judges them. Reads no clock.
struct OSCALRiskBuilder {
    let content: PackContent
    let method: RiskMethod?
    /// The organisation's party: whose assessment the levels are.
    let partyUUID: String
    let uuid: (_ kind: String, _ key: String) -> String
    /// The register's controls by id, the first record of each id.
    let controls: [String: Control]
    /// Dates OSCAL could not express, for the result's remarks.
    var notes: [String] = []

    init(_ content: PackContent, partyUUID: String, uuid: @escaping (_ kind: String, _ key: String) -> String) {
        self.content = content
        method = content.register.settings.riskMethod
        self.partyUUID = partyUUID
        self.uuid = uuid
        controls = Dictionary(content.register.controls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The risks exported: the first record of each id, in register order, as the checker's index
    /// keeps them (a later record with the same id is a duplicate the check reports).
    static func exported(_ register: Register) -> [Risk] {
        var seen = Set<String>()
        return register.risks.filter { seen.insert($0.id).inserted }
    }

    mutating func risks() -> [OSCAL.Risk] {
        var risks: [OSCAL.Risk] = []
        for risk in Self.exported(content.register) { risks.append(self.risk(risk)) }
        return risks
    }

    private mutating func risk(_ risk: Risk) -> OSCAL.Risk {
        let judgement = method.map { RiskJudgement(risk, method: $0, asOf: content.asOf) }
        let id = OSCALText.line(risk.id, or: "?")
        let title = OSCALText.line(risk.title).map { "\(id) \($0)" } ?? id
        let description = OSCALText.paragraphs(risk.description)
        return OSCAL.Risk(
            uuid: uuid("risk", risk.id), title: title,
            description: description.isEmpty ? [OSCALText.line(risk.title, or: title)] : description,
            statement: statement(risk), props: props(risk, judgement),
            status: Self.status(risk.status, retainable: retainable(risk, judgement)),
            characterizations: characterization(risk).map { [$0] } ?? [],
            mitigatingFactors: mitigatingFactors(risk), remediations: remediations(risk),
            logEntries: logEntry(risk, judgement).map { [$0] } ?? [])
    }

    private func statement(_ risk: Risk) -> [String] {
        var statement: [String] = []
        if let threat = risk.threat.flatMap(OSCALText.line) { statement.append("Threat: \(threat)") }
        if let vulnerability = risk.vulnerability.flatMap(OSCALText.line) {
            statement.append("Vulnerability: \(vulnerability)")
        }
        let assets = risk.assets.compactMap(OSCALText.line)
        if !assets.isEmpty { statement.append("Assets: \(assets.joined(separator: "; ")).") }
        if !risk.affects.isEmpty {
            statement.append("Threatens \(Self.list(risk.affects.map(\.rawValue))).")
        }
        return statement.isEmpty ? ["The risk record names no threat, vulnerability or assets."] : statement
    }

    private func props(_ risk: Risk, _ judgement: RiskJudgement?) -> [OSCAL.Property] {
        var props = [OSCAL.Property(name: "risk-id", value: OSCALText.line(risk.id, or: "?"))]
        if let owner = OSCALText.line(risk.owner) { props.append(OSCAL.Property(name: "owner", value: owner)) }
        if let status = risk.status { props.append(OSCAL.Property(name: "status", value: status.rawValue)) }
        if let treatment = risk.treatment {
            props.append(OSCAL.Property(name: "treatment", value: treatment.rawValue))
        }
        props += risk.affects.map { OSCAL.Property(name: "affects", value: $0.rawValue) }
        if let identified = risk.identified {
            props.append(OSCAL.Property(name: "identified", value: identified.description))
        }
        if let review = RiskChecks.reviewDate(risk, method) {
            props.append(OSCAL.Property(name: "review-by", value: review.description))
        }
        if let acceptance = judgement?.acceptance {
            props.append(
                OSCAL.Property(name: "acceptance", value: acceptance.rawValue.replacingOccurrences(of: " ", with: "-")))
        }
        props += risk.processing.compactMap(OSCALText.line).map { OSCAL.Property(name: "processing", value: $0) }
        if risk.example { props.append(OSCAL.Property(name: "example", value: "true")) }
        return props
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
