import ArgumentParser
import ISMSKit

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Print the 93 Annex A controls of ISO/IEC 27001:2022 (id, theme, title).",
        discussion: """
            Titles only, never the standard's text.

            Example:
              isms catalog --format json
            """
    )

    @Option(help: "Output format: tsv or json.")
    var format: CatalogFormat = .tsv

    func run() throws {
        Terminal.write(CatalogRenderer.render(AnnexACatalog.controls, as: format))
    }
}

extension CatalogFormat: ExpressibleByArgument {}
