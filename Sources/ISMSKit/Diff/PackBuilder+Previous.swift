/// `isms pack --previous`: the changes since a previous pack, for pack.xml and index.html.
extension PackBuilder {
    /// Reads the previous pack of the request before anything is written. The pack is untrusted:
    /// it must be intact and its pack.xml valid (`SnapshotSource.pack`), and only pack.xml is
    /// read from it.
    static func previousSnapshot(_ path: String?) throws(PackError) -> RegisterSnapshot? {
        guard let path else { return nil }
        do {
            return try SnapshotSource.pack(path)
        } catch {
            let shown = error.problems.prefix(5).joined(separator: "; ")
            let more = error.problems.count > 5 ? "; \(error.problems.count - 5) more" : ""
            throw PackError(
                "the previous pack cannot be used: \(error.description)" + (shown.isEmpty ? "" : ": \(shown)\(more)"))
        }
    }

    /// What changed between the previous pack and this one (pack.xml without changes, read back).
    static func changesSincePrevious(_ previous: RegisterSnapshot?, in content: PackContent) throws(PackError)
        -> RegisterDiff?
    {
        guard let previous else { return nil }
        do {
            return RegisterDiff(old: previous, new: try PackSnapshotReader.snapshot(of: content, origin: .pack))
        } catch {
            throw PackError(
                "internal error: pack.xml does not match schema/audit-pack.xsd (\(error.description)); please report it"
            )
        }
    }
}
