/// Writes the assessment-results document as OSCAL XML, valid against the official 1.0.6 schema
/// (schema/oscal_assessment-results_schema.xsd): elements in the order of the schema's sequences,
/// every text and attribute escaped by `XMLWriter`.
enum OSCALXMLRenderer {
    static func render(_ document: OSCAL.AssessmentResults) -> String {
        var writer = XMLWriter()
        writer.element("assessment-results", [("xmlns", OSCAL.xmlNamespace), ("uuid", document.uuid)]) { writer in
            metadata(document.metadata, &writer)
            writer.element("import-ap", [("href", document.importAP.href)]) { writer in
                markup("remarks", document.importAP.remarks, &writer)
            }
            for result in document.results { self.result(result, &writer) }
            if !document.backMatter.isEmpty {
                writer.element("back-matter") { writer in
                    for resource in document.backMatter { self.resource(resource, &writer) }
                }
            }
        }
        return writer.document
    }

    private static func metadata(_ metadata: OSCAL.Metadata, _ writer: inout XMLWriter) {
        writer.element("metadata") { writer in
            writer.text("title", metadata.title)
            writer.text("published", metadata.published)
            writer.text("last-modified", metadata.lastModified)
            writer.text("version", metadata.version)
            writer.text("oscal-version", OSCAL.version)
            props(metadata.props, &writer)
            for party in metadata.parties {
                writer.element("party", [("uuid", party.uuid), ("type", party.type)]) { writer in
                    writer.text("name", ifPresent: party.name)
                    links(party.links, &writer)
                    for email in party.emailAddresses { writer.text("email-address", email) }
                    for number in party.telephoneNumbers { writer.text("telephone-number", number) }
                    if !party.addressLines.isEmpty {
                        writer.element("address") { writer in
                            for line in party.addressLines { writer.text("addr-line", line) }
                        }
                    }
                }
            }
        }
    }

    private static func result(_ result: OSCAL.Result, _ writer: inout XMLWriter) {
        writer.element("result", [("uuid", result.uuid)]) { writer in
            writer.text("title", result.title)
            markup("description", result.description, &writer)
            writer.text("start", result.start)
            writer.text("end", ifPresent: result.end)
            props(result.props, &writer)
            let reviewed = result.reviewedControls
            writer.element("reviewed-controls") { writer in
                writer.element("control-selection") { writer in
                    markup("description", reviewed.description, &writer)
                    if reviewed.includeControls.isEmpty {
                        writer.empty("include-all")
                    } else {
                        for token in reviewed.includeControls {
                            writer.empty("include-control", [("control-id", token)])
                        }
                    }
                    for token in reviewed.excludeControls { writer.empty("exclude-control", [("control-id", token)]) }
                }
            }
            for observation in result.observations { self.observation(observation, &writer) }
            for risk in result.risks { self.risk(risk, &writer) }
            for finding in result.findings { self.finding(finding, &writer) }
            markup("remarks", result.remarks, &writer)
        }
    }

    private static func observation(_ observation: OSCAL.Observation, _ writer: inout XMLWriter) {
        writer.element("observation", [("uuid", observation.uuid)]) { writer in
            writer.text("title", observation.title)
            markup("description", observation.description, &writer)
            props(observation.props, &writer)
            for method in observation.methods { writer.text("method", method) }
            for evidence in observation.relevantEvidence {
                writer.element("relevant-evidence", [("href", evidence.href)]) { writer in
                    markup("description", evidence.description, &writer)
                    props(evidence.props, &writer)
                    links(evidence.links, &writer)
                }
            }
            writer.text("collected", observation.collected)
            writer.text("expires", ifPresent: observation.expires)
        }
    }

    private static func finding(_ finding: OSCAL.Finding, _ writer: inout XMLWriter) {
        writer.element("finding", [("uuid", finding.uuid)]) { writer in
            writer.text("title", finding.title)
            markup("description", finding.description, &writer)
            props(finding.props, &writer)
            let target = finding.target
            writer.element("target", [("type", target.type), ("target-id", target.targetID)]) { writer in
                writer.text("title", target.title)
                writer.empty("status", [("state", target.state), ("reason", target.reason)])
                if let state = target.implementationStatus {
                    writer.empty("implementation-status", [("state", state)])
                }
            }
            for uuid in finding.relatedObservations {
                writer.empty("related-observation", [("observation-uuid", uuid)])
            }
            for uuid in finding.associatedRisks { writer.empty("associated-risk", [("risk-uuid", uuid)]) }
        }
    }

    private static func resource(_ resource: OSCAL.Resource, _ writer: inout XMLWriter) {
        writer.element("resource", [("uuid", resource.uuid)]) { writer in
            writer.text("title", resource.title)
            markup("description", resource.description, &writer)
            props(resource.props, &writer)
            for rlink in resource.rlinks {
                writer.element("rlink", [("href", rlink.href)]) { writer in
                    if let sha256 = rlink.sha256 { writer.text("hash", sha256, [("algorithm", "SHA-256")]) }
                }
            }
        }
    }

    // MARK: Shared with OSCALXMLRenderer+Risk.swift

    /// A markup-multiline field, one `<p>` per paragraph; nothing when there are none.
    static func markup(_ name: String, _ paragraphs: [String], _ writer: inout XMLWriter) {
        guard !paragraphs.isEmpty else { return }
        writer.element(name) { writer in
            for paragraph in paragraphs { writer.text("p", paragraph) }
        }
    }

    static func props(_ props: [OSCAL.Property], _ writer: inout XMLWriter) {
        for prop in props { writer.empty("prop", [("name", prop.name), ("ns", prop.ns), ("value", prop.value)]) }
    }

    private static func links(_ links: [OSCAL.Link], _ writer: inout XMLWriter) {
        for link in links { writer.empty("link", [("href", link.href), ("rel", link.rel)]) }
    }
}
