import Foundation

/// De Nederlandse formulering van elke melding, zoals een pakket in het Nederlands die toont.
/// YAML-sleutels, ids en paden staan letterlijk tussen backticks, zoals in de Engelse tekst.
extension FindingMessage {
    public var dutch: String {
        switch self {
        // Bestanden lezen
        case .recordNotRegularFile(let symbolicLink):
            "het record kan niet worden gelezen: het is \(symbolicLink ? "een symbolische koppeling" : "geen gewoon bestand"); records moeten gewone bestanden zijn"
        case .recordUnreadable(let reason): "het record kan niet worden gelezen: \(Self.dutch(reason))"
        case .yamlSyntax(let detail, let hint): "YAML-syntaxfout: \(detail)" + (hint.map(Self.dutch) ?? "")
        case .yamlDuplicateKeys(let keys):
            "de sleutel \(keys.map { "`\($0)`" }.joined(separator: ", ")) komt meer dan eens voor in één mapping"
        case .yamlError(let error): "YAML-fout: \(error)"

        // Sleutels en waarden lezen
        case .recordNotMapping(let kind):
            "een record (\(Self.dutch(kind: kind))) moet een mapping van sleutels naar waarden zijn"
        case .keysNotPlainWords: "sleutels moeten gewone woorden zijn"
        case .unknownKey(let key, let kind, let suggestion):
            "onbekende sleutel `\(key)` in \(Self.dutch(kind: kind))" + Self.dutchHint(suggestion)
        case .keyMissing(let subject, let key): "\(Self.dutch(subject)) heeft geen `\(key)`"
        case .valueEmpty(let key, let subject): "`\(key)` van \(Self.dutch(subject)) is leeg"
        case .valueNotText(let key, let shape): "`\(key)` moet tekst zijn, geen \(Self.dutch(shape))"
        case .valueNotList(let key, let shape, let syntaxHint):
            "`\(key)` moet een lijst zijn\(syntaxHint ? " (regels `- item` of `[a, b]`)" : ""), geen \(Self.dutch(shape))"
        case .itemNotText(let key, let shape): "de items van `\(key)` moeten tekst zijn, geen \(Self.dutch(shape))"
        case .valueNotBoolean(let key, let value): "`\(key)` moet `true` of `false` zijn, niet `\(value)`"
        case .valueNotDate(let key, let value): "`\(key)` moet een datum in de vorm JJJJ-MM-DD zijn, niet `\(value)`"
        case .valueNotPeriod(let key, let value):
            "`\(key)` moet een termijn zijn zoals `30 days` of `12 months`, niet `\(value)`"
        case .valueNotNumber(let key, let value): "`\(key)` moet een getal zijn zoals `95` of `99.5`, niet `\(value)`"
        case .valueNotWholeNumber(let key, let least, let example, let value, let isCount):
            "`\(key)` moet een geheel getal\(least.map { " van ten minste \($0)" } ?? "") zijn zoals `\(example)`, niet `\(value)`\(isCount ? ": een aantal, nooit namen" : "")"
        case .valueNotAllowed(let key, let value, let allowed, let suggestion):
            "`\(key)` is `\(value)`; toegestaan: \(allowed.joined(separator: ", "))" + Self.dutchHint(suggestion)
        case .itemNotAllowed(let key, let value, let allowed, let suggestion):
            "`\(key)` noemt `\(value)`; toegestaan: \(allowed.joined(separator: ", "))" + Self.dutchHint(suggestion)
        case .placeholderLeft(let key, let subject, let placeholder):
            "`\(key)` van \(Self.dutch(subject)) bevat nog de plaatsaanduiding `\(placeholder))`: vul deze in"
        case .periodNotPositive(let key): "`\(key)` moet langer zijn dan 0 dagen"
        case .dateBefore(let key, let date, let otherKey, let other):
            "`\(key)` \(date) ligt vóór `\(otherKey)` \(other)"
        case .idInvalid(let id):
            "id `\(id)` is ongeldig: gebruik letters, cijfers, `.`, `_` en `-`, te beginnen met een letter of cijfer"
        case .countryCodeInvalid(let key, let value):
            "`\(key)` moet een ISO 3166-1 alpha-2-code zijn zoals `NL` of `US`, niet `\(value)`"
        case .timeInvalid(let key, let detail): "`\(key)` is geen geldig tijdstip: \(detail)"

        // Soorten records
        case .processorOnlyKey(let key):
            "`\(key)` hoort bij een register van verwerkingen als verwerker (`role: processor`)"
        case .purposeItemShape(let shape):
            "de items van `purposes` moeten tekst of een mapping `{purpose, legal-basis}` zijn, geen \(Self.dutch(shape))"
        case .purposesNone(let subject): "\(Self.dutch(subject)) noemt geen doeleinden"
        case .evidenceSupportsNothing: "het bewijsstuk onderbouwt niets: noem ten minste één id"
        case .evidenceCurrentUntilExpiresWithoutExpires:
            "`current-until-expires: true` vereist de datum `expires` tot wanneer het bewijsstuk actueel blijft: voeg `expires: YYYY-MM-DD` toe (het einde van de overeenkomst of het certificaat), of verwijder de sleutel zodat de actualiteitstermijn beslist"
        case .evidenceNoFiles: "het bewijsstuk noemt geen bestanden"
        case .evidenceFileNotPath: "de items van `files` moeten bestandspaden zijn"
        case .evidenceFileTwice(let path): "`files` noemt `\(path)` twee keer"
        case .evidenceChecksumsNotMapping: "`sha256` moet elk bestand koppelen aan zijn SHA-256 (`file.pdf: 9f86…`)"
        case .evidenceChecksumEntryShape: "de regels van `sha256` moeten de vorm `bestand: hexadecimale hash` hebben"
        case .evidenceChecksumNotHex(let file): "de SHA-256 van `\(file)` moet uit 64 hexadecimale cijfers bestaan"
        case .breachWithoutFlag(let subject):
            "\(Self.dutch(subject)) heeft een `breach`, maar `personal-data-breach` is niet `true`: zet deze op `true`, of verwijder `breach`"
        case .requestAnsweredWithoutOutcome(let subject):
            "\(Self.dutch(subject)) heeft een datum `answered` maar geen `outcome`"
        case .riskAffectsNotAllowed(let value, let allowed, let suggestion):
            "`affects` noemt `\(value)`; toegestaan: \(allowed.joined(separator: ", "))" + Self.dutchHint(suggestion)
        case .riskAcceptanceUntilBeforeDate(let until, let date):
            "de risicoacceptatie `until` \(until) ligt vóór haar `date` \(date)"

        // De risicomethode
        case .riskScaleStepTwice(let scale, let step): "`risk.\(scale)` noemt `\(step)` twee keer"
        case .riskScaleSize(let scale, let steps): "`risk.\(scale)` heeft \(steps) stappen; een schaal heeft er 3 tot 6"
        case .riskGridNotMapping: "`risk.grid` moet elke kanssleutel koppelen aan een lijst van niveaus"
        case .riskGridRowNotLikelihood(let row, let suggestion):
            "`risk.grid` heeft een rij voor `\(row)`, dat geen kans is" + Self.dutchHint(suggestion)
        case .riskGridRowLength(let row, let levels, let first, let last):
            "`risk.grid.\(row)` moet \(levels) niveaus noemen, één voor elke impact van `\(first)` tot en met `\(last)`"
        case .riskGridCellNotLevel(let row, let cell, let suggestion):
            "`risk.grid.\(row)` noemt `\(cell)`, dat geen risiconiveau is" + Self.dutchHint(suggestion)
        case .riskGridRowMissing(let likelihood): "`risk.grid` heeft geen rij voor de kans `\(likelihood)`"
        case .riskGridNotMonotoneInImpact(let likelihood, let impact, let gives, let lower, let lowerImpact):
            "`risk.grid` is niet monotoon: kans `\(likelihood)` met impact `\(impact)` geeft `\(gives)`, lager dan `\(lower)` bij de lagere impact `\(lowerImpact)`"
        case .riskGridNotMonotoneInLikelihood(let likelihood, let impact, let gives, let lower, let lowerLikelihood):
            "`risk.grid` is niet monotoon: kans `\(likelihood)` met impact `\(impact)` geeft `\(gives)`, lager dan `\(lower)` bij de lagere kans `\(lowerLikelihood)`"
        case .riskRetainNotLevel(let retain, let suggestion):
            "`retain-up-to` is `\(retain)`, dat geen risiconiveau is" + Self.dutchHint(suggestion)
        case .riskAcceptedByNotMapping: "`accepted-by` moet elk niveau koppelen aan de rol die het mag accepteren"
        case .riskAcceptedByNotLevel(let key, let suggestion):
            "`accepted-by` noemt `\(key)`, dat geen risiconiveau is" + Self.dutchHint(suggestion)
        case .riskAcceptedByNoRole(let level): "`accepted-by.\(level)` moet een rol noemen"
        case .riskAcceptedByNobody(let level, let retain):
            "`accepted-by` noemt niemand die een risico `\(level)` mag accepteren (boven `retain-up-to: \(retain)`)"

        // Registerinstellingen
        case .standardUnsupported(let standard, let supported):
            "`standard` is `\(standard)`; isms ondersteunt `\(supported)`"
        case .timeZoneUnknown(let zone, let suggestion):
            "`time-zone` `\(zone)` is geen tijdzone uit de tz-database: schrijf er een zoals `Europe/Amsterdam` of `UTC`"
                + Self.dutchHint(suggestion)
        case .auditIDInvalid(let id):
            "de `id` `\(id)` van de audit mag alleen letters, cijfers, `.`, `_` of `-` bevatten (het is de naam van een map)"
        case .auditPeriodReversed(let end, let start):
            "`period-end` \(end) van de audit ligt vóór `period-start` \(start)"

        // Verklaring van Toepasselijkheid
        case .notInCatalog(let id, let customFolder, let suggestion):
            "`\(id)` is geen beheersmaatregel uit Bijlage A van ISO/IEC 27001:2022\(customFolder.map { "; organisatie-eigen beheersmaatregelen horen in \($0)/" } ?? "")\(Self.dutchHint(suggestion))"
        case .annexAControlDuplicated(let id, let first): "\(id) is al beschreven in \(first)"
        case .titleDiffersFromCatalog(let id, let title): "de titel van \(id) wijkt af van die in de norm: `\(title)`"
        case .customIDLooksLikeAnnexA(let id, let folder):
            "`\(id)` begint met `A.`, wat is voorbehouden aan de records van Bijlage A in \(folder)/"
        case .excludedButImplemented(let id): "\(id) is niet van toepassing, maar heeft de status `implemented`"
        case .annexAControlMissing(let id, let title):
            "beheersmaatregel \(id) uit Bijlage A (\(title)) ontbreekt in de Verklaring van Toepasselijkheid"
        case .inclusionUnjustified(let id):
            "\(id) is van toepassing, maar geen risico noemt deze beheersmaatregel en er zijn geen `requirements` en geen `justification`"
        case .inclusionNotTraced(let id):
            "de opname van \(id) is niet herleid tot een risico of een eis: geen risico noemt deze in `controls` en er zijn geen `requirements`"
        case .applicableNotStarted(let id):
            "\(id) is van toepassing, maar `not-started`: start de invoering (`planned` met een gedateerde behandelactie, `partial` of `implemented`) of sluit de beheersmaatregel uit met een rechtvaardiging"
        case .plannedWithoutAction(let id, let risks):
            "\(id) is van toepassing en alleen `planned`, en \(risks.isEmpty ? "geen risico noemt deze beheersmaatregel" : "de risico's \(risks.map { "`\($0)`" }.joined(separator: ", ")) hebben geen") met een gedateerde behandelactie: voeg een actie onder `planned` met `due` toe aan een risico dat \(id) noemt in `controls`, of werk de status bij"
        case .justificationRepeated(let count, let shown, let more, let limit):
            "dezelfde rechtvaardiging staat bij \(count) beheersmaatregelen (\(shown.joined(separator: ", "))\(more > 0 ? " en \(more) andere" : "")), meer dan `defaults.controls-per-justification` (\(limit)): geef elke beheersmaatregel een eigen reden, of verhoog de drempel in isms.yaml"
        case .controlReviewOverdue(let id, let reviewBy):
            "beheersmaatregel \(id) moest herzien zijn vóór \(reviewBy) (`review-by`); die datum is verstreken"
        case .exclusionWithoutReviewDate(let id):
            "\(id) is uitgesloten in de Verklaring van Toepasselijkheid, maar heeft geen datum `review-by` voor de herziening van de rechtvaardiging"
        case .processingReviewOverdue(let id, let reviewBy):
            "verwerkingsactiviteit `\(id)` moest herzien zijn vóór \(reviewBy) (`review-by`); die datum is verstreken"
        case .soaChangedSinceApproval(let version, let approvedOn, let changes, let more):
            "de Verklaring van Toepasselijkheid is gewijzigd sinds versie \(version) werd goedgekeurd\(approvedOn.map { " op \($0)" } ?? ""): "
                + (changes.isEmpty
                    ? "de SHA-256 wijkt af van de goedgekeurde, al wijkt geen vastgelegde samenvatting van een beheersmaatregel af"
                    : changes.map(Self.dutch).joined(separator: "; ") + (more > 0 ? "; en nog \(more)" : ""))
                + "; laat haar opnieuw goedkeuren (`isms approve soa`)"
        case .soaNeverApproved(let planned):
            "de Verklaring van Toepasselijkheid is nooit goedgekeurd en de audit is gepland op \(planned): leg de goedkeuring vast met `isms approve soa --by NAAM --role ROL`"
        case .approvalDigestInvalid(let digest):
            "`sha256` moet uit 64 kleine hexadecimale tekens bestaan, niet `\(digest)`"
        case .approvalIDMismatch(let version, let expected):
            "`id` van de goedkeuring van versie \(version) moet `\(expected)` zijn"
        case .approvalControlsNotMapping:
            "`controls` moet elk id van een beheersmaatregel koppelen aan de goedgekeurde samenvatting"
        case .approvalControlNotLine(let key): "`controls.\(key)` moet één regel tekst zijn"

        // Bewijs en dekking
        case .noCurrentEvidence(let control): "de toepasselijke beheersmaatregel \(control) heeft geen actueel bewijs"
        case .processorWithoutAgreement(let party):
            "verwerker \(party) heeft geen actueel bewijs van een verwerkersovereenkomst (AVG art. 28)"
        case .consentWithoutEvidence(let processing, let explicit):
            "verwerkingsactiviteit \(processing) steunt op \(explicit ? "uitdrukkelijke toestemming (AVG art. 9, lid 2, onder a)" : "toestemming"), maar heeft geen actueel bewijs van de wijze waarop toestemming wordt verkregen"
        case .evidenceExpired(let id, let end, let of):
            "bewijsstuk `\(id)` is verlopen op \(end); het was het laatste actuele bewijs van \(of)"
        case .evidenceExpiring(let id, let end, let days, let of):
            "bewijsstuk `\(id)` verloopt op \(end) (over \(days) \(days == 1 ? "dag" : "dagen")); het is het laatste actuele bewijs van \(of)"
        case .collectedInFuture(let id, let collected, let asOf):
            "bewijsstuk `\(id)` is verzameld op \(collected), na de peildatum \(asOf)"
        case .supportsUnknownID(let evidence, let id, let clauseLike, let suggestion):
            "bewijsstuk `\(evidence)` onderbouwt `\(id)`, dat geen beheersmaatregel, verwerkingsactiviteit of partij is"
                + (clauseLike ? " en ook geen clausule uit `isms catalog --clauses`" : "") + Self.dutchHint(suggestion)
        case .orphanEvidenceFile(let path): "`\(path)` wordt door geen enkel bewijsstuk genoemd"
        case .evidenceTooBroad(let id, let count, let limit):
            "bewijsstuk `\(id)` onderbouwt \(count) beheersmaatregelen, meer dan `defaults.controls-per-evidence` (\(limit)): één document toont zelden zoveel werkende beheersmaatregelen; geef beheersmaatregelen eigen bewijs, of verhoog de drempel in isms.yaml"
        case .checksumForUnlistedFile(let path): "`sha256` legt `\(path)` vast, maar `files` noemt dat bestand niet"
        case .pathLeavesRegister(let path): "`\(path)` ligt buiten het register; het is niet geopend"
        case .pathResolvesOutsideRegister(let path):
            "`\(path)` verwijst via een symbolische koppeling naar een plek buiten het register; het is niet geopend"
        case .evidenceFileMissing(let path, let dangling, let lookedFor):
            "`\(path)` bestaat niet\(dangling ? " (een symbolische koppeling naar niets)" : "") (gezocht naar \(lookedFor))"
        case .evidenceFileUnusable(let path, let detail): "`\(path)` kan niet worden gebruikt: \(detail)"
        case .evidenceFileNotRegular(let path, let kind): "`\(path)` is \(Self.dutch(kind)), geen gewoon bestand"
        case .evidenceFileUnreadable(let path, let detail): "`\(path)` kan niet worden gelezen: \(detail)"
        case .checksumMismatch(let path, let actual, let pinned):
            "`\(path)` heeft SHA-256 \(actual), niet de vastgelegde \(pinned)"

        // Verwerkingsactiviteiten en partijen
        case .duplicateID(let id, let first): "id `\(id)` is al in gebruik in \(first)"
        case .retentionUndetermined(let processing):
            "de bewaartermijn van verwerkingsactiviteit `\(processing)` is niet bepaald"
        case .recipientUnknown(let id, let processing, let suggestion):
            "ontvanger `\(id)` van verwerkingsactiviteit `\(processing)` heeft geen record als partij"
                + Self.dutchHint(suggestion)
        case .processingControlUnknown(let processing, let control, let suggestion):
            "verwerkingsactiviteit `\(processing)` noemt de onbekende beheersmaatregel `\(control)`"
                + Self.dutchHint(suggestion)
        case .processingControlExcluded(let processing, let control):
            "verwerkingsactiviteit `\(processing)` steunt op \(control), die de Verklaring van Toepasselijkheid als niet van toepassing uitsluit"
        case .transferWithoutSafeguard(let processing, let country):
            "de doorgifte van verwerkingsactiviteit `\(processing)` naar \(country), buiten de EER, noemt geen waarborg"
        case .partyTransferWithoutSafeguard(let party, let country):
            "partij `\(party)` is gevestigd in \(country), buiten de EER, en noemt geen `transfer-safeguard` (zoals standaardcontractbepalingen (SCC))"
        case .processorWithoutController(let processing):
            "verwerkingsactiviteit `\(processing)` wordt uitgevoerd als verwerker, maar noemt geen verwerkingsverantwoordelijke (AVG art. 30, lid 2, onder a)"
        case .specialCategoriesWithoutCondition(let processing):
            "verwerkingsactiviteit `\(processing)` verwerkt bijzondere categorieën van persoonsgegevens, maar noemt geen voorwaarde uit AVG art. 9, lid 2, in `special-categories-condition`"
        case .purposeBasisNotListed(let purpose, let processing, let basis, let bases):
            "doel `\(purpose)` van verwerkingsactiviteit `\(processing)` steunt op `\(basis)`, dat niet voorkomt onder haar `legal-basis` (\(bases.joined(separator: ", ")))"
        case .purposeBasisMissing(let purpose, let processing, let bases):
            "doel `\(purpose)` van verwerkingsactiviteit `\(processing)` noemt geen rechtsgrond; de activiteit heeft er meerdere (\(bases.joined(separator: ", "))): schrijf het als `- purpose: …` met `legal-basis: …`"
        case .processingUnknown(let subject, let relation, let id, let suggestion):
            "\(Self.dutch(subject)) \(relation == .concerns ? "betreft" : "beschermt") de onbekende verwerkingsactiviteit `\(id)`"
                + Self.dutchHint(suggestion)
        case .referenceUnknown(let subject, let reference, let id, let suggestion):
            "\(Self.dutch(subject)) \(Self.dutch(reference)) `\(id)`: corrigeer de id" + Self.dutchHint(suggestion)

        // Verzoeken van betrokkenen
        case .requestReferenceDuplicate(let subject, let first):
            "\(Self.dutch(subject)) gebruikt het kenmerk van \(first)"
        case .requestReferencePersonal(let path):
            "het `reference` van het verzoek in \(path) lijkt een e-mailadres of telefoonnummer; gebruik een kenmerk zoals `DSR-2026-001`"
        case .requestOutcomePersonal(let subject):
            "de `outcome` van \(Self.dutch(subject)) lijkt een e-mailadres of telefoonnummer te bevatten; beschrijf het antwoord zonder contactgegevens"
        case .requestReceivedAfterAsOf(let subject, let received, let asOf):
            "\(Self.dutch(subject)) is ontvangen op \(received), na de peildatum \(asOf)"
        case .requestDateBeforeReceived(let key, let date, let subject, let received):
            "`\(key)` \(date) van \(Self.dutch(subject)) ligt vóór de ontvangst (\(received))"
        case .requestDateAfterAsOf(let key, let date, let subject, let asOf):
            "`\(key)` \(date) van \(Self.dutch(subject)) ligt na de peildatum \(asOf)"
        case .requestAnsweredLate(let subject, let right, let answered, let days, let received, let due, let deadline):
            "\(Self.dutch(subject)) (\(Self.dutch(right))) is beantwoord op \(answered), \(days) dagen na ontvangst op \(received): na de uiterste datum \(due) (\(Self.dutch(deadline)))"
        case .requestOverdue(let subject, let right, let received, let due, let deadline):
            "\(Self.dutch(subject)) (\(Self.dutch(right))), ontvangen op \(received), staat nog open na de uiterste datum \(due) (\(Self.dutch(deadline)))"
        case .requestDueSoon(let subject, let right, let received, let daysLeft, let due, let deadline):
            "\(Self.dutch(subject)) (\(Self.dutch(right))), ontvangen op \(received), staat open en moet \(daysLeft == 0 ? "vandaag" : daysLeft == 1 ? "morgen" : "over \(daysLeft) dagen") beantwoord zijn, op \(due) (\(Self.dutch(deadline)))"

        // Risico's
        case .riskMethodMissing(let count):
            "het register bevat \(count) \(count == 1 ? "risico" : "risico's"), maar isms.yaml heeft geen risicomethode (`risk`) om ze te beoordelen"
        case .riskReviewOverdue(let id, let date, let fromIdentified):
            "risico \(id) moest herzien zijn vóór \(date) \(fromIdentified ? "(`identified` plus de herzieningscyclus van de methode)" : "(`review-by`)"); die datum is verstreken"
        case .treatmentWithoutControls(let id):
            "risico \(id) wordt verminderd (`treatment: modify`), maar noemt geen beheersmaatregelen (`controls`) die dat doen"
        case .riskControlUnknown(let id, let control, let suggestion):
            "risico \(id) wordt behandeld met de onbekende beheersmaatregel `\(control)`" + Self.dutchHint(suggestion)
        case .riskControlExcluded(let id, let control):
            "risico \(id) wordt behandeld met \(control), die de Verklaring van Toepasselijkheid uitsluit"
        case .residualAboveInherent(let id, let likelihood, let impact):
            "risico \(id) heeft een restrisico met \([likelihood.map { "kans `\($0.residual)` boven `\($0.inherent)`" }, impact.map { "impact `\($0.residual)` boven `\($0.inherent)`" }].compactMap { $0 }.joined(separator: " en ")) van vóór de behandeling"
        case .residualNotAccepted(let id, let level, let retain):
            "risico \(id) heeft een restrisiconiveau `\(level)`, hoger dan wat zonder acceptatie mag worden behouden (`\(retain)`), en geen `acceptance`"
        case .acceptanceBelowResidual(let id, let accepted, let level):
            "risico \(id) is geaccepteerd op `\(accepted)`, maar het restrisiconiveau is nu `\(level)`: het is na de acceptatie gestegen"
        case .acceptanceNotAuthorised(let id, let by, let level, let allowed):
            "risico \(id) is geaccepteerd door `\(by)`, die een risico `\(level)` niet mag accepteren (de methode noemt \(allowed.map { "`\($0)`" }.joined(separator: " of ")))"
        case .acceptanceExpired(let id, let until): "de risicoacceptatie van risico \(id) is verlopen op \(until)"
        case .acceptanceExpiring(let id, let until, let days):
            "de risicoacceptatie van risico \(id) verloopt op \(until) (over \(days) \(days == 1 ? "dag" : "dagen"))"
        case .riskScaleValueUnknown(let id, let part, let value, let scale, let suggestion):
            "risico \(id) heeft \(Self.dutch(part)) `\(value)`, die niet op de schaal van de risicomethode staat (\(scale.joined(separator: ", ")))"
                + Self.dutchHint(suggestion)
        case .treatmentActionOverdue(let id, let due, let action):
            "de behandelactie van risico \(id) moest gereed zijn op \(due): \(action)"
        case .excludedControlTreatsRisk(let id, let risks):
            "\(id) is uitgesloten in de Verklaring van Toepasselijkheid, maar \(risks.count == 1 ? "risico" : "de risico's") \(risks.joined(separator: ", ")) \(risks.count == 1 ? "steunt" : "steunen") erop"

        // Het managementsysteem
        case .clauseUndocumented(let clause, let asOf):
            "clausule \(clause.number) (\(clause.title)) vereist gedocumenteerde informatie, maar heeft op \(asOf) niets actueels: voeg bewijs toe met `supports: [\(clause.id)]`"
                + (Self.dutchRecords(for: clause.number).map { ", of \($0)" } ?? "")
        case .objectiveMissed(let id, let due, let latest, let latestDate, let direction, let target):
            "doelstelling \(id) moest gehaald zijn op \(due), maar \(latest.map { "de laatste meting (\($0) op \(latestDate.map(\.description) ?? "")) haalt" } ?? "er is nooit gemeten tegen") de streefwaarde (\(direction == .atLeast ? "ten minste" : "ten hoogste") \(target)) niet: leg de meting vast die de streefwaarde haalt, of stel een nieuwe datum `due` vast of trek de doelstelling in"
        case .objectiveNotMeasured(let id, let last, let every):
            "doelstelling \(id) \(last.map { "is voor het laatst gemeten op \($0)" } ?? "heeft geen meting"), en moet elke \(Self.dutch(every)) worden gemeten: meet haar en voeg de uitkomst toe aan `measurements`"
        case .requirementUnknown(let subject, let requirement, let suggestion):
            "\(Self.dutch(subject)) betreft de onbekende eis `\(requirement)` (een clausule-id zoals `clause-8.1` of een id van een beheersmaatregel): corrigeer de id"
                + Self.dutchHint(suggestion)
        case .correctiveActionOverdue(let id, let major, let due, let action):
            "de corrigerende maatregel van \(major ? "grote " : "")afwijking \(id) moest gereed zijn op \(due) en is niet uitgevoerd (\(action)): voer haar uit en leg `done` vast, of plan haar opnieuw"
        case .closedWithoutFollowUp(let id, let grade, let closed, let missing):
            "\(Self.dutch(grade)) \(id) is gesloten op \(closed) zonder \(Self.dutchList(missing.map(Self.dutch))): voeg \(missing.count == 1 ? "dit" : "deze") toe, of heropen de afwijking"
        case .majorOpenAtAudit(let id, let timing):
            "grote afwijking \(id) uit de externe audit \(Self.dutch(timing)): haal de acties naar voren en sluit de afwijking met een beoordeling van de doeltreffendheid vóór de audit"
        case .reviewInputEmpty(let id, let inputs):
            "directiebeoordeling \(id) legt niets vast voor \(inputs.map { "`\($0.rawValue)` (\($0.dutchTitle))" }.joined(separator: ", ")): schrijf op wat de beoordeling \(inputs.count == 1 ? "daarbij" : "bij elk daarvan") heeft overwogen"
        case .reviewActionOverdue(let id, let due, let action):
            "een actie van directiebeoordeling \(id) moest gereed zijn op \(due) en is niet uitgevoerd (\(action)): voer haar uit en leg `done` vast, of laat de volgende beoordeling haar opnieuw plannen"
        case .managementReviewOverdue(let id, let held, let due, let interval):
            "de laatste directiebeoordeling, \(id), is gehouden op \(held) en de volgende had uiterlijk \(due) moeten plaatsvinden (`management-review.interval` \(Self.dutch(interval))): houd de beoordeling en leg haar vast"
        case .auditScopeUnknown(let id, let item, let isClause, let suggestion):
            "interne audit \(id) heeft \(isClause ? "de onbekende clausule" : "de onbekende beheersmaatregel") `\(item)` in de reikwijdte (clausule-ids zoals `clause-9.2`, thema's van Bijlage A `A.5` tot en met `A.8` of ids van beheersmaatregelen): corrigeer de id"
                + Self.dutchHint(suggestion)
        case .internalAuditOverdue(let id, let performed, let due, let interval):
            "de laatste interne audit, \(id), is uitgevoerd op \(performed) en de volgende had uiterlijk \(due) moeten plaatsvinden (`internal-audit.interval` \(Self.dutch(interval))): voer de volgende audit van het programma uit en leg haar vast"
        case .auditProgrammeGap(
            let start, let end, let audits, let clauses, let clauseList, let controls, let controlList):
            "in de auditcyclus \(start) tot en met \(end) \(audits.isEmpty ? "is geen interne audit gedateerd; niet gedekt:" : "dekken de audits (\(audits.joined(separator: ", "))) niet") \([clauses > 0 ? "\(clauses == 1 ? "clausule" : "clausules") \(clauseList)" : nil, controls > 0 ? "\(controls == 1 ? "beheersmaatregel" : "beheersmaatregelen") \(controlList)" : nil].compactMap { $0 }.joined(separator: " en ")): neem ze op in de `scope` van een geplande audit"
        case .auditorNotIndependent(let id, let auditor, let count, let list):
            "interne audit \(id) wordt uitgevoerd door `\(auditor)`, die eigenaar is van \(count == 1 ? "beheersmaatregel" : "beheersmaatregelen") \(list) in de reikwijdte: laat \(count == 1 ? "deze" : "die") door een andere auditor auditen"

        // Incidenten en datalekken
        case .incidentOpenTooLong(let subject, let days, let aware, let limit):
            "\(Self.dutch(subject)) staat nog open, \(days) dagen na `aware` (\(aware)), langer dan `defaults.incident-close` (\(Self.dutch(limit))): sluit het af met de herstelmaatregel en de lessen"
        case .incidentMayHoldPersonalData(let key, let subject):
            "de `\(key)` van \(Self.dutch(subject)) lijkt een e-mailadres of telefoonnummer te bevatten; beschrijf het incident met kenmerken en aantallen"
        case .incidentTimeImpossible(let subject, let problem): "\(Self.dutch(subject)): \(Self.dutch(problem))"
        case .breachRiskUnreasoned(let subject):
            "\(Self.dutch(subject)) is een datalek met `risk: none`, maar zonder `reasoning`: wie de toezichthouder niet meldt, legt vast waarom het datalek waarschijnlijk geen risico oplevert (art. 33, lid 1 en lid 5, AVG); een risico dat niet hoog is, wordt ook gemeld"
        case .breachSubjectsNotInformed(let subject):
            "\(Self.dutch(subject)) is een datalek met een hoog risico, en er is geen `data-subjects-informed` en geen `exemption` op grond van art. 34, lid 3, vastgelegd: informeer de betrokkenen zonder onredelijke vertraging (art. 34, lid 1, AVG)"
        case .breachNotNotified(let subject, let risk, let aware, let deadline):
            "\(Self.dutch(subject)) is een datalek met `risk: \(risk)`, niet gemeld aan de toezichthoudende autoriteit, en de 72 uur sinds `aware` \(aware) zijn verstreken op \(deadline) (art. 33, lid 1, AVG): meld nu en leg `notified-authority` en `delay-reason` vast"
        case .breachNotificationDue(let subject, let risk, let deadline, let left):
            "\(Self.dutch(subject)) is een datalek met `risk: \(risk)`, te melden aan de toezichthoudende autoriteit vóór \(deadline): nog \(left) uur aan het begin van de peildatum (art. 33, lid 1, AVG)"
        case .breachNotifiedLateUnexplained(let subject, let hours):
            "\(Self.dutch(subject)) is \(Self.dutchDecimal(hours)) uur na `aware` gemeld aan de toezichthoudende autoriteit, later dan 72 uur, zonder `delay-reason`: een latere melding gaat vergezeld van de redenen voor de vertraging (art. 33, lid 1, AVG)"
        case .breachNotifiedLate(let subject, let hours):
            "\(Self.dutch(subject)) is \(Self.dutchDecimal(hours)) uur na `aware` gemeld aan de toezichthoudende autoriteit, later dan 72 uur (de redenen zijn vastgelegd)"
        }
    }

