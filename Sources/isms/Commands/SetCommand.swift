import ArgumentParser
import ISMSKit

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set keys of records without editing YAML: one record by id, or every record a selector matches.",
        discussion: HelpText.paragraphs(
            """
            `isms set ID KEY VALUE [KEY VALUE ...]` sets keys of the record ID, of any kind. `--where KEY=VALUE`
            (repeatable; all must hold) with `--set KEY=VALUE` and `--unset KEY` changes every record that
            matches instead: a condition holds when the key's text, or one item of a list, matches VALUE as a
            shell pattern (`A.8.*`), `true` and `false` ignoring case; `KEY=` matches a record without the
            key. `--kind` (control, processing, party, request, risk, objective, audit, nonconformity, review,
            incident, evidence) limits the kinds. A nested key is written `parent.key` (`breach.notified`).

            Values are written as the key's type has them: a list as `[a, "b, c"]`, one item per line, or
            items separated by commas; a date as YYYY-MM-DD; a text of several lines as a block. Each record
            is edited, not rewritten: only the edited keys' lines change, comments and the other keys stay
            byte for byte. Before anything is written every edited record is read again as `isms check`
            reads it; when that reports something new (a wrong type, an unknown status, a placeholder), or a
            file changed on disk meanwhile, nothing is written. `--dry-run` prints the unified diff instead.

            Exit status: 0 changed (or nothing to change), 1 refused, 2 usage error or no register.

            Examples:
              isms set A.5.1 owner "CISO" review-by 2027-06-30
              isms set A.8.23 requirements '[AVG art. 32, "NEN 7510, 2024"]'
              isms set --where applicable=false --set review-by=2027-06-30 --dry-run
              isms set --kind control --where owner=IT --set owner="IT manager"
            """)
    )

    @OptionGroup var register: RegisterOptions

    @Argument(help: ArgumentHelp("The record's id, then KEY VALUE pairs.", valueName: "id-key-value"))
    var words: [String] = []

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp("Change every record where KEY matches VALUE.", valueName: "key=value"))
    var conditions: [String] = []

    @Option(name: .customLong("kind"), help: "Only records of this kind (with --where).")
    var kinds: [String] = []

    @Option(
        name: .customLong("set"), help: ArgumentHelp("A key to set, with --where or after ID.", valueName: "key=value"))
    var assignments: [String] = []

    @Option(name: .customLong("unset"), help: ArgumentHelp("A key to remove.", valueName: "key"))
    var removals: [String] = []

    @Flag(help: "Print the unified diff of what would change and write nothing.")
    var dryRun = false

    func validate() throws {
        let selecting = !conditions.isEmpty || !kinds.isEmpty
        if selecting, !words.isEmpty {
            throw ValidationError("give either ID KEY VALUE ... or --where, not both")
        }
        if !selecting, words.isEmpty {
            throw ValidationError("name a record (isms set ID KEY VALUE) or select records with --where KEY=VALUE")
        }
        if !words.isEmpty, words.count % 2 == 0 {
            throw ValidationError(
                "after the id, give KEY VALUE pairs (a key without its value: use --unset KEY to remove it)")
        }
        if words.count <= 1, assignments.isEmpty, removals.isEmpty {
            throw ValidationError("nothing to set: give KEY VALUE pairs, --set KEY=VALUE or --unset KEY")
        }
        for text in assignments where !text.contains("=") {
            throw ValidationError("`--set \(text)` must be KEY=VALUE, e.g. `--set review-by=2027-06-30`")
        }
    }

    func run() throws {
        let root = try register.root()
        do {
            let files = RegisterRecordFile.all(root: root)
            let targets = try selected(files)
            let requests = try targets.map { file throws(EditError) in (file, try edits(for: file)) }
            let set = try RecordChangeSet.prepare(requests, root: root)
            if set.changes.isEmpty {
                Terminal.write(
                    "nothing to change: \(targets.count == 1 ? "the record already holds" : "the \(targets.count) records already hold") these values\n"
                )
                return
            }
            if dryRun {
                Terminal.write(set.diff + "dry run: nothing was written (\(count(set.changes.count)) would change)\n")
                return
            }
            try set.write()
            var text = ""
            for change in set.changes {
                for line in change.summary { text += "\(change.file.path): \(line)\n" }
            }
            Terminal.write(text + "changed \(count(set.changes.count))\n")
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.failed)
        }
    }

    private func count(_ n: Int) -> String { n == 1 ? "1 record" : "\(n) records" }

    private func selected(_ files: [RegisterRecordFile]) throws(EditError) -> [RegisterRecordFile] {
        guard let id = words.first else {
            let selector = try RecordSelector(kinds: kinds, conditions: conditions)
            let matched = try selector.select(files)
            if matched.isEmpty {
                throw EditError("no record matches \(conditions.map { "--where \($0)" }.joined(separator: " "))")
            }
            return matched
        }
        let named = files.filter { $0.id == id }
        guard let file = named.first else {
            throw EditError("no record has the id `\(id)`" + ClosestMatch.hint(for: id, among: files.compactMap(\.id)))
        }
        guard named.count == 1 else {
            throw EditError(
                "`\(id)` is the id of \(named.count) records (\(named.map(\.path).joined(separator: ", "))); isms check reports it"
            )
        }
        return [file]
    }

    private func edits(for file: RegisterRecordFile) throws(EditError) -> [RecordEdit] {
        var pairs: [(String, String?)] = []
        var index = 1
        while index + 1 < words.count {
            pairs.append((words[index], words[index + 1]))
            index += 2
        }
        for text in assignments {
            let equals = text.firstIndex(of: "=")!
            pairs.append((String(text[..<equals]), String(text[text.index(after: equals)...])))
        }
        pairs += removals.map { ($0, nil) }
        return try pairs.map { pair throws(EditError) in
            try KeyAssignment.edit(key: pair.0, value: pair.1, kind: file.kind)
        }
    }
}
