/// A result's risks in OSCAL XML, in the order of the 1.0.6 schema's `risk` sequence: title,
/// description, statement, props, status, characterizations, mitigating factors, responses,
/// risk log. Every text and attribute is escaped by `XMLWriter`.
extension OSCALXMLRenderer {
    static func risk(_ risk: OSCAL.Risk, _ writer: inout XMLWriter) {
        writer.element("risk", [("uuid", risk.uuid)]) { writer in
            writer.text("title", risk.title)
            markup("description", risk.description, &writer)
            markup("statement", risk.statement, &writer)
            props(risk.props, &writer)
            writer.text("status", risk.status)
            for characterization in risk.characterizations { self.characterization(characterization, &writer) }
            for factor in risk.mitigatingFactors {
                writer.element("mitigating-factor", [("uuid", factor.uuid)]) { writer in
                    markup("description", factor.description, &writer)
                    props(factor.props, &writer)
                }
            }
            for response in risk.remediations { self.response(response, &writer) }
            if !risk.logEntries.isEmpty {
                writer.element("risk-log") { writer in
                    for entry in risk.logEntries { self.logEntry(entry, &writer) }
                }
            }
        }
    }

    private static func characterization(_ characterization: OSCAL.Characterization, _ writer: inout XMLWriter) {
        writer.element("characterization") { writer in
            writer.element("origin") { writer in
                writer.empty("actor", [("type", "party"), ("actor-uuid", characterization.actorPartyUUID)])
            }
            for facet in characterization.facets {
                let attributes: XMLWriter.Attributes = [
                    ("name", facet.name), ("system", facet.system), ("value", facet.value),
                ]
                if facet.props.isEmpty, facet.remarks.isEmpty {
                    writer.empty("facet", attributes)
                } else {
                    writer.element("facet", attributes) { writer in
                        props(facet.props, &writer)
                        markup("remarks", facet.remarks, &writer)
                    }
                }
            }
        }
    }

    private static func response(_ response: OSCAL.Response, _ writer: inout XMLWriter) {
        writer.element("response", [("uuid", response.uuid), ("lifecycle", response.lifecycle)]) { writer in
            writer.text("title", response.title)
            markup("description", response.description, &writer)
            props(response.props, &writer)
            for task in response.tasks {
                writer.element("task", [("uuid", task.uuid), ("type", task.type)]) { writer in
                    writer.text("title", task.title)
                    if let date = task.onDate {
                        writer.element("timing") { writer in writer.empty("on-date", [("date", date)]) }
                    }
                }
            }
        }
    }

    private static func logEntry(_ entry: OSCAL.LogEntry, _ writer: inout XMLWriter) {
        writer.element("entry", [("uuid", entry.uuid)]) { writer in
            writer.text("title", entry.title)
            markup("description", entry.description, &writer)
            writer.text("start", entry.start)
            props(entry.props, &writer)
        }
    }
}
