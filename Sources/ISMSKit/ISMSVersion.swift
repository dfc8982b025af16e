/// The version `isms --version` prints and packs record.
public enum ISMSVersion {
    public static let current = "0.1.0"
}
