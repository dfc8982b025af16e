import ArgumentParser
import ISMSKit

/// `-C DIR`: the register to work on, like `git -C` and `make -C`. Without it the register is found
/// as git finds a repository: the nearest folder from the current one up that holds isms.yaml.
/// With it, it is exactly DIR: a script or CI job that names a register never silently gets the
/// one around it (see `RegisterLocator`).
struct RegisterOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("directory")],
        help: ArgumentHelp(
            "The register folder, exactly (default: the nearest folder from the current one up with isms.yaml).",
            valueName: "directory"))
    var explicitDirectory: String?

    /// The register's folder as found; the current folder when there is none (`load` then says so).
    var directory: String { (try? RegisterLocator.locate(directory: explicitDirectory)) ?? explicitDirectory ?? "." }

    /// The register's folder as an absolute path, or the end of the command with status 2 when
    /// there is none: for commands that read record files themselves instead of loading them all.
    func root() throws -> String {
        do {
            return RegisterLoader.absolute(try RegisterLocator.locate(directory: explicitDirectory))
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Loads the register, or ends the command with status 2 when there is none. With a cache
    /// option that allows it, unchanged records come from the record cache.
    func load(cache: CacheOption? = nil) throws -> LoadedRegister {
        let root = try root()
        do {
            let loaded = try RegisterLoader.load(root: root, cached: cache.map { !$0.noCache } ?? false)
            if let warning = loaded.cacheWarning { Terminal.printError("isms: warning: \(warning)") }
            return loaded
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
