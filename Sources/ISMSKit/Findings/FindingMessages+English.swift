/// The English wording of every finding message: what `isms check` prints in every format, and
/// what a pack in English shows.
extension FindingMessage {
    public var english: String {
        switch self {
        // Reading files
        case .recordNotRegularFile(let symbolicLink):
            "cannot read record: it is \(symbolicLink ? "a symbolic link" : "not a regular file"); records must be plain files"
        case .recordUnreadable(let reason): "cannot read record: \(Self.english(reason))"
        case .yamlSyntax(let detail, let hint): "YAML syntax error: \(detail)" + (hint.map(Self.english) ?? "")
        case .yamlDuplicateKeys(let keys):
            "duplicate key \(keys.map { "`\($0)`" }.joined(separator: ", ")) in one mapping"
        case .yamlError(let error): "YAML error: \(error)"

        // Reading keys and values
        case .recordNotMapping(let kind): "a \(kind) record must be a mapping of keys to values"
        case .keysNotPlainWords: "keys must be plain words"
        case .unknownKey(let key, let kind, let suggestion): "unknown key `\(key)` in \(kind)" + Self.hint(suggestion)
        case .keyMissing(let subject, let key): "\(Self.english(subject)) has no `\(key)`"
        case .valueEmpty(let key, let subject): "`\(key)` of \(Self.english(subject)) is empty"
        case .valueNotText(let key, let shape): "`\(key)` must be text, not a \(shape.rawValue)"
        case .valueNotList(let key, let shape, let syntaxHint):
            "`\(key)` must be a list\(syntaxHint ? " (`- item` lines or `[a, b]`)" : ""), not a \(shape.rawValue)"
        case .itemNotText(let key, let shape): "items of `\(key)` must be text, not a \(shape.rawValue)"
        case .valueNotBoolean(let key, let value): "`\(key)` must be `true` or `false`, not `\(value)`"
        case .valueNotDate(let key, let value): "`\(key)` must be a date written YYYY-MM-DD, not `\(value)`"
        case .valueNotPeriod(let key, let value):
            "`\(key)` must be a period such as `30 days` or `12 months`, not `\(value)`"
        case .valueNotNumber(let key, let value): "`\(key)` must be a number such as `95` or `99.5`, not `\(value)`"
        case .valueNotWholeNumber(let key, let least, let example, let value, let isCount):
            "`\(key)` must be a whole number\(least.map { " of at least \($0)," } ?? "") such as `\(example)`, not `\(value)`\(isCount ? ": a count, never names" : "")"
        case .valueNotAllowed(let key, let value, let allowed, let suggestion):
            "`\(key)` is `\(value)`; allowed: \(allowed.joined(separator: ", "))" + Self.hint(suggestion)
        case .itemNotAllowed(let key, let value, let allowed, let suggestion):
            "`\(key)` names `\(value)`; allowed: \(allowed.joined(separator: ", "))" + Self.hint(suggestion)
        case .placeholderLeft(let key, let subject, let placeholder):
            "`\(key)` of \(Self.english(subject)) still holds the placeholder `\(placeholder))`: fill it in"
        case .periodNotPositive(let key): "`\(key)` must be longer than 0 days"
        case .dateBefore(let key, let date, let otherKey, let other):
            "`\(key)` \(date) is before `\(otherKey)` \(other)"
        case .idInvalid(let id):
            "id `\(id)` is not valid: use letters, digits, `.`, `_` and `-`, starting with a letter or digit"
        case .countryCodeInvalid(let key, let value):
            "`\(key)` must be an ISO 3166-1 alpha-2 code such as `NL` or `US`, not `\(value)`"
        case .timeInvalid(let key, let detail): "`\(key)`: \(detail)"

        // Record kinds
        case .processorOnlyKey(let key): "`\(key)` belongs to a record of processing as a processor (`role: processor`)"
        case .purposeItemShape(let shape):
            "items of `purposes` must be text or a mapping `{purpose, legal-basis}`, not a \(shape.rawValue)"
        case .purposesNone(let subject): "\(Self.english(subject)) lists no purposes"
        case .evidenceSupportsNothing: "evidence supports nothing: name at least one id"
        case .evidenceCurrentUntilExpiresWithoutExpires:
            "`current-until-expires: true` needs the `expires` date it keeps the evidence current until: add `expires: YYYY-MM-DD` (the end of the agreement or certificate), or remove the key to let the freshness decide"
        case .evidenceNoFiles: "evidence lists no files"
        case .evidenceFileNotPath: "items of `files` must be file paths"
        case .evidenceFileTwice(let path): "`files` lists `\(path)` twice"
        case .evidenceChecksumsNotMapping: "`sha256` must map each file to its SHA-256 (`file.pdf: 9f86…`)"
        case .evidenceChecksumEntryShape: "`sha256` entries must be `file: hex digest`"
        case .evidenceChecksumNotHex(let file): "the SHA-256 of `\(file)` must be 64 hexadecimal digits"
        case .breachWithoutFlag(let subject):
            "\(Self.english(subject)) has a `breach` but `personal-data-breach` is not `true`: set it to `true`, or remove `breach`"
        case .requestAnsweredWithoutOutcome(let subject):
            "\(Self.english(subject)) has an `answered` date but no `outcome`"
        case .riskAffectsNotAllowed(let value, let allowed, let suggestion):
            "`affects` lists `\(value)`; allowed: \(allowed.joined(separator: ", "))" + Self.hint(suggestion)
        case .riskAcceptanceUntilBeforeDate(let until, let date):
            "acceptance `until` \(until) is before its `date` \(date)"

        // The risk method
        case .riskScaleStepTwice(let scale, let step): "`risk.\(scale)` names `\(step)` twice"
        case .riskScaleSize(let scale, let steps): "`risk.\(scale)` has \(steps) steps; a scale has 3 to 6"
        case .riskGridNotMapping: "`risk.grid` must map each likelihood key to a list of levels"
        case .riskGridRowNotLikelihood(let row, let suggestion):
            "`risk.grid` has a row for `\(row)`, which is not a likelihood" + Self.hint(suggestion)
        case .riskGridRowLength(let row, let levels, let first, let last):
            "`risk.grid.\(row)` must list \(levels) levels, one for each impact from `\(first)` to `\(last)`"
        case .riskGridCellNotLevel(let row, let cell, let suggestion):
            "`risk.grid.\(row)` names `\(cell)`, which is not a risk level" + Self.hint(suggestion)
        case .riskGridRowMissing(let likelihood): "`risk.grid` has no row for likelihood `\(likelihood)`"
        case .riskGridNotMonotoneInImpact(let likelihood, let impact, let gives, let lower, let lowerImpact):
            "`risk.grid` is not monotone: likelihood `\(likelihood)` with impact `\(impact)` gives `\(gives)`, lower than `\(lower)` with the lower impact `\(lowerImpact)`"
        case .riskGridNotMonotoneInLikelihood(let likelihood, let impact, let gives, let lower, let lowerLikelihood):
            "`risk.grid` is not monotone: likelihood `\(likelihood)` with impact `\(impact)` gives `\(gives)`, lower than `\(lower)` with the lower likelihood `\(lowerLikelihood)`"
        case .riskRetainNotLevel(let retain, let suggestion):
            "`retain-up-to` is `\(retain)`, which is not a risk level" + Self.hint(suggestion)
        case .riskAcceptedByNotMapping: "`accepted-by` must map each level to the role that may accept it"
        case .riskAcceptedByNotLevel(let key, let suggestion):
            "`accepted-by` names `\(key)`, which is not a risk level" + Self.hint(suggestion)
        case .riskAcceptedByNoRole(let level): "`accepted-by.\(level)` must name a role"
        case .riskAcceptedByNobody(let level, let retain):
            "`accepted-by` names nobody who may accept a `\(level)` risk (above `retain-up-to: \(retain)`)"

        // Register settings
        case .standardUnsupported(let standard, let supported):
            "`standard` is `\(standard)`; isms supports `\(supported)`"
        case .timeZoneUnknown(let zone, let suggestion):
            "`time-zone` `\(zone)` is no zone of the tz database: write one such as `Europe/Amsterdam` or `UTC`"
                + Self.hint(suggestion)
        case .auditIDInvalid(let id):
            "audit `id` `\(id)` must be plain letters, digits, `.`, `_` or `-` (it names a folder)"
        case .auditPeriodReversed(let end, let start): "audit `period-end` \(end) is before `period-start` \(start)"

        // Statement of Applicability
        case .notInCatalog(let id, let customFolder, let suggestion):
            "`\(id)` is not an ISO/IEC 27001:2022 Annex A control\(customFolder.map { "; organisation-specific controls go in \($0)/" } ?? "")\(Self.hint(suggestion))"
        case .annexAControlDuplicated(let id, let first): "\(id) is already described in \(first)"
        case .titleDiffersFromCatalog(let id, let title): "title of \(id) differs from the standard's: `\(title)`"
        case .customIDLooksLikeAnnexA(let id, let folder):
            "`\(id)` starts with `A.`, which is reserved for Annex A records in \(folder)/"
        case .excludedButImplemented(let id): "\(id) is not applicable yet has status `implemented`"
        case .annexAControlMissing(let id, let title):
            "Annex A control \(id) (\(title)) is missing from the Statement of Applicability"
        case .inclusionUnjustified(let id):
            "\(id) is applicable, but no risk names it, it has no `requirements` and no `justification`"
        case .inclusionNotTraced(let id):
            "inclusion of \(id) is not traced to a risk or a requirement: no risk names it in `controls` and it has no `requirements`"
        case .applicableNotStarted(let id):
            "\(id) is applicable but `not-started`: start it (`planned` with a dated treatment action, `partial` or `implemented`) or exclude it with a justification"
        case .plannedWithoutAction(let id, let risks):
            "\(id) is applicable and only `planned`, and \(risks.isEmpty ? "no risk names it" : "its risks \(risks.map { "`\($0)`" }.joined(separator: ", ")) have none") with a dated treatment action: add a `planned` action with `due` to a risk that names \(id) in `controls`, or update the status"
        case .justificationRepeated(let count, let shown, let more, let limit):
            "the same justification is on \(count) controls (\(shown.joined(separator: ", "))\(more > 0 ? " and \(more) more" : "")), more than `defaults.controls-per-justification` (\(limit)): write each control's own reason, or raise the threshold in isms.yaml"
        case .controlReviewOverdue(let id, let reviewBy):
            "control \(id) was to be reviewed by \(reviewBy) (`review-by`); the date has passed"
        case .exclusionWithoutReviewDate(let id):
            "\(id) is excluded from the Statement of Applicability but has no `review-by` date for its justification"
        case .processingReviewOverdue(let id, let reviewBy):
            "processing `\(id)` was to be reviewed by \(reviewBy) (`review-by`); the date has passed"
        case .soaChangedSinceApproval(let version, let approvedOn, let changes, let more):
            "the Statement of Applicability changed since version \(version) was approved\(approvedOn.map { " on \($0)" } ?? ""): "
                + (changes.isEmpty
                    ? "its SHA-256 differs from the one approved, though no control's recorded summary does"
                    : changes.map(\.description).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : ""))
                + "; have it approved again (`isms approve soa`)"
        case .soaNeverApproved(let planned):
            "the Statement of Applicability has never been approved and the audit is planned on \(planned): record its approval with `isms approve soa --by NAME --role ROLE`"
        case .approvalDigestInvalid(let digest): "`sha256` must be 64 lowercase hex digits, not `\(digest)`"
        case .approvalIDMismatch(let version, let expected):
            "`id` of the approval of version \(version) must be `\(expected)`"
        case .approvalControlsNotMapping: "`controls` must map each control id to its approved summary"
        case .approvalControlNotLine(let key): "`controls.\(key)` must be one line of text"

        // Evidence and coverage
        case .noCurrentEvidence(let control): "applicable control \(control) has no current evidence"
        case .processorWithoutAgreement(let party):
            "processor \(party) has no current evidence of a processing agreement (GDPR Art. 28)"
        case .consentWithoutEvidence(let processing, let explicit):
            "processing \(processing) relies on \(explicit ? "explicit consent (GDPR Art. 9(2)(a))" : "consent") but has no current evidence of how consent is obtained"
        case .evidenceExpired(let id, let end, let of):
            "evidence `\(id)` expired on \(end); it was the last current evidence of \(of)"
        case .evidenceExpiring(let id, let end, let days, let of):
            "evidence `\(id)` expires on \(end) (in \(days) day\(days == 1 ? "" : "s")); it is the last current evidence of \(of)"
        case .collectedInFuture(let id, let collected, let asOf):
            "evidence `\(id)` is collected on \(collected), after the as-of date \(asOf)"
        case .supportsUnknownID(let evidence, let id, let clauseLike, let suggestion):
            "evidence `\(evidence)` supports `\(id)`, which no control, processing activity or party has"
                + (clauseLike ? " and which is no clause of `isms catalog --clauses`" : "") + Self.hint(suggestion)
        case .orphanEvidenceFile(let path): "`\(path)` is not named by any evidence record"
        case .evidenceTooBroad(let id, let count, let limit):
            "evidence `\(id)` supports \(count) controls, more than `defaults.controls-per-evidence` (\(limit)): one document rarely shows that many controls at work; give controls evidence of their own, or raise the threshold in isms.yaml"
        case .checksumForUnlistedFile(let path): "`sha256` pins `\(path)`, which `files` does not list"
        case .pathLeavesRegister(let path): "`\(path)` leaves the register; it was not opened"
        case .pathResolvesOutsideRegister(let path):
            "`\(path)` resolves outside the register through a symbolic link; it was not opened"
        case .evidenceFileMissing(let path, let dangling, let lookedFor):
            "`\(path)` does not exist\(dangling ? " (a symbolic link to nothing)" : "") (looked for \(lookedFor))"
        case .evidenceFileUnusable(let path, let detail): "`\(path)` cannot be used: \(detail)"
        case .evidenceFileNotRegular(let path, let kind): "`\(path)` is \(Self.english(kind)), not a regular file"
        case .evidenceFileUnreadable(let path, let detail): "`\(path)` cannot be read: \(detail)"
        case .checksumMismatch(let path, let actual, let pinned):
            "`\(path)` has SHA-256 \(actual), not the pinned \(pinned)"

        // Processing activities and parties
        case .duplicateID(let id, let first): "id `\(id)` is already used by \(first)"
        case .retentionUndetermined(let processing): "retention of processing `\(processing)` is undetermined"
        case .recipientUnknown(let id, let processing, let suggestion):
            "recipient `\(id)` of processing `\(processing)` has no party record" + Self.hint(suggestion)
        case .processingControlUnknown(let processing, let control, let suggestion):
            "processing `\(processing)` names unknown control `\(control)`" + Self.hint(suggestion)
        case .processingControlExcluded(let processing, let control):
            "processing `\(processing)` relies on \(control), which the SoA excludes as not applicable"
        case .transferWithoutSafeguard(let processing, let country):
            "transfer of processing `\(processing)` to \(country), outside the EEA, names no safeguard"
        case .partyTransferWithoutSafeguard(let party, let country):
            "party `\(party)` is in \(country), outside the EEA, and names no `transfer-safeguard`"
        case .processorWithoutController(let processing):
            "processing `\(processing)` is carried out as a processor but names no controller (GDPR Art. 30(2)(a))"
        case .specialCategoriesWithoutCondition(let processing):
            "processing `\(processing)` processes special categories but names no GDPR Art. 9(2) condition in `special-categories-condition`"
        case .purposeBasisNotListed(let purpose, let processing, let basis, let bases):
            "purpose `\(purpose)` of processing `\(processing)` rests on `\(basis)`, which is not among its `legal-basis` (\(bases.joined(separator: ", ")))"
        case .purposeBasisMissing(let purpose, let processing, let bases):
            "purpose `\(purpose)` of processing `\(processing)` names no basis; the activity has several (\(bases.joined(separator: ", "))): write it as `- purpose: …` with `legal-basis: …`"
        case .processingUnknown(let subject, let relation, let id, let suggestion):
            "\(Self.english(subject)) \(relation == .concerns ? "concerns" : "protects") unknown processing `\(id)`"
                + Self.hint(suggestion)
        case .referenceUnknown(let subject, let reference, let id, let suggestion):
            "\(Self.english(subject)) \(Self.english(reference)) `\(id)`: fix the id" + Self.hint(suggestion)

        // Data-subject requests
        case .requestReferenceDuplicate(let subject, let first):
            "\(Self.english(subject)) uses the reference of \(first)"
        case .requestReferencePersonal(let path):
            "the `reference` of the request in \(path) looks like an e-mail address or phone number; use a reference number such as `DSR-2026-001`"
        case .requestOutcomePersonal(let subject):
            "the `outcome` of \(Self.english(subject)) looks like it holds an e-mail address or phone number; describe the answer without contact details"
        case .requestReceivedAfterAsOf(let subject, let received, let asOf):
            "\(Self.english(subject)) was received on \(received), after the as-of date \(asOf)"
        case .requestDateBeforeReceived(let key, let date, let subject, let received):
            "`\(key)` \(date) of \(Self.english(subject)) is before it was received (\(received))"
        case .requestDateAfterAsOf(let key, let date, let subject, let asOf):
            "`\(key)` \(date) of \(Self.english(subject)) is after the as-of date \(asOf)"
        case .requestAnsweredLate(let subject, let right, let answered, let days, let received, let due, let deadline):
            "\(Self.english(subject)) (\(right.rawValue)) was answered on \(answered), \(days) days after it was received on \(received): after its due date \(due) (\(deadline))"
        case .requestOverdue(let subject, let right, let received, let due, let deadline):
            "\(Self.english(subject)) (\(right.rawValue)), received on \(received), is still open after its due date \(due) (\(deadline))"
        case .requestDueSoon(let subject, let right, let received, let daysLeft, let due, let deadline):
            "\(Self.english(subject)) (\(right.rawValue)), received on \(received), is open and due \(daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in \(daysLeft) days"), on \(due) (\(deadline))"

