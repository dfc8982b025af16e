/// A risk's levels as OSCAL facets: likelihood, impact and level before and after treatment, in
/// isms's own naming system, as the organisation assessed them.
extension OSCALRiskBuilder {
    /// The organisation's assessment: likelihood, impact and level before and after treatment.
    func characterization(_ risk: Risk) -> OSCAL.Characterization? {
        var facets: [OSCAL.Facet] = []
        if let inherent = risk.inherent { facets += self.facets(inherent, stage: "inherent") }
        if let residual = risk.residual {
            facets += self.facets(residual, stage: "residual")
        } else if let inherent = risk.inherent {
            facets += self.facets(inherent, stage: "residual", remark: "No residual rating recorded: as inherent.")
        }
        guard !facets.isEmpty else { return nil }
        return OSCAL.Characterization(actorPartyUUID: partyUUID, facets: facets)
    }

    /// `<stage>-likelihood`, `-impact` and `-level`, each left out when it has no value, with
    /// OSCAL's own `state` property, so a tool that knows no isms names still tells the two apart.
    func facets(_ rating: Risk.Rating, stage: String, remark: String? = nil) -> [OSCAL.Facet] {
        let state = OSCAL.Property(name: "state", value: stage == "inherent" ? "initial" : "adjusted", ns: nil)
        let level = method.flatMap { method in
            method.level(rating).flatMap { method.levels.indices.contains($0) ? method.levels[$0].key : nil }
        }
        let values = [("likelihood", rating.likelihood), ("impact", rating.impact), ("level", level ?? "")]
        return values.compactMap { name, value in
            OSCALText.line(value).map {
                OSCAL.Facet(
                    name: "\(stage)-\(name)", system: OSCAL.propertyNamespace, value: $0, props: [state],
                    remarks: remark.map { [$0] } ?? [])
            }
        }
    }
}
