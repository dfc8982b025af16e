/// One internal audit of the programme (ISO/IEC 27001 9.2): when it was planned and performed,
/// what it covered and against which criteria, who audited, and its report as evidence.
///
/// The findings an audit raised are the nonconformities whose `raised-in` names it
/// (`Register.findings(of:)`): written once, on the nonconformity.
public struct InternalAudit: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var planned: CalendarDate?
    public var performed: CalendarDate?
    /// Clause ids (`clause-9`, `clause-6.1.2`), control ids (`A.5.1`, custom ids) and Annex A
    /// themes (`A.5`) audited.
    public var scope: [String]
    public var criteria: String
    /// A role or a name, as the register chooses.
    public var auditor: String
    /// The evidence record holding the audit report.
    public var report: String?
    /// The audit's conclusion in a few sentences.
    public var conclusion: String?
    public var example: Bool
    public var origin: RecordOrigin

    /// The day the audit counts for the programme: performed, else planned.
    public var date: CalendarDate? { performed ?? planned }

    /// Performed on or before `asOf`.
    public func isPerformed(asOf: CalendarDate) -> Bool { performed.map { $0 <= asOf } ?? false }
}
