import Foundation

/// The files of a new register: `isms.yaml`, a record for each of the 93 Annex A controls with
/// the decision left open, the folders, and a README telling the compliance lead what to fill in.
public enum RegisterTemplate {
    /// How every value the compliance lead must supply starts (`(to fill in)`, `(to fill in: …)`);
    /// `isms check` reports each one left (E107).
    public static let placeholder = "(to fill in"

    /// True for a value still holding the placeholder: reported once as E107, so the checks of
    /// what the value should be (a scale level, a country code) say nothing more of it.
    public static func holdsPlaceholder(_ value: String) -> Bool { value.contains(placeholder) }

    /// Register-relative path and content of every file of a new register, in a fixed order.
    public static func files(organisation: String, today: CalendarDate) -> [(path: String, content: String)] {
        var files: [(String, String)] = [
            (RegisterLayout.settingsFile, settings(organisation: organisation, year: today.year, today: today)),
            ("README.md", readme(organisation: organisation)),
        ]
        for control in AnnexACatalog.controls {
            files.append(("\(RegisterLayout.annexAFolder)/\(control.id).yaml", record(for: control)))
        }
        for folder in [
            RegisterLayout.customFolder, RegisterLayout.processingFolder, RegisterLayout.partiesFolder,
            RegisterLayout.requestsFolder, RegisterLayout.risksFolder, RegisterLayout.evidenceFolder,
            RegisterLayout.reportsFolder,
        ] {
            files.append(("\(folder)/.gitkeep", ""))
        }
        files += ManagementSystemTemplate.files(today: today)
        files.append((".gitignore", ".isms/\n/reports/*/\n/reports/*.zip\n"))
        return files
    }

    static func settings(organisation: String, year: Int, today: CalendarDate) -> String {
        """
        # The register of \(YAMLText.sentence(organisation)) Every key is described in
        # `isms docs register-format`. Replace each "(to fill in)" before the audit.
        organisation:
          name: \(YAMLText.quoted(organisation))
          address: "(to fill in)"
          contact-email: "(to fill in)"
          security-officer: "(to fill in)"
          supervisory-authority: "(to fill in)"
        scope: "(to fill in: which organisation, locations, services and systems the ISMS covers)"
        standard: ISO/IEC 27001:2022
        audit:
          id: "\(year)"
          period-start: \(year)-01-01
          period-end: \(year)-12-31
          certification-body: "(to fill in)"
        defaults:
          freshness: 12 months
          warning-window: 30 days
          # How soon data-subject requests are answered at most; the GDPR's limit is one month (Art. 12(3)).
          request-deadline: 4 weeks
        # The internal audit programme (9.2.2): within each cycle, normally the three-year certification
        # cycle, the audits cover every clause 4.1 to 10.2 and every applicable control; one is due each interval.
        internal-audit:
          cycle: 3 years
          cycle-start: \(year)-01-01
          interval: 12 months
        # How often top management reviews the ISMS (9.3).
        management-review:
          interval: 12 months
        # How risks are assessed and who may accept them (ISO/IEC 27001 6.1.2); adapt it to the organisation.
        \(RiskMethodTemplate.section)report-language: en

        """
    }

    static func record(for control: CatalogControl) -> String {
        """
        id: \(control.id)
        title: \(YAMLText.quoted(control.title))
        # Decide: true if the control applies to the organisation, false if not.
        applicable:
        # Why the control is included (risk, law, contract) or why it is excluded.
        justification: ""
        status: not-started
        owner: "(to fill in)"
        narrative: |
          How this control is implemented here.

        """
    }

    static func readme(organisation: String) -> String {
        """
        # ISMS register of \(organisation)

        This folder is an ISO/IEC 27001:2022 register kept by `isms`. Fill it in, commit it, and run
        `isms check` to see every gap; a CI pipeline runs the same command and fails while any remains.

        ## What to fill in

        1. `isms.yaml`: the organisation's details, the scope of the ISMS, the audit cycle.
        2. `controls/annex-a/`: one record per Annex A control. For each, decide `applicable`
           (true or false), write the `justification` either way, set `status` and `owner`, and
           describe in `narrative` how the control is implemented.
        3. `controls/custom/`: controls of the organisation's own, if any.
        4. `controls/processing/`: the GDPR Art. 30 record, one file per processing activity.
        5. `controls/parties/`: processors, recipients and other third parties.
        6. `controls/requests/`: data-subject requests, one file per request, named and identified
           by its reference number (never by the person): `received`, `answered`, `outcome`.
        7. `controls/risks/`: the risk register, one file per risk: what is at risk, its owner, its
           likelihood and impact before and after treatment on the scales of `isms.yaml`, the
           controls that treat it, and the owner's acceptance of what remains. Each applicable
           control is traced to a risk (or to a `requirements` entry such as a law).
        8. `controls/objectives/`, `controls/audits/`, `controls/nonconformities/` and
           `controls/reviews/`: the management system of clauses 6.2, 9.2, 10.2 and 9.3: the
           objectives with their measurements, the internal audit programme, the nonconformities
           with their corrective actions, and the management reviews. Each folder holds one
           example record (`example: true`) to adapt or delete; `isms review draft` writes the
           inputs of the next management review from the register.
        9. `evidence/`: evidence files with a `NAME.evidence.yaml` record beside them that says
           what they support (`supports:`) and when they were collected.

        Evidence may support a clause as well as a control (`supports: [clause-5.2, A.5.1]`):
        `isms catalog --clauses` lists the clauses and marks those that require documented
        information.

        `isms check` lists what is still missing, with the file and line of each gap.

        """
    }
}

/// Writing values into YAML templates safely.
enum YAMLText {
    /// A double-quoted YAML scalar with every special character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\x%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A name ending a sentence inside a comment: the full stop only when the name does not end
    /// in one already ("Nieuw B.V.", not "Nieuw B.V..").
    static func sentence(_ text: String) -> String {
        let line = comment(text)
        return line.hasSuffix(".") ? line : line + "."
    }

    /// Text safe inside a `#` comment (one line).
    static func comment(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    }
}
