import Foundation
import ISMSKit

/// The register as last loaded and checked: what every page shows until the next save or the
/// next "check again". Record pages read their file anew, so an edit always starts from the disk.
struct WorkbenchSnapshot: Sendable {
    let loaded: LoadedRegister
    let report: CheckReport
    let directory: RecordDirectory
    /// What `isms status` shows, with the SoA's rows, worked out once per check.
    let status: StatusDashboard
    /// Wall-clock time of the check, for the page's "checked at".
    let checkedAt: Date
    let seconds: Double

    /// Loads with the record cache and checks with the hash cache, as `isms check` does: after a
    /// save only the saved record is parsed again and only changed evidence hashed.
    static func load(root: String, asOf: CalendarDate?) throws(RegisterError) -> WorkbenchSnapshot {
        let clock = ContinuousClock()
        let start = clock.now
        let hashes = HashCache(root: root)
        let loaded = try RegisterLoader.load(root: root, cached: true)
        let report = RegisterChecker.check(loaded, asOf: asOf ?? .today(), cache: hashes)
        hashes.save()
        let elapsed = clock.now - start
        return WorkbenchSnapshot(
            loaded: loaded, report: report, directory: RecordDirectory(loaded.register),
            status: StatusDashboard(report: report), checkedAt: Date(),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The findings about one file, sorted.
    func findings(at path: String) -> [Finding] {
        report.diagnostics.sorted.filter { $0.location.path == path }
    }
}
