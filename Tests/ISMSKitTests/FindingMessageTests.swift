import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// Every finding code has a message, and every message case is worded in English and in Dutch
/// (the tables' switches are exhaustive; these samples show that each wording is there and differs).
@Suite("Finding messages: one table per language, every code in both")
struct FindingMessageTests {
    @Test("the samples cover every FindingCode")
    func everyCode() {
        let covered = Set(Self.samples.map(\.code))
        let missing = FindingCode.allCases.filter { !covered.contains($0) }.map(\.rawValue)
        #expect(missing.isEmpty, "codes without a sampled message: \(missing)")
    }

    @Test("the samples cover every case of FindingMessage")
    func everyCase() throws {
        let declared = try Self.declaredCases()
        let sampled = Set(Self.samples.map { Self.caseName($0.message) })
        #expect(declared.count > 100)
        #expect(declared.subtracting(sampled).sorted() == [], "cases without a sample")
        #expect(sampled.subtracting(declared).sorted() == [])
    }

    @Test("each message reads differently in English and Dutch, and neither is empty")
    func bothLanguages() {
        for (code, message) in Self.samples {
            let english = message.english
            let dutch = message.dutch
            #expect(!english.isEmpty && !dutch.isEmpty, "\(code.rawValue) \(Self.caseName(message))")
            #expect(english != dutch, "\(code.rawValue) \(Self.caseName(message)): \(dutch)")
        }
    }

    /// English words that a Dutch message holds only inside backticks (keys, values, ids).
    @Test("the Dutch messages hold no English sentence words outside backticks")
    func dutchIsDutch() {
        let english = [" the ", " is not ", " must ", " has no ", " which ", " with ", " before ", " after ", " and "]
        for (code, message) in Self.samples {
            let prose = Self.outsideBackticks(" \(message.dutch) ")
            for word in english where prose.contains(word) {
                Issue.record("\(code.rawValue) \(Self.caseName(message)) has \"\(word)\": \(message.dutch)")
            }
        }
    }

    @Test("a finding keeps both texts, and sorts on the English one")
    func findingTexts() {
        let location = SourceLocation(path: "controls/annex-a/A.5.1.yaml", line: 3)
        let finding = Finding(.unknownKey, .unknownKey("titel", kind: "control", suggestion: "title"), at: location)
        #expect(finding.message == "unknown key `titel` in control; did you mean `title`?")
        #expect(finding.text(in: .en) == finding.message)
        #expect(finding.text(in: .nl) == "onbekende sleutel `titel` in beheersmaatregel; bedoelt u `title`?")
        let first = Finding(.invalidValue, .idInvalid("a"), at: location)
        let second = Finding(.invalidValue, .countryCodeInvalid(key: "country", value: "XX"), at: location)
        // English "`country` must…" sorts before "id `a`…" whatever the Dutch says.
        #expect([first, second].sorted() == [second, first])
    }

