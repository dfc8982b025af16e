/// The message of a finding as a value: which sentence, and what goes into it (ids, keys, dates,
/// numbers, quoted values). Each language words every case in one table,
/// `FindingMessages+English.swift` and `FindingMessages+Dutch.swift`; their switches are
/// exhaustive, so a message without a translation does not compile.
///
/// A `suggestion` is the closest known word (`ClosestMatch.suggestion`), shown as "did you mean".
public enum FindingMessage: Sendable, Hashable {
    // MARK: Reading files (RecordFileReader, RegisterScanner)
    case recordNotRegularFile(symbolicLink: Bool)
    case recordUnreadable(UnreadableReason)
    case yamlSyntax(detail: String, colonHint: ColonHint?)
    case yamlDuplicateKeys([String])
    case yamlError(String)

    // MARK: Reading keys and values (RecordReader)
    case recordNotMapping(kind: String)
    case keysNotPlainWords
    case unknownKey(String, kind: String, suggestion: String?)
    case keyMissing(FindingSubject, key: String)
    case valueEmpty(key: String, FindingSubject)
    case valueNotText(key: String, YAMLShape)
    case valueNotList(key: String, YAMLShape, syntaxHint: Bool)
    case itemNotText(key: String, YAMLShape)
    case valueNotBoolean(key: String, value: String)
    case valueNotDate(key: String, value: String)
    case valueNotPeriod(key: String, value: String)
    case valueNotNumber(key: String, value: String)
    case valueNotWholeNumber(key: String, atLeast: Int?, example: Int, value: String, isCount: Bool)
    case valueNotAllowed(key: String, value: String, allowed: [String], suggestion: String?)
    case itemNotAllowed(key: String, value: String, allowed: [String], suggestion: String?)
    case placeholderLeft(key: String, FindingSubject, placeholder: String)
    case periodNotPositive(key: String)
    case dateBefore(key: String, CalendarDate, otherKey: String, CalendarDate)
    case idInvalid(String)
    case countryCodeInvalid(key: String, value: String)
    case timeInvalid(key: String, detail: String)

    // MARK: Record kinds (decoders)
    case processorOnlyKey(String)
    case purposeItemShape(YAMLShape)
    case purposesNone(FindingSubject)
    case evidenceSupportsNothing
    case evidenceCurrentUntilExpiresWithoutExpires
    case evidenceNoFiles
    case evidenceFileNotPath
    case evidenceFileTwice(String)
    case evidenceChecksumsNotMapping
    case evidenceChecksumEntryShape
    case evidenceChecksumNotHex(file: String)
    case breachWithoutFlag(FindingSubject)
    case requestAnsweredWithoutOutcome(FindingSubject)
    case riskAffectsNotAllowed(value: String, allowed: [String], suggestion: String?)
    case riskAcceptanceUntilBeforeDate(until: CalendarDate, date: CalendarDate)

    // MARK: The risk method (`risk` in isms.yaml)
    case riskScaleStepTwice(scale: String, step: String)
    case riskScaleSize(scale: String, steps: Int)
    case riskGridNotMapping
    case riskGridRowNotLikelihood(String, suggestion: String?)
    case riskGridRowLength(row: String, levels: Int, firstImpact: String, lastImpact: String)
    case riskGridCellNotLevel(row: String, cell: String, suggestion: String?)
    case riskGridRowMissing(likelihood: String)
    case riskGridNotMonotoneInImpact(
        likelihood: String, impact: String, gives: String, lower: String, lowerImpact: String)
    case riskGridNotMonotoneInLikelihood(
        likelihood: String, impact: String, gives: String, lower: String, lowerLikelihood: String)
    case riskRetainNotLevel(String, suggestion: String?)
    case riskAcceptedByNotMapping
    case riskAcceptedByNotLevel(String, suggestion: String?)
    case riskAcceptedByNoRole(level: String)
    case riskAcceptedByNobody(level: String, retainUpTo: String)

    // MARK: Register settings (isms.yaml)
    case standardUnsupported(String, supported: String)
    case timeZoneUnknown(String, suggestion: String?)
    case auditIDInvalid(String)
    case auditPeriodReversed(end: CalendarDate, start: CalendarDate)

