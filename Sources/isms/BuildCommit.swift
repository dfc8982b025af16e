import ISMSKit

/// The commit a release binary was built from, for `isms --version`. scripts/release writes the
/// hash into this file in its clean copy of HEAD; the committed file knows none, so a plain
/// `swift build` prints the version alone and never reads git. It lives in the executable, not in
/// ISMSKit, so that nothing a pack records can depend on the commit.
enum BuildCommit {
    /// The full hash of the commit, or nil when the binary was not built by scripts/release.
    static let hash: String? = nil
    /// The release's name (`scripts/release VERSION`), which may carry a suffix such as `-rc1`.
    static let release: String? = nil

    /// What `isms --version` prints: `0.1.0`, or `0.1.0-rc1 (commit 2680a56…)` for a release.
    static var versionText: String {
        guard let hash else { return ISMSVersion.current }
        return "\(release ?? ISMSVersion.current) (commit \(hash))"
    }
}
