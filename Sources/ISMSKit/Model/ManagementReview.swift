/// A management review (ISO/IEC 27001 9.3): when top management met, who attended, what it
/// considered (the inputs of 9.3.2, one named key each), what it decided (9.3.3) with the actions
/// those decisions start, and the minutes as evidence.
public struct ManagementReview: Sendable, Hashable, Codable {
    /// The inputs 9.3.2 requires, in the standard's order.
    public enum Input: String, Sendable, CaseIterable, Codable {
        case previousActions = "previous-actions"
        case issueChanges = "issue-changes"
        case partyNeeds = "party-needs"
        case nonconformities
        case monitoring
        case auditResults = "audit-results"
        case objectives
        case partyFeedback = "party-feedback"
        case risks
        case improvement

        /// The input as 9.3.2 names it, in a report language.
        public func title(_ language: ReportLanguage) -> String {
            switch language {
            case .en: title
            case .nl: dutchTitle
            }
        }

        /// The input as 9.3.2 names it.
        public var title: String {
            switch self {
            case .previousActions: "Status of actions from previous management reviews (9.3.2 a)"
            case .issueChanges: "Changes in external and internal issues (9.3.2 b)"
            case .partyNeeds: "Changes in needs and expectations of interested parties (9.3.2 c)"
            case .nonconformities: "Nonconformities and corrective actions (9.3.2 d 1)"
            case .monitoring: "Monitoring and measurement results (9.3.2 d 2)"
            case .auditResults: "Audit results (9.3.2 d 3)"
            case .objectives: "Fulfilment of information security objectives (9.3.2 d 4)"
            case .partyFeedback: "Feedback from interested parties (9.3.2 e)"
            case .risks: "Results of risk assessment and status of the risk treatment plan (9.3.2 f)"
            case .improvement: "Opportunities for continual improvement (9.3.2 g)"
            }
        }

        /// The input in the words of the Dutch edition's vocabulary (directiebeoordeling, afwijking,
        /// corrigerende maatregel, doelstelling).
        var dutchTitle: String {
            switch self {
            case .previousActions: "Status van acties uit eerdere directiebeoordelingen (9.3.2 a)"
            case .issueChanges: "Wijzigingen in externe en interne onderwerpen (9.3.2 b)"
            case .partyNeeds: "Wijzigingen in behoeften en verwachtingen van belanghebbenden (9.3.2 c)"
            case .nonconformities: "Afwijkingen en corrigerende maatregelen (9.3.2 d 1)"
            case .monitoring: "Resultaten van monitoring en meting (9.3.2 d 2)"
            case .auditResults: "Auditresultaten (9.3.2 d 3)"
            case .objectives: "Mate waarin de informatiebeveiligingsdoelstellingen zijn bereikt (9.3.2 d 4)"
            case .partyFeedback: "Terugkoppeling van belanghebbenden (9.3.2 e)"
            case .risks: "Resultaten van de risicobeoordeling en status van het risicobehandelplan (9.3.2 f)"
            case .improvement: "Kansen voor continue verbetering (9.3.2 g)"
            }
        }
    }

    /// A decision of the review (9.3.3) and the actions it starts.
    public struct Decision: Sendable, Hashable, Codable {
        public var decision: String
        public var actions: [FollowUpAction]
        public var location: SourceLocation
    }

    public var id: String
    public var date: CalendarDate?
    /// Roles, not names.
    public var attendees: [String]
    /// The text of each input written, by `Input.rawValue`; an input left out is absent.
    public var inputs: [String: String]
    public var decisions: [Decision]
    /// The evidence record holding the minutes.
    public var minutes: String?
    public var example: Bool
    public var origin: RecordOrigin

    /// The text given for an input, nil when it is missing or empty.
    public func input(_ input: Input) -> String? {
        inputs[input.rawValue].flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    }

    /// Held on or before `asOf`.
    public func isHeld(asOf: CalendarDate) -> Bool { date.map { $0 <= asOf } ?? false }
}
