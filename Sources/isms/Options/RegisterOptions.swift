import ArgumentParser
import ISMSKit

/// `-C DIR`: the register to work on, like `git -C` and `make -C`.
struct RegisterOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("directory")], help: "The register folder (default: the current folder).")
    var directory: String = "."

    /// Loads the register, or ends the command with status 2 when there is none. With a cache
    /// option that allows it, unchanged records come from the record cache.
    func load(cache: CacheOption? = nil) throws -> LoadedRegister {
        do {
            let loaded = try RegisterLoader.load(root: directory, cached: cache.map { !$0.noCache } ?? false)
            if let warning = loaded.cacheWarning { Terminal.printError("isms: warning: \(warning)") }
            return loaded
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