    static func dutchHint(_ suggestion: String?) -> String {
        suggestion.map { "; bedoelt u `\($0)`?" } ?? ""
    }

    static func dutch(_ subject: FindingSubject) -> String {
        if let path = subject.requestPath { return "het verzoek in \(path)" }
        let kind = dutch(kind: subject.kind)
        return subject.id.map { "\(kind) \($0)" } ?? kind
    }

    /// The record kinds of `RecordSchema.kind` and the checks, in Dutch; a kind not listed stays as written.
    static func dutch(kind: String) -> String {
        switch kind {
        case "action": "actie"
        case "audit": "audit"
        case "breach": "datalek"
        case "control": "beheersmaatregel"
        case "data-subject request": "verzoek van een betrokkene"
        case "decision": "besluit"
        case "defaults": "standaardwaarden"
        case "effectiveness review": "beoordeling van de doeltreffendheid"
        case "evidence": "bewijsstuk"
        case "exemption": "uitzondering"
        case "incident": "incident"
        case "internal audit": "interne audit"
        case "management review": "directiebeoordeling"
        case "measure": "meetmethode"
        case "measurement": "meting"
        case "nonconformity": "afwijking"
        case "objective": "doelstelling"
        case "organisation": "organisatie"
        case "party": "partij"
        case "processing", "processing activity": "verwerkingsactiviteit"
        case "purpose": "doel"
        case "rating": "beoordeling"
        case "register settings": "registerinstellingen"
        case "request": "verzoek"
        case "review inputs": "input van de beoordeling"
        case "risk": "risico"
        case "risk acceptance": "risicoacceptatie"
        case "risk acceptance criteria": "criteria voor risicoacceptatie"
        case "risk level": "risiconiveau"
        case "risk method": "risicomethode"
        case "scale step": "schaalstap"
        case "transfer": "doorgifte"
        case "treatment action": "behandelactie"
        default: kind
        }
    }

