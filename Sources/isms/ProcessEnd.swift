/// Values that live until the process ends. A large register's model is hundreds of thousands of
/// objects; releasing them one by one after the last line is printed only delays the exit, so the
/// operating system reclaims them at once instead (as compilers do with `-disable-free`).
enum ProcessEnd {
    private final class Kept: @unchecked Sendable {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Kept(values))
    }
}
