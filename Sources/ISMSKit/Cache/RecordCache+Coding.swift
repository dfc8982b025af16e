/// How records and findings are written into the record cache and read back. A round-trip test
/// (`RecordCacheTests`) decodes a register with every field set and compares it to a fresh load.
extension CacheWriter {
    mutating func entry(_ entry: RecordCache.Entry) {
        identity(entry.identity)
        optional(entry.record) { $0.record($1) }
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

    mutating func record(_ record: LoadedRecord) {
        switch record {
        case .control(let control):
            number(0)
            string(control.id)
            string(control.title)
            optional(control.applicable) { $0.bool($1) }
            string(control.justification)
            optional(control.status) { $0.string($1.rawValue) }
            string(control.owner)
            optional(control.freshness) { $0.period($1) }
            strings(control.processing)
            string(control.narrative)
            origin(control.origin)
            optional(control.reviewBy) { $0.date($1) }
        case .processing(let activity):
            number(1)
            string(activity.id)
            string(activity.name)
            strings(activity.purposes)
            optional(activity.legalBasis) { $0.string($1.rawValue) }
            strings(activity.dataSubjects)
            strings(activity.dataCategories)
            strings(activity.specialCategories)
            strings(activity.recipients)
            array(activity.transfers) { writer, transfer in
                writer.string(transfer.country)
                writer.optional(transfer.safeguard) { $0.string($1.rawValue) }
                writer.location(transfer.location)
            }
            optional(activity.retention) { $0.string($1) }
            strings(activity.controls)
            bool(activity.automatedDecisions)
            optional(activity.minors) { $0.string($1) }
            optional(activity.source) { $0.string($1) }
            origin(activity.origin)
            optional(activity.reviewBy) { $0.date($1) }
        case .party(let party):
            number(2)
            string(party.id)
            string(party.name)
            string(party.role.rawValue)
            string(party.country)
            strings(party.services)
            optional(party.privacyURL) { $0.string($1) }
            optional(party.transferSafeguard) { $0.string($1.rawValue) }
            origin(party.origin)
        case .request(let request):
            number(3)
            string(request.reference)
            string(request.right.rawValue)
            date(request.received)
            optional(request.identityVerified) { $0.date($1) }
            optional(request.answered) { $0.date($1) }
            optional(request.outcome) { $0.string($1) }
            bool(request.example)
            origin(request.origin)
        case .evidence(let evidence):
            number(4)
            string(evidence.id)
            string(evidence.title)
            date(evidence.collected)
            string(evidence.owner)
            array(evidence.files) { writer, file in
                writer.string(file.path)
                writer.location(file.location)
                writer.optional(file.registerPath) { $0.string($1) }
            }
            strings(evidence.supports)
            dictionary(evidence.sha256) { $0.string($1) }
            dictionary(evidence.sha256Locations) { $0.location($1) }
            optional(evidence.expires) { $0.date($1) }
            bool(evidence.example)
            origin(evidence.origin)
        }
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
        let message = try string()
        return Finding(code, message, at: try location())
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
        let path = try string()
        let start = try location()
        let keys = try dictionary { reader throws(Damaged) in try reader.location() }
        let items = try dictionary { reader throws(Damaged) in
            try reader.dictionary { inner throws(Damaged) in try inner.location() }
        }
        return RecordOrigin(path: path, start: start, keys: keys, items: items)
    }

    mutating func record() throws(Damaged) -> LoadedRecord {
        switch try number() {
        case 0:
            return .control(
                Control(
                    id: try string(), title: try string(),
                    applicable: try optional { reader throws(Damaged) in try reader.bool() },
                    justification: try string(),
                    status: try optional { reader throws(Damaged) in try reader.choice(Control.Status.self) },
                    owner: try string(),
                    freshness: try optional { reader throws(Damaged) in try reader.period() },
                    processing: try strings(), narrative: try string(), origin: try origin(),
                    reviewBy: try optional { reader throws(Damaged) in try reader.date() }))
        case 1:
            return .processing(
                ProcessingActivity(
                    id: try string(), name: try string(), purposes: try strings(),
                    legalBasis: try optional { reader throws(Damaged) in
                        try reader.choice(ProcessingActivity.LegalBasis.self)
                    },
                    dataSubjects: try strings(), dataCategories: try strings(), specialCategories: try strings(),
                    recipients: try strings(),
                    transfers: try array { reader throws(Damaged) in
                        ProcessingActivity.Transfer(
                            country: try reader.string(),
                            safeguard: try reader.optional { inner throws(Damaged) in
                                try inner.choice(TransferSafeguard.self)
                            },
                            location: try reader.location())
                    },
                    retention: try optional { reader throws(Damaged) in try reader.string() },
                    controls: try strings(), automatedDecisions: try bool(),
                    minors: try optional { reader throws(Damaged) in try reader.string() },
                    source: try optional { reader throws(Damaged) in try reader.string() },
                    origin: try origin(),
                    reviewBy: try optional { reader throws(Damaged) in try reader.date() }))
        case 2:
            return .party(
                Party(
                    id: try string(), name: try string(), role: try choice(Party.Role.self), country: try string(),
                    services: try strings(),
                    privacyURL: try optional { reader throws(Damaged) in try reader.string() },
                    transferSafeguard: try optional { reader throws(Damaged) in
                        try reader.choice(TransferSafeguard.self)
                    },
                    origin: try origin()))
        case 3:
            return .request(
                DataSubjectRequest(
                    reference: try string(), right: try choice(DataSubjectRequest.Right.self), received: try date(),
                    identityVerified: try optional { reader throws(Damaged) in try reader.date() },
                    answered: try optional { reader throws(Damaged) in try reader.date() },
                    outcome: try optional { reader throws(Damaged) in try reader.string() },
                    example: try bool(), origin: try origin()))
        case 4:
            return .evidence(
                EvidenceRecord(
                    id: try string(), title: try string(), collected: try date(), owner: try string(),
                    files: try array { reader throws(Damaged) in
                        EvidenceRecord.File(
                            path: try reader.string(), location: try reader.location(),
                            registerPath: try reader.optional { inner throws(Damaged) in try inner.string() })
                    },
                    supports: try strings(),
                    sha256: try dictionary { reader throws(Damaged) in try reader.string() },
                    sha256Locations: try dictionary { reader throws(Damaged) in try reader.location() },
                    expires: try optional { reader throws(Damaged) in try reader.date() },
                    example: try bool(), origin: try origin()))
        default:
            throw Damaged()
        }
    }
}
