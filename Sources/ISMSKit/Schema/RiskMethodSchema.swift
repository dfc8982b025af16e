/// The keys of the `risk` section of isms.yaml: the risk method.
extension RiskMethodDecoder {
    static let acceptance = RecordSchema(
        "risk acceptance criteria",
        keys: [
            RecordKey(
                "retain-up-to", "string", .yes,
                "The highest risk level that may be retained without a formal acceptance by the risk owner.",
                allowed: "a level key"),
            RecordKey(
                "accepted-by", "mapping", .yes,
                "Who may accept a residual risk of each level above `retain-up-to`: level key → role. Whoever may accept a level may accept the levels below it.",
                allowed: "every level above `retain-up-to`, each with a role"),
        ])

    static let schema = RecordSchema(
        "risk method",
        keys: [
            RecordKey(
                "likelihood", "list of mappings", .yes, "The likelihood scale, lowest first; 3 to 6 steps.",
                allowed: "see the scale table below"),
            RecordKey(
                "impact", "list of mappings", .yes, "The impact scale, lowest first; 3 to 6 steps.",
                allowed: "see the scale table below"),
            RecordKey(
                "levels", "list of mappings", .yes, "The risk levels, lowest first; 3 to 6 levels.",
                allowed: "see the level table below"),
            RecordKey(
                "grid", "mapping", .yes,
                "The level of each likelihood and impact: likelihood key → list of level keys, one per impact step in scale order. Every likelihood has a row; a higher likelihood or impact never gives a lower level.",
                allowed: "`likely: [medium, medium, high, high, very-high]`"),
            RecordKey(
                "acceptance", "mapping", .yes, "The risk acceptance criteria (keys below).", nested: acceptance),
            RecordKey(
                "review", "duration", .yes,
                "How often each risk is reviewed: a risk whose record has no `review-by` is due `identified` plus this period.",
                allowed: "e.g. `12 months`"),
        ])

    static let scaleLevel = RecordSchema(
        "scale step",
        keys: [
            RecordKey(
                "key", "string", .yes, "What records write.", allowed: "lowercase kebab-case, unique in the scale"),
            RecordKey("en", "string", .yes, "Label in English."),
            RecordKey("nl", "string", .yes, "Label in Dutch."),
            RecordKey("description", "string", .yes, "What the step means, so that two assessors choose alike."),
        ])

    static let riskLevel = RecordSchema(
        "risk level",
        keys: [
            RecordKey(
                "key", "string", .yes, "What the grid and acceptances write.", allowed: "lowercase kebab-case, unique"),
            RecordKey("en", "string", .yes, "Label in English."),
            RecordKey("nl", "string", .yes, "Label in Dutch."),
            RecordKey("description", "string", .no, "What the level means for the organisation."),
        ])
}
