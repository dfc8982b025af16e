import ArgumentParser
import ISMSKit

/// `--no-cache`: parse every record and read every evidence file instead of trusting what
/// `.isms/cache` remembers.
struct CacheOption: ParsableArguments {
    @Flag(
        name: .customLong("no-cache"),
        help: "Parse every record and hash every evidence file again; ignore and keep .isms/cache as it is.")
    var noCache = false

    /// Starts reading the register's hash cache on another core (nil under --no-cache), so that
    /// it is ready when the register is loaded. A cache that cannot be trusted is reported on
    /// standard error by `ready` and rebuilt.
    func openInBackground(_ register: RegisterOptions) -> BackgroundValue<HashCache?> {
        let noCache = noCache
        let root = RegisterLoader.absolute(register.directory)
        return BackgroundValue { noCache ? nil : HashCache(root: root) }
    }

    /// The hash cache once read, after printing why an existing one was not used.
    func ready(_ pending: BackgroundValue<HashCache?>) -> HashCache? {
        let cache = pending.value
        if let warning = cache?.warning { Terminal.printError("isms: warning: \(warning)") }
        return cache
    }
}
