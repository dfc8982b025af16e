import ArgumentParser
import ISMSKit

struct ExportOSCALCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oscal",
        abstract: "Write the SoA, evidence state and risk register as OSCAL assessment results.",
        discussion: HelpText.paragraphs(
            """
            Writes an OSCAL 1.0.6 assessment-results document to standard output: one finding per applicable \
            Annex A control (satisfied when its evidence is current, linked to the risks it treats), one \
            observation per evidence record, one risk per risk record (its ratings, the controls that treat it, \
            planned actions and the owner's acceptance) and one back-matter resource per evidence file with its \
            SHA-256. The XML is valid against the official schema \
            (schema/oscal_assessment-results_schema.xsd). Output depends only on the register and the as-of \
            date. Evidence hrefs (evidence/...) are relative to the audit pack folder; with --href-base 2026 they
            are 2026/evidence/..., for a document kept in reports/ beside the pack folder reports/2026 (never
            write it into the pack folder: `isms verify` would then report the pack as not intact). See
            docs/oscal.md.

            Exits 0 when the document was written, even if the check finds errors (they show as findings that
            are not satisfied; `isms check` is the gate); 1 when it cannot be written; 2 for a usage error.

            Example:
              isms export oscal -C path/to/register --as-of 2026-11-02 --format json
            """)
    )

    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: xml or json.")
    var format: OSCALFormat = .xml

    @Option(
        help: ArgumentHelp(
            "The pack folder, relative to where the document is kept, put before every evidence href.",
            valueName: "DIR"))
    var hrefBase: String = ""

    func validate() throws {
        guard OSCALExporter.hrefBase(hrefBase) != nil else {
            throw ValidationError(
                "--href-base must be a relative folder such as 2026 (no .., no leading /, no scheme): '\(hrefBase)'")
        }
    }

    func run() throws {
        let loaded = try register.load()
        let export: OSCALExport
        do {
            export = try OSCALExporter.export(
                loaded, asOf: asOf.date, format: format, hrefBase: OSCALExporter.hrefBase(hrefBase) ?? "")
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
        Terminal.write(export.text)
        let errors = export.report.diagnostics.errorCount
        if errors > 0 {
            Terminal.printError(
                "isms: the check found \(errors) error\(errors == 1 ? "" : "s") as of \(export.report.asOf); "
                    + "run `isms check` to see them")
        }
    }
}

extension OSCALFormat: ExpressibleByArgument {}