    /// `A.5.7 toegevoegd`, `A.5.9 verwijderd`, `A.5.1 gewijzigd (status, rechtvaardiging)`.
    static func dutch(_ change: StatementOfApplicability.Change) -> String {
        let fields: [StatementOfApplicability.Field: String] = [
            .applicability: "toepasselijkheid", .status: "status", .justification: "rechtvaardiging",
        ]
        switch change.kind {
        case .added: return "\(change.id) toegevoegd"
        case .removed: return "\(change.id) verwijderd"
        case .changed:
            return "\(change.id) gewijzigd (\(change.fields.map { fields[$0] ?? $0.rawValue }.joined(separator: ", ")))"
        }
    }

    static func dutch(_ shape: YAMLShape) -> String {
        switch shape {
        case .text: "tekst"
        case .mapping: "mapping"
        case .list: "lijst"
        case .alias: "alias"
        }
    }

    static func dutch(_ reason: UnreadableReason) -> String {
        switch reason {
        case .detail(let detail): detail
        case .binary: "het is binair, geen YAML-tekst (NUL-byte)"
        case .notUTF8: "het is geen geldige UTF-8"
        case .nestsDeeper(let depth): "het is dieper genest dan \(depth) niveaus"
        case .expandsBeyond(let nodes): "het breidt uit tot meer dan \(nodes) waarden (YAML-aliassen?)"
        }
    }

