/// Blowfish as OpenBSD's `blf.c` provides it to bcrypt: the state, the (expensive) key schedule
/// with and without salt, and encryption of 64-bit blocks. Only bcrypt_pbkdf uses it.
///
/// The state is one array: the 18 words of the P-array, then the four S-boxes of 256 words.
/// Keys and salts are given as their cyclic stream of big-endian words (`words(cycling:)`), the
/// way `Blowfish_stream2word` reads them; the hot loops run on raw pointers, so that the debug
/// build the tests use stays fast enough for a 42-round bcrypt_pbkdf.
struct Blowfish {
    private var state: [UInt32]

    /// Blowfish_initstate: the digits of pi.
    init() {
        state = BlowfishTables.p + BlowfishTables.s
    }

    /// One period of the stream of big-endian 32-bit words that `Blowfish_stream2word` reads
    /// from `bytes`, wrapping around at the end: after it, the stream repeats.
    static func words(cycling bytes: [UInt8]) -> [UInt32] {
        precondition(!bytes.isEmpty, "Blowfish keys and salts are never empty")
        let period = bytes.count % 4 == 0 ? bytes.count / 4 : (bytes.count % 2 == 0 ? bytes.count / 2 : bytes.count)
        var words: [UInt32] = []
        words.reserveCapacity(period)
        var index = 0
        for _ in 0..<period {
            var word: UInt32 = 0
            for _ in 0..<4 {
                word = (word << 8) | UInt32(bytes[index])
                index = index + 1 == bytes.count ? 0 : index + 1
            }
            words.append(word)
        }
        return words
    }

    /// Blowfish_expandstate: the key into the P-array, then every word of the state replaced by
    /// encrypting the running block XORed with the data (the salt).
    mutating func expand(key: [UInt32], data: [UInt32]) {
        state.withUnsafeMutableBufferPointer { stateBuffer in
            key.withUnsafeBufferPointer { keyBuffer in
                data.withUnsafeBufferPointer { dataBuffer in
                    Self.expand(
                        stateBuffer.baseAddress!, key: keyBuffer.baseAddress!, keyCount: keyBuffer.count,
                        data: dataBuffer.baseAddress, dataCount: dataBuffer.count)
                }
            }
        }
    }

    /// Blowfish_expand0state: as `expand(key:data:)` without data; with a key of 4 to 56
    /// bytes this is Blowfish's ordinary key schedule.
    mutating func expand(key: [UInt32]) {
        state.withUnsafeMutableBufferPointer { stateBuffer in
            key.withUnsafeBufferPointer { keyBuffer in
                Self.expand(
                    stateBuffer.baseAddress!, key: keyBuffer.baseAddress!, keyCount: keyBuffer.count, data: nil,
                    dataCount: 0)
            }
        }
    }

    /// blf_enc: encrypts consecutive 64-bit blocks, each two words (left, right), in place.
    func encrypt(_ blocks: inout [UInt32]) {
        precondition(blocks.count % 2 == 0)
        state.withUnsafeBufferPointer { stateBuffer in
            let state = stateBuffer.baseAddress!
            blocks.withUnsafeMutableBufferPointer { blockBuffer in
                var index = 0
                while index < blockBuffer.count {
                    Self.encipher(state, &blockBuffer[index], &blockBuffer[index + 1])
                    index += 2
                }
            }
        }
    }

    private static let stateCount = 18 + 4 * 256

    private static func expand(
        _ state: UnsafeMutablePointer<UInt32>, key: UnsafePointer<UInt32>, keyCount: Int,
        data: UnsafePointer<UInt32>?, dataCount: Int
    ) {
        var k = 0
        for i in 0..<18 {
            state[i] ^= key[k]
            k = k + 1 == keyCount ? 0 : k + 1
        }
        var left: UInt32 = 0
        var right: UInt32 = 0
        var d = 0
        var i = 0
        while i < stateCount {
            if let data {
                left ^= data[d]
                d = d + 1 == dataCount ? 0 : d + 1
                right ^= data[d]
                d = d + 1 == dataCount ? 0 : d + 1
            }
            encipher(state, &left, &right)
            state[i] = left
            state[i + 1] = right
            i += 2
        }
    }

    /// Blowfish_encipher: sixteen rounds of the Feistel network.
    private static func encipher(_ p: UnsafePointer<UInt32>, _ left: inout UInt32, _ right: inout UInt32) {
        let s = p + 18
        var l = left ^ p[0]
        var r = right
        var round = 1
        while round < 17 {
            r ^=
                ((s[Int(l &>> 24)] &+ s[256 + Int((l &>> 16) & 0xFF)]) ^ s[512 + Int((l &>> 8) & 0xFF)])
                &+ s[768 + Int(l & 0xFF)]
            r ^= p[round]
            l ^=
                ((s[Int(r &>> 24)] &+ s[256 + Int((r &>> 16) & 0xFF)]) ^ s[512 + Int((r &>> 8) & 0xFF)])
                &+ s[768 + Int(r & 0xFF)]
            l ^= p[round + 1]
            round += 2
        }
        left = r ^ p[17]
        right = l
    }
}
