/// The risk register and the risk treatment plan as one table (ISO/IEC 27001 6.1.2, 6.1.3, 8.2,
/// 8.3): each risk by id with its owner, its levels before and after treatment on the method's
/// scales, the treatment, the controls that treat it with their status and evidence state, the
/// actions still planned and the owner's acceptance.
public enum RiskRegisterTable {
    /// One risk with what the report shows beside it.
    public struct Row: Sendable {
        public let risk: Risk
        public let judgement: RiskJudgement?
        public let method: RiskMethod?
        /// The controls that treat the risk, as the register knows them.
        public let controls: [(id: String, control: Control?, state: CoverageState?)]
        public let reviewDate: CalendarDate?
    }

    public static let columns: [ReportColumn<Row>] = [
        .init("id", "Id") { .text($0.risk.id) },
        .init("title", "Risk") { .text($0.risk.title) },
        .init("owner", "Risk owner") { .text($0.risk.owner) },
        .init("status", "Status") { .optional($0.risk.status?.rawValue) },
        .init("assets", "Assets") { .list($0.risk.assets) },
        .init("threat", "Threat") { .optional($0.risk.threat) },
        .init("vulnerability", "Vulnerability") { .optional($0.risk.vulnerability) },
        .init("affects", "Affects") { .list($0.risk.affects.map(\.rawValue)) },
        .init("inherent", "Inherent (likelihood × impact)") { rating($0.risk.inherent) },
        .init("inherent-level", "Inherent level") { level($0.judgement?.inherentLevel, $0.method) },
        .init("treatment", "Treatment") { .optional($0.risk.treatment?.rawValue) },
        .init("controls", "Controls (status, evidence)") { controls($0.controls) },
        .init("planned", "Planned actions") { planned($0.risk.planned) },
        .init("residual", "Residual (likelihood × impact)") { rating($0.risk.residual ?? $0.risk.inherent) },
        .init("residual-level", "Residual level") { level($0.judgement?.currentLevel, $0.method) },
        .init("acceptance", "Acceptance") { acceptance($0.risk.acceptance) },
        .init("acceptance-state", "Acceptance state") { .optional($0.judgement?.acceptance?.rawValue) },
        .init("processing", "Processing activities") { .list($0.risk.processing) },
        .init("review", "Review by") { .optional($0.reviewDate?.description) },
    ]

    public static func rows(_ report: CheckReport) -> [Row] {
        let register = report.register
        let method = register.settings.riskMethod
        let controls = Dictionary(register.controls.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return register.risks.map { risk in
            Row(
                risk: risk, judgement: method.map { RiskJudgement(risk, method: $0, asOf: report.asOf) },
                method: method,
                controls: risk.controls.map { ($0, controls[$0], report.coverage[$0]?.state) },
                reviewDate: RiskChecks.reviewDate(risk, method))
        }
    }

    public static func build(_ report: CheckReport) -> ReportTable {
        let method = report.register.settings.riskMethod
        return ReportTable(
            kind: "isms-risks", title: "Risk register and risk treatment plan",
            fields: [
                .init("organisation", "Organisation", .text(report.register.settings.organisation.name)),
                .init("as-of", "As of", .text(report.asOf.description)),
                .init(
                    "retain-up-to", "Retained without acceptance up to",
                    .optional(method.map { $0.levels[$0.retainUpTo].key })),
            ],
            rowsKey: "risks", columns: columns, rows: rows(report))
    }

    /// `possible × major`; an object with likelihood and impact in JSON.
    private static func rating(_ rating: Risk.Rating?) -> ReportCell {
        guard let rating else { return .optional(nil) }
        return ReportCell(
            text: "\(rating.likelihood) × \(rating.impact)",
            value: .object(["likelihood": .string(rating.likelihood), "impact": .string(rating.impact)]))
    }

    private static func level(_ index: Int?, _ method: RiskMethod?) -> ReportCell {
        .optional(index.flatMap { index in method.map { $0.levels[index].key } })
    }

    /// `A.5.17 (implemented, covered)` per control; objects with id, status and state in JSON.
    private static func controls(_ controls: [(id: String, control: Control?, state: CoverageState?)]) -> ReportCell {
        let texts = controls.map { id, control, state in
            guard let control else { return "\(id) (unknown control)" }
            let status = control.applicable == false ? "not applicable" : control.status?.rawValue ?? "no status"
            return "\(id) (\(status), \(state?.rawValue ?? CoverageState.missing.rawValue))"
        }
        let values = controls.map { id, control, state -> ReportValue in
            .object([
                "id": .string(id), "applicable": control?.applicable.map(ReportValue.bool) ?? .null,
                "status": control?.status.map { .string($0.rawValue) } ?? .null,
                "state": state.map { .string($0.rawValue) } ?? .null,
            ])
        }
        return ReportCell(text: texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }

    /// `Enforce MFA (IT Lead, due 2026-09-30)` per action.
    private static func planned(_ actions: [Risk.Action]) -> ReportCell {
        let texts = actions.map { "\($0.action) (\($0.owner), due \($0.due?.description ?? "no date"))" }
        let values = actions.map { action -> ReportValue in
            .object([
                "action": .string(action.action), "owner": .string(action.owner),
                "due": action.due.map { .string($0.description) } ?? .null,
            ])
        }
        return ReportCell(text: texts.joined(separator: ReportCell.listSeparator), value: .array(values))
    }

    /// `medium by Security Officer on 2026-03-01, until 2027-03-01`.
    private static func acceptance(_ acceptance: Risk.Acceptance?) -> ReportCell {
        guard let acceptance else { return .optional(nil) }
        let on = acceptance.on.map { " on \($0)" } ?? ""
        let until = acceptance.until.map { ", until \($0)" } ?? ""
        return ReportCell(
            text: "\(acceptance.level) by \(acceptance.by)\(on)\(until)",
            value: .object([
                "level": .string(acceptance.level), "by": .string(acceptance.by),
                "date": acceptance.on.map { .string($0.description) } ?? .null,
                "until": acceptance.until.map { .string($0.description) } ?? .null,
            ]))
    }
}
