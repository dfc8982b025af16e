import Foundation
import ISMSKit
import Synchronization

/// The audit pack being built in the background, one at a time, and how the last build ended:
/// the pack page shows its stage while it runs and, when it is done, the pack and what changed
/// since the previous one.
final class PackJob: Sendable {
    enum State: Sendable {
        case idle
        case running(stage: PackStage, started: Date)
        case done(Result)
        case failed(message: String, started: Date)
    }

    struct Result: Sendable {
        /// Register-relative.
        let folder: String
        let zip: String?
        let files: Int
        let errors: Int
        let warnings: Int
        let seconds: Double
        /// The previous pack compared with, and the changes since it (`isms diff` text).
        let previous: String?
        let changes: String?
    }

    private let state = Mutex<State>(.idle)

    var current: State { state.withLock { $0 } }

    /// Starts building with `request` when no build runs; false when one does.
    func start(_ loaded: LoadedRegister, _ request: PackRequest, previous: PreviousPack.Found?) -> Bool {
        let started = Date()
        let begun = state.withLock { state -> Bool in
            if case .running = state { return false }
            state = .running(stage: .checkingAndCopying, started: started)
            return true
        }
        guard begun else { return false }
        var request = request
        request.previous = previous?.path
        request.progress = { [self] stage in
            self.state.withLock { $0 = .running(stage: stage, started: started) }
        }
        let root = loaded.register.root
        let built = request
        Thread.detachNewThread { [self] in
            let finished: State
            do throws(PackError) {
                let outcome = try PackBuilder.build(loaded, built)
                built.cache?.save()
                finished = .done(Self.result(outcome, previous: previous, root: root, started: started))
            } catch {
                finished = .failed(message: error.description, started: started)
            }
            self.state.withLock { $0 = finished }
        }
        return true
    }

    private static func result(_ outcome: PackOutcome, previous: PreviousPack.Found?, root: String, started: Date)
        -> Result
    {
        var changes: String?
        if let previous {
            do {
                let diff = RegisterDiff(
                    old: try SnapshotSource.pack(previous.path), new: try SnapshotSource.pack(outcome.folder))
                changes = DiffTextRenderer.render(
                    diff, old: Workbench.relative(previous.path, root: root),
                    new: Workbench.relative(outcome.folder, root: root))
            } catch {
                changes = error.description
            }
        }
        let diagnostics = outcome.report.diagnostics
        return Result(
            folder: Workbench.relative(outcome.folder, root: root),
            zip: outcome.zip.map { Workbench.relative($0, root: root) }, files: outcome.fileCount,
            errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
            seconds: Date().timeIntervalSince(started),
            previous: previous.map { Workbench.relative($0.path, root: root) },
            changes: changes)
    }
}
