/// The stable codes of `isms check`. A code never changes meaning once released:
/// CI configurations, baselines and auditors refer to them. `E` codes are errors, `W` warnings.
public enum FindingCode: String, Sendable, Codable, CaseIterable, Comparable {
    // Reading records
    case yamlSyntax = "E100"
    case missingKey = "E101"
    case wrongType = "E102"
    case unknownKey = "E103"
    case invalidValue = "E104"
    case unreadableRecord = "E105"
    case duplicateID = "E106"
    case placeholderLeft = "E107"

    // Statement of Applicability
    case noCurrentEvidence = "E200"
    case annexAControlMissing = "E201"
    case annexAControlDuplicated = "E202"
    case notInCatalog = "E203"
    case applicabilityMissing = "E204"
    case justificationMissing = "E205"
    case customIDLooksLikeAnnexA = "E206"
    case inclusionUnjustified = "E207"
    case applicableNotStarted = "E208"
    case soaNeverApproved = "E209"
    case titleDiffersFromCatalog = "W201"
    case excludedButImplemented = "W202"
    // Reviews of controls and processing activities (`review-by`)
    case reviewOverdue = "W203"
    case exclusionWithoutReviewDate = "W204"
    case inclusionNotTraced = "W205"
    case plannedWithoutAction = "W206"
    case justificationRepeated = "W207"
    case soaChangedSinceApproval = "W208"

    // Evidence
    case evidenceFileMissing = "E300"
    case evidenceExpired = "E301"
    case collectedInFuture = "E302"
    case pathLeavesRegister = "E303"
    case checksumMismatch = "E304"
    case supportsUnknownID = "E305"
    case evidenceFileNotRegular = "E306"
    case checksumForUnlistedFile = "E307"
    case evidenceExpiring = "W300"
    case orphanEvidenceFile = "W301"
    case evidenceTooBroad = "W302"

    // GDPR Art. 30 processing activities and parties
    case purposesMissing = "E400"
    case legalBasisMissing = "E401"
    case retentionMissing = "E402"
    case processorWithoutAgreement = "E403"
    case transferWithoutSafeguard = "E404"
    case consentWithoutEvidence = "E405"
    case protectingControlInvalid = "E406"
    case recipientUnknown = "E407"
    case processingUnknown = "E408"
    case specialCategoriesWithoutCondition = "E409"
    case purposeBasisInvalid = "E410"
    case processorWithoutController = "E411"
    case retentionUndetermined = "W400"

    // Data-subject requests (controls/requests/)
    case requestOverdue = "E500"
    case requestDateImpossible = "E501"
    case requestDueSoon = "W500"
    case requestAnsweredLate = "W501"
    case requestMayHoldPersonalData = "W502"

    // Risks (controls/risks/) and the risk method (`risk` in isms.yaml)
    case riskMethodMissing = "E600"
    case riskMethodInvalid = "E601"
    case riskScaleValueUnknown = "E602"
    case residualAboveInherent = "E603"
    case residualNotAccepted = "E604"
    case acceptanceBelowResidual = "E605"
    case acceptanceExpired = "E606"
    case acceptanceNotAuthorised = "E607"
    case treatmentWithoutControls = "E608"
    case riskControlInvalid = "E609"
    case excludedControlTreatsRisk = "E610"
    case treatmentActionOverdue = "E611"
    case acceptanceExpiring = "W600"

    // The management system, clauses 4 to 10 (objectives, internal audits, nonconformities,
    // management reviews)
    case clauseUndocumented = "E700"
    case managementReferenceUnknown = "E701"
    case internalAuditOverdue = "E702"
    case majorCorrectiveActionOverdue = "E703"
    case closedWithoutFollowUp = "E704"
    case majorOpenAtAudit = "E705"
    case managementReviewOverdue = "E706"
    case objectiveMissed = "W701"
    case objectiveNotMeasured = "W702"
    case auditProgrammeGap = "W703"
    case auditorNotIndependent = "W704"
    case correctiveActionOverdue = "W706"
    case reviewInputEmpty = "W707"
    case reviewActionOverdue = "W708"

    // Incidents and personal-data breaches (A.5.24 to A.5.28, GDPR Art. 33 and 34)
    case breachNotNotified = "E800"
    case breachNotifiedLateUnexplained = "E801"
    case breachRiskUnreasoned = "E802"
    case breachSubjectsNotInformed = "E803"
    case incidentTimeImpossible = "E804"
    case breachNotifiedLate = "W800"
    case incidentOpenTooLong = "W801"
    case breachNotificationDue = "W802"
    case incidentMayHoldPersonalData = "W803"

    public var severity: Severity { rawValue.hasPrefix("E") ? .error : .warning }

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Looks a code up by its printed form, case-insensitively (`e200` finds `E200`).
    public init?(code: String) {
        self.init(rawValue: code.uppercased())
    }
}