    @Test("durations, lists, numbers and request rights are written the Dutch way")
    func dutchArguments() {
        let subject = FindingSubject("incident", id: "INC-1")
        #expect(
            FindingMessage.incidentOpenTooLong(subject, days: 40, aware: Self.day, limit: Period(6, .months)).dutch
                .contains("(6 maanden)"))
        #expect(FindingMessage.breachNotifiedLate(subject, hours: "80.5").dutch.contains("80,5 uur"))
        let missing: [FindingMessage.FollowUp] = [.rootCause, .correctiveAction, .effectiveness(by: Self.day)]
        let closed = FindingMessage.closedWithoutFollowUp(
            nonconformity: "NC-1", grade: .minor, closed: Self.day, missing: missing)
        #expect(closed.dutch.hasPrefix("kleine afwijking NC-1 is gesloten op 2026-05-01 zonder een grondoorzaak"))
        #expect(closed.dutch.contains("in `actions` en een beoordeling"))
        #expect(closed.english.contains("in `actions` and an `effectiveness` review"))
        let request = FindingMessage.requestOverdue(
            FindingSubject("request", id: "DSR-1"), .erasure, received: Self.day, due: Self.day,
            deadline: Period(1, .months))
        #expect(request.dutch.hasPrefix("verzoek DSR-1 (wissing), ontvangen op 2026-05-01"))
        #expect(request.dutch.hasSuffix("(1 maand)"))
        #expect(
            FindingMessage.requestOutcomePersonal(.request(in: "controls/requests/x.yaml")).dutch
                .contains("het verzoek in controls/requests/x.yaml"))
    }

    // MARK: Samples

    static let day = CalendarDate("2026-05-01")!
    static let later = CalendarDate("2026-06-01")!
    static let instant = Instant(seconds: 1_777_000_000, text: "2026-04-24T09:00+02:00")
    static let control = FindingSubject("control", id: "A.5.1")
    static let incident = FindingSubject("incident", id: "INC-2026-001")
    static let request = FindingSubject("request", id: "DSR-2026-001")

    /// One message of each case, with the code it is reported under (all codes together).
    static let samples: [(code: FindingCode, message: FindingMessage)] = [
        (.unreadableRecord, .recordNotRegularFile(symbolicLink: true)),
        (.unreadableRecord, .recordUnreadable(.binary)),
        (.yamlSyntax, .yamlSyntax(detail: "x", colonHint: .init(example: "title: \"a: b\""))),
        (.yamlSyntax, .yamlDuplicateKeys(["id"])),
        (.yamlSyntax, .yamlError("x")),
        (.wrongType, .recordNotMapping(kind: "control")),
        (.wrongType, .keysNotPlainWords),
        (.unknownKey, .unknownKey("titel", kind: "control", suggestion: "title")),
        (.missingKey, .keyMissing(control, key: "owner")),
        (.applicabilityMissing, .keyMissing(control, key: "applicable")),
        (.justificationMissing, .valueEmpty(key: "justification", control)),
        (.legalBasisMissing, .keyMissing(FindingSubject("processing activity", id: "p"), key: "legal-basis")),
        (.retentionMissing, .keyMissing(FindingSubject("processing activity", id: "p"), key: "retention")),
        (.wrongType, .valueNotText(key: "title", .list)),
        (.wrongType, .valueNotList(key: "supports", .text, syntaxHint: true)),
        (.wrongType, .itemNotText(key: "supports", .mapping)),
        (.wrongType, .valueNotBoolean(key: "applicable", value: "ja")),
        (.invalidValue, .valueNotDate(key: "collected", value: "1 mei")),
        (.invalidValue, .valueNotPeriod(key: "freshness", value: "lang")),
        (.invalidValue, .valueNotNumber(key: "target", value: "veel")),
        (.invalidValue, .valueNotWholeNumber(key: "records", atLeast: 1, example: 14, value: "x", isCount: true)),
        (.invalidValue, .valueNotAllowed(key: "status", value: "klaar", allowed: ["planned"], suggestion: nil)),
        (.invalidValue, .itemNotAllowed(key: "legal-basis", value: "x", allowed: ["consent"], suggestion: nil)),
        (.placeholderLeft, .placeholderLeft(key: "owner", control, placeholder: "(to fill in")),
        (.invalidValue, .periodNotPositive(key: "every")),
        (.invalidValue, .dateBefore(key: "expires", day, otherKey: "collected", later)),
        (.invalidValue, .idInvalid("a b")),
        (.invalidValue, .countryCodeInvalid(key: "country", value: "XX")),
        (.invalidValue, .timeInvalid(key: "aware", detail: "x")),
        (.invalidValue, .processorOnlyKey("controllers")),
        (.wrongType, .purposeItemShape(.list)),
        (.purposesMissing, .purposesNone(FindingSubject("processing activity", id: "p"))),
        (.missingKey, .evidenceSupportsNothing),
        (.missingKey, .evidenceCurrentUntilExpiresWithoutExpires),
        (.missingKey, .evidenceNoFiles),
        (.wrongType, .evidenceFileNotPath),
        (.invalidValue, .evidenceFileTwice("a.pdf")),
        (.wrongType, .evidenceChecksumsNotMapping),
        (.wrongType, .evidenceChecksumEntryShape),
        (.invalidValue, .evidenceChecksumNotHex(file: "a.pdf")),
        (.invalidValue, .breachWithoutFlag(incident)),
        (.missingKey, .requestAnsweredWithoutOutcome(request)),
        (.invalidValue, .riskAffectsNotAllowed(value: "x", allowed: ["confidentiality"], suggestion: nil)),
        (.invalidValue, .riskAcceptanceUntilBeforeDate(until: day, date: later)),
        (.riskMethodInvalid, .riskScaleStepTwice(scale: "likelihood", step: "low")),
        (.riskMethodInvalid, .riskScaleSize(scale: "impact", steps: 2)),
        (.wrongType, .riskGridNotMapping),
        (.riskMethodInvalid, .riskGridRowNotLikelihood("x", suggestion: "low")),
        (.riskMethodInvalid, .riskGridRowLength(row: "low", levels: 3, firstImpact: "minor", lastImpact: "severe")),
        (.riskMethodInvalid, .riskGridCellNotLevel(row: "low", cell: "x", suggestion: nil)),
        (.riskMethodInvalid, .riskGridRowMissing(likelihood: "low")),
        (
            .riskMethodInvalid,
            .riskGridNotMonotoneInImpact(
                likelihood: "low", impact: "major", gives: "low", lower: "medium", lowerImpact: "minor")
        ),
        (
            .riskMethodInvalid,
            .riskGridNotMonotoneInLikelihood(
                likelihood: "high", impact: "minor", gives: "low", lower: "medium", lowerLikelihood: "low")
        ),
        (.riskMethodInvalid, .riskRetainNotLevel("x", suggestion: nil)),
        (.wrongType, .riskAcceptedByNotMapping),
        (.riskMethodInvalid, .riskAcceptedByNotLevel("x", suggestion: nil)),
        (.wrongType, .riskAcceptedByNoRole(level: "high")),
        (.riskMethodInvalid, .riskAcceptedByNobody(level: "high", retainUpTo: "low")),
        (.invalidValue, .standardUnsupported("ISO/IEC 27001:2013", supported: "ISO/IEC 27001:2022")),
        (.invalidValue, .timeZoneUnknown("Europe/Amsterdm", suggestion: "Europe/Amsterdam")),
        (.invalidValue, .auditIDInvalid("a/b")),
        (.invalidValue, .auditPeriodReversed(end: day, start: later)),
        (.notInCatalog, .notInCatalog("A.9.9", customFolder: nil, suggestion: "A.5.9")),
        (.annexAControlDuplicated, .annexAControlDuplicated("A.5.1", firstAt: "controls/annex-a/A.5.1.yaml:1:1")),
        (.titleDiffersFromCatalog, .titleDiffersFromCatalog("A.5.1", title: "Beleid")),
        (.customIDLooksLikeAnnexA, .customIDLooksLikeAnnexA("A.X", folder: "controls/annex-a")),
        (.excludedButImplemented, .excludedButImplemented("A.5.1")),
        (.annexAControlMissing, .annexAControlMissing("A.5.1", title: "Beleid")),
        (.inclusionUnjustified, .inclusionUnjustified("A.5.1")),
        (.inclusionNotTraced, .inclusionNotTraced("A.5.1")),
        (.applicableNotStarted, .applicableNotStarted("A.5.1")),
        (.plannedWithoutAction, .plannedWithoutAction("A.5.1", risks: ["R-1"])),
        (
            .justificationRepeated,
            .justificationRepeated(controls: 5, shown: ["A.5.1", "A.5.2", "A.5.3"], more: 2, limit: 3)
        ),
        (.reviewOverdue, .controlReviewOverdue("A.5.1", reviewBy: day)),
        (.exclusionWithoutReviewDate, .exclusionWithoutReviewDate("A.5.1")),
        (.reviewOverdue, .processingReviewOverdue("p", reviewBy: day)),
        (
            .soaChangedSinceApproval,
            .soaChangedSinceApproval(
                version: 1, approvedOn: day,
                changes: [
                    StatementOfApplicability.Change(id: "A.5.1", kind: .changed, fields: [.status, .justification]),
                    StatementOfApplicability.Change(id: "A.5.7", kind: .added, fields: []),
                ], more: 3)
        ),
        (.soaNeverApproved, .soaNeverApproved(planned: day)),
        (.invalidValue, .approvalDigestInvalid("abc")),
        (.invalidValue, .approvalIDMismatch(version: 2, expected: "SOA-V2")),
        (.wrongType, .approvalControlsNotMapping),
        (.wrongType, .approvalControlNotLine("A.5.1")),
        (.noCurrentEvidence, .noCurrentEvidence(control: "A.5.1")),
        (.processorWithoutAgreement, .processorWithoutAgreement(party: "acme")),
        (.consentWithoutEvidence, .consentWithoutEvidence(processing: "p", explicit: true)),
        (.evidenceExpired, .evidenceExpired("ev", on: day, lastOf: "A.5.1")),
        (.evidenceExpiring, .evidenceExpiring("ev", on: day, days: 3, lastOf: "A.5.1")),
        (.collectedInFuture, .collectedInFuture("ev", collected: later, asOf: day)),
        (.supportsUnknownID, .supportsUnknownID(evidence: "ev", id: "clause-99", clauseLike: true, suggestion: nil)),
        (.orphanEvidenceFile, .orphanEvidenceFile("evidence/a.pdf")),
        (.evidenceTooBroad, .evidenceTooBroad("ev", controls: 20, limit: 12)),
        (.checksumForUnlistedFile, .checksumForUnlistedFile("a.pdf")),
        (.pathLeavesRegister, .pathLeavesRegister("../a.pdf")),
        (.pathLeavesRegister, .pathResolvesOutsideRegister("a.pdf")),
        (.evidenceFileMissing, .evidenceFileMissing("a.pdf", dangling: true, lookedFor: "evidence/a.pdf")),
        (.evidenceFileNotRegular, .evidenceFileUnusable("a.pdf", detail: "x")),
        (.evidenceFileNotRegular, .evidenceFileNotRegular("a.pdf", .folder)),
        (.evidenceFileNotRegular, .evidenceFileUnreadable("a.pdf", detail: "x")),
        (.checksumMismatch, .checksumMismatch("a.pdf", actual: "ab", pinned: "cd")),
        (.duplicateID, .duplicateID("A.5.1", firstAt: "controls/x.yaml:1:1")),
        (.retentionUndetermined, .retentionUndetermined(processing: "p")),
        (.recipientUnknown, .recipientUnknown("acme", processing: "p", suggestion: nil)),
        (.protectingControlInvalid, .processingControlUnknown(processing: "p", control: "A.9", suggestion: nil)),
        (.protectingControlInvalid, .processingControlExcluded(processing: "p", control: "A.5.1")),
        (.transferWithoutSafeguard, .transferWithoutSafeguard(processing: "p", country: "US")),
        (.transferWithoutSafeguard, .partyTransferWithoutSafeguard(party: "acme", country: "US")),
        (.processorWithoutController, .processorWithoutController(processing: "p")),
        (.specialCategoriesWithoutCondition, .specialCategoriesWithoutCondition(processing: "p")),
        (
            .purposeBasisInvalid,
            .purposeBasisNotListed(purpose: "x", processing: "p", basis: "consent", bases: ["contract"])
        ),
        (.purposeBasisInvalid, .purposeBasisMissing(purpose: "x", processing: "p", bases: ["contract", "consent"])),
        (.processingUnknown, .processingUnknown(incident, .concerns, id: "q", suggestion: "p")),
        (.managementReferenceUnknown, .referenceUnknown(incident, .nonconformity, id: "NC-9", suggestion: nil)),
        (.duplicateID, .requestReferenceDuplicate(request, firstAt: "controls/requests/a.yaml:1:1")),
        (.requestMayHoldPersonalData, .requestReferencePersonal(path: "controls/requests/a.yaml")),
        (.requestMayHoldPersonalData, .requestOutcomePersonal(request)),
        (.requestDateImpossible, .requestReceivedAfterAsOf(request, received: later, asOf: day)),
        (.requestDateImpossible, .requestDateBeforeReceived(key: "answered", day, request, received: later)),
        (.requestDateImpossible, .requestDateAfterAsOf(key: "answered", later, request, asOf: day)),
        (
            .requestAnsweredLate,
            .requestAnsweredLate(
                request, .access, answered: later, days: 40, received: day, due: day, deadline: Period(1, .months))
        ),
        (.requestOverdue, .requestOverdue(request, .access, received: day, due: day, deadline: Period(30, .days))),
        (
            .requestDueSoon,
            .requestDueSoon(request, .access, received: day, daysLeft: 0, due: day, deadline: Period(1, .months))
        ),
        (.riskMethodMissing, .riskMethodMissing(risks: 2)),
        (.reviewOverdue, .riskReviewOverdue("R-1", reviewBy: day, fromIdentified: true)),
        (.treatmentWithoutControls, .treatmentWithoutControls("R-1")),
        (.riskControlInvalid, .riskControlUnknown("R-1", control: "A.9", suggestion: nil)),
        (.riskControlInvalid, .riskControlExcluded("R-1", control: "A.5.1")),
        (
            .residualAboveInherent,
            .residualAboveInherent(
                "R-1", likelihood: .init(residual: "high", inherent: "low"), impact: .init(residual: "x", inherent: "y")
            )
        ),
        (.residualNotAccepted, .residualNotAccepted("R-1", level: "high", retainUpTo: "low")),
        (.acceptanceBelowResidual, .acceptanceBelowResidual("R-1", accepted: "low", level: "high")),
        (.acceptanceNotAuthorised, .acceptanceNotAuthorised("R-1", by: "CISO", level: "high", allowed: ["board"])),
        (.acceptanceExpired, .acceptanceExpired("R-1", until: day)),
        (.acceptanceExpiring, .acceptanceExpiring("R-1", until: day, days: 1)),
        (
            .riskScaleValueUnknown,
            .riskScaleValueUnknown("R-1", .impact(residual: true), value: "x", scale: ["low"], suggestion: nil)
        ),
        (.treatmentActionOverdue, .treatmentActionOverdue("R-1", due: day, action: "MFA")),
        (.excludedControlTreatsRisk, .excludedControlTreatsRisk("A.5.1", risks: ["R-1", "R-2"])),
        (.clauseUndocumented, .clauseUndocumented(ClauseCatalog.clause("clause-9.2")!, asOf: day)),
        (
            .objectiveMissed,
            .objectiveMissed(
                "OBJ-1", due: day, latest: "90%", latestDate: day, direction: .atLeast, target: "95%")
        ),
        (.objectiveNotMeasured, .objectiveNotMeasured("OBJ-1", lastMeasured: nil, every: Period(3, .months))),
        (
            .managementReferenceUnknown,
            .requirementUnknown(FindingSubject("nonconformity", id: "NC-1"), requirement: "x", suggestion: nil)
        ),
        (
            .majorCorrectiveActionOverdue,
            .correctiveActionOverdue(nonconformity: "NC-1", major: true, due: day, action: "x")
        ),
        (
            .correctiveActionOverdue,
            .correctiveActionOverdue(nonconformity: "NC-1", major: false, due: day, action: "x")
        ),
        (
            .closedWithoutFollowUp,
            .closedWithoutFollowUp(nonconformity: "NC-1", grade: .major, closed: day, missing: [.rootCause])
        ),
        (.majorOpenAtAudit, .majorOpenAtAudit(nonconformity: "NC-1", .stillOpen(asOf: later, planned: day))),
        (.reviewInputEmpty, .reviewInputEmpty(review: "MR-1", [.risks])),
        (.reviewActionOverdue, .reviewActionOverdue(review: "MR-1", due: day, action: "x")),
        (
            .managementReviewOverdue,
            .managementReviewOverdue(review: "MR-1", held: day, due: later, interval: Period(1, .years))
        ),
        (
            .managementReferenceUnknown,
            .auditScopeUnknown(audit: "IA-1", item: "clause-99", isClause: true, suggestion: nil)
        ),
        (
            .internalAuditOverdue,
            .internalAuditOverdue(audit: "IA-1", performed: day, due: later, interval: Period(1, .years))
        ),
        (
            .auditProgrammeGap,
            .auditProgrammeGap(
                start: day, end: later, audits: [], clauses: 2, clauseList: "4.1, 4.2", controls: 1,
                controlList: "`A.5.1`")
        ),
        (
            .auditorNotIndependent,
            .auditorNotIndependent(audit: "IA-1", auditor: "CISO", controls: 2, controlList: "`A.5.1`, `A.5.2`")
        ),
        (.incidentOpenTooLong, .incidentOpenTooLong(incident, days: 40, aware: day, limit: Period(30, .days))),
        (.incidentMayHoldPersonalData, .incidentMayHoldPersonalData(key: "description", incident)),
        (.incidentTimeImpossible, .incidentTimeImpossible(incident, .afterAsOf(key: "aware", instant))),
        (.breachRiskUnreasoned, .breachRiskUnreasoned(incident)),
        (.breachSubjectsNotInformed, .breachSubjectsNotInformed(incident)),
        (.breachNotNotified, .breachNotNotified(incident, risk: "risk", aware: instant, deadline: instant)),
        (.breachNotificationDue, .breachNotificationDue(incident, risk: "high", deadline: instant, hoursLeft: 20)),
        (.breachNotifiedLateUnexplained, .breachNotifiedLateUnexplained(incident, hours: "80.0")),
        (.breachNotifiedLate, .breachNotifiedLate(incident, hours: "80.0")),
    ]

    // MARK: Helpers

    /// The case name of a message: `unknownKey` of `.unknownKey("x", …)`.
    static func caseName(_ message: FindingMessage) -> String {
        let text = String(describing: message)
        return String(text.prefix { $0 != "(" })
    }

    /// The cases `FindingMessage.swift` declares, read from its source.
    static func declaredCases() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let source = try String(
            contentsOf: root.appendingPathComponent("Sources/ISMSKit/Findings/FindingMessage.swift"), encoding: .utf8)
        let body = try #require(source.components(separatedBy: "public enum FindingMessage").dropFirst().first)
            .components(separatedBy: "\n}\n")[0]
        var names: Set<String> = []
        for line in body.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("case ") else { continue }
            names.insert(String(trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber }))
        }
        return names
    }

    static func outsideBackticks(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }
            .map(\.element).joined(separator: "·")
    }
}