    static func dutch(_ hint: ColonHint) -> String {
        "; een waarde die `: ` bevat, moet tussen aanhalingstekens staan"
            + (hint.example.map { ", bijvoorbeeld `\($0)`" } ?? "")
    }

    static func dutch(_ kind: FileKind) -> String {
        switch kind {
        case .folder: "een map"
        case .fifo: "een FIFO"
        case .device: "een apparaat"
        case .socket: "een socket"
        case .special: "een speciaal bestand"
        }
    }

    static func dutch(_ reference: Reference) -> String {
        switch reference {
        case .control: "noemt de onbekende beheersmaatregel"
        case .nonconformity: "noemt de onbekende afwijking"
        case .minutes: "noemt als notulen het onbekende bewijsstuk"
        case .report: "noemt als rapport het onbekende bewijsstuk"
        case .servedControl: "dient de onbekende beheersmaatregel"
        case .servedRisk: "dient het onbekende risico"
        case .raisingAudit: "is vastgesteld in de onbekende interne audit"
        case .raisingReview: "is vastgesteld in de onbekende directiebeoordeling"
        }
    }

    static func dutch(_ part: RatingPart) -> String {
        switch part {
        case .likelihood(let residual): residual ? "een kans na behandeling" : "een kans vóór behandeling"
        case .impact(let residual): residual ? "een impact na behandeling" : "een impact vóór behandeling"
        case .acceptedLevel: "een geaccepteerd niveau"
        }
    }

