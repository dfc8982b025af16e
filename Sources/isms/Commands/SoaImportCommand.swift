import ArgumentParser
import ISMSKit

struct SoaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Apply a Statement of Applicability edited in a spreadsheet to the control records.",
        discussion: HelpText.paragraphs(
            """
            Reads a CSV or xlsx file as `isms soa` exports it, after a person edited it in Excel or LibreOffice,
            and sets each control's applicable, justification, status, owner, review-by and requirements to
            what its row says, through the same exact edits as `isms set`: only those keys' lines change. It
            prints what changes, control by control. Title, theme, risks, evidence and evidence state are
            read-only: what a person typed there is not imported. An empty cell removes the key.

            The header must name the columns as `isms soa` writes them (in any order; the Id column is
            required). Accepted: Excel's CSV in a Dutch or English locale (semicolon or comma, Windows-1252 or
            UTF-8 with a byte order mark), LibreOffice's CSV and xlsx, cells with line breaks. A header that
            does not match, a row whose id is not a control of the register, and a value `isms check` would
            reject are each reported with the row and column; nothing is written unless every row is valid.

            Exit status: 0 imported (or nothing to change), 1 refused, 2 usage error or no register.

            Examples:
              isms soa --format xlsx -o soa.xlsx      # edit it, then:
              isms soa import soa.xlsx --dry-run
              isms soa import soa.xlsx
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: "The edited spreadsheet (.csv or .xlsx).")
    var file: String

    @Option(help: "The workbook's sheet to read (default: the first).")
    var sheet: String?

    @Flag(help: "Print what would change (and the unified diff) and write nothing.")
    var dryRun = false

    func run() throws {
        let root = try register.root()
        let read: SoAImportSheet
        do {
            read = try SoAImportSheet.read(path: file, sheet: sheet)
        } catch {
            Terminal.printError("isms: \(error.description)\nnothing was imported")
            throw ExitCode(ExitStatus.failed)
        }
        do {
            let plan = try StatementOfApplicabilityImport.prepare(read, root: root)
            if plan.entries.isEmpty {
                Terminal.write("nothing to change: the records already hold what the sheet says\n")
                return
            }
            let count = plan.entries.count == 1 ? "1 control" : "\(plan.entries.count) controls"
            let lines = plan.lines.joined(separator: "\n") + "\n"
            if dryRun {
                Terminal.write(lines + plan.changes.diff + "dry run: nothing was written (\(count) would change)\n")
                return
            }
            try plan.changes.write()
            Terminal.write(lines + "imported: \(count) changed\n")
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
