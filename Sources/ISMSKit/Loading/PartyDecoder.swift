import Yams

/// Turns a party record into a `Party`.
enum PartyDecoder {
    static func decode(_ node: Node?, path: String, sink: FindingSink) -> Party? {
        guard let reader = RecordReader(node, path: path, schema: schema, sink: sink)
        else { return nil }
        let id = RecordID.read(reader)
        let name = reader.text("name")
        let role = reader.choice("role", as: Party.Role.self, required: true)
        let country = CountryCode.read(reader, key: "country", required: true)
        let services = reader.strings("services", required: true)
        let url = reader.text("privacy-url", required: false)
        let safeguard = reader.choice("transfer-safeguard", as: TransferSafeguard.self)
        guard let id, let role, let country else { return nil }
        return Party(
            id: id, name: name ?? id, role: role, country: country, services: services ?? [], privacyURL: url,
            transferSafeguard: safeguard, origin: reader.origin())
    }
}