    // MARK: Statement of Applicability
    case notInCatalog(String, customFolder: String?, suggestion: String?)
    case annexAControlDuplicated(String, firstAt: String)
    case titleDiffersFromCatalog(String, title: String)
    case customIDLooksLikeAnnexA(String, folder: String)
    case excludedButImplemented(String)
    case annexAControlMissing(String, title: String)
    case inclusionUnjustified(String)
    case inclusionNotTraced(String)
    case applicableNotStarted(String)
    case plannedWithoutAction(String, risks: [String])
    case justificationRepeated(controls: Int, shown: [String], more: Int, limit: Int)
    case controlReviewOverdue(String, reviewBy: CalendarDate)
    case exclusionWithoutReviewDate(String)
    case processingReviewOverdue(String, reviewBy: CalendarDate)
    /// W208: the changes named (the first `SoAApprovalChecks.namedChanges`), and how many more.
    case soaChangedSinceApproval(
        version: Int, approvedOn: CalendarDate?, changes: [StatementOfApplicability.Change], more: Int)
    case soaNeverApproved(planned: CalendarDate)
    // Approval records (controls/approvals/)
    case approvalDigestInvalid(String)
    case approvalIDMismatch(version: Int, expected: String)
    case approvalControlsNotMapping
    case approvalControlNotLine(String)

    // MARK: Evidence and coverage
    case noCurrentEvidence(control: String)
    case processorWithoutAgreement(party: String)
    case consentWithoutEvidence(processing: String, explicit: Bool)
    case evidenceExpired(String, on: CalendarDate, lastOf: String)
    case evidenceExpiring(String, on: CalendarDate, days: Int, lastOf: String)
    case collectedInFuture(String, collected: CalendarDate, asOf: CalendarDate)
    case supportsUnknownID(evidence: String, id: String, clauseLike: Bool, suggestion: String?)
    case orphanEvidenceFile(String)
    case evidenceTooBroad(String, controls: Int, limit: Int)
    case checksumForUnlistedFile(String)
    case pathLeavesRegister(String)
    case pathResolvesOutsideRegister(String)
    case evidenceFileMissing(String, dangling: Bool, lookedFor: String)
    case evidenceFileUnusable(String, detail: String)
    case evidenceFileNotRegular(String, FileKind)
    case evidenceFileUnreadable(String, detail: String)
    case checksumMismatch(String, actual: String, pinned: String)

    // MARK: Processing activities and parties (GDPR Art. 30)
    case duplicateID(String, firstAt: String)
    case retentionUndetermined(processing: String)
    case recipientUnknown(String, processing: String, suggestion: String?)
    case processingControlUnknown(processing: String, control: String, suggestion: String?)
    case processingControlExcluded(processing: String, control: String)
    case transferWithoutSafeguard(processing: String, country: String)
    case partyTransferWithoutSafeguard(party: String, country: String)
    case processorWithoutController(processing: String)
    case specialCategoriesWithoutCondition(processing: String)
    case purposeBasisNotListed(purpose: String, processing: String, basis: String, bases: [String])
    case purposeBasisMissing(purpose: String, processing: String, bases: [String])
    case processingUnknown(FindingSubject, ProcessingRelation, id: String, suggestion: String?)
    case referenceUnknown(FindingSubject, Reference, id: String, suggestion: String?)

    // MARK: Data-subject requests
    case requestReferenceDuplicate(FindingSubject, firstAt: String)
    case requestReferencePersonal(path: String)
    case requestOutcomePersonal(FindingSubject)
    case requestReceivedAfterAsOf(FindingSubject, received: CalendarDate, asOf: CalendarDate)
    case requestDateBeforeReceived(key: String, CalendarDate, FindingSubject, received: CalendarDate)
    case requestDateAfterAsOf(key: String, CalendarDate, FindingSubject, asOf: CalendarDate)
    case requestAnsweredLate(
        FindingSubject, DataSubjectRequest.Right, answered: CalendarDate, days: Int, received: CalendarDate,
        due: CalendarDate, deadline: Period)
    case requestOverdue(
        FindingSubject, DataSubjectRequest.Right, received: CalendarDate, due: CalendarDate, deadline: Period)
    case requestDueSoon(
        FindingSubject, DataSubjectRequest.Right, received: CalendarDate, daysLeft: Int, due: CalendarDate,
        deadline: Period)

    // MARK: Risks
    case riskMethodMissing(risks: Int)
    case riskReviewOverdue(String, reviewBy: CalendarDate, fromIdentified: Bool)
    case treatmentWithoutControls(String)
    case riskControlUnknown(String, control: String, suggestion: String?)
    case riskControlExcluded(String, control: String)
    case residualAboveInherent(String, likelihood: Rise?, impact: Rise?)
    case residualNotAccepted(String, level: String, retainUpTo: String)
    case acceptanceBelowResidual(String, accepted: String, level: String)
    case acceptanceNotAuthorised(String, by: String, level: String, allowed: [String])
    case acceptanceExpired(String, until: CalendarDate)
    case acceptanceExpiring(String, until: CalendarDate, days: Int)
    case riskScaleValueUnknown(String, RatingPart, value: String, scale: [String], suggestion: String?)
    case treatmentActionOverdue(String, due: CalendarDate, action: String)
    case excludedControlTreatsRisk(String, risks: [String])

