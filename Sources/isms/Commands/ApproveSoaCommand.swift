import ArgumentParser
import Foundation
import ISMSKit

struct ApproveSoaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soa",
        abstract: "Record an approval of the Statement of Applicability as it is now (6.1.3 d).",
        discussion: HelpText.paragraphs(
            """
            Writes controls/approvals/SOA-V<n>.yaml, n the latest version plus one: who approved, their role,
            the day, the SHA-256 of the SoA's canonical rendering (each control's id, applicability, status and
            justification) and each control as approved, so `isms check` can name what changed since (W208).
            Never writes over a file. Refuses while a control or approval record cannot be read; writes
            nothing when the SoA is unchanged since the latest approval.

            Exit status: 0 approved (or already approved as it is), 1 refused, 2 usage error or no register.

            Example:
              isms approve soa --by "J. de Vries" --role Directeur --on 2026-11-02
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Option(help: ArgumentHelp("Who approved the SoA.", valueName: "name"))
    var by: String

    @Option(help: ArgumentHelp("The approver's role.", valueName: "role"))
    var role: String

    @Option(
        help: ArgumentHelp("The day of the approval (default: today in `defaults.time-zone`).", valueName: "YYYY-MM-DD")
    )
    var on: CalendarDate?

    func validate() throws {
        for (name, value) in [("--by", by), ("--role", role)] {
            let text = value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else { throw ValidationError("\(name) must be one line of text, not empty") }
        }
    }

    func run() throws {
        let loaded = try register.load()
        let zone = loaded.register.settings.timeZone
        let day = on ?? Instant(seconds: Int64(Date().timeIntervalSince1970), text: "").day(in: zone)
        let approver = by.trimmingCharacters(in: .whitespaces)
        let approverRole = role.trimmingCharacters(in: .whitespaces)
        switch SoAApprovalRecord.plan(loaded, by: approver, role: approverRole, on: day) {
        case .unchanged(let latest):
            let when = latest.approvedOn.map { " on \($0)" } ?? ""
            Terminal.write(
                "nothing written: the SoA is unchanged since version \(latest.version) (\(latest.origin.path)), approved by \(latest.approvedBy)\(when)\n"
            )
        case .refused(let problems):
            let shown = problems.prefix(5).map { "  \($0.location): \($0.code.rawValue) \($0.message)" }
            let more = problems.count > 5 ? ["  and \(problems.count - 5) more (`isms check` lists them)"] : []
            Terminal.printError(
                (["isms: cannot approve the SoA while records it is read from have errors; nothing was written:"]
                    + shown + more).joined(separator: "\n"))
            throw ExitCode(ExitStatus.failed)
        case .write(let path, let text, let version, let sha256, let changes):
            do {
                try RecordFileWrite.create(loaded.register.root + "/" + path, with: Array(text.utf8), shownAs: path)
            } catch {
                Terminal.printError("isms: \(error.description)")
                throw ExitCode(ExitStatus.failed)
            }
            var out = "wrote \(path): SoA version \(version) approved by \(approver) (\(approverRole)) on \(day)\n"
            out += "  sha256 \(sha256)\n"
            if version > 1 {
                out +=
                    changes.isEmpty
                    ? "  no control's summary changed since version \(version - 1)\n"
                    : "  changed since version \(version - 1): "
                        + changes.map(\.description).joined(separator: "; ") + "\n"
            }
            Terminal.write(out)
        }
    }
}
