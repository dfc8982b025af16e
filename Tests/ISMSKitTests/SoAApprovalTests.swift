import Foundation
import ISMSTestSupport
import Testing

@testable import ISMSKit

/// The SoA as a controlled document (6.1.3 d): its canonical rendering and digest, what changed
/// since an approval, E209 and W208, and the approval in pack.xml and index.html.
@Suite("SoA approvals (E209, W208)")
struct SoAApprovalTests {
    private static func control(
        _ id: String, applicable: Bool? = true, status: Control.Status? = .implemented, justification: String = "Why."
    ) -> Control {
        Control(
            id: id, title: "T", applicable: applicable, justification: justification, status: status, owner: "CISO",
            processing: [], narrative: "", origin: RecordOrigin(path: "controls/custom/\(id).yaml"))
    }

    /// An approval of `soa` as `isms approve soa` records it.
    private static func approval(of soa: StatementOfApplicability, version: Int = 1) -> SoAApproval {
        SoAApproval(
            id: SoAApproval.id(version: version), version: version, approvedBy: "Board", role: "Director",
            approvedOn: CalendarDate("2026-05-01"), sha256: soa.sha256, controls: soa.summaries,
            origin: RecordOrigin(path: "controls/approvals/SOA-V\(version).yaml"))
    }

