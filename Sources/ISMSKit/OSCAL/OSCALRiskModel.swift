/// The part of OSCAL 1.0.6's `risk` assembly that isms exports (docs/oscal.md, "Risks"): a
/// result's risks with their levels, the controls that mitigate them, the actions still planned
/// and the owner's acceptance. Same rules as the rest of the model: every string is already an
/// OSCAL value, markup fields are plain-text paragraphs.
extension OSCAL {
    struct Risk {
        var uuid: String
        var title: String
        var description: [String]
        var statement: [String]
        var props: [Property]
        /// An OSCAL risk status token (`open`, `deviation-approved`, `closed`).
        var status: String
        var characterizations: [Characterization]
        var mitigatingFactors: [MitigatingFactor]
        var remediations: [Response]
        /// The risk log; empty when there is nothing to log (OSCAL requires one entry or none).
        var logEntries: [LogEntry]
    }

    /// Facets of a risk from one origin.
    struct Characterization {
        /// The party whose assessment this is.
        var actorPartyUUID: String
        var facets: [Facet]
    }

    struct Facet {
        var name: String
        /// The naming system of `name`.
        var system: String
        var value: String
        /// OSCAL's `state` property: `initial` (before treatment) or `adjusted` (residual).
        var props: [Property]
        var remarks: [String] = []
    }

    struct MitigatingFactor {
        var uuid: String
        var description: [String]
        var props: [Property]
    }

    /// A risk response (`remediation` in JSON).
    struct Response {
        var uuid: String
        /// `recommendation`, `planned` or `completed`.
        var lifecycle: String
        var title: String
        var description: [String]
        var props: [Property]
        var tasks: [Task]
    }

    struct Task {
        var uuid: String
        /// `action` or `milestone`.
        var type: String
        var title: String
        /// A date-time for `timing/on-date`.
        var onDate: String?
    }

    struct LogEntry {
        var uuid: String
        var title: String
        var description: [String]
        var start: String
        var props: [Property]
    }
}
