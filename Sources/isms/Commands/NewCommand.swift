import ArgumentParser
import ISMSKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new record of a kind from its template, to fill in.",
        discussion: HelpText.paragraphs(
            """
            Writes controls/<kind folder>/ID.yaml with every documented key of the kind in documented order,
            each with a comment saying what it means and allows. Required keys hold "(to fill in)" or are left
            empty, and `isms check` reports each one until it is filled in (E107, E101); optional keys are
            commented out. `isms new control A.5.7` writes a missing Annex A control with its official title;
            any other id makes an organisation's own control. Never writes over an existing file.

            Kinds: control, processing, party, risk, request, objective, audit, nonconformity, review.
            Incidents have `isms incident add` (it records the time), evidence `isms evidence add`.

            Examples:
              isms new processing newsletter
              isms new risk R-014
              isms new control PSMS-PRIV-2
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: "The kind of record.")
    var kind: String

    @Argument(help: "The new record's id (its file is ID.yaml).")
    var id: String

    func run() throws {
        let names = RecordTemplate.kinds.map(\.name)
        guard var recordKind = RecordTemplate.kinds.first(where: { $0.name == kind })?.kind else {
            let other =
                kind == "incident"
                ? "; an incident is added with `isms incident add ID --title T --severity S`"
                : kind == "evidence"
                    ? "; evidence is added with `isms evidence add FILE --supports ID`"
                    : kind == "soa-approval"
                        ? "; an SoA approval is recorded with `isms approve soa --by NAME --role ROLE`" : ""
            Terminal.printError(
                "isms: unknown kind `\(kind)`" + (other.isEmpty ? ClosestMatch.hint(for: kind, among: names) : other)
                    + " (kinds: \(names.joined(separator: ", ")))")
            throw ExitCode(ExitStatus.usage)
        }
        if recordKind == .customControl, AnnexACatalog.control(id) != nil { recordKind = .annexAControl }
        guard RecordTemplate.isValidID(id) else {
            Terminal.printError(
                "isms: `\(id)` cannot be an id: use letters, digits, `.`, `_` and `-`, starting with a letter or digit")
            throw ExitCode(ExitStatus.usage)
        }
        if recordKind == .customControl, id.hasPrefix("A.") {
            Terminal.printError(
                "isms: `\(id)` is not an Annex A control (`isms catalog` lists them); an own control's id does not start with `A.`"
            )
            throw ExitCode(ExitStatus.usage)
        }
        let root = try register.root()
        if let existing = RegisterRecordFile.all(root: root).first(where: { $0.id == id }) {
            Terminal.printError("isms: `\(id)` is already the id of \(existing.path)")
            throw ExitCode(ExitStatus.failed)
        }
        let path = recordKind.folder + "/" + id + ".yaml"
        do {
            try RecordFileWrite.create(
                root + "/" + path, with: Array(RecordTemplate.text(kind: recordKind, id: id).utf8),
                shownAs: path)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
        Terminal.write("wrote \(path): fill in each (to fill in); `isms check` lists what is left\n")
    }
}
