extension PackPage {
    /// The running header and footer of every printed page, as `@page` margin boxes: the
    /// organisation, audit cycle and as-of date at the top, the page number and the binding to
    /// the signed pack at the bottom. Register text reaches the CSS only through `CSSText`.
    func printFrame(_ binding: PaperBinding) -> HTMLFragment {
        let words = PrintLabels.forLanguage(content.language)
        let header = [
            settings.organisation.name, "\(labels.documentTitle) \(settings.audit.id)",
            "\(labels.asOf) \(content.asOf)",
        ].joined(separator: " · ")
        let number =
            "\(CSSText.string(words.page + " ")) counter(page) \(CSSText.string(" " + words.of + " ")) counter(pages)"
        var rules = ["@top-left { content: \(CSSText.string(header)); }", "@bottom-right { content: \(number); }"]
        if let footer = bindingText(binding) { rules.append("@bottom-left { content: \(CSSText.string(footer)); }") }
        let css = "@page {\n" + rules.map { "  \($0)\n" }.joined() + "}\n"
        return HTMLFragment(trusted: "<style media=\"print\">\n" + css + "</style>\n")
    }

    /// The end of index.html on screen: the same binding as the printed footer.
    func bindingFooter(_ binding: PaperBinding) -> HTMLFragment {
        guard let text = bindingText(binding) else { return "" }
        return "<footer class=\"pack-binding\"><p>\(text)</p></footer>\n"
    }

    /// "SHA-256 of pack.xml: … · signed with signify key …"; nil when pack.xml is not known.
    private func bindingText(_ binding: PaperBinding) -> String? {
        guard let digest = binding.packXMLSHA256 else { return nil }
        let words = PrintLabels.forLanguage(content.language)
        let signature = binding.keyNumber.map { "\(words.signedWithKey) \($0)" } ?? words.unsigned
        return "\(words.packXMLDigest): \(digest) · \(signature)"
    }
}