    @Test("the canonical rendering: Annex A in the standard's order, then the others in natural order, fields by tab")
    func canonicalRendering() {
        let soa = StatementOfApplicability(controls: [
            Self.control("ORG-10"),
            Self.control("A.5.10", applicable: false, status: nil, justification: " No\n  site.\t"),
            Self.control("ORG-2", applicable: nil, status: .planned, justification: ""), Self.control("A.5.2"),
            Self.control("A.5.2", justification: "a second record of an id is left out"),
        ])
        #expect(
            soa.canonicalText
                == "A.5.2\tyes\timplemented\tWhy.\nA.5.10\tno\tunset\tNo site.\nORG-2\tunset\tplanned\t\nORG-10\tyes\timplemented\tWhy.\n"
        )
        // Recomputed independently of the type, as an auditor would.
        #expect(soa.sha256 == Digest.sha256(Array(soa.canonicalText.utf8)))
        #expect(soa.entries[0].summary == "yes implemented " + String(Digest.sha256(Array("Why.".utf8)).prefix(16)))
        // Stable: the same records in another order give the same text.
        let again = StatementOfApplicability(controls: [
            Self.control("A.5.2"), Self.control("ORG-2", applicable: nil, status: .planned, justification: ""),
            Self.control("A.5.10", applicable: false, status: nil, justification: "No site."), Self.control("ORG-10"),
        ])
        #expect(again.sha256 == soa.sha256)
    }

    @Test("the digest changes with each decided field, not with whitespace or the title")
    func digestChangesWithEachField() {
        let base = StatementOfApplicability(controls: [Self.control("A.5.1")]).sha256
        let variants = [
            Self.control("A.5.1", applicable: false), Self.control("A.5.1", applicable: nil),
            Self.control("A.5.1", status: .partial), Self.control("A.5.1", status: nil),
            Self.control("A.5.1", justification: "Why not."), Self.control("A.5.2"),
        ]
        for variant in variants {
            #expect(StatementOfApplicability(controls: [variant]).sha256 != base, "\(variant)")
        }
        var retitled = Self.control("A.5.1", justification: "  Why.\n")
        retitled.title = "Another title"
        retitled.owner = "Somebody else"
        #expect(StatementOfApplicability(controls: [retitled]).sha256 == base)
    }

    @Test("what changed since an approval: added, removed, and changed naming the fields")
    func namesWhatChanged() {
        let approved = StatementOfApplicability(controls: [
            Self.control("A.5.1"), Self.control("A.5.2"), Self.control("A.5.3"), Self.control("ORG-1"),
        ])
        let now = StatementOfApplicability(controls: [
            Self.control("A.5.1", status: .partial, justification: "Other."), Self.control("A.5.2"),
            Self.control("A.5.3", applicable: false), Self.control("A.5.4"),
        ])
        let changes = now.changes(since: Self.approval(of: approved))
        #expect(
            changes.map(\.description) == [
                "A.5.1 changed (status, justification)", "A.5.3 changed (applicability)", "A.5.4 added",
                "ORG-1 removed",
            ])
        #expect(approved.changes(since: Self.approval(of: approved)).isEmpty)
    }

    // MARK: The check

    private static func approve(_ fixture: FixtureRegister, version: Int = 1) throws {
        let loaded = try fixture.load()
        guard
            case .write(let path, let text, _, _, _) = SoAApprovalRecord.plan(
                loaded, by: "Board", role: "Director", on: CalendarDate("2026-05-01")!)
        else {
            Issue.record("expected a record to write")
            return
        }
        #expect(path == "controls/approvals/SOA-V\(version).yaml")
        try fixture.write(path, text)
    }

    @Test("E209: never approved and the audit within the warning window (or past); far from it, nothing")
    func neverApproved() throws {
        let fixture = try FixtureRegister()
        // The fixture's audit is planned on 2026-11-16 with a 30-day window.
        #expect(try fixture.findings(.soaNeverApproved).isEmpty)
        #expect(try fixture.findings(.soaNeverApproved, asOf: "2026-10-16").isEmpty)
        let near = try fixture.findings(.soaNeverApproved, asOf: "2026-10-17")
        #expect(near.count == 1)
        #expect(near.first?.location.path == "isms.yaml")
        #expect(near.first?.message.contains("never been approved") == true)
        #expect(try fixture.findings(.soaNeverApproved, asOf: "2026-12-01").count == 1)
        try Self.approve(fixture)
        #expect(try fixture.findings(.soaNeverApproved, asOf: "2026-11-02").isEmpty)
    }

    @Test("approved and unchanged: no finding; the approval record reads back with what was written")
    func approvedUnchanged() throws {
        let fixture = try FixtureRegister()
        try Self.approve(fixture)
        #expect(try fixture.codes(asOf: "2026-11-02").isEmpty)
        let register = try fixture.load().register
        let approval = try #require(register.approvals.first)
        #expect(approval.version == 1)
        #expect(approval.approvedBy == "Board")
        #expect(approval.role == "Director")
        #expect(approval.approvedOn == CalendarDate("2026-05-01"))
        #expect(approval.controls.count == 93)
        #expect(approval.sha256 == StatementOfApplicability(controls: register.controls).sha256)
        guard
            case .unchanged = SoAApprovalRecord.plan(
                try fixture.load(), by: "B", role: "R", on: CalendarDate("2026-05-02")!)
        else {
            Issue.record("an unchanged SoA must not be approved again")
            return
        }
    }

    @Test("W208: approved, then changed, names the control and the field, at the approval's sha256")
    func changedSinceApproval() throws {
        let fixture = try FixtureRegister()
        try Self.approve(fixture)
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control("A.5.7", title: "Threat intelligence").replacingOccurrences(
                of: "Needed for the fixture.", with: "Needed for threat feeds."))
        let findings = try fixture.findings(.soaChangedSinceApproval)
        #expect(findings.count == 1)
        #expect(findings.first?.location.path == "controls/approvals/SOA-V1.yaml")
        #expect(findings.first?.location.line == 9)
        #expect(
            findings.first?.message.contains("version 1 was approved on 2026-05-01: A.5.7 changed (justification)")
                == true)
        #expect(try fixture.codes() == ["W208"])
        // Approved again: version 2, and the warning is gone.
        try Self.approve(fixture, version: 2)
        #expect(try fixture.codes().isEmpty)
    }

    @Test("approval records are refused when they are not what isms approve soa writes")
    func badRecords() throws {
        let fixture = try FixtureRegister()
        try fixture.write(
            "controls/approvals/SOA-V1.yaml",
            "id: SOA-V2\nversion: 1\napproved-by: B\nrole: R\napproved-on: 2026-05-01\nsha256: xyz\ncontrols: [A.5.1]\n"
        )
        let codes = try fixture.codes()
        #expect(codes.filter { $0 == "E104" }.count == 2, "\(codes)")
        #expect(codes.contains("E102"), "\(codes)")
        guard
            case .refused(let problems) = SoAApprovalRecord.plan(
                try fixture.load(), by: "B", role: "R", on: CalendarDate("2026-05-02")!)
        else {
            Issue.record("a broken approval record must stop a new approval")
            return
        }
        #expect(problems.allSatisfy { $0.location.path == "controls/approvals/SOA-V1.yaml" })
    }

    // MARK: The pack

    @Test("pack.xml: approved, changed and never approved, each valid (built-in validator and xmllint)")
    func packXML() throws {
        let fixture = try FixtureRegister()
        let never = PackXMLRenderer.render(try PackTesting.content(fixture))
        #expect(never.contains("<soa-approval state=\"not-approved\" sha256=\""))
        #expect(SchemaValidator.validate(xml: Array(never.utf8)).isEmpty)
        try Self.approve(fixture)
        let approved = PackXMLRenderer.render(try PackTesting.content(fixture))
        #expect(approved.contains("<soa-approval state=\"approved\""))
        #expect(
            approved.contains(
                "<approval id=\"SOA-V1\" version=\"1\" approved-by=\"Board\" role=\"Director\" approved-on=\"2026-05-01\" sha256=\""
            ))
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control("A.5.7", title: "Threat intelligence", extra: "").replacingOccurrences(
                of: "status: implemented", with: "status: partial"))
        try fixture.remove("controls/annex-a/A.5.8.yaml")
        try fixture.write("controls/custom/ORG-1.yaml", FixtureRegister.control("ORG-1", title: "Own"))
        let changed = PackXMLRenderer.render(try PackTesting.content(fixture))
        #expect(changed.contains("<soa-approval state=\"changed\""))
        #expect(changed.contains("<change control=\"A.5.7\" kind=\"changed\" fields=\"status\"/>"))
        #expect(changed.contains("<change control=\"ORG-1\" kind=\"added\"/>"))
        #expect(changed.contains("<change control=\"A.5.8\" kind=\"removed\"/>"))
        #expect(SchemaValidator.validate(xml: Array(changed.utf8)).isEmpty)
        try XMLFixtures.expectXmllintValid(changed)
    }

    @Test("index.html shows the version, the approver and what changed since, before the SoA table")
    func packHTML() throws {
        let fixture = try FixtureRegister()
        let never = PackHTMLRenderer.render(try PackTesting.content(fixture))
        #expect(never.contains("The Statement of Applicability has not been approved."))
        try Self.approve(fixture)
        try fixture.write(
            "controls/annex-a/A.5.7.yaml",
            FixtureRegister.control("A.5.7", title: "Threat intelligence", applicable: false))
        let html = PackHTMLRenderer.render(try PackTesting.content(fixture))
        let block = try PackTesting.excerpt(html, from: "<div class=\"soa-approval\">", to: "</div>")
        #expect(block.contains("<dt>Version</dt><dd>1</dd>"))
        #expect(block.contains("<dt>Approved by</dt><dd>Board (Director)</dd>"))
        #expect(block.contains("<dt>Approved on</dt><dd>2026-05-01</dd>"))
        #expect(block.contains("A.5.7</a> changed (applicability, status)</li>"))
        let table = try #require(html.range(of: "<table class=\"soa\">"))
        let approval = try #require(html.range(of: "<div class=\"soa-approval\">"))
        #expect(approval.lowerBound < table.lowerBound)
        let dutch = PackHTMLRenderer.render(try PackTesting.content(fixture, .nl))
        #expect(dutch.contains("<dt>Goedgekeurd door</dt><dd>Board (Director)</dd>"))
        #expect(dutch.contains("gewijzigd (toepasselijkheid, status)"))
    }
}
