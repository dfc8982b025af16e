/// Assigns each finding to the record it concerns (by the record's file), for formats that group
/// findings per control, processing activity or party.
struct FindingSubjects {
    enum Kind: Int, CaseIterable, Comparable {
        case annexA, custom, processing, party, evidence, file

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        var suiteName: String {
            switch self {
            case .annexA: "Statement of Applicability"
            case .custom: "Custom controls"
            case .processing: "Processing activities"
            case .party: "Parties"
            case .evidence: "Evidence"
            case .file: "Register files"
            }
        }

        var package: String {
            switch self {
            case .annexA: "isms.soa"
            case .custom: "isms.custom"
            case .processing: "isms.processing"
            case .party: "isms.parties"
            case .evidence: "isms.evidence"
            case .file: "isms.files"
            }
        }
    }

    struct Subject: Hashable {
        let kind: Kind
        let name: String
    }

    /// Every record of the register as a subject, plus the Annex A controls the register lacks.
    let subjects: [Subject]
    private let byPath: [String: Subject]

    init(_ report: CheckReport) {
        var byPath: [String: Subject] = [:]
        var subjects: [Subject] = []
        func add(_ kind: Kind, _ name: String, _ path: String) {
            let subject = Subject(kind: kind, name: name)
            if byPath[path] == nil { byPath[path] = subject }
            subjects.append(subject)
        }
        let register = report.register
        for control in register.controls {
            add(control.catalogEntry != nil ? .annexA : .custom, control.id, control.origin.path)
        }
        for entry in AnnexACatalog.controls where !register.controls.contains(where: { $0.id == entry.id }) {
            add(.annexA, entry.id, "\(RegisterLayout.annexAFolder)/\(entry.id).yaml")
        }
        for activity in register.processing { add(.processing, activity.id, activity.origin.path) }
        for party in register.parties { add(.party, party.id, party.origin.path) }
        for record in register.evidence { add(.evidence, record.id, record.origin.path) }
        self.byPath = byPath
        self.subjects = Array(Set(subjects))
    }

    /// The subject a finding belongs to: its record, else its file.
    func subject(of finding: Finding) -> Subject {
        byPath[finding.location.path] ?? Subject(kind: .file, name: finding.location.path)
    }
}
