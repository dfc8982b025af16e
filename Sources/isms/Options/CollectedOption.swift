import ArgumentParser
import ISMSKit

/// `--collected DATE` of `evidence add` and `evidence renew`: when the evidence was collected,
/// today by default, and never after today.
struct CollectedOption: ParsableArguments {
    @Option(help: ArgumentHelp("When the evidence was collected (default: today).", valueName: "YYYY-MM-DD"))
    var collected: CalendarDate?

    /// The date, or exit status 1 with the reason when it lies after today.
    func date() throws -> CalendarDate {
        let today = CalendarDate.today()
        let date = collected ?? today
        if today < date {
            Terminal.printError(
                "isms: --collected \(date) is after today; evidence cannot be collected before it exists")
            throw ExitCode(ExitStatus.failed)
        }
        return date
    }
}
