/// How records and findings are written into the record cache and read back. A round-trip test
/// (`RecordCacheTests`) decodes a register with every field set and compares it to a fresh load.
extension CacheWriter {
    mutating func entry(_ entry: RecordCache.Entry) {
        identity(entry.identity)
        if let record = entry.record, let bytes = encoded(record) {
            bool(true)
            raw(bytes)
        } else {
            bool(false)
        }
        array(entry.findings) { $0.finding($1) }
    }

    mutating func identity(_ identity: FileIdentity) {
        int(Int(identity.size))
        int(Int(identity.modifiedSeconds))
        int(Int(identity.modifiedNanoseconds))
        number(identity.inode)
        number(identity.device)
    }

    mutating func finding(_ finding: Finding) {
        string(finding.code.rawValue)
        string(finding.message)
        string(finding.dutchMessage)
        location(finding.location)
    }

    mutating func location(_ location: SourceLocation) {
        if location.path == recordPath {
            bool(false)
        } else {
            bool(true)
            string(location.path)
        }
        optional(location.line) { $0.int($1) }
        optional(location.column) { $0.int($1) }
    }

    mutating func date(_ date: CalendarDate) {
        int(date.year)
        int(date.month)
        int(date.day)
    }

    mutating func period(_ period: Period) {
        int(period.amount)
        string(period.unit.rawValue)
    }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    mutating func origin(_ origin: RecordOrigin) {
        string(origin.path)
        location(origin.start)
        dictionary(origin.keys) { $0.location($1) }
        dictionary(origin.items) { writer, items in writer.dictionary(items) { $0.location($1) } }
    }

    /// A record: its kind's index in `LoadedRecord.Kind`, then its model field by field
    /// (`PositionalEncoder`). A model that cannot be encoded is not cached: it is read again.
    func encoded(_ record: LoadedRecord) -> [UInt8]? {
        let encoder = PositionalEncoder(recordPath: recordPath)
        do {
            encoder.writer.number(UInt64(record.kind.rawValue))
            switch record {
            case .control(let control): try encoder.write(control)
            case .processing(let activity): try encoder.write(activity)
            case .party(let party): try encoder.write(party)
            case .request(let request): try encoder.write(request)
            case .risk(let risk): try encoder.write(risk)
            case .objective(let objective): try encoder.write(objective)
            case .audit(let audit): try encoder.write(audit)
            case .nonconformity(let nonconformity): try encoder.write(nonconformity)
            case .review(let review): try encoder.write(review)
            case .incident(let incident): try encoder.write(incident)
            case .soaApproval(let approval): try encoder.write(approval)
            case .evidence(let evidence): try encoder.write(evidence)
            case .unreadable(let record): try encoder.write(record)
            }
        } catch {
            return nil
        }
        return encoder.writer.bytes
    }
}

extension CacheReader {
    mutating func entry() throws(Damaged) -> RecordCache.Entry {
        let identity = try identity()
        let record = try optional { reader throws(Damaged) in try reader.record() }
        let findings = try array { reader throws(Damaged) in try reader.finding() }
        return RecordCache.Entry(identity: identity, record: record, findings: findings)
    }

    mutating func identity() throws(Damaged) -> FileIdentity {
        FileIdentity(
            size: Int64(try int()), modifiedSeconds: Int64(try int()), modifiedNanoseconds: Int64(try int()),
            inode: try number(), device: try number())
    }

    mutating func finding() throws(Damaged) -> Finding {
        let code = try choice(FindingCode.self)
        let english = try string()
        let dutch = try string()
        return Finding(code, english: english, dutch: dutch, at: try location())
    }

    mutating func location() throws(Damaged) -> SourceLocation {
        let path = try bool() ? try string() : recordPath
        let line = try optional { reader throws(Damaged) in try reader.int() }
        let column = try optional { reader throws(Damaged) in try reader.int() }
        return SourceLocation(path: path, line: line, column: column)
    }

    /// A date, validated as the YAML reader validates it: later arithmetic must not overflow.
    mutating func date() throws(Damaged) -> CalendarDate {
        let (year, month, day) = (try int(), try int(), try int())
        guard (0...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { throw Damaged() }
        return CalendarDate(year: year, month: month, day: day)
    }

    mutating func period() throws(Damaged) -> Period {
        let amount = try int()
        guard (0...10_000).contains(amount) else { throw Damaged() }
        return Period(amount, try choice(Period.Unit.self))
    }

    mutating func strings() throws(Damaged) -> [String] {
        try array { reader throws(Damaged) in try reader.string() }
    }

    mutating func origin() throws(Damaged) -> RecordOrigin {
        let path = try string(sharing: recordPath)
        let start = try location()
        let keys = try dictionary { reader throws(Damaged) in try reader.location() }
        let items = try dictionary { reader throws(Damaged) in
            try reader.dictionary { inner throws(Damaged) in try inner.location() }
        }
        return RecordOrigin(path: path, start: start, keys: keys, items: items)
    }

    mutating func record() throws(Damaged) -> LoadedRecord {
        let decoder = PositionalDecoder(self)
        defer { self = decoder.reader }
        do {
            guard let kind = LoadedRecord.Kind(rawValue: Int(try decoder.reader.number())) else { throw Damaged() }
            switch kind {
            case .control: return .control(try decoder.read(Control.self))
            case .processing: return .processing(try decoder.read(ProcessingActivity.self))
            case .party: return .party(try decoder.read(Party.self))
            case .request: return .request(try decoder.read(DataSubjectRequest.self))
            case .risk: return .risk(try decoder.read(Risk.self))
            case .objective: return .objective(try decoder.read(Objective.self))
            case .audit: return .audit(try decoder.read(InternalAudit.self))
            case .nonconformity: return .nonconformity(try decoder.read(Nonconformity.self))
            case .review: return .review(try decoder.read(ManagementReview.self))
            case .incident: return .incident(try decoder.read(Incident.self))
            case .soaApproval: return .soaApproval(try decoder.read(SoAApproval.self))
            case .evidence: return .evidence(try decoder.read(EvidenceRecord.self))
            case .unreadable: return .unreadable(try decoder.read(UnreadableRecord.self))
            }
        } catch {
            throw Damaged()
        }
    }
}
