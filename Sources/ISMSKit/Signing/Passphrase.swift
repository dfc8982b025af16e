import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a secret key's passphrase comes from: an environment variable named on the command line
/// (for CI), else the terminal with echo off, and never from a pipe, where it would be typed in
/// the clear or read from a file by accident.
public enum Passphrase {
    /// The passphrase in the variable `name`, or why there is none.
    public static func fromEnvironment(
        _ name: String, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws(SigningError) -> [UInt8]
    {
        guard let value = environment[name] else {
            throw SigningError("the environment variable \(name) is not set (--passphrase-env names it)", isUsage: true)
        }
        guard !value.isEmpty else {
            throw SigningError("the environment variable \(name) is empty; a passphrase cannot be", isUsage: true)
        }
        return Array(value.utf8)
    }

    /// From `variable` when given, else from the terminal when standard input is one; otherwise
    /// refuses with `hint`, which says which option to use instead.
    public static func obtain(variable: String?, confirm: Bool, hint: String) throws(SigningError) -> [UInt8] {
        if let variable { return try fromEnvironment(variable) }
        guard isatty(STDIN_FILENO) == 1 else {
            throw SigningError("a passphrase is needed and standard input is not a terminal; \(hint)", isUsage: true)
        }
        let first = try TerminalPassphrase.read(prompt: "passphrase: ")
        guard !first.isEmpty else { throw SigningError("the passphrase is empty", isUsage: true) }
        if confirm {
            let second = try TerminalPassphrase.read(prompt: "confirm passphrase: ")
            guard first == second else { throw SigningError("the passphrases do not match", isUsage: true) }
        }
        return first
    }
}

/// The terminal's settings while echo is off, for the signal handler that puts them back.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var echoOffDescriptor: Int32 = -1

/// Reads one line from the controlling terminal (/dev/tty) with echo off, like readpassphrase(3);
/// echo is turned back on afterwards, also when the user interrupts with Ctrl-C.
private enum TerminalPassphrase {
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func read(prompt: String) throws(SigningError) -> [UInt8] {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw SigningError("cannot open the terminal: \(SystemError.describe(errno))") }
        defer { close(fd) }
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else {
            throw SigningError("cannot read the terminal's settings: \(SystemError.describe(errno))")
        }
        savedSettings = settings
        echoOffDescriptor = fd
        var previous: [Int32: sighandler_t?] = [:]
        for signal in signals { previous[signal] = Glibc.signal(signal, restoreAndExit) }
        settings.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        settings.c_lflag |= tcflag_t(ICANON)
        _ = tcsetattr(fd, TCSAFLUSH, &settings)
        defer {
            var saved = savedSettings
            _ = tcsetattr(fd, TCSAFLUSH, &saved)
            echoOffDescriptor = -1
            for (signal, handler) in previous { _ = Glibc.signal(signal, handler ?? SIG_DFL) }
        }
        _ = Array(prompt.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = Glibc.read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 || byte == 0x0A { break }
            line.append(byte)
            if line.count > 1024 { throw SigningError("the passphrase is too long") }
        }
        _ = Glibc.write(fd, "\n", 1)
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}

/// Puts the terminal's echo back and dies of the signal, as an interrupted program should.
private func restoreAndExit(_ signal: Int32) {
    if echoOffDescriptor >= 0 {
        var saved = savedSettings
        _ = tcsetattr(echoOffDescriptor, TCSAFLUSH, &saved)
        _ = write(echoOffDescriptor, "\n", 1)
    }
    _ = Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
