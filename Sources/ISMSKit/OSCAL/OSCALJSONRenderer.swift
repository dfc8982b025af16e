import Foundation

/// Writes the assessment-results document in OSCAL's JSON shape: `{"assessment-results": {...}}`,
/// kebab-case keys, repeated elements as arrays under their plural group names (`props`,
/// `observations`, `rlinks`), empty arrays left out. Markup fields are Markdown, so their text is
/// Markdown-escaped (`OSCALText.markdown`); JSONEncoder escapes every string. Keys are sorted, so
/// the bytes depend only on the document.
enum OSCALJSONRenderer {
    static func render(_ document: OSCAL.AssessmentResults) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(Root(document: document)), as: UTF8.self) + "\n"
        } catch {
            // Only non-finite numbers fail to encode, and the document holds none.
            preconditionFailure("OSCAL JSON encoding failed: \(error)")
        }
    }
}

/// A JSON key by name.
struct OSCALJSONKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// Encodes through a closure, for the nested objects of the model.
struct OSCALJSONObject: Encodable {
    let body: (inout KeyedEncodingContainer<OSCALJSONKey>) throws -> Void

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: OSCALJSONKey.self)
        try body(&container)
    }
}

/// The writers of OSCAL's JSON shapes, shared by this file and `OSCALJSONRenderer+Risk.swift`.
extension KeyedEncodingContainer where K == OSCALJSONKey {
    mutating func put(_ key: String, _ value: some Encodable) throws {
        try encode(value, forKey: OSCALJSONKey(key))
    }

    mutating func put(_ key: String, ifPresent value: String?) throws {
        if let value { try encode(value, forKey: OSCALJSONKey(key)) }
    }

    /// An array, left out when empty (OSCAL's JSON schema requires at least one item).
    mutating func list<T>(_ key: String, _ items: [T], _ object: (T) -> OSCALJSONObject) throws {
        if !items.isEmpty { try encode(items.map(object), forKey: OSCALJSONKey(key)) }
    }

    mutating func strings(_ key: String, _ items: [String]) throws {
        if !items.isEmpty { try encode(items, forKey: OSCALJSONKey(key)) }
    }

    /// A markup-line field.
    mutating func line(_ key: String, _ text: String) throws {
        try encode(OSCALText.markdown(text), forKey: OSCALJSONKey(key))
    }

    /// A markup-multiline field: paragraphs separated by a blank line; left out when empty.
    mutating func markup(_ key: String, _ paragraphs: [String]) throws {
        guard !paragraphs.isEmpty else { return }
        try encode(paragraphs.map(OSCALText.markdown).joined(separator: "\n\n"), forKey: OSCALJSONKey(key))
    }

    mutating func props(_ props: [OSCAL.Property]) throws {
        try list("props", props) { prop in
            OSCALJSONObject { c in
                try c.put("name", prop.name)
                try c.put("ns", ifPresent: prop.ns)
                try c.put("value", prop.value)
            }
        }
    }

    mutating func links(_ links: [OSCAL.Link]) throws {
        try list("links", links) { link in
            OSCALJSONObject { c in
                try c.put("href", link.href)
                try c.put("rel", ifPresent: link.rel)
            }
        }
    }
}

