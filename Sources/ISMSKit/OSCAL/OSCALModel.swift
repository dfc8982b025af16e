/// The part of the OSCAL 1.0.6 assessment-results model that isms exports, built once from a
/// check and rendered as XML and as JSON, so both formats carry the same values.
///
/// Every string here already obeys OSCAL's value rules (`OSCALText`); markup fields (titles,
/// descriptions, remarks) hold plain text, one paragraph per element of a `[String]`.
enum OSCAL {
    static let version = "1.0.6"
    static let xmlNamespace = "http://csrc.nist.gov/ns/oscal/1.0"
    /// The `ns` of every property isms defines (OSCAL's own property names need none).
    static let propertyNamespace = "urn:isms:oscal"

    struct AssessmentResults {
        var uuid: String
        var metadata: Metadata
        var importAP: ImportAP
        var results: [Result]
        var backMatter: [Resource]
    }

    struct Metadata {
        var title: String
        var published: String
        var lastModified: String
        var version: String
        var props: [Property]
        var parties: [Party]
    }

    struct Property {
        var name: String
        var value: String
        /// Nil for a property OSCAL defines.
        var ns: String? = OSCAL.propertyNamespace
    }

    struct Link {
        var href: String
        var rel: String?
    }

    struct Party {
        var uuid: String
        var type: String
        var name: String?
        var links: [Link]
        var emailAddresses: [String]
        var telephoneNumbers: [String]
        var addressLines: [String]
    }

    struct ImportAP {
        var href: String
        var remarks: [String]
    }

    struct Result {
        var uuid: String
        var title: String
        var description: [String]
        var start: String
        var end: String?
        var props: [Property]
        var reviewedControls: ReviewedControls
        var observations: [Observation]
        var risks: [Risk]
        var findings: [Finding]
        var remarks: [String]
    }

    struct ReviewedControls {
        var description: [String]
        /// Control tokens selected one by one; when empty, `include-all` with `excludeControls`.
        var includeControls: [String]
        var excludeControls: [String]
    }

    struct Observation {
        var uuid: String
        var title: String
        var description: [String]
        var props: [Property]
        var methods: [String]
        var relevantEvidence: [RelevantEvidence]
        var collected: String
        var expires: String?
    }

    struct RelevantEvidence {
        var href: String?
        var description: [String]
        var props: [Property]
        var links: [Link]
    }

    struct Finding {
        var uuid: String
        var title: String
        var description: [String]
        var props: [Property]
        var target: Target
        var relatedObservations: [String]
        /// The risks the control treats (`associated-risk`; `related-risks` in JSON).
        var associatedRisks: [String]
    }

    struct Target {
        var type: String
        var targetID: String
        var title: String
        var state: String
        var reason: String
        var implementationStatus: String?
    }

    struct Resource {
        var uuid: String
        var title: String
        var description: [String]
        var props: [Property]
        var rlinks: [ResourceLink]
    }

    struct ResourceLink {
        var href: String
        var sha256: String?
    }
}
