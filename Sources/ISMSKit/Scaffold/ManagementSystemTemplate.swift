/// The example records `isms init` writes into the management-system folders: one commented
/// record of each kind, marked `example: true`, to be adapted or deleted. None of them claims
/// what has not happened: the audit is only planned and the review not yet held, so clauses 9.2
/// and 9.3 stay open (E700) until real records exist.
enum ManagementSystemTemplate {
    static func files(today: CalendarDate) -> [(path: String, content: String)] {
        let year = today.year
        return [
            ("\(RegisterLayout.objectivesFolder)/OBJ-01.yaml", objective(year: year)),
            ("\(RegisterLayout.auditsFolder)/IA-\(year).yaml", audit(planned: today.adding(months: 2), year: year)),
            ("\(RegisterLayout.nonconformitiesFolder)/NC-\(year)-01.yaml", nonconformity(today: today, year: year)),
            ("\(RegisterLayout.reviewsFolder)/MR-\(year).yaml", review(date: today.adding(months: 3), year: year)),
        ]
    }

    static func objective(year: Int) -> String {
        """
        # An information security objective (ISO/IEC 27001 6.2): an example to adapt or delete.
        # Every key is described by `isms docs register-format`.
        id: OBJ-01
        objective: "Every employee completes the security awareness training each year"
        measure:
          what: share of employees trained this year
          target: 100
          unit: "%"
          # at-least: the target or more meets it; at-most: the target or less.
          direction: at-least
          # How often it is measured; without a measurement in this period, isms check warns (W702).
          every: 6 months
        owner: "(to fill in)"
        due: \(year)-12-31
        # Add one item per measurement: `- {date: YYYY-MM-DD, value: 80}`.
        measurements: []
        status: active
        controls: [A.6.3]
        example: true

        """
    }

    static func audit(planned: CalendarDate, year: Int) -> String {
        """
        # An internal audit of the programme (ISO/IEC 27001 9.2): an example to adapt or delete.
        # Once performed, add `performed: YYYY-MM-DD` and `report:` (the evidence record of the
        # report); the nonconformities it raises name it in their `raised-in`.
        id: IA-\(year)
        title: "Internal audit \(year)"
        planned: \(planned)
        # Clauses (clause-4 covers 4.1 to 4.4), Annex A themes (A.5) and controls (A.5.1).
        scope: [clause-4, clause-5, clause-6, clause-7, clause-8, clause-9, clause-10]
        criteria: "ISO/IEC 27001:2022 and the information security policy"
        # Someone who does not own a control in the scope (9.2.2).
        auditor: "(to fill in)"
        example: true

        """
    }

    static func nonconformity(today: CalendarDate, year: Int) -> String {
        """
        # A nonconformity, observation or opportunity for improvement (ISO/IEC 27001 10.2): an
        # example to adapt or delete. A major or minor one is closed only with a root cause,
        # corrective actions and an effectiveness review that found them effective (E704).
        id: NC-\(year)-01
        title: "Example: access rights not reviewed this quarter"
        # internal-audit, external-audit, incident, management-review or complaint.
        source: complaint
        # major, minor, observation or opportunity.
        grade: observation
        requirement: A.5.18
        description: "What was found, as facts."
        raised: \(today)
        correction: ""
        root-cause: ""
        actions:
          - action: "Review the access rights"
            owner: "(to fill in)"
            due: \(today.adding(months: 1))
        # Add `date`, `by`, `result` and `effective` once reviewed.
        effectiveness:
          due: \(today.adding(months: 3))
        example: true

        """
    }

    static func review(date: CalendarDate, year: Int) -> String {
        let inputs = ManagementReview.Input.allCases.map { input in
            "  # \(input.title)\n  \(input.rawValue): \"\""
        }
        return """
            # A management review (ISO/IEC 27001 9.3): an example to adapt or delete. `isms review
            # draft` writes its inputs from the register; until it is held (`date` on or before
            # the as-of date), clause 9.3 stays open.
            id: MR-\(year)
            date: \(date)
            attendees: [Management, Security Officer]
            inputs:
            \(inputs.joined(separator: "\n"))
            decisions:
              - decision: "What top management decided."
                actions: []
            example: true

            """
    }
}
