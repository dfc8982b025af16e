import ArgumentParser
import ISMSKit

/// `--as-of DATE`: the day the register is judged on. Output depends on no other date.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to check against (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    var date: CalendarDate { asOf ?? .today() }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
