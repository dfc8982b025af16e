#if canImport(Glibc)
    import Glibc
#endif

/// Prints a page to PDF with headless Chromium, the one widely installed engine that applies the
/// pack's print stylesheet (`@page` A4, page breaks, repeated table headers) as a browser does.
///
/// Chromium is found as `$ISMS_CHROMIUM`, else `chromium` or `chromium-browser` on PATH, else
/// /usr/bin/chromium. It runs without a shell, in a process group of its own with a time limit,
/// with a fresh profile, offline, and without the date, title and URL that it otherwise prints
/// around every page. What it writes to its terminal is kept in a log and shown only when it fails.
struct ChromiumPrinter {
    static let environmentVariable = "ISMS_CHROMIUM"
    static let missing =
        "--pdf needs Chromium: install the Debian package `chromium` (apt-get install chromium), or set ISMS_CHROMIUM to its path"

    let executable: String
    /// Seconds Chromium may take before it is killed.
    var timeout: Double = 300

    /// Finds Chromium as described above; `fallback` is the path tried last.
    static func locate(environment: [String: String], fallback: String = "/usr/bin/chromium")
        throws(PackError) -> ChromiumPrinter
    {
        if let given = environment[environmentVariable], !given.isEmpty {
            guard access(given, X_OK) == 0, !isFolder(given) else {
                throw PackError("\(environmentVariable)=\(given) is not an executable file; \(missing)")
            }
            return ChromiumPrinter(executable: given)
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if access(path, X_OK) == 0 && !isFolder(path) { return ChromiumPrinter(executable: path) }
            }
        }
        guard access(fallback, X_OK) == 0 else { throw PackError(missing) }
        return ChromiumPrinter(executable: fallback)
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The arguments that print `page` (an absolute path) to `output`, with `profile` as the
    /// browser's user-data folder.
    func arguments(page: String, output: String, profile: String) -> [String] {
        [
            "--headless", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile,
            // Else the disk cache goes to a new folder of ~/.cache/chromium-headless on every run.
            "--disk-cache-dir=" + profile + "/cache",
            "--print-to-pdf=" + output, "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
            // Offline: no background, sync, update or extension traffic, and no name resolves.
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
            "--disable-crash-reporter", "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars",
        ]
            // Chromium refuses to run as root inside its sandbox.
            + (geteuid() == 0 ? ["--no-sandbox"] : [])
            + ["file://" + HTMLText.relativeURL(path: page)]
    }

    /// Prints `page` to `output`; `profile` is an empty private folder for Chromium's profile
    /// and its log. Throws, with the end of Chromium's log, when it fails or takes too long.
    func printPDF(page: String, to output: String, profile: String) throws(PackError) {
        let log = profile + "/chromium.log"
        let arguments = arguments(page: page, output: output, profile: profile + "/profile")
        let status: ChildProcess.Status
        do {
            status = try ChildProcess.run(executable, arguments, output: log, timeout: timeout)
        } catch {
            throw PackError("cannot start \(executable) for --pdf: \(error.message); \(Self.missing)")
        }
        switch status {
        case .exited(0) where access(output, R_OK) == 0:
            return
        case .exited(let code):
            throw PackError(
                "\(executable) did not print index.html to pack.pdf (exit status \(code))" + Self.tail(of: log))
        case .signalled(let signal):
            throw PackError("\(executable) was killed by signal \(signal) while printing pack.pdf" + Self.tail(of: log))
        case .timedOut:
            throw PackError(
                "\(executable) did not print pack.pdf within \(Int(timeout)) seconds and was stopped"
                    + Self.tail(of: log))
        }
    }

    /// The last lines Chromium wrote, to show with its failure.
    static func tail(of log: String, lines: Int = 12) -> String {
        guard case .success(let bytes) = FileBytes.read(log, limit: 64 << 20) else { return "" }
        let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n").suffix(lines)
        return text.isEmpty ? "" : "; its last lines:\n" + text.joined(separator: "\n")
    }
}
