/// Hashes the files of every evidence record on all cores, each path once, largest first.
///
/// Handing out whole records left one core hashing a record of many large files (a log export of
/// 48 files of 32 MiB) while the other sat idle. Handing out files, largest first, keeps both
/// cores busy to the end: the big files start first and the last to finish is a small one. The
/// sizes come from the stat that resolving a file makes anyway.
struct DigestSchedule: Sendable {
    private let slots: [String: Int]
    private let results: [Result<FileDigest, FileProblem>]

    init(_ staged: [StagedRecord], digester: any EvidenceDigester) {
        var slots: [String: Int] = [:]
        var gathered: [DigestRequest] = []
        for record in staged {
            for case .needsDigest(_, let request) in record.files where slots[request.registerPath] == nil {
                slots[request.registerPath] = gathered.count
                gathered.append(request)
            }
        }
        let requests = gathered
        let order = Self.order(requests)
        // `parallelMap` hands out indices in ascending order to whichever core is free.
        let computed = order.parallelMap { index in
            let request = requests[index]
            return digester.digest(
                realPath: request.real.path, registerPath: request.registerPath, identity: request.identity)
        }
        var results = computed
        for (position, index) in order.enumerated() { results[index] = computed[position] }
        self.slots = slots
        self.results = results
    }

    /// The order in which `requests` are handed out: largest first; paths break ties so that the
    /// order is the same on every run.
    static func order(_ requests: [DigestRequest]) -> [Int] {
        requests.indices.sorted { a, b in
            let (x, y) = (requests[a], requests[b])
            return x.identity.size != y.identity.size
                ? x.identity.size > y.identity.size : x.registerPath < y.registerPath
        }
    }

    /// The digest of a file that was requested.
    func digest(of request: DigestRequest) -> Result<FileDigest, FileProblem> {
        results[slots[request.registerPath]!]
    }
}
