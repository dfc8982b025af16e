import Foundation
import ISMSKit

/// The register as last loaded and checked: what every page shows until the next save or the
/// next "check again". Record pages read their file anew, so an edit always starts from the disk.
struct WorkbenchSnapshot: Sendable {
    let loaded: LoadedRegister
    let report: CheckReport
    let directory: RecordDirectory
    /// What record pages draw from the check, and what the dashboard and grid show: each worked
    /// out once per check, when first asked for.
    private let recordViews: Memo<CheckViews>
    private let dashboardViews: Memo<DashboardViews>

    var views: CheckViews { recordViews.get }
    var dashboard: DashboardViews { dashboardViews.get }
    /// Wall-clock time of the check, for the page's "checked at".
    let checkedAt: Date
    let seconds: Double

    /// Loads with the record cache and checks with the hash cache, as `isms check` does: after a
    /// save only the saved record is parsed again and only changed evidence hashed.
    static func load(root: String, asOf: CalendarDate?) throws(RegisterError) -> WorkbenchSnapshot {
        let start = ContinuousClock.now
        let hashes = HashCache(root: root)
        return checked(try RegisterLoader.load(root: root, cached: true), asOf: asOf, hashes: hashes, since: start)
    }

    /// The register of `previous` with the records at `paths` read again and checked, without a
    /// scan: after a save of those records. Nil when only a full load can say what they are now.
    /// The evidence of records not saved is taken from the previous check, not looked at again.
    static func reloaded(_ previous: WorkbenchSnapshot, paths: [String], asOf: CalendarDate?) -> WorkbenchSnapshot? {
        let start = ContinuousClock.now
        guard let loaded = RegisterLoader.reload(previous.loaded, paths: paths) else { return nil }
        let root = loaded.register.root
        // Only a saved evidence record's files are hashed again; the hash cache helps only then.
        let hashes = paths.contains { $0.hasSuffix(RegisterLayout.evidenceRecordSuffix) } ? HashCache(root: root) : nil
        let report = RegisterChecker.check(loaded, asOf: asOf ?? .today(), reusing: previous.report, cache: hashes)
        hashes?.save()
        return made(
            loaded, report, since: start, directory: previous.directory.updated(loaded.register, paths: Set(paths)))
    }

    private static func checked(
        _ loaded: LoadedRegister, asOf: CalendarDate?, hashes: HashCache, since start: ContinuousClock.Instant
    ) -> WorkbenchSnapshot {
        let report = RegisterChecker.check(loaded, asOf: asOf ?? .today(), cache: hashes)
        hashes.save()
        return made(loaded, report, since: start)
    }

    private static func made(
        _ loaded: LoadedRegister, _ report: CheckReport, since start: ContinuousClock.Instant,
        directory: RecordDirectory? = nil
    ) -> WorkbenchSnapshot {
        let elapsed = ContinuousClock.now - start
        return WorkbenchSnapshot(
            loaded: loaded, report: report, directory: directory ?? RecordDirectory(loaded.register),
            recordViews: Memo { CheckViews(report) }, dashboardViews: Memo { DashboardViews(report) },
            checkedAt: Date(),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The findings about one file, sorted.
    func findings(at path: String) -> [Finding] { views.findingsByPath[path] ?? [] }
}
