/// An evidence record whose files have been resolved and statted but not yet hashed: the check
/// gathers the files of every record first, so that hashing is scheduled per file on all cores.
struct StagedRecord: Sendable {
    /// Findings about the record as a whole (pins of files it does not list).
    let findings: [Finding]
    /// One entry per listed file, in the record's order.
    let files: [FileResolution]
}

/// A listed file after resolving: settled (missing, outside the register, not pinned), or a
/// regular file whose digest is still to be computed.
enum FileResolution: Sendable {
    case settled(InspectedFile, Finding?)
    case needsDigest(InspectedFile, DigestRequest)
}

/// A file to hash, with what its stat said: the size orders the work, the identity keys the cache.
struct DigestRequest: Sendable {
    let real: RealFile
    let registerPath: String
    let identity: FileIdentity
}
