extension RegisterLoader {
    /// The register as loaded, with the record files at `paths` (register-relative) read again:
    /// what a save needs before the check runs again, without scanning the register or reading
    /// the record cache. Each record keeps its place, so the result equals a full load of the
    /// register as it now is. Nil when a file is not a record of the loaded register, or when it
    /// no longer reads as a record of its kind (then only a full load says what it is).
    public static func reload(_ loaded: LoadedRegister, paths: [String]) -> LoadedRegister? {
        let changed = Set(paths)
        var kinds: [String: RegisterLayout.RecordKind] = [:]
        for (kind, files) in loaded.inventory.records {
            for path in files where changed.contains(path) { kinds[path] = kind }
        }
        guard kinds.count == changed.count else { return nil }
        var result = loaded
        var findings = loaded.findings.filter { !changed.contains($0.location.path) }
        for path in paths {
            guard let kind = kinds[path] else { return nil }
            let sink = FindingSink()
            guard
                case .success(let node) = RecordFileReader.read(
                    absolutePath: loaded.register.root + "/" + path, relativePath: path),
                let record = LoadedRecord.decode(node, kind: kind, path: path, sink: sink),
                result.register.replace(record, at: path)
            else { return nil }
            findings += sink.findings
        }
        result.findings = findings
        return result
    }
}

extension Register {
    /// Puts `record` in the place of the record read from `path`; false when there is none of
    /// its kind there.
    mutating func replace(_ record: LoadedRecord, at path: String) -> Bool {
        func swap<Record>(_ records: inout [Record], _ new: Record, _ origin: (Record) -> String) -> Bool {
            guard let index = records.firstIndex(where: { origin($0) == path }) else { return false }
            records[index] = new
            return true
        }
        switch record {
        case .control(let control): return swap(&controls, control, \.origin.path)
        case .processing(let activity): return swap(&processing, activity, \.origin.path)
        case .party(let party): return swap(&parties, party, \.origin.path)
        case .request(let request): return swap(&requests, request, \.origin.path)
        case .risk(let risk): return swap(&risks, risk, \.origin.path)
        case .objective(let objective): return swap(&objectives, objective, \.origin.path)
        case .audit(let audit): return swap(&audits, audit, \.origin.path)
        case .nonconformity(let nonconformity): return swap(&nonconformities, nonconformity, \.origin.path)
        case .review(let review): return swap(&reviews, review, \.origin.path)
        case .incident(let incident): return swap(&incidents, incident, \.origin.path)
        case .soaApproval(let approval): return swap(&approvals, approval, \.origin.path)
        case .evidence(let evidence): return swap(&self.evidence, evidence, \.origin.path)
        case .unreadable: return false
        }
    }
}
