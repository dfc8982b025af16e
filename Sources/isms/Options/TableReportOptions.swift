import ArgumentParser
import ISMSKit

/// What the table reports (soa, ropa, risks) share: the register, the as-of date, `--format`,
/// and printing the table that a check of the register gives.
struct TableReportOptions: ParsableArguments {
    @OptionGroup var register: RegisterOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: csv, md or json.")
    var format: TableFormat = .csv

    /// Checks the register on the as-of date and prints the table `build` makes of the report.
    func print(_ build: (CheckReport) -> ReportTable) throws {
        let report = RegisterChecker.check(try register.load(), asOf: asOf.date)
        Terminal.write(format.writer.write(build(report)))
    }
}

extension TableFormat: ExpressibleByArgument {}
