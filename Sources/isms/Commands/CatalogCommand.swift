import ArgumentParser
import ISMSKit

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Print the 93 Annex A controls of ISO/IEC 27001:2022 (id, theme, title), or its clauses 4 to 10.",
        discussion: HelpText.paragraphs(
            """
            Titles only, never the standard's text. With --clauses: the clauses 4 to 10 with the
            ids records use for them (clause-9.2) and whether each requires documented information.

            Examples:
              isms catalog --format json
              isms catalog --clauses
            """)
    )

    @Option(help: "Output format: tsv or json.")
    var format: CatalogFormat = .tsv

    @Flag(help: "Print the clauses 4 to 10 instead of Annex A.")
    var clauses = false

    func run() throws {
        if clauses {
            Terminal.write(CatalogRenderer.render(ClauseCatalog.clauses, as: format))
        } else {
            Terminal.write(CatalogRenderer.render(AnnexACatalog.controls, as: format))
        }
    }
}

extension CatalogFormat: ExpressibleByArgument {}
