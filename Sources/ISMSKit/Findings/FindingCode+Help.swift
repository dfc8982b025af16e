extension FindingCode {
    /// A short name for the code, as rule titles in SARIF and `isms explain` show it.
    public var title: String { help.title }

    /// What the code means and how to fix it.
    public var explanation: String { help.fix }

    private var help: (title: String, fix: String) {
        switch self {
        case .yamlSyntax:
            (
                "YAML does not parse",
                "The record is not valid YAML. Fix the syntax at the line and column given; quote values that contain `: ` or start with a special character."
            )
        case .missingKey:
            (
                "Required key missing",
                "Add the key named in the message. docs/register-format.md lists the required keys of each kind of record."
            )
        case .wrongType:
            (
                "Value has the wrong type",
                "The value must have the type named in the message (text, list, mapping, true/false, date YYYY-MM-DD)."
            )
        case .unknownKey:
            (
                "Unknown key",
                "The record has a key that isms does not know, often a typo. Rename it to the key suggested, or remove it."
            )
        case .invalidValue:
            (
                "Value not allowed",
                "The value is not one the key allows (an enumeration, a date, a duration such as `12 months`, an id, a SHA-256 of 64 hex digits). Use one of the values named in the message."
            )
        case .unreadableRecord:
            (
                "Record cannot be read",
                "The file is not a text YAML record: too large, binary, not UTF-8, nested too deeply, or it expands to too many nodes. Replace it with a plain record."
            )
        case .placeholderLeft:
            (
                "Placeholder left in a record",
                "A value still holds the `(to fill in)` placeholder that `isms init` wrote. Replace it with the real value before the audit (or delete the example record that holds it)."
            )
        case .duplicateID:
            (
                "Duplicate id",
                "Two records share one id. Ids must be unique across controls, processing activities, parties and evidence; rename one."
            )
        case .noCurrentEvidence:
            (
                "Applicable control without current evidence",
                "The control is applicable but no evidence record supports it on the as-of date. Add evidence (`supports:` naming the control) collected within its freshness period, or decide that the control is not applicable and justify it."
            )
        case .annexAControlMissing:
            (
                "Annex A control missing",
                "The Statement of Applicability must decide on all 93 Annex A controls. Add the record named in the message (`isms init` writes a template for every control)."
            )
        case .annexAControlDuplicated:
            ("Annex A control duplicated", "Two records describe the same Annex A control. Keep one.")
        case .notInCatalog:
            (
                "Not an Annex A control",
                "The id is not one of the 93 controls of ISO/IEC 27001:2022 Annex A (`isms catalog` lists them). Fix the id, or move an organisation-specific control to controls/custom/ with an id that does not start with `A.`."
            )
        case .applicabilityMissing:
            (
                "Applicability not decided",
                "Set `applicable: true` or `applicable: false`. The Statement of Applicability needs a decision for every control."
            )
        case .justificationMissing:
            (
                "Justification missing",
                "Write why the control is included or excluded in `justification`. The Statement of Applicability requires a reason either way."
            )
        case .customIDLooksLikeAnnexA:
            (
                "Custom control with an Annex A id",
                "Ids starting with `A.` are reserved for Annex A controls under controls/annex-a/. Give the organisation-specific control another id."
            )
        case .inclusionUnjustified:
            (
                "Inclusion without a reason",
                "The control is applicable but no risk names it in `controls`, it has no `requirements` and no `justification`. Trace it to the risk it treats (name it in the risk's `controls`), add the law, contract or policy that requires it to `requirements`, or exclude it with a justification."
            )
        case .titleDiffersFromCatalog:
            (
                "Title differs from the standard",
                "The title differs from the official Annex A title. Use the title `isms catalog` prints, so the auditor can compare."
            )
        case .applicableNotStarted:
            (
                "Applicable control not started",
                "The control is applicable but its `status` is `not-started`: evidence alone does not make it ready for the audit. Start it (`planned` with a dated treatment action of a risk that names it, `partial` or `implemented`), or exclude it with a justification."
            )
        case .plannedWithoutAction:
            (
                "Planned control without a dated action",
                "The control is applicable and only `planned`, and no risk that names it in `controls` has a `planned` treatment action with a `due` date. Add such an action to the risk (who does what by when), or update the status."
            )
        case .justificationRepeated:
            (
                "One justification on many controls",
                "More controls than `defaults.controls-per-justification` (default 5) carry the same justification text, as when one sentence is copied into every file. An auditor reads the justification as the reason for this control's inclusion or exclusion: write each control's own reason (the risk, requirement or fact behind it), or raise the threshold in isms.yaml where the reason truly is shared."
            )
        case .soaNeverApproved:
            (
                "SoA never approved before the audit",
                "The planned audit (`audit.planned-date`) is within `defaults.warning-window` of the as-of date, or past, and no approval of the Statement of Applicability is recorded (6.1.3 d). Have it approved and record the approval with `isms approve soa --by NAME --role ROLE`, which ties it to the SoA's content by its SHA-256."
            )
        case .soaChangedSinceApproval:
            (
                "SoA changed since its approval",
                "The controls' applicability, status or justification differ from what the latest approval in controls/approvals/ recorded; the message names the controls and fields. When the change is intended, have the SoA approved again and record it with `isms approve soa --by NAME --role ROLE` (a new version); otherwise undo the change."
            )
        case .excludedButImplemented:
            (
                "Excluded control marked implemented",
                "The control is not applicable yet has status `implemented`. Either include it or set another status."
            )
        case .reviewOverdue:
            (
                "Review date passed",
                "The control or processing activity was to be reviewed by its `review-by` date, which has passed. Review the decision, justification and record, then set `review-by` to the next review date."
            )
        case .exclusionWithoutReviewDate:
            (
                "Exclusion without review date",
                "An Annex A control the SoA excludes needs a `review-by` date, so that the exclusion and its justification are revisited every audit cycle. Add `review-by: YYYY-MM-DD`, at the latest before the next audit."
            )
        case .inclusionNotTraced:
            (
                "Inclusion not traced to a risk or a requirement",
                "The Annex A control is applicable on its justification alone: no risk names it and it has no `requirements`. Auditors trace each SoA entry to the risk treatment (6.1.3) or to a requirement; name the control in the `controls` of the risk it treats, or list the law, contract or policy in `requirements`."
            )
        case .evidenceFileMissing:
            (
                "Evidence file missing",
                "The evidence record names a file that does not exist. Add the file beside the record or fix the path (paths are relative to the record's folder)."
            )
        case .evidenceExpired:
            (
                "Evidence expired",
                "The evidence was the last current evidence of the record named and is now past its freshness period or `expires` date (`expires` alone with `current-until-expires: true`). Collect new evidence, or renew the record with `isms evidence renew`."
            )
        case .collectedInFuture:
            (
                "Collected in the future",
                "`collected` is after the as-of date. Fix the date; evidence cannot be collected before it exists."
            )
        case .pathLeavesRegister:
            (
                "Evidence path leaves the register",
                "Evidence paths must stay inside the register: no absolute paths, no `..` above the root, no symbolic link that resolves outside. isms never opens such a file. Copy the file into evidence/."
            )
        case .checksumMismatch:
            (
                "SHA-256 differs from the pin",
                "The file changed since its `sha256` was recorded. If the change is intended, record the new hash (`isms evidence renew ID` re-pins the record's files); otherwise restore the file."
            )
        case .supportsUnknownID:
            (
                "Evidence supports an unknown id",
                "`supports` names an id that no control, processing activity or party has. Fix the id (the message suggests the closest one)."
            )
        case .evidenceFileNotRegular:
            (
                "Evidence is not a regular file",
                "The path names a folder, a device, a FIFO, a socket, a symbolic link loop or an unreadable file. Name a regular file."
            )
        case .checksumForUnlistedFile:
            (
                "SHA-256 pin for an unlisted file",
                "`sha256` pins a file that `files` does not list. Add the file to `files` or remove the pin."
            )
        case .evidenceExpiring:
            (
                "Evidence expiring soon",
                "The last current evidence of the record named expires within the warning window. Plan to collect new evidence."
            )
        case .orphanEvidenceFile:
            (
                "Evidence file not named by any record",
                "A file under evidence/ is not named by any evidence record. Name it in a record's `files` or remove it."
            )
        case .evidenceTooBroad:
            (
                "Evidence supports many controls",
                "The evidence record supports more controls than `defaults.controls-per-evidence` (default 10). One document, such as a policy, rarely shows that many controls are in place: it makes them all look covered while proving little of each. Give each control evidence of its own operation (a log, a review record, a configuration), keep the record for the controls it truly shows, or raise the threshold in isms.yaml."
            )
        case .purposesMissing:
            ("Processing without purposes", "GDPR Art. 30(1)(b): list the purposes of the processing in `purposes`.")
        case .legalBasisMissing:
            (
                "Processing without legal basis",
                "GDPR Art. 6(1): set `legal-basis` to consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests."
            )
        case .retentionMissing:
            (
                "Processing without retention",
                "GDPR Art. 30(1)(f): state in `retention` how long the data is kept (a period such as `90 days`, or a rule). Write `undetermined` if it is not yet decided."
            )
        case .processorWithoutAgreement:
            (
                "Processor without current agreement",
                "GDPR Art. 28: a processor that receives personal data needs a processing agreement. Add current evidence (the agreement or its summary) that supports the party."
            )
        case .transferWithoutSafeguard:
            (
                "Transfer outside the EEA without safeguard",
                "GDPR Chapter V: a transfer to a country outside the EEA needs a safeguard (adequacy, SCC, BCR, DPF or a derogation). Name it."
            )
        case .consentWithoutEvidence:
            (
                "Consent without evidence of the mechanism",
                "GDPR Art. 7(1): processing based on consent needs current evidence of how consent is obtained and withdrawn (a form screenshot, a log). Add evidence that supports the processing activity."
            )
        case .protectingControlInvalid:
            (
                "Protecting control unknown or excluded",
                "`controls` of a processing activity names a control that does not exist or is not applicable. Name applicable controls only."
            )
        case .recipientUnknown:
            (
                "Recipient unknown",
                "`recipients` names a party that has no record under controls/parties/. Add the party or fix the id."
            )
        case .processingUnknown:
            (
                "Processing activity unknown",
                "A control's `processing` names a processing activity that has no record under controls/processing/. Fix the id."
            )
        case .specialCategoriesWithoutCondition:
            (
                "Special categories without an Art. 9(2) condition",
                "GDPR Art. 9(2): special-category data may be processed only under one of its conditions, in addition to an Art. 6 basis. Name it in `special-categories-condition` (explicit-consent, employment, vital-interests, not-for-profit, made-public, legal-claims, substantial-public-interest, health-care, public-health or archiving-research)."
            )
        case .purposeBasisInvalid:
            (
                "Purpose without its legal basis",
                "GDPR Art. 6(1): when `legal-basis` lists more than one basis, write each purpose as a mapping (`- purpose: ...` with `legal-basis: ...`) that names the basis it rests on, one of the activity's `legal-basis`."
            )
        case .processorWithoutController:
            (
                "Processing as processor without controller",
                "GDPR Art. 30(2)(a): a record of processing carried out as a processor names each controller on whose behalf it is done. List them in `controllers` (party ids or names)."
            )
        case .retentionUndetermined:
            (
                "Retention undetermined",
                "The retention of this processing is not yet decided. Decide it and record it; the GDPR requires a time limit where possible."
            )
        case .requestOverdue:
            (
                "Data-subject request overdue",
                "The request has no `answered` date and its due date, `received` plus `defaults.request-deadline` (4 weeks unless set), has passed. Answer the data subject now and record `answered` and `outcome`; GDPR Art. 12(3) allows one month, extended only when the data subject is told why within that month."
            )
        case .requestDateImpossible:
            (
                "Request date impossible",
                "A date of the request is before `received` (`identity-verified` or `answered`) or after the as-of date. Fix the date as the request log shows it."
            )
        case .requestDueSoon:
            (
                "Data-subject request due soon",
                "The request is open and its due date (`received` plus `defaults.request-deadline`) is at most 7 days away. Answer it, or tell the data subject in time why more time is needed (GDPR Art. 12(3))."
            )
        case .requestAnsweredLate:
            (
                "Data-subject request answered late",
                "The request was answered after its due date, `received` plus `defaults.request-deadline`. The date cannot be corrected after the fact: keep the record as it is, record the cause and the corrective action (ISO/IEC 27001 clause 10.2), and the audit pack shows the request as late."
            )
        case .requestMayHoldPersonalData:
            (
                "Request record may hold personal data",
                "The `reference` or `outcome` of the request looks like an e-mail address or phone number. Request records name the request, never the person: use a reference number such as `DSR-2026-001` and keep contact details in the request file itself. Packs leave such a reference out."
            )
        case .riskMethodMissing:
            (
                "Risk records without a risk method",
                "The register holds risk records but isms.yaml has no `risk` section, so their levels mean nothing. Add the method: scales, level grid, acceptance criteria and review cycle (`isms init` writes a default; docs/register-format.md describes it)."
            )
        case .riskMethodInvalid:
            (
                "Risk method cannot be applied",
                "The `risk` section of isms.yaml is incomplete or inconsistent: each scale has 3 to 6 steps, the grid has a row per likelihood with a level per impact, names only known levels and never gives a lower level for a higher likelihood or impact, and every level above `retain-up-to` has someone in `accepted-by`. Fix the place the message names."
            )
        case .riskScaleValueUnknown:
            (
                "Not on the risk method's scales",
                "A likelihood, impact or level in a risk record is not a key of the method's scales in isms.yaml. Use one of the keys; the message suggests the closest."
            )
        case .residualAboveInherent:
            (
                "Residual risk higher than inherent",
                "Treatment cannot make a risk more likely or worse: the residual likelihood or impact is higher than the inherent one. Reassess both."
            )
        case .residualNotAccepted:
            (
                "Residual risk above the criteria without acceptance",
                "The residual level is above `risk.acceptance.retain-up-to` and the risk owner has not accepted it (6.1.3 f). Treat the risk further, or record the owner's `acceptance` with the level accepted and until when."
            )
        case .acceptanceBelowResidual:
            (
                "Risk grew after it was accepted",
                "The acceptance was for a lower level than today's residual level. The owner must accept the risk again at its current level, or it must be treated further."
            )
        case .acceptanceExpired:
            (
                "Risk acceptance expired",
                "The acceptance's `until` date has passed. Review the risk with its owner and record a new acceptance, or treat it further."
            )
        case .acceptanceNotAuthorised:
            (
                "Risk accepted by someone not authorised",
                "The acceptance criteria in isms.yaml (`risk.acceptance.accepted-by`) name who may accept each level. The acceptance's `by` is not that role, nor one that may accept a higher level. Have the right role accept it."
            )
        case .treatmentWithoutControls:
            (
                "Risk modified without controls",
                "A risk with `treatment: modify` must name the controls that modify it in `controls`."
            )
        case .riskControlInvalid:
            (
                "Risk names an unknown or excluded control",
                "The risk's `controls` names a control that does not exist or is not applicable. A risk can only be treated by controls the SoA includes: fix the id or include the control."
            )
        case .excludedControlTreatsRisk:
            (
                "Excluded control relied on by a risk",
                "The control is excluded from the SoA, yet a risk names it as treatment. Include the control, or change the risk's treatment."
            )
        case .treatmentActionOverdue:
            (
                "Treatment action overdue",
                "A planned treatment action of the risk is past its `due` date. Do it and remove it from `planned` (updating the residual rating), or replan it with a new date and the owner's agreement."
            )
        case .acceptanceExpiring:
            (
                "Risk acceptance expiring soon",
                "The acceptance's `until` date falls within the warning window. Plan the review with the risk owner."
            )
        case .clauseUndocumented:
            (
                "Clause without documented information",
                "A clause of ISO/IEC 27001 that requires documented information has none on the as-of date. Add current evidence with `supports: [clause-N]`, or the register records that are that information: risk records for 6.1.2, 8.2 and 8.3, the SoA and treated risks for 6.1.3, objectives for 6.2, a performed internal audit for 9.2, a held management review for 9.3, nonconformity records for 10.2 (docs/management-system.md lists them)."
            )
        case .managementReferenceUnknown:
            (
                "Management-system record names an unknown id",
                "An objective, internal audit, nonconformity or management review links to an id the register does not hold: a control, risk, evidence record, audit, review or clause (`isms catalog --clauses` lists the clause ids). Fix the id; the message suggests the closest."
            )
        case .internalAuditOverdue:
            (
                "Internal audit overdue",
                "No internal audit was performed within `internal-audit.interval` before the as-of date (9.2). Perform the next audit of the programme and record its `performed` date and report."
            )
        case .majorCorrectiveActionOverdue:
            (
                "Corrective action of a major nonconformity overdue",
                "A corrective action of an open major nonconformity is past its `due` date and not done. Do it and record `done`, or replan it with top management's agreement: a major nonconformity left open puts certification at risk."
            )
        case .closedWithoutFollowUp:
            (
                "Nonconformity closed without follow-up",
                "A major or minor nonconformity was closed without what 10.2 requires: a `root-cause`, at least one corrective action, and an effectiveness review done on or before closing that found the actions effective. Add what the message names, or reopen the nonconformity."
            )
        case .majorOpenAtAudit:
            (
                "Major external-audit nonconformity open at the audit",
                "A major nonconformity from the certification body is still open on or after the planned audit date (`audit.planned-date`), or an open action is due after it, so it cannot be closed in time. Bring the actions forward and close it, with its effectiveness review, before the audit."
            )
        case .managementReviewOverdue:
            (
                "Management review overdue",
                "No management review was held within `management-review.interval` before the as-of date (9.3). Hold the review and record it in controls/reviews/ with its inputs, decisions and minutes."
            )
        case .objectiveMissed:
            (
                "Objective missed",
                "An active objective's `due` date has passed and its latest measurement does not meet the target, or it was never measured (6.2). Record the measurement that meets it and set `status: achieved`, or set a new `due` date or withdraw it with management's decision."
            )
        case .objectiveNotMeasured:
            (
                "Objective not measured",
                "An active objective has no measurement within `measure.every` (by default `management-review.interval`) before the as-of date (6.2 e, 9.1). Measure it and add the result to `measurements`."
            )
        case .auditProgrammeGap:
            (
                "Audit programme does not cover everything",
                "Within the audit cycle that holds the as-of date (`internal-audit.cycle`), no internal audit, planned or performed, covers the clauses and applicable controls the message lists (9.2.2). Add them to the `scope` of a planned audit."
            )
        case .auditorNotIndependent:
            (
                "Auditor audits their own work",
                "The audit's `auditor` is the `owner` of controls in its scope, so the audit of those controls is not objective and impartial (9.2.2 c). Have another auditor audit them, or take them out of this audit's scope."
            )
        case .correctiveActionOverdue:
            (
                "Corrective action overdue",
                "An action of an open minor nonconformity, observation or opportunity for improvement is past its `due` date and not done. Do it and record `done`, or replan it with a new `due` date."
            )
        case .reviewInputEmpty:
            (
                "Management review input missing",
                "A management review does not record one or more of the inputs 9.3.2 requires. Write what the review considered under each input named, or state that there was nothing to consider."
            )
        case .reviewActionOverdue:
            (
                "Management review action overdue",
                "An action a management review decided on (9.3.3) is past its `due` date and not done. Do it and record `done`, or have the next review replan it."
            )
        case .breachNotNotified:
            (
                "Breach not notified within 72 hours",
                "A personal-data breach whose `risk` is `risk` or `high` has no `notified-authority`, and 72 hours have passed since `aware` (GDPR Art. 33(1)). Notify the supervisory authority now (for the Netherlands, the Autoriteit Persoonsgegevens' datalekmelding), then record `notified-authority` with its time and `delay-reason`. If the breach is in fact unlikely to result in a risk, set `risk: none` with the `reasoning` that shows why."
            )
        case .breachNotifiedLateUnexplained:
            (
                "Late notification without its reasons",
                "The supervisory authority was notified 72 hours or more after `aware`, and the record gives no `delay-reason`. A later notification must carry the reasons for the delay (Art. 33(1)): record them as they were given to the authority."
            )
        case .breachRiskUnreasoned:
            (
                "Breach not notified without reasoning",
                "A personal-data breach has `risk: none` and no `reasoning`. Not notifying is allowed only when the breach is unlikely to result in a risk to the rights and freedoms of people (Art. 33(1)), and the register must show why (Art. 33(5)). Note that the Art. 34 threshold (a high risk, for telling the data subjects) is not the Art. 33 one: a breach without a high risk may still have to be notified to the authority."
            )
        case .breachSubjectsNotInformed:
            (
                "High-risk breach not told to the data subjects",
                "A breach with `risk: high` has neither `data-subjects-informed` nor an `exemption`. Tell the data subjects without undue delay (Art. 34(1)) and record when, or record the Art. 34(3) ground (`34(3)(a)`, `(b)` or `(c)`) with its reasoning."
            )
        case .incidentTimeImpossible:
            (
                "Incident times that cannot be",
                "`aware` is before `detected`, an authority or the data subjects were told before `aware`, or a time lies after the as-of date. Correct the time; write each with its UTC offset or zone."
            )
        case .breachNotifiedLate:
            (
                "Breach notified after 72 hours",
                "The supervisory authority was notified 72 hours or more after `aware`, with the reasons recorded in `delay-reason`. A past notification cannot be made earlier: the warning stays in the record for the audit to see; review why it took so long (A.5.27)."
            )
        case .incidentOpenTooLong:
            (
                "Incident open too long",
                "The incident has no `closed` date and `aware` is longer ago than `defaults.incident-close` (default 30 days). Close it with its `remedial-action` and `lessons`, or record why it is still open and raise the window in isms.yaml."
            )
        case .breachNotificationDue:
            (
                "Breach notification due",
                "A personal-data breach that must be notified (`risk: risk` or `high`) has no `notified-authority` yet, and its 72 hours have not passed: the message gives the deadline and the hours left. Notify the supervisory authority before then."
            )
        case .incidentMayHoldPersonalData:
            (
                "Incident record may hold personal data",
                "A text of the incident looks like an e-mail address or phone number. Incident records describe what happened by reference and numbers, never naming people: keep contact details in the incident file itself."
            )
        }
    }
}