private struct Root: Encodable {
    let document: OSCAL.AssessmentResults

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: OSCALJSONKey.self)
        try container.put("assessment-results", OSCALJSONObject(body: body))
    }

    private func body(_ c: inout KeyedEncodingContainer<OSCALJSONKey>) throws {
        try c.put("uuid", document.uuid)
        try c.put("metadata", metadata(document.metadata))
        try c.put(
            "import-ap",
            OSCALJSONObject { c in
                try c.put("href", document.importAP.href)
                try c.markup("remarks", document.importAP.remarks)
            })
        try c.list("results", document.results, result)
        if !document.backMatter.isEmpty {
            try c.put("back-matter", OSCALJSONObject { c in try c.list("resources", document.backMatter, resource) })
        }
    }

    private func metadata(_ metadata: OSCAL.Metadata) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.line("title", metadata.title)
            try c.put("published", metadata.published)
            try c.put("last-modified", metadata.lastModified)
            try c.put("version", metadata.version)
            try c.put("oscal-version", OSCAL.version)
            try c.props(metadata.props)
            try c.list("parties", metadata.parties) { party in
                OSCALJSONObject { c in
                    try c.put("uuid", party.uuid)
                    try c.put("type", party.type)
                    try c.put("name", ifPresent: party.name)
                    try c.links(party.links)
                    try c.strings("email-addresses", party.emailAddresses)
                    try c.list("telephone-numbers", party.telephoneNumbers) { number in
                        OSCALJSONObject { c in try c.put("number", number) }
                    }
                    if !party.addressLines.isEmpty {
                        try c.put(
                            "addresses", [OSCALJSONObject { c in try c.strings("addr-lines", party.addressLines) }])
                    }
                }
            }
        }
    }

    private func result(_ result: OSCAL.Result) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", result.uuid)
            try c.line("title", result.title)
            try c.markup("description", result.description)
            try c.put("start", result.start)
            try c.put("end", ifPresent: result.end)
            try c.props(result.props)
            let reviewed = result.reviewedControls
            try c.put(
                "reviewed-controls",
                OSCALJSONObject { c in
                    let selection = OSCALJSONObject { c in
                        try c.markup("description", reviewed.description)
                        if reviewed.includeControls.isEmpty {
                            try c.put("include-all", OSCALJSONObject { _ in })
                        }
                        try c.list("include-controls", reviewed.includeControls, controlID)
                        try c.list("exclude-controls", reviewed.excludeControls, controlID)
                    }
                    try c.put("control-selections", [selection])
                })
            try c.list("observations", result.observations, observation)
            try c.list("risks", result.risks, OSCALJSONRenderer.risk)
            try c.list("findings", result.findings, finding)
            try c.markup("remarks", result.remarks)
        }
    }

    private func controlID(_ token: String) -> OSCALJSONObject {
        OSCALJSONObject { c in try c.put("control-id", token) }
    }

    private func observation(_ observation: OSCAL.Observation) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", observation.uuid)
            try c.line("title", observation.title)
            try c.markup("description", observation.description)
            try c.props(observation.props)
            try c.strings("methods", observation.methods)
            try c.list("relevant-evidence", observation.relevantEvidence) { evidence in
                OSCALJSONObject { c in
                    try c.put("href", ifPresent: evidence.href)
                    try c.markup("description", evidence.description)
                    try c.props(evidence.props)
                    try c.links(evidence.links)
                }
            }
            try c.put("collected", observation.collected)
            try c.put("expires", ifPresent: observation.expires)
        }
    }

    private func finding(_ finding: OSCAL.Finding) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", finding.uuid)
            try c.line("title", finding.title)
            try c.markup("description", finding.description)
            try c.props(finding.props)
            let target = finding.target
            try c.put(
                "target",
                OSCALJSONObject { c in
                    try c.put("type", target.type)
                    try c.put("target-id", target.targetID)
                    try c.line("title", target.title)
                    try c.put(
                        "status",
                        OSCALJSONObject { c in
                            try c.put("state", target.state)
                            try c.put("reason", target.reason)
                        })
                    if let state = target.implementationStatus {
                        try c.put("implementation-status", OSCALJSONObject { c in try c.put("state", state) })
                    }
                })
            try c.list("related-observations", finding.relatedObservations) { uuid in
                OSCALJSONObject { c in try c.put("observation-uuid", uuid) }
            }
            try c.list("related-risks", finding.associatedRisks) { uuid in
                OSCALJSONObject { c in try c.put("risk-uuid", uuid) }
            }
        }
    }

    private func resource(_ resource: OSCAL.Resource) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", resource.uuid)
            try c.line("title", resource.title)
            try c.markup("description", resource.description)
            try c.props(resource.props)
            try c.list("rlinks", resource.rlinks) { rlink in
                OSCALJSONObject { c in
                    try c.put("href", rlink.href)
                    if let sha256 = rlink.sha256 {
                        try c.put(
                            "hashes",
                            [
                                OSCALJSONObject { c in
                                    try c.put("algorithm", "SHA-256")
                                    try c.put("value", sha256)
                                }
                            ])
                    }
                }
            }
        }
    }
}
