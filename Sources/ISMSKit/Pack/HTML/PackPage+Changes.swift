extension PackPage {
    /// What changed since the previous pack (`isms pack --previous`), first on the page so the
    /// auditor reads the year's changes before anything else: controls, evidence state, evidence,
    /// processing activities and parties, each as a table, in the order of `RegisterDiff`.
    func changesSection(_ diff: RegisterDiff) -> HTMLFragment {
        let words = ChangeLabels.forLanguage(content.language)
        let audit: HTMLFragment = diff.old.auditID.isEmpty ? "" : " (\(words.auditCycle) \(diff.old.auditID))"
        var out: HTMLFragment = "<p>\(words.comparedWith) <strong>\(diff.old.asOf)</strong>\(audit).</p>\n"
        guard !diff.isEmpty else { return out + "<p>\(words.noChanges)</p>\n" }
        out += "<p>\(words.changeCount(diff.count))</p>\n"
        if !diff.settings.isEmpty {
            out += subsection(words.settings, recordTable(diff.settings, nameLabel: labels.organisation, words))
        }
        if !diff.controls.isEmpty {
            out += subsection(labels.controls, recordTable(diff.controls, nameLabel: labels.title, words))
        }
        if !diff.coverage.isEmpty { out += subsection(words.coverage, coverageTable(diff.coverage, words)) }
        if !diff.evidence.isEmpty { out += subsection(labels.evidence, evidenceTable(diff.evidence, words)) }
        if !diff.processing.isEmpty {
            out += subsection(labels.processingRegister, recordTable(diff.processing, nameLabel: labels.name, words))
        }
        if !diff.parties.isEmpty {
            out += subsection(labels.parties, recordTable(diff.parties, nameLabel: labels.name, words))
        }
        if !diff.risks.isEmpty {
            let risks = RiskLabels.forLanguage(content.language)
            out += subsection(risks.risks, recordTable(diff.risks, nameLabel: labels.title, words))
        }
        let system = managementWords
        for (title, changes, name) in [
            (system.objectivesTitle, diff.objectives, system.objective),
            (system.auditProgrammeTitle, diff.audits, labels.title),
            (system.nonconformitiesTitle, diff.nonconformities, labels.title),
            (system.reviewsTitle, diff.reviews, system.date),
            (IncidentLabels.forLanguage(content.language).title, diff.incidents, labels.title),
            (
                RequestLabels.forLanguage(content.language).title, diff.requests,
                RequestLabels.forLanguage(content.language).right
            ),
        ] where !changes.isEmpty {
            out += subsection(title, recordTable(changes, nameLabel: name, words))
        }
        return out
    }

    /// The section of a pack made without a previous pack: it says so, instead of leaving the
    /// reader to guess whether nothing changed.
    func noComparisonSection() -> HTMLFragment {
        "<p>\(ChangeLabels.forLanguage(content.language).noComparison)</p>\n"
    }

    private func subsection(_ title: String, _ body: HTMLFragment) -> HTMLFragment {
        "<h3>\(title)</h3>\n\(body)"
    }

    private func header(_ titles: [String]) -> HTMLFragment {
        "<thead><tr>\(titles.map { "<th scope=\"col\">\($0)</th>" as HTMLFragment })</tr></thead>\n"
    }

    // MARK: Controls, processing activities, parties

    private func recordTable(_ changes: [RegisterDiff.RecordChange], nameLabel: String, _ words: ChangeLabels)
        -> HTMLFragment
    {
        let rows = changes.map { change -> HTMLFragment in
            guard change.change == .changed, !change.fields.isEmpty else {
                return """
                    <tr><td class="id">\(link(to: change.id))</td><td>\(change.name)</td><td>\(words.change(change.change))</td><td>–</td><td>–</td><td>–</td></tr>

                    """
            }
            let span = change.fields.count
            return change.fields.enumerated().map { index, field -> HTMLFragment in
                let lead: HTMLFragment =
                    index == 0
                    ? "<td class=\"id\" rowspan=\"\(span)\">\(link(to: change.id))</td><td rowspan=\"\(span)\">\(change.name)</td><td rowspan=\"\(span)\">\(words.change(change.change))</td>"
                    : ""
                return """
                    <tr>\(lead)<td>\(fieldLabel(field.field, in: change.record, words))</td><td>\(value(field.old, field.field))</td><td>\(value(field.new, field.field))</td></tr>

                    """
            }.joined(separator: "")
        }
        return """
            <table class="changes">
            \(header([labels.id, nameLabel, words.change, words.field, words.before, words.after]))<tbody>
            \(rows)</tbody>
            </table>

            """
    }

    /// A field's name as the page's other sections label it.
    private func fieldLabel(_ field: ChangedField, in kind: ChangedRecordKind, _ words: ChangeLabels) -> String {
        let requestWords = RequestLabels.forLanguage(content.language)
        return switch field {
        case .applicable: labels.applicable
        case .justification: labels.justification
        case .status: labels.status
        case .owner: labels.owner
        case .requirements: words.requirements
        case .narrative: labels.implementation
        case .standard: labels.standard
        case .right: requestWords.right
        case .received: requestWords.received
        case .identityVerified: requestWords.identityVerified
        case .answered: requestWords.answeredOn
        case .name: labels.name
        case .purposes: labels.purposes
        case .legalBasis: labels.legalBasis
        case .dataSubjects: labels.dataSubjects
        case .dataCategories: labels.dataCategories
        case .specialCategories: labels.specialCategories
        case .specialCategoriesCondition: gdprWords.specialCategoriesCondition
        case .controllers: gdprWords.controllers
        case .processingCategories: gdprWords.processingCategories
        case .recipients: labels.recipients
        case .transfers: labels.transfers
        case .retention: labels.retention
        case .controls: labels.protectingControls
        case .automatedDecisions: labels.automatedDecisions
        case .minors: labels.minors
        case .source: labels.source
        case .reviewBy: words.reviewBy
        case .role: labels.role
        case .country: labels.country
        case .services: labels.services
        case .privacyURL: labels.privacyStatement
        case .transferSafeguard: labels.transferSafeguard
        case .title: labels.title
        case .inherent: RiskLabels.forLanguage(content.language).inherent
        case .treatment: RiskLabels.forLanguage(content.language).treatment
        case .residual: RiskLabels.forLanguage(content.language).residual
        case .acceptance: RiskLabels.forLanguage(content.language).acceptance
        case .objective: managementWords.objective
        case .due: managementWords.due
        case .latest: managementWords.latest
        case .planned: managementWords.planned
        case .performed: managementWords.performed
        case .scope: kind == .settings ? labels.scope : managementWords.scope
        case .auditor: managementWords.auditor
        case .grade: managementWords.grade
        case .closed: managementWords.closed
        case .actions: managementWords.actions
        case .date: managementWords.date
        case .decisions: managementWords.decisions
        case .severity: IncidentLabels.forLanguage(content.language).severity
        case .aware: IncidentLabels.forLanguage(content.language).aware
        case .personalDataBreach: IncidentLabels.forLanguage(content.language).breach
        case .risk: IncidentLabels.forLanguage(content.language).risk
        case .notifiedAuthority: IncidentLabels.forLanguage(content.language).notified
        }
    }

    /// A field's value as the page shows it elsewhere: enumerations in words, ids as links, a
    /// list as a list; `none` when absent.
    private func value(_ values: [String], _ field: ChangedField) -> HTMLFragment {
        guard !values.isEmpty else { return "<span class=\"muted\">\(labels.none)</span>" }
        let items = values.map { value -> HTMLFragment in
            switch field {
            case .applicable: return "\(labels.yesNo(value == "undecided" ? nil : value == "true"))"
            case .automatedDecisions: return "\(labels.yesNo(value == "true"))"
            case .status: return "\(Control.Status(rawValue: value).map(labels.status) ?? value)"
            case .legalBasis:
                // Several bases are one value separated by spaces, as pack.xml's `legal-basis` holds them.
                let bases = value.split(separator: " ").map { ProcessingActivity.LegalBasis(rawValue: String($0)) }
                guard !bases.isEmpty, bases.allSatisfy({ $0 != nil }) else { return "\(value)" }
                return "\(bases.compactMap { $0.map(labels.legalBasis) }.joined(separator: "; "))"
            case .role: return "\(Party.Role(rawValue: value).map(labels.role) ?? value)"
            case .specialCategoriesCondition:
                let conditions = value.split(separator: " ").map { SpecialCategoryCondition(rawValue: String($0)) }
                guard !conditions.isEmpty, conditions.allSatisfy({ $0 != nil }) else { return "\(value)" }
                return "\(conditions.compactMap { $0.map(gdprWords.condition) }.joined(separator: "; "))"
            case .right:
                let words = RequestLabels.forLanguage(content.language)
                return "\(DataSubjectRequest.Right(rawValue: value).map(words.right) ?? value)"
            case .identityVerified: return "\(labels.yesNo(value == "true"))"
            case .transferSafeguard: return "\(TransferSafeguard(rawValue: value).map(labels.safeguard) ?? value)"
            case .transfers:
                let parts = value.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
                guard parts.count == 2, let safeguard = TransferSafeguard(rawValue: parts[1]) else {
                    return "\(value)"
                }
                return "\(parts[0]): \(labels.safeguard(safeguard))"
            case .recipients, .controls: return link(to: value)
            case .retention: return text(content.language.retention(value))
            case .grade:
                let grade = Nonconformity.Grade(rawValue: value).flatMap { managementWords.grades[$0] }
                return "\(grade ?? value)"
            default: return text(value)
            }
        }
        guard items.count > 1 else { return items[0] }
        return "<ul>\(items.map { "<li>\($0)</li>" as HTMLFragment })</ul>"
    }

    // MARK: Evidence state

    private func coverageTable(_ changes: [RegisterDiff.CoverageChange], _ words: ChangeLabels) -> HTMLFragment {
        let rows = changes.map { change -> HTMLFragment in
            """
            <tr><td>\(words.record(change.record))</td><td class="id">\(link(to: change.id))</td><td>\(change.name)</td><td>\(words.change(change.change))</td><td>\(badge(change.old))</td><td>\(badge(change.new))</td></tr>

            """
        }
        return """
            <table class="changes">
            \(header([words.kind, labels.id, labels.name, words.change, words.before, words.after]))<tbody>
            \(rows)</tbody>
            </table>

            """
    }

    // MARK: Evidence

    private func evidenceTable(_ changes: [RegisterDiff.EvidenceChange], _ words: ChangeLabels) -> HTMLFragment {
        let rows = changes.map { change -> HTMLFragment in
            """
            <tr><td class="id">\(link(to: change.id))</td><td>\(change.title)</td><td>\(words.change(change.change))</td><td>\(evidenceDetails(change, words))</td></tr>

            """
        }
        return """
            <table class="changes">
            \(header([labels.id, labels.title, words.change, words.details]))<tbody>
            \(rows)</tbody>
            </table>

            """
    }

    private func evidenceDetails(_ change: RegisterDiff.EvidenceChange, _ words: ChangeLabels) -> HTMLFragment {
        switch change.change {
        case .expired:
            guard let ended = change.ended else { return "–" }
            return "\(words.notCurrentSince) \(ended)"
        case .added, .removed:
            let files = change.files.map { file -> HTMLFragment in
                let digest = change.change == .added ? file.new : file.old
                return "<li>\(changedFile(file))<br /><code>\(digest ?? words.notUsable)</code></li>"
            }
            let list: HTMLFragment = files.isEmpty ? "" : "<ul class=\"files\">\(files)</ul>"
            return "\(list)<p>\(labels.supports): \(links(to: change.supports))</p>"
        case .replaced:
            let files = change.files.map { file -> HTMLFragment in
                let old: HTMLFragment = file.change == .added ? "–" : "<code>\(file.old ?? words.notUsable)</code>"
                let new: HTMLFragment = file.change == .removed ? "–" : "<code>\(file.new ?? words.notUsable)</code>"
                return "<li>\(words.change(file.change)): \(changedFile(file))<br />\(old) → \(new)</li>"
            }
            return "<ul class=\"files\">\(files)</ul>"
        }
    }

    /// A file this pack carries (it has a hash on the new side) as a relative link; else as text.
    private func changedFile(_ file: RegisterDiff.FileChange) -> HTMLFragment {
        guard file.change != .removed, file.new != nil,
            file.path.hasPrefix(RegisterLayout.evidenceFolder + "/")
        else { return "\(file.path)" }
        return "<a class=\"file\" href=\"\(attribute: HTMLText.relativeURL(path: file.path))\">\(file.path)</a>"
    }
}