    static func dutch(_ followUp: FollowUp) -> String {
        switch followUp {
        case .rootCause: "een grondoorzaak (`root-cause`)"
        case .correctiveAction: "een corrigerende maatregel in `actions`"
        case .effectiveness(let by):
            "een beoordeling van de doeltreffendheid (`effectiveness`), uitgevoerd uiterlijk \(by), die de maatregelen doeltreffend achtte"
        }
    }

    static func dutch(_ timing: AuditTiming) -> String {
        switch timing {
        case .stillOpen(let asOf, let planned): "staat op \(asOf) nog open, op of na de geplande audit van \(planned)"
        case .actionDueAfter(let due, let planned, let action):
            "heeft een actie die gereed moet zijn op \(due), na de geplande audit van \(planned) (\(action))"
        }
    }

    static func dutch(_ problem: TimeProblem) -> String {
        switch problem {
        case .awareBeforeDetected(let aware, let detected):
            "`aware` \(aware) ligt vóór `detected` \(detected): de organisatie kan niet op de hoogte zijn van een incident voordat iemand het heeft opgemerkt"
        case .beforeAware(let key, let instant, let aware): "`\(key)` \(instant) ligt vóór `aware` \(aware)"
        case .afterAsOf(let key, let instant): "`\(key)` \(instant) ligt na de peildatum"
        }
    }

