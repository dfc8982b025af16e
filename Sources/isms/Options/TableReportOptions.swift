import ArgumentParser
import Foundation
import ISMSKit

#if canImport(Glibc)
    import Glibc
#endif

/// What the table reports (soa, ropa, risks, incidents) share: the register, the as-of date,
/// `--format`, `--output`, and writing the tables that a check of the register gives.
struct TableReportOptions: ParsableArguments {
    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(
        help:
            "Output format: csv, md, json or xlsx (a workbook: to --output, or to standard output redirected to a file)."
    )
    var format: TableFormat = .csv

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: "Write to this file (replaced whole) instead of standard output.")
    var output: String?

    func validate() throws {
        // A workbook is binary: on a terminal it would be noise, and could steer the terminal.
        if format == .xlsx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(
                "--format xlsx writes a binary workbook: give --output FILE, or redirect standard output to a file")
        }
    }

    /// Checks the register on the as-of date and writes the first sheet's table in a text
    /// format, or every sheet's table as one workbook.
    func print(_ sheets: [(name: String, build: (CheckReport) -> ReportTable)]) throws {
        let report = RegisterChecker.check(try register.load(), asOf: asOf.date)
        let data: Data
        if let writer = format.writer {
            data = Data(writer.write(sheets[0].build(report)).utf8)
        } else {
            do {
                data = try XLSXWriter(sheets: sheets.map { ($0.name, $0.build(report)) }).write()
            } catch {
                Terminal.printError("isms: \(TerminalText.sanitise(error.description))")
                throw ExitCode(ExitStatus.failed)
            }
        }
        guard let output else { return FileHandle.standardOutput.write(data) }
        do {
            try AtomicFile.write(data, to: output)
        } catch {
            Terminal.printError("isms: \(TerminalText.sanitise(error.message))")
            throw ExitCode(ExitStatus.failed)
        }
    }
}

extension TableFormat: ExpressibleByArgument {}
