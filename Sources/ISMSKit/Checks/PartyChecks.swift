/// Parties outside the EEA name the safeguard that makes the transfer lawful.
enum PartyChecks: RegisterCheck {
    static func findings(in context: CheckContext) -> [Finding] {
        context.register.parties.compactMap { party in
            guard !CountryCode.isInEEA(party.country), party.transferSafeguard == nil else { return nil }
            return Finding(
                .transferWithoutSafeguard,
                .partyTransferWithoutSafeguard(party: party.id, country: party.country),
                at: party.origin.location(of: "country"))
        }
    }
}