    static func dutch(_ grade: Nonconformity.Grade) -> String {
        switch grade {
        case .major: "grote afwijking"
        case .minor: "kleine afwijking"
        case .observation: "observatie"
        case .opportunity: "kans voor verbetering"
        }
    }

    static func dutch(_ right: DataSubjectRequest.Right) -> String {
        switch right {
        case .access: "inzage"
        case .rectification: "rectificatie"
        case .erasure: "wissing"
        case .restriction: "beperking van de verwerking"
        case .objection: "bezwaar"
        case .portability: "overdraagbaarheid"
        case .withdrawalOfConsent: "intrekking van toestemming"
        }
    }

    /// `4 weken`, `1 maand`, `6 maanden`, `1 jaar`.
    static func dutch(_ period: Period) -> String {
        let one = period.amount == 1
        let unit =
            switch period.unit {
            case .days: one ? "dag" : "dagen"
            case .weeks: one ? "week" : "weken"
            case .months: one ? "maand" : "maanden"
            case .years: "jaar"
            }
        return "\(period.amount) \(unit)"
    }

    /// `80.5` as the Dutch write it: `80,5`.
    static func dutchDecimal(_ number: String) -> String {
        number.replacingOccurrences(of: ".", with: ",")
    }

    /// `a`, `a en b`, `a, b en c`.
    static func dutchList(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
    }

    static func dutchRecords(for number: String) -> String? {
        switch number {
        case "4.3": "leg het toepassingsgebied van het ISMS vast als `scope` in isms.yaml"
        case "6.1.2": "beoordeel de risico's in \(RegisterLayout.risksFolder)/ volgens de `risk`-methode van isms.yaml"
        case "6.1.3":
            "leg het risicobehandelplan (`treatment` van beoordeelde risico's) vast naast de Verklaring van Toepasselijkheid"
        case "8.2": "leg de risicobeoordelingen vast in \(RegisterLayout.risksFolder)/"
        case "8.3":
            "leg de risicobehandeling (`treatment` van beoordeelde risico's) vast in \(RegisterLayout.risksFolder)/"
        case "6.2": "leg de doelstellingen met hun `measure` vast in \(RegisterLayout.objectivesFolder)/"
        case "9.2": "leg een uitgevoerde interne audit vast in \(RegisterLayout.auditsFolder)/"
        case "9.3": "leg een gehouden directiebeoordeling vast in \(RegisterLayout.reviewsFolder)/"
        case "10.2":
            "leg de afwijkingen en hun corrigerende maatregelen vast in \(RegisterLayout.nonconformitiesFolder)/"
        default: nil
        }
    }
}
