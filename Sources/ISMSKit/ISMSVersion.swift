/// The version packs record and `isms --version` prints. A release binary adds the commit it was
/// built from to the latter only (`BuildCommit` in the executable), so a pack stays the same bytes
/// for the same register and date whichever commit built the tool.
public enum ISMSVersion {
    public static let current = "0.1.0"
}