    // MARK: The management system (clauses 4 to 10)
    case clauseUndocumented(CatalogClause, asOf: CalendarDate)
    case objectiveMissed(
        String, due: CalendarDate, latest: String?, latestDate: CalendarDate?, direction: Objective.Direction,
        target: String)
    case objectiveNotMeasured(String, lastMeasured: CalendarDate?, every: Period)
    case requirementUnknown(FindingSubject, requirement: String, suggestion: String?)
    case correctiveActionOverdue(nonconformity: String, major: Bool, due: CalendarDate, action: String)
    case closedWithoutFollowUp(
        nonconformity: String, grade: Nonconformity.Grade, closed: CalendarDate, missing: [FollowUp])
    case majorOpenAtAudit(nonconformity: String, AuditTiming)
    case reviewInputEmpty(review: String, [ManagementReview.Input])
    case reviewActionOverdue(review: String, due: CalendarDate, action: String)
    case managementReviewOverdue(review: String, held: CalendarDate, due: CalendarDate, interval: Period)
    case auditScopeUnknown(audit: String, item: String, isClause: Bool, suggestion: String?)
    case internalAuditOverdue(audit: String, performed: CalendarDate, due: CalendarDate, interval: Period)
    case auditProgrammeGap(
        start: CalendarDate, end: CalendarDate, audits: [String], clauses: Int, clauseList: String, controls: Int,
        controlList: String)
    case auditorNotIndependent(audit: String, auditor: String, controls: Int, controlList: String)

    // MARK: Incidents and personal-data breaches
    case incidentOpenTooLong(FindingSubject, days: Int, aware: CalendarDate, limit: Period)
    case incidentMayHoldPersonalData(key: String, FindingSubject)
    case incidentTimeImpossible(FindingSubject, TimeProblem)
    case breachRiskUnreasoned(FindingSubject)
    case breachSubjectsNotInformed(FindingSubject)
    case breachNotNotified(FindingSubject, risk: String, aware: Instant, deadline: Instant)
    case breachNotificationDue(FindingSubject, risk: String, deadline: Instant, hoursLeft: Int)
    case breachNotifiedLateUnexplained(FindingSubject, hours: String)
    case breachNotifiedLate(FindingSubject, hours: String)
}

extension FindingMessage {
    /// Why a record file could not be read.
    public enum UnreadableReason: Sendable, Hashable {
        /// A reason worded elsewhere (the operating system, the YAML parser), shown as it is.
        case detail(String)
        case binary
        case notUTF8
        case nestsDeeper(than: Int)
        case expandsBeyond(Int)
    }

    /// The advice after "mapping values are not allowed": quote a value that holds `: `.
    public struct ColonHint: Sendable, Hashable {
        /// The line rewritten with its value quoted (`title: "Policies: general"`), when it can be.
        public var example: String?
    }
}

extension FindingMessage {
    /// What an evidence path that is not a regular file is.
    public enum FileKind: Sendable, Hashable {
        case folder, fifo, device, socket, special
    }

    /// How a record relates to a processing activity it names.
    public enum ProcessingRelation: Sendable, Hashable {
        case concerns, protects
    }

    /// A list of a management-system record that names an id the register does not hold.
    public enum Reference: Sendable, Hashable {
        case control, nonconformity, minutes, report, servedControl, servedRisk, raisingAudit, raisingReview
    }

    /// A residual rating step above its inherent one.
    public struct Rise: Sendable, Hashable {
        public var residual: String
        public var inherent: String
    }

    /// Which rating of a risk names a value off the method's scale.
    public enum RatingPart: Sendable, Hashable {
        case likelihood(residual: Bool)
        case impact(residual: Bool)
        case acceptedLevel
    }

    /// What 10.2 asks of a closed nonconformity that it lacks.
    public enum FollowUp: Sendable, Hashable {
        case rootCause
        case correctiveAction
        case effectiveness(by: CalendarDate)
    }

    /// Why a major nonconformity will not be closed by the planned audit.
    public enum AuditTiming: Sendable, Hashable {
        case stillOpen(asOf: CalendarDate, planned: CalendarDate)
        case actionDueAfter(due: CalendarDate, planned: CalendarDate, action: String)
    }

    /// Times of an incident out of order, or after the as-of date.
    public enum TimeProblem: Sendable, Hashable {
        case awareBeforeDetected(aware: Instant, detected: Instant)
        case beforeAware(key: String, Instant, aware: Instant)
        case afterAsOf(key: String, Instant)
    }
}
