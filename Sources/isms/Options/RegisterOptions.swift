import ArgumentParser
import ISMSKit

/// `-C DIR`: the register to work on, like `git -C` and `make -C`.
struct RegisterOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("directory")], help: "The register folder (default: the current folder).")
    var directory: String = "."

    /// Loads the register, or ends the command with status 2 when there is none.
    func load() throws -> LoadedRegister {
        do {
            return try RegisterLoader.load(root: directory)
        } catch {
            Terminal.printError("isms: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