        // Risks
        case .riskMethodMissing(let count):
            "the register holds \(count) risk record\(count == 1 ? "" : "s") but isms.yaml has no `risk` method to judge them by"
        case .riskReviewOverdue(let id, let date, let fromIdentified):
            "risk \(id) was to be reviewed by \(date) \(fromIdentified ? "(`identified` plus the method's review cycle)" : "(`review-by`)"); the date has passed"
        case .treatmentWithoutControls(let id):
            "risk \(id) is to be modified (`treatment: modify`) but names no `controls` that modify it"
        case .riskControlUnknown(let id, let control, let suggestion):
            "risk \(id) is treated by unknown control `\(control)`" + Self.hint(suggestion)
        case .riskControlExcluded(let id, let control): "risk \(id) is treated by \(control), which the SoA excludes"
        case .residualAboveInherent(let id, let likelihood, let impact):
            "risk \(id) has a residual \([likelihood.map { "likelihood `\($0.residual)` above `\($0.inherent)`" }, impact.map { "impact `\($0.residual)` above `\($0.inherent)`" }].compactMap { $0 }.joined(separator: " and ")) before treatment"
        case .residualNotAccepted(let id, let level, let retain):
            "risk \(id) has a residual level `\(level)`, above what may be retained without acceptance (`\(retain)`), and no `acceptance`"
        case .acceptanceBelowResidual(let id, let accepted, let level):
            "risk \(id) was accepted at `\(accepted)` but its residual level is now `\(level)`: it grew after it was accepted"
        case .acceptanceNotAuthorised(let id, let by, let level, let allowed):
            "risk \(id) was accepted by `\(by)`, who may not accept a `\(level)` risk (the method names \(allowed.map { "`\($0)`" }.joined(separator: " or ")))"
        case .acceptanceExpired(let id, let until): "the acceptance of risk \(id) expired on \(until)"
        case .acceptanceExpiring(let id, let until, let days):
            "the acceptance of risk \(id) expires on \(until) (in \(days) day\(days == 1 ? "" : "s"))"
        case .riskScaleValueUnknown(let id, let part, let value, let scale, let suggestion):
            "risk \(id) has \(Self.english(part)) `\(value)`, which is not on the risk method's scale (\(scale.joined(separator: ", ")))"
                + Self.hint(suggestion)
        case .treatmentActionOverdue(let id, let due, let action):
            "treatment action of risk \(id) was due on \(due): \(action)"
        case .excludedControlTreatsRisk(let id, let risks):
            "\(id) is excluded from the SoA, yet risk\(risks.count == 1 ? "" : "s") \(risks.joined(separator: ", ")) rel\(risks.count == 1 ? "ies" : "y") on it"

        // The management system
        case .clauseUndocumented(let clause, let asOf):
            "clause \(clause.number) (\(clause.title)) requires documented information but has none current on \(asOf): add evidence with `supports: [\(clause.id)]`"
                + (Self.englishRecords(for: clause.number).map { ", or \($0)" } ?? "")
        case .objectiveMissed(let id, let due, let latest, let latestDate, let direction, let target):
            "objective \(id) was due on \(due) but \(latest.map { "its latest measurement (\($0) on \(latestDate.map(\.description) ?? "")) does not meet" } ?? "it was never measured against") the target (\(direction.rawValue) \(target)): record the measurement that meets it, or set a new `due` date or withdraw it"
        case .objectiveNotMeasured(let id, let last, let every):
            "objective \(id) \(last.map { "was last measured on \($0)" } ?? "has no measurement"), and is to be measured every \(every): measure it and add the result to `measurements`"
        case .requirementUnknown(let subject, let requirement, let suggestion):
            "\(Self.english(subject)) concerns unknown requirement `\(requirement)` (a clause id such as `clause-8.1` or a control id): fix the id"
                + Self.hint(suggestion)
        case .correctiveActionOverdue(let id, let major, let due, let action):
            "corrective action of \(major ? "major " : "")nonconformity \(id) was due on \(due) and is not done (\(action)): do it and record `done`, or replan it"
        case .closedWithoutFollowUp(let id, let grade, let closed, let missing):
            "\(grade.rawValue) nonconformity \(id) was closed on \(closed) without \(Self.englishList(missing.map(Self.english))): add \(missing.count == 1 ? "it" : "them"), or reopen it"
        case .majorOpenAtAudit(let id, let timing):
            "major nonconformity \(id) from the external audit \(Self.english(timing)): bring its actions forward and close it with an effectiveness review before the audit"
        case .reviewInputEmpty(let id, let inputs):
            "management review \(id) records nothing for \(inputs.map { "`\($0.rawValue)` (\($0.title))" }.joined(separator: ", ")): write what the review considered under \(inputs.count == 1 ? "it" : "each")"
        case .reviewActionOverdue(let id, let due, let action):
            "action of management review \(id) was due on \(due) and is not done (\(action)): do it and record `done`, or have the next review replan it"
        case .managementReviewOverdue(let id, let held, let due, let interval):
            "the last management review, \(id), was held on \(held) and the next was due by \(due) (`management-review.interval` \(interval)): hold the review and record it"
        case .auditScopeUnknown(let id, let item, let isClause, let suggestion):
            "internal audit \(id) has unknown \(isClause ? "clause" : "control") `\(item)` in its scope (clause ids such as `clause-9.2`, Annex A themes `A.5` to `A.8` or control ids): fix the id"
                + Self.hint(suggestion)
        case .internalAuditOverdue(let id, let performed, let due, let interval):
            "the last internal audit, \(id), was performed on \(performed) and the next was due by \(due) (`internal-audit.interval` \(interval)): perform the next audit of the programme and record it"
        case .auditProgrammeGap(
            let start, let end, let audits, let clauses, let clauseList, let controls, let controlList):
            "in the audit cycle \(start) to \(end) \(audits.isEmpty ? "no internal audit is dated in it; not covered:" : "its audits (\(audits.joined(separator: ", "))) do not cover") \([clauses > 0 ? "clause\(clauses == 1 ? "" : "s") \(clauseList)" : nil, controls > 0 ? "control\(controls == 1 ? "" : "s") \(controlList)" : nil].compactMap { $0 }.joined(separator: " and ")): add them to the `scope` of a planned audit"
        case .auditorNotIndependent(let id, let auditor, let count, let list):
            "internal audit \(id) is performed by `\(auditor)`, who owns \(count == 1 ? "control" : "controls") \(list) in its scope: have another auditor audit \(count == 1 ? "it" : "them")"

        // Incidents and personal-data breaches
        case .incidentOpenTooLong(let subject, let days, let aware, let limit):
            "\(Self.english(subject)) is still open \(days) days after `aware` (\(aware)), longer than `defaults.incident-close` (\(limit)): close it with its remedial action and lessons"
        case .incidentMayHoldPersonalData(let key, let subject):
            "the `\(key)` of \(Self.english(subject)) looks like it holds an e-mail address or phone number; describe the incident by reference and numbers"
        case .incidentTimeImpossible(let subject, let problem): "\(Self.english(subject)): \(Self.english(problem))"
        case .breachRiskUnreasoned(let subject):
            "\(Self.english(subject)) is a personal-data breach with `risk: none` but no `reasoning`: not notifying the authority needs the reasons why the breach is unlikely to result in a risk (Art. 33(1), 33(5)); a risk that is not high is still notified"
        case .breachSubjectsNotInformed(let subject):
            "\(Self.english(subject)) is a high-risk breach, and neither `data-subjects-informed` nor an Art. 34(3) `exemption` is recorded: tell the data subjects without undue delay (Art. 34(1))"
        case .breachNotNotified(let subject, let risk, let aware, let deadline):
            "\(Self.english(subject)) is a personal-data breach with `risk: \(risk)`, not notified to the supervisory authority, and its 72 hours since `aware` \(aware) ended at \(deadline) (Art. 33(1)): notify now and record `notified-authority` and `delay-reason`"
        case .breachNotificationDue(let subject, let risk, let deadline, let left):
            "\(Self.english(subject)) is a personal-data breach with `risk: \(risk)`, to be notified to the supervisory authority by \(deadline): \(left) hours left at the start of the as-of date (Art. 33(1))"
        case .breachNotifiedLateUnexplained(let subject, let hours):
            "\(Self.english(subject)) was notified to the supervisory authority \(hours) hours after `aware`, later than 72 hours, and gives no `delay-reason`: a later notification carries the reasons for the delay (Art. 33(1))"
        case .breachNotifiedLate(let subject, let hours):
            "\(Self.english(subject)) was notified to the supervisory authority \(hours) hours after `aware`, later than 72 hours (the reasons are recorded)"
        }
    }

    static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean `\($0)`?" } ?? ""
    }

    static func english(_ subject: FindingSubject) -> String {
        if let path = subject.requestPath { return "the request in \(path)" }
        return subject.id.map { "\(subject.kind) \($0)" } ?? subject.kind
    }

    static func english(_ reason: UnreadableReason) -> String {
        switch reason {
        case .detail(let detail): detail
        case .binary: "it is binary, not a YAML text (NUL byte)"
        case .notUTF8: "it is not valid UTF-8"
        case .nestsDeeper(let depth): "it nests deeper than \(depth) levels"
        case .expandsBeyond(let nodes): "it expands to more than \(nodes) values (YAML aliases?)"
        }
    }

    static func english(_ hint: ColonHint) -> String {
        "; a value that holds `: ` must be quoted" + (hint.example.map { ", e.g. `\($0)`" } ?? "")
    }

    static func english(_ kind: FileKind) -> String {
        switch kind {
        case .folder: "a folder"
        case .fifo: "a FIFO"
        case .device: "a device"
        case .socket: "a socket"
        case .special: "a special file"
        }
    }

    static func english(_ reference: Reference) -> String {
        switch reference {
        case .control: "names unknown control"
        case .nonconformity: "names unknown nonconformity"
        case .minutes: "names as its minutes unknown evidence"
        case .report: "names as its report unknown evidence"
        case .servedControl: "serves unknown control"
        case .servedRisk: "serves unknown risk"
        case .raisingAudit: "was raised in unknown internal audit"
        case .raisingReview: "was raised in unknown management review"
        }
    }

    static func english(_ part: RatingPart) -> String {
        switch part {
        case .likelihood(let residual): "\(residual ? "residual" : "inherent") likelihood"
        case .impact(let residual): "\(residual ? "residual" : "inherent") impact"
        case .acceptedLevel: "accepted level"
        }
    }

    static func english(_ followUp: FollowUp) -> String {
        switch followUp {
        case .rootCause: "a `root-cause`"
        case .correctiveAction: "a corrective action in `actions`"
        case .effectiveness(let by): "an `effectiveness` review done by \(by) that found the actions effective"
        }
    }

    static func english(_ timing: AuditTiming) -> String {
        switch timing {
        case .stillOpen(let asOf, let planned): "is still open on \(asOf), on or after the planned audit of \(planned)"
        case .actionDueAfter(let due, let planned, let action):
            "has an action due on \(due), after the planned audit of \(planned) (\(action))"
        }
    }

    static func english(_ problem: TimeProblem) -> String {
        switch problem {
        case .awareBeforeDetected(let aware, let detected):
            "`aware` \(aware) is before `detected` \(detected): the organisation cannot be aware of an incident before anyone noticed it"
        case .beforeAware(let key, let instant, let aware): "`\(key)` \(instant) is before `aware` \(aware)"
        case .afterAsOf(let key, let instant): "`\(key)` \(instant) is after the as-of date"
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func englishList(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// The register records that would meet a clause, as `ClauseFulfilment.records` reads them.
    static func englishRecords(for number: String) -> String? {
        switch number {
        case "4.3": "write the ISMS `scope` in isms.yaml"
        case "6.1.2": "assess risks in \(RegisterLayout.risksFolder)/ by the `risk` method of isms.yaml"
        case "6.1.3": "record the risk treatment plan (`treatment` of assessed risks) beside the SoA"
        case "8.2": "record the risk assessments in \(RegisterLayout.risksFolder)/"
        case "8.3": "record the risk treatment (`treatment` of assessed risks) in \(RegisterLayout.risksFolder)/"
        case "6.2": "record the objectives with their `measure` in \(RegisterLayout.objectivesFolder)/"
        case "9.2": "record a performed internal audit in \(RegisterLayout.auditsFolder)/"
        case "9.3": "record a held management review in \(RegisterLayout.reviewsFolder)/"
        case "10.2":
            "record the nonconformities and their corrective actions in \(RegisterLayout.nonconformitiesFolder)/"
        default: nil
        }
    }
}
