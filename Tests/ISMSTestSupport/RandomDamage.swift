/// Copies of `bytes` with a few random bytes overwritten: how the cache tests check that damage
/// under a correct checksum (a forged cache) never traps a reader.
public func randomlyDamaged(_ bytes: [UInt8], copies: Int = 300) -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    return (0..<copies).map { _ in
        var damaged = bytes
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
        }
        return damaged
    }
}
