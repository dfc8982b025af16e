import Synchronization

/// The entries of one cache file, by register-relative path, and what a run did with them: which
/// it met unchanged and which it learnt. Saving keeps exactly those, so files no longer seen drop
/// out. Shared by the hash cache and the record cache.
///
/// Entries are looked up from all cores; a hit only marks a flag (no dictionary is written), as a
/// warm check makes seventy thousand of them.
final class CacheEntries<Entry: Sendable>: Sendable {
    private struct State {
        var used: [Bool]
        var usedCount = 0
        var learnt: [String: Entry] = [:]
        var changed: Bool
    }

    private let index: [String: Int]
    private let entries: [Entry]
    private let identity: @Sendable (Entry) -> FileIdentity
    private let state: Mutex<State>

    /// `index` maps each path to its slot in `entries`. `stale` marks a cache file that must be
    /// written again even if nothing changes (it was damaged or foreign, and ignored).
    init(index: [String: Int], entries: [Entry], stale: Bool, identity: @escaping @Sendable (Entry) -> FileIdentity) {
        self.index = index
        self.entries = entries
        self.identity = identity
        state = Mutex(State(used: Array(repeating: false, count: entries.count), changed: stale))
    }

    /// The entry of `path`, when its file still has `identity`.
    func entry(for path: String, identity current: FileIdentity) -> Entry? {
        guard let slot = index[path], identity(entries[slot]) == current else { return nil }
        state.withLock { state in
            if !state.used[slot] {
                state.used[slot] = true
                state.usedCount += 1
            }
        }
        return entries[slot]
    }

    /// Remembers what this run learnt about `path`.
    func learn(_ entry: Entry, for path: String) {
        state.withLock { state in
            state.learnt[path] = entry
            state.changed = true
        }
    }

    /// The entries to write back, or nil when the file on disk already holds exactly them.
    func toSave() -> [String: Entry]? {
        let snapshot = state.withLock { $0 }
        guard snapshot.changed || snapshot.usedCount != entries.count else { return nil }
        var kept = snapshot.learnt
        for (path, slot) in index where snapshot.used[slot] && kept[path] == nil { kept[path] = entries[slot] }
        return kept
    }
}

extension CacheEntries {
    /// Opens the cache file at `path`: its entries, or none and why it was not used, worded for
    /// the command to print (nil when there was no cache yet). A body that `decode` refuses is
    /// corrupt; either way the cache starts empty and is written again.
    static func open(
        _ path: String, named name: String, magic: String, version: Int, stamp: String,
        identity: @escaping @Sendable (Entry) -> FileIdentity,
        decode: (CacheFile.Body) throws(CacheReader.Damaged) -> ([String: Int], [Entry])
    ) -> (entries: CacheEntries, warning: String?) {
        var reason: String?
        var decoded: ([String: Int], [Entry]) = ([:], [])
        switch CacheFile.read(path, magic: magic, version: version, stamp: stamp) {
        case .success(let body):
            if let read = try? decode(body) { decoded = read } else { reason = "it is corrupt" }
        case .failure(let failure): reason = failure.reason
        }
        let warning = reason.map { "ignoring the \(name): \($0); it will be rebuilt" }
        return (CacheEntries(index: decoded.0, entries: decoded.1, stale: warning != nil, identity: identity), warning)
    }
}
