import Foundation
import FoundationXML
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("OSCAL export of the risk register: schema, mapping, links, escaping, XML and JSON alike")
struct OSCALRiskTests {
    @Test("a register with risks exports valid XML (libxml2 and xmllint) with one risk each")
    func fixtureValid() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        let risks = try OSCALRiskView.fromXML(xml)
        #expect(risks.map { String($0.title.prefix(4)) } == ["R-1 ", "R-2 ", "R-3 "])
        #expect(risks.map(\.uuid) == ["R-1", "R-2", "R-3"].map { OSCALRiskFixtures.uuid("risk", $0) })
        let json = try OSCALFixtures.export(fixture, format: .json).text
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
        #expect(try OSCALRiskView.fromJSON(json) == risks)
    }

    @Test("status, levels, owner, controls, actions and acceptance map onto OSCAL's risk")
    func mapping() throws {
        let xml = try OSCALFixtures.export(try ReportFixture.makeWithRisks()).text
        let risks = try OSCALRiskView.fromXML(xml)
        try #require(risks.count == 3)
        let (r1, r2, r3) = (risks[0], risks[1], risks[2])
        // treated and accepted, treated within the criteria, open.
        #expect([r1.status, r2.status, r3.status] == ["deviation-approved", "deviation-approved", "open"])
        #expect(r1.title == "R-1 " + ReportFixture.hostileRiskTitle)
        // No description: the title.
        #expect(r1.description == [ReportFixture.hostileRiskTitle])
        #expect(r1.statement == ["Threat: Phishing", "Assets: klantportaal; back-ups.", "Threatens confidentiality."])
        #expect(r2.statement == ["The risk record names no threat, vulnerability or assets."])
        #expect(
            r1.props.filter { $0.name != "risk-id" }.map { "\($0.name)=\($0.value)" } == [
                "owner=Security Officer", "status=treated", "treatment=modify", "affects=confidentiality",
                "identified=2026-03-01", "review-by=2027-03-01", "acceptance=accepted", "processing=newsletter",
            ])
        #expect(r2.props.contains(.init(name: "acceptance", value: "not-needed")))
        #expect(r3.props.contains(.init(name: "acceptance", value: "missing")))
        #expect(r1.props.allSatisfy { $0.ns == OSCALRiskFixtures.namespace })
        #expect(
            r1.facets == [
                "inherent-likelihood=possible", "inherent-impact=major", "inherent-level=high",
                "residual-likelihood=unlikely", "residual-impact=major", "residual-level=medium",
            ])
        #expect(r1.facetSystems == [OSCALRiskFixtures.namespace])
        // OSCAL's own facet property tells initial from adjusted (residual) risk.
        #expect(r1.facetStates == ["initial", "initial", "initial", "adjusted", "adjusted", "adjusted"])
        // No residual rating: residual facets as inherent, said in their remarks.
        #expect(r2.facets.suffix(3) == ["residual-likelihood=rare", "residual-impact=minor", "residual-level=low"])
        #expect(r2.facetRemarks == ["No residual rating recorded: as inherent."])
        // The characterization is the organisation's own assessment.
        #expect(r1.actors == [OSCALRiskFixtures.uuid("party", "organisation")])
        #expect(
            r1.factors.map(\.uuid)
                == ["A.5.1", "A.5.7"].map { OSCALRiskFixtures.uuid("mitigating-factor", "R-1\n" + $0) })
        #expect(r1.factors[0].props.contains(.init(name: "coverage", value: "covered")))
        #expect(r1.factors[1].props.contains(.init(name: "coverage", value: "missing")))
        #expect(r1.factors[1].description.first?.hasPrefix("A.5.7 ") == true)
        #expect(r2.factors.isEmpty)
        let action = try #require(r1.remediations.first)
        #expect(action.uuid == OSCALRiskFixtures.uuid("remediation", "R-1\n1"))
        #expect(action.lifecycle == "planned")
        #expect(action.title == "MFA verplicht; e-mail: beheer@example.nl")
        #expect(action.props.map(\.value) == ["IT Lead", "2026-09-30"])
        #expect(action.tasks == ["action \(OSCALRiskFixtures.uuid("task", "R-1\n1")) 2026-09-30T23:59:59Z"])
        let entry = try #require(r1.log.first)
        #expect(entry.uuid == OSCALRiskFixtures.uuid("risk-log-entry", "R-1"))
        #expect(entry.start == "2026-03-01T00:00:00Z")
        #expect(
            entry.props.map { "\($0.name)=\($0.value)" } == [
                "accepted-by=Security Officer", "level=medium", "until=2026-06-20",
            ])
        #expect(r2.log.isEmpty && r3.log.isEmpty)
    }

    @Test("findings of the controls that treat a risk point at it (associated-risk, related-risks in JSON)")
    func findingsLinkRisks() throws {
        let fixture = try ReportFixture.makeWithRisks()
        let xml = try OSCALFixtures.export(fixture).text
        let r1 = OSCALRiskFixtures.uuid("risk", "R-1")
        let r3 = OSCALRiskFixtures.uuid("risk", "R-3")
        #expect(OSCALRiskFixtures.associatedRisks("a.5.1", in: xml) == [r1])
        #expect(OSCALRiskFixtures.associatedRisks("a.5.7", in: xml) == [r1])
        #expect(OSCALRiskFixtures.associatedRisks("a.5.2", in: xml) == [r3])
        #expect(OSCALRiskFixtures.associatedRisks("a.5.4", in: xml) == [])
        try OSCALRiskFixtures.expectReferencesResolve(xml)
        let json = try OSCALFixtures.parse(try OSCALFixtures.export(fixture, format: .json).text)
        let findings = try #require((json["results"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        for finding in findings {
            let token = try #require((finding["target"] as? [String: Any])?["target-id"] as? String)
            let related = (finding["related-risks"] as? [[String: Any]] ?? []).compactMap { $0["risk-uuid"] as? String }
            #expect(related == OSCALRiskFixtures.associatedRisks(token, in: xml), "\(token)")
        }
    }

    @Test("treated risks whose acceptance is missing, lapsed or too low stay open; closed is closed")
    func statusMapping() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk("R-1", acceptance: nil),
            RiskFixtures.risk(
                "R-2", acceptance: "  by: Security Officer\n  date: 2025-01-01\n  level: medium\n  until: 2026-01-01\n"),
            RiskFixtures.risk(
                "R-3", acceptance: "  by: Security Officer\n  date: 2026-03-01\n  level: low\n  until: 2027-03-01\n"),
            RiskFixtures.risk("R-4", status: "closed"),
            RiskFixtures.risk("R-5"),
            RiskFixtures.risk(
                "R-6", acceptance: "  by: Intern\n  date: 2026-03-01\n  level: medium\n  until: 2027-03-01\n"),
        ])
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        let risks = try OSCALRiskView.fromXML(xml)
        try #require(risks.count == 6)
        #expect(risks.map(\.status) == ["open", "open", "open", "closed", "deviation-approved", "open"])
        #expect(
            risks.map { $0.props.first { $0.name == "acceptance" }?.value }
                == ["missing", "expired", "below-current-level", nil, "accepted", "accepted"])
        #expect(risks[1].log.first?.description.last == "On 2026-06-01 the acceptance has lapsed.")
        #expect(
            risks[5].log.first?.description.last
                == "The risk method does not name Intern as one who may accept this level.")
        try OSCALFixtures.expectSameContent(xml: xml, json: try OSCALFixtures.export(fixture, format: .json).text)
    }

    @Test("hostile risk text stays text in XML and JSON, both stay valid, and the text survives")
    func hostileText() throws {
        let hostile = #"<b>x</b> ]]> &amp; \"q\" 'a' * _ [l](u) \u0001 \uFFFE end"#
        let expected = #"<b>x</b> ]]> &amp; "q" 'a' * _ [l](u) "# + "\u{FFFD} \u{FFFD} end"
        let risk = RiskFixtures.risk(
            "R-1",
            extra: """
                description: "\(hostile)\\n\\n  second ]]> paragraph\\r\\n  \(hostile)"
                threat: "\\t\(hostile)"
                vulnerability: "\(hostile)"
                assets: ["\(hostile)", "plain"]
                planned:
                  - action: "\(hostile)"
                    owner: "\(hostile)"
                    due: 2026-09-30

                """
        )
        .replacingOccurrences(of: "title: \"Stolen password\"", with: "title: \"\(hostile)\"")
        .replacingOccurrences(of: "owner: Security Officer\nidentified", with: "owner: \"\(hostile)\"\nidentified")
        let fixture = try FixtureRegister.withRisks([risk])
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        #expect(!xml.contains("<b>"))
        #expect(!xml.contains("]]>"))
        #expect(!xml.contains("\u{1}"))
        let view = try #require(try OSCALRiskView.fromXML(xml).first)
        #expect(view.title == "R-1 " + expected)
        #expect(view.description == [expected, "second ]]> paragraph " + expected])
        #expect(view.statement == ["Threat: " + expected, "Vulnerability: " + expected, "Assets: \(expected); plain."])
        #expect(view.props.contains(.init(name: "owner", value: expected)))
        #expect(view.remediations.first?.title == expected)
        #expect(view.remediations.first?.props.first == .init(name: "owner", value: expected))

        let json = try OSCALFixtures.export(fixture, format: .json).text
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
        #expect(try OSCALRiskView.fromJSON(json) == [view])
        // JSON markup is Markdown, escaped; plain strings are as they are.
        let raw = try #require(
            (OSCALFixtures.parse(json)["results"] as? [[String: Any]])?.first?["risks"] as? [[String: Any]])
        #expect(
            (raw.first?["title"] as? String)?.hasPrefix(#"R-1 \<b\>x\</b\> \]\]\> \&amp; "q" 'a' \* \_ \[l\](u) "#)
                == true)
    }

    @Test("an acceptance date OSCAL 1.0.6 cannot express leaves the risk log out, and says so")
    func unrepresentableAcceptance() throws {
        let fixture = try FixtureRegister.withRisks([
            RiskFixtures.risk(
                "R-1", acceptance: "  by: Security Officer\n  date: 0000-01-01\n  level: medium\n  until: 2027-03-01\n",
                extra: "planned:\n  - action: Later\n    owner: IT Lead\n    due: 3001-01-01\n")
        ])
        let export = try OSCALFixtures.export(fixture)
        #expect(OSCALFixtures.validate(export.text) == [])
        let view = try #require(try OSCALRiskView.fromXML(export.text).first)
        #expect(view.log.isEmpty)
        #expect(export.notes.contains { $0.hasPrefix("Risk R-1: its acceptance has no date OSCAL 1.0.6 can express") })
        // The due date stays a property; the task has no timing.
        #expect(view.remediations.first?.props.last == .init(name: "due", value: "3001-01-01"))
        #expect(view.remediations.first?.tasks == ["action \(OSCALRiskFixtures.uuid("task", "R-1\n1")) -"])
    }

    @Test("without a risk method the risks are exported without levels, and stay valid")
    func noMethod() throws {
        let fixture = try FixtureRegister.withRisks()
        try fixture.write("isms.yaml", FixtureRegister.settings)
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        let view = try #require(try OSCALRiskView.fromXML(xml).first)
        #expect(view.facets.allSatisfy { !$0.contains("-level=") })
        #expect(view.status == "open")
        #expect(xml.contains("isms.yaml has no risk method, so their levels are not judged"))
    }

    @Test("a register without risks exports none, and a risk id used twice is exported once")
    func noneAndDuplicates() throws {
        let plain = try OSCALFixtures.export(try FixtureRegister()).text
        #expect(!plain.contains("<risk "))
        #expect(!plain.contains("<associated-risk "))
        let fixture = try FixtureRegister.withRisks([RiskFixtures.risk("R-1"), RiskFixtures.risk("R-1")])
        let xml = try OSCALFixtures.export(fixture).text
        #expect(OSCALFixtures.validate(xml) == [])
        #expect(OSCALFixtures.count("<risk uuid=", in: xml) == 1)
        #expect(OSCALRiskFixtures.associatedRisks("a.5.1", in: xml) == [OSCALRiskFixtures.uuid("risk", "R-1")])
    }

    @Test("the example register's twelve risks export valid XML and the same JSON")
    func exampleRegister() throws {
        let loaded = try RegisterLoader.load(root: IsmsBinary.repositoryRoot)
        let asOf = CalendarDate("2026-11-02")!
        let xml = try OSCALExporter.export(loaded, asOf: asOf, format: .xml).text
        #expect(OSCALFixtures.validate(xml) == [])
        try OSCALFixtures.expectXmllintValid(xml)
        let risks = try OSCALRiskView.fromXML(xml)
        #expect(risks.count == loaded.register.risks.count)
        #expect(risks.count == 12)
        #expect(Set(risks.map(\.status)).isSubset(of: ["open", "deviation-approved", "closed"]))
        let fire = try #require(risks.first { $0.title.hasPrefix("R-006 ") })
        #expect(fire.status == "deviation-approved")
        #expect(fire.log.count == 1)
        #expect(risks.allSatisfy { $0.facets.count == 6 })
        try OSCALRiskFixtures.expectReferencesResolve(xml)
        let json = try OSCALExporter.export(loaded, asOf: asOf, format: .json).text
        try OSCALFixtures.expectSameContent(xml: xml, json: json)
        #expect(try OSCALRiskView.fromJSON(json) == risks)
    }
}

