import Foundation
import Yams

/// Turns the node tree of `isms.yaml` into `RegisterSettings`.
enum SettingsDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> RegisterSettings? {
        guard
            let root = RecordReader(node, path: path, schema: schema, sink: sink)
        else { return nil }
        let organisation = decodeOrganisation(root)
        let scope = root.text("scope")
        let standard = root.text("standard")
        if let standard, !RegisterSettings.acceptedStandards.contains(standard) {
            sink.report(
                .invalidValue, .standardUnsupported(standard, supported: RegisterSettings.supportedStandard),
                at: root.valueLocation(of: "standard"))
        }
        let audit = decodeAudit(root)
        let defaults = root.mapping("defaults", schema: Self.defaults)
        let freshness = defaults?.period("freshness") ?? RegisterSettings.defaultFreshness
        let window = defaults?.period("warning-window") ?? RegisterSettings.defaultWarningWindow
        var deadline = defaults?.period("request-deadline") ?? RegisterSettings.defaultRequestDeadline
        if let defaults, deadline.amount == 0 {
            sink.report(
                .invalidValue, .periodNotPositive(key: "request-deadline"),
                at: defaults.valueLocation(of: "request-deadline"))
            deadline = RegisterSettings.defaultRequestDeadline
        }
        let language = root.choice("report-language", as: ReportLanguage.self) ?? .en
        let riskMethod = root.mapping("risk", schema: RiskMethodDecoder.schema).flatMap(RiskMethodDecoder.decode)
        let managementSystem = decodeManagementSystem(root)
        guard let organisation, let scope, let audit else { return nil }
        var settings = RegisterSettings(
            organisation: organisation, scope: scope, standard: standard ?? RegisterSettings.supportedStandard,
            audit: audit, freshness: freshness, warningWindow: window, language: language, origin: root.origin(),
            requestDeadline: deadline, riskMethod: riskMethod)
        settings.managementSystem = managementSystem
        if let defaults {
            settings.incidentClose = positive(defaults, "incident-close") ?? RegisterSettings.defaultIncidentClose
            if let zone = defaults.text("time-zone") {
                if let known = TimeZone(identifier: zone) {
                    settings.timeZone = known
                    settings.timeZoneName = zone
                } else {
                    sink.report(
                        .invalidValue,
                        .timeZoneUnknown(
                            zone,
                            suggestion: ClosestMatch.suggestion(
                                for: zone, among: TimeZone.knownTimeZoneIdentifiers.sorted())),
                        at: defaults.valueLocation(of: "time-zone"))
                }
            }
            settings.controlsPerEvidence =
                defaults.wholeNumber("controls-per-evidence", in: 1...1_000_000, example: 10)
                ?? RegisterSettings.defaultControlsPerEvidence
            settings.controlsPerJustification =
                defaults.wholeNumber("controls-per-justification", in: 1...1_000_000, example: 10)
                ?? RegisterSettings.defaultControlsPerJustification
        }
        return settings
    }

    private static func decodeManagementSystem(_ root: RecordReader) -> ManagementSystemSettings {
        var result = ManagementSystemSettings()
        if let audit = root.mapping("internal-audit", schema: internalAudit) {
            result.auditCycle = positive(audit, "cycle") ?? result.auditCycle
            result.cycleStart = audit.date("cycle-start")
            result.auditInterval = positive(audit, "interval") ?? result.auditInterval
        }
        if let review = root.mapping("management-review", schema: managementReview) {
            result.reviewInterval = positive(review, "interval") ?? result.reviewInterval
        }
        return result
    }

    /// A period longer than 0 days, else nil after reporting.
    private static func positive(_ reader: RecordReader, _ key: String) -> Period? {
        guard let period = reader.period(key) else { return nil }
        guard period.amount > 0 else {
            reader.sink.report(.invalidValue, .periodNotPositive(key: key), at: reader.valueLocation(of: key))
            return nil
        }
        return period
    }

    private static func decodeOrganisation(_ root: RecordReader) -> RegisterSettings.Organisation? {
        guard
            let org = root.mapping("organisation", schema: Self.organisation)
        else { return nil }
        let name = org.text("name")
        let address = org.text("address")
        let email = org.text("contact-email")
        let officer = org.text("security-officer")
        let authority = org.text("supervisory-authority")
        let dpo = org.text("dpo", required: false)
        let representative = org.text("eu-representative", required: false)
        guard let name, let address, let email, let officer, let authority else { return nil }
        var organisation = RegisterSettings.Organisation(
            name: name, address: address, contactEmail: email, phone: org.text("phone", required: false),
            website: org.text("website", required: false), securityOfficer: officer, supervisoryAuthority: authority)
        organisation.dpo = dpo
        organisation.euRepresentative = representative
        return organisation
    }

    private static func decodeAudit(_ root: RecordReader) -> RegisterSettings.Audit? {
        guard let audit = root.mapping("audit", schema: Self.audit) else {
            return nil
        }
        let id = audit.text("id")
        if let id, !RecordID.isValid(id) {
            audit.sink.report(
                .invalidValue, .auditIDInvalid(id),
                at: audit.valueLocation(of: "id"))
        }
        let start = audit.date("period-start", required: true)
        let end = audit.date("period-end", required: true)
        if let start, let end, end < start {
            audit.sink.report(
                .invalidValue, .auditPeriodReversed(end: end, start: start),
                at: audit.valueLocation(of: "period-end"))
        }
        let body = audit.text("certification-body")
        let planned = audit.date("planned-date")
        guard let id, RecordID.isValid(id), let start, let end, let body else { return nil }
        return RegisterSettings.Audit(
            id: id, periodStart: start, periodEnd: end, plannedDate: planned, certificationBody: body)
    }
}
