import ArgumentParser
import Foundation
import ISMSKit

struct IncidentAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Write a new incident record, its clock started now in the register's zone.",
        discussion: HelpText.paragraphs(
            """
            Writes controls/incidents/ID.yaml with `detected` and `aware` set to the current time in
            isms.yaml's `defaults.time-zone`, so that a breach's 72 hours (GDPR Art. 33(1)) run from a
            recorded fact, and prints the record's path and, for a breach, the deadline. Every value still
            to describe reads (to fill in), which `isms check` reports (E107) until it is replaced. Refuses
            an id that an incident has already. Exit status: 0 written, 1 refused, 2 usage error or no
            register.

            Example:
              isms incident add INC-2026-012 --title "Newsletter sent in cc" --severity low --breach
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: "The incident's reference, such as INC-2026-012.")
    var id: String

    @Option(help: "The incident in one line.")
    var title: String

    @Option(help: "How severe it is: low, medium, high or critical.")
    var severity: Incident.Severity

    @Option(help: "What kind of incident it is (default: left to fill in).")
    var category: String?

    @Flag(help: "It is a personal-data breach: the record gets its breach assessment to fill in.")
    var breach = false

    func run() throws {
        let loaded = try register.load()
        let request = IncidentIntakeRequest(
            id: id, title: title, severity: severity, category: category, personalDataBreach: breach, now: Date())
        do {
            let (path, aware) = try IncidentIntake.add(request, to: loaded)
            var out = path + "\n"
            if breach {
                let deadline = aware.adding(hours: Incident.notificationHours)
                out +=
                    "aware \(aware.text): unless the breach is unlikely to result in a risk, notify the supervisory authority by \(deadline.text)\n"
            }
            Terminal.write(out)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}

extension Incident.Severity: ExpressibleByArgument {}