/// UUIDs, references and links for the risk tests.
enum OSCALRiskFixtures {
    static let namespace = "urn:isms:oscal"

    static func uuid(_ kind: String, _ key: String) -> String {
        OSCALUUID.make(organisation: "Fixture B.V.", audit: "2026", kind: kind, key: key)
    }

    /// The `risk-uuid`s of the finding whose target is `token`.
    static func associatedRisks(_ token: String, in xml: String) -> [String] {
        guard let target = xml.range(of: "target-id=\"\(token)\">"),
            let end = xml.range(of: "</finding>", range: target.upperBound..<xml.endIndex)
        else { return [] }
        return OSCALFixtures.matches(
            #"<associated-risk risk-uuid="([^"]+)"/>"#, in: String(xml[target.upperBound..<end.lowerBound]))
    }

    /// Every `risk-uuid` names a risk of the document, every `actor-uuid` a party.
    static func expectReferencesResolve(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    {
        let risks = Set(OSCALFixtures.matches(#"<risk uuid="([^"]+)""#, in: xml))
        let parties = Set(OSCALFixtures.matches(#"<party uuid="([^"]+)""#, in: xml))
        let referenced = OSCALFixtures.matches(#"risk-uuid="([^"]+)""#, in: xml)
        #expect(!referenced.isEmpty || risks.isEmpty, sourceLocation: sourceLocation)
        for uuid in referenced { #expect(risks.contains(uuid), sourceLocation: sourceLocation) }
        for uuid in OSCALFixtures.matches(#"actor-uuid="([^"]+)""#, in: xml) {
            #expect(parties.contains(uuid), sourceLocation: sourceLocation)
        }
    }
}

/// What a risk carries, read back from the XML (with a real parser) or from the JSON (with its
/// Markdown escapes undone), so the two renderings can be compared value for value.
struct OSCALRiskView: Equatable {
    struct Prop: Equatable {
        var name: String
        var value: String
        var ns: String? = OSCALRiskFixtures.namespace
    }
    struct Factor: Equatable {
        var uuid: String
        var description: [String]
        var props: [Prop]
    }
    struct Remediation: Equatable {
        var uuid: String
        var lifecycle: String
        var title: String
        var description: [String]
        var props: [Prop]
        /// `type uuid date` per task, `-` for no date.
        var tasks: [String]
    }
    struct Entry: Equatable {
        var uuid: String
        var title: String
        var description: [String]
        var start: String
        var props: [Prop]
    }

    var uuid: String
    var title: String
    var description: [String]
    var statement: [String]
    var props: [Prop]
    var status: String
    var actors: [String]
    /// `name=value`, in order.
    var facets: [String]
    var facetSystems: Set<String>
    /// The `state` property of each facet, in order.
    var facetStates: [String]
    var facetRemarks: Set<String>
    var factors: [Factor]
    var remediations: [Remediation]
    var log: [Entry]

    // MARK: From XML

    static func fromXML(_ xml: String) throws -> [OSCALRiskView] {
        let document = try XMLDocument(data: Data(xml.utf8))
        return try document.nodes(forXPath: "//*[local-name()='risk']").compactMap { $0 as? XMLElement }.map(view)
    }

    private static func view(_ risk: XMLElement) throws -> OSCALRiskView {
        let facets = elements(risk, "characterization").flatMap { elements($0, "facet") }
        return OSCALRiskView(
            uuid: attribute(risk, "uuid"),
            title: text(risk, "title"), description: paragraphs(risk, "description"),
            statement: paragraphs(risk, "statement"), props: props(risk), status: text(risk, "status"),
            actors: elements(risk, "characterization").flatMap { elements($0, "origin") }
                .flatMap { elements($0, "actor") }.map { attribute($0, "actor-uuid") },
            facets: facets.map { attribute($0, "name") + "=" + attribute($0, "value") },
            facetSystems: Set(facets.map { attribute($0, "system") }),
            facetStates: facets.map { facet in
                props(facet).filter { $0.name == "state" && $0.ns == nil }.map(\.value).joined(separator: ",")
            },
            facetRemarks: Set(facets.flatMap { paragraphs($0, "remarks") }),
            factors: elements(risk, "mitigating-factor").map {
                Factor(uuid: attribute($0, "uuid"), description: paragraphs($0, "description"), props: props($0))
            },
            remediations: elements(risk, "response").map { response in
                Remediation(
                    uuid: attribute(response, "uuid"), lifecycle: attribute(response, "lifecycle"),
                    title: text(response, "title"), description: paragraphs(response, "description"),
                    props: props(response),
                    tasks: elements(response, "task").map { task in
                        let date = elements(task, "timing").flatMap { elements($0, "on-date") }.first
                        return "\(attribute(task, "type")) \(attribute(task, "uuid")) "
                            + (date.map { attribute($0, "date") } ?? "-")
                    })
            },
            log: elements(risk, "risk-log").flatMap { elements($0, "entry") }.map {
                Entry(
                    uuid: attribute($0, "uuid"), title: text($0, "title"), description: paragraphs($0, "description"),
                    start: text($0, "start"), props: props($0))
            })
    }

    private static func elements(_ parent: XMLElement, _ name: String) -> [XMLElement] {
        (parent.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }

    private static func text(_ parent: XMLElement, _ name: String) -> String {
        elements(parent, name).first?.stringValue ?? ""
    }

    private static func paragraphs(_ parent: XMLElement, _ name: String) -> [String] {
        elements(parent, name).flatMap { elements($0, "p") }.map { $0.stringValue ?? "" }
    }

    /// An attribute without namespace (looked up by hand: `attribute(forName:)` of FoundationXML on
    /// Linux finds none on an element in a default namespace).
    private static func optionalAttribute(_ element: XMLElement, _ name: String) -> String? {
        (element.attributes ?? []).first { ($0.localName ?? $0.name) == name }?.stringValue
    }

    private static func attribute(_ element: XMLElement, _ name: String) -> String {
        optionalAttribute(element, name) ?? ""
    }

    private static func props(_ parent: XMLElement) -> [Prop] {
        elements(parent, "prop").map {
            Prop(name: attribute($0, "name"), value: attribute($0, "value"), ns: optionalAttribute($0, "ns"))
        }
    }

    // MARK: From JSON

    static func fromJSON(_ json: String) throws -> [OSCALRiskView] {
        let root = try OSCALFixtures.parse(json)
        let result = try #require((root["results"] as? [[String: Any]])?.first)
        return (result["risks"] as? [[String: Any]] ?? []).map(view)
    }

    private static func view(_ risk: [String: Any]) -> OSCALRiskView {
        let characterizations = objects(risk, "characterizations")
        let facets = characterizations.flatMap { objects($0, "facets") }
        return OSCALRiskView(
            uuid: string(risk, "uuid"), title: unescape(string(risk, "title")),
            description: paragraphs(risk, "description"), statement: paragraphs(risk, "statement"),
            props: props(risk), status: string(risk, "status"),
            actors: characterizations.flatMap { objects($0["origin"] as? [String: Any] ?? [:], "actors") }
                .map { string($0, "actor-uuid") },
            facets: facets.map { string($0, "name") + "=" + string($0, "value") },
            facetSystems: Set(facets.map { string($0, "system") }),
            facetStates: facets.map { facet in
                props(facet).filter { $0.name == "state" && $0.ns == nil }.map(\.value).joined(separator: ",")
            },
            facetRemarks: Set(facets.flatMap { paragraphs($0, "remarks") }),
            factors: objects(risk, "mitigating-factors").map {
                Factor(uuid: string($0, "uuid"), description: paragraphs($0, "description"), props: props($0))
            },
            remediations: objects(risk, "remediations").map { response in
                Remediation(
                    uuid: string(response, "uuid"), lifecycle: string(response, "lifecycle"),
                    title: unescape(string(response, "title")), description: paragraphs(response, "description"),
                    props: props(response),
                    tasks: objects(response, "tasks").map { task in
                        let date =
                            ((task["timing"] as? [String: Any])?["on-date"] as? [String: Any])?["date"] as? String
                        return "\(string(task, "type")) \(string(task, "uuid")) \(date ?? "-")"
                    })
            },
            log: objects(risk["risk-log"] as? [String: Any] ?? [:], "entries").map {
                Entry(
                    uuid: string($0, "uuid"), title: unescape(string($0, "title")),
                    description: paragraphs($0, "description"), start: string($0, "start"), props: props($0))
            })
    }

    private static func objects(_ object: [String: Any], _ key: String) -> [[String: Any]] {
        object[key] as? [[String: Any]] ?? []
    }

    private static func string(_ object: [String: Any], _ key: String) -> String { object[key] as? String ?? "" }

    private static func paragraphs(_ object: [String: Any], _ key: String) -> [String] {
        guard let text = object[key] as? String else { return [] }
        return text.components(separatedBy: "\n\n").map(unescape)
    }

    private static func props(_ object: [String: Any]) -> [Prop] {
        objects(object, "props").map {
            Prop(name: string($0, "name"), value: string($0, "value"), ns: $0["ns"] as? String)
        }
    }

    /// Undoes the exporter's Markdown escapes: a backslash before ASCII punctuation.
    private static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            out.append(character)
        }
        return out
    }
}
