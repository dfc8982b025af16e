/// The YAML text of a new evidence record, every value quoted so YAML cannot reinterpret it.
enum EvidenceRecordText {
    static func render(
        id: String, title: String, collected: CalendarDate, owner: String, files: [(String, String)],
        supports: [String], expires: CalendarDate? = nil, currentUntilExpires: Bool = false
    ) -> String {
        var text = """
            id: \(YAMLText.quoted(id))
            title: \(YAMLText.quoted(title))
            collected: \(collected)
            owner: \(YAMLText.quoted(owner))
            files:

            """
        for (name, _) in files { text += "  - \(YAMLText.quoted(name))\n" }
        text += "supports:\n"
        for id in supports { text += "  - \(YAMLText.quoted(id))\n" }
        text += "sha256:\n"
        for (name, digest) in files { text += "  \(YAMLText.quoted(name)): \(digest)\n" }
        if let expires { text += "expires: \(expires)\n" }
        if currentUntilExpires { text += "current-until-expires: true\n" }
        return text
    }
}
