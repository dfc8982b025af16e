import ArgumentParser
import ISMSKit

/// `--no-cache`: read every evidence file instead of trusting hashes remembered in `.isms/cache`.
struct CacheOption: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Hash every evidence file again; ignore and keep .isms/cache as it is.")
    var noCache = false

    /// The register's hash cache, or nil under --no-cache. A cache that cannot be trusted is
    /// reported on standard error and rebuilt.
    func open(for loaded: LoadedRegister) -> HashCache? {
        guard !noCache else { return nil }
        let cache = HashCache(root: loaded.register.root)
        if let warning = cache.warning { Terminal.printError("isms: warning: \(warning)") }
        return cache
    }
}
