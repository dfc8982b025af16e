/// A result's risks in OSCAL's JSON shape, the same content as `OSCALXMLRenderer.risk`: group
/// names `characterizations`, `facets`, `mitigating-factors`, `remediations`, `tasks` and
/// `risk-log.entries`; markup fields Markdown-escaped, every string escaped by JSONEncoder.
extension OSCALJSONRenderer {
    static func risk(_ risk: OSCAL.Risk) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", risk.uuid)
            try c.line("title", risk.title)
            try c.markup("description", risk.description)
            try c.markup("statement", risk.statement)
            try c.props(risk.props)
            try c.put("status", risk.status)
            try c.list("characterizations", risk.characterizations, characterization)
            try c.list("mitigating-factors", risk.mitigatingFactors) { factor in
                OSCALJSONObject { c in
                    try c.put("uuid", factor.uuid)
                    try c.markup("description", factor.description)
                    try c.props(factor.props)
                }
            }
            try c.list("remediations", risk.remediations, response)
            if !risk.logEntries.isEmpty {
                try c.put("risk-log", OSCALJSONObject { c in try c.list("entries", risk.logEntries, logEntry) })
            }
        }
    }

    private static func characterization(_ characterization: OSCAL.Characterization) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put(
                "origin",
                OSCALJSONObject { c in
                    try c.put(
                        "actors",
                        [
                            OSCALJSONObject { c in
                                try c.put("type", "party")
                                try c.put("actor-uuid", characterization.actorPartyUUID)
                            }
                        ])
                })
            try c.list("facets", characterization.facets) { facet in
                OSCALJSONObject { c in
                    try c.put("name", facet.name)
                    try c.put("system", facet.system)
                    try c.put("value", facet.value)
                    try c.props(facet.props)
                    try c.markup("remarks", facet.remarks)
                }
            }
        }
    }

    private static func response(_ response: OSCAL.Response) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", response.uuid)
            try c.put("lifecycle", response.lifecycle)
            try c.line("title", response.title)
            try c.markup("description", response.description)
            try c.props(response.props)
            try c.list("tasks", response.tasks) { task in
                OSCALJSONObject { c in
                    try c.put("uuid", task.uuid)
                    try c.put("type", task.type)
                    try c.line("title", task.title)
                    if let date = task.onDate {
                        try c.put(
                            "timing",
                            OSCALJSONObject { c in
                                try c.put("on-date", OSCALJSONObject { c in try c.put("date", date) })
                            })
                    }
                }
            }
        }
    }

    private static func logEntry(_ entry: OSCAL.LogEntry) -> OSCALJSONObject {
        OSCALJSONObject { c in
            try c.put("uuid", entry.uuid)
            try c.line("title", entry.title)
            try c.markup("description", entry.description)
            try c.put("start", entry.start)
            try c.props(entry.props)
        }
    }
}
