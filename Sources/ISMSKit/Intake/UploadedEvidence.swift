import Foundation

/// Evidence that arrives as bytes with a name chosen elsewhere (a browser's upload), not as a
/// file a person named on the command line. The name is untrusted: it becomes one plain file
/// name or the upload is refused, so that nothing lands outside the folder `evidence add` chose.
public struct UploadedEvidence: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Why `name` cannot be an evidence file's name, or nil when it can: one path component,
    /// not `.` or `..`, not hidden, no NUL or other control character, no slash or backslash,
    /// at most 255 bytes.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "the file has no name" }
        if name.utf8.count > 255 { return "the file name is longer than 255 bytes" }
        if name == "." || name == ".." || name.hasPrefix(".") {
            return "`\(visible(name))` is a hidden or relative name; rename the file"
        }
        for scalar in name.unicodeScalars {
            if scalar == "/" || scalar == "\\" {
                return "`\(visible(name))` names a folder; upload the file itself"
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || HTMLText.isDirectionControl(scalar)
            {
                return "`\(visible(name))` holds a control character; rename the file"
            }
        }
        return nil
    }

    /// The name with control characters shown as `\u{..}`, for messages.
    static func visible(_ name: String) -> String {
        name.unicodeScalars.map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F || HTMLText.isDirectionControl(scalar)
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
    }

    /// Writes the uploads into a new private folder under the register's `.isms/tmp` and returns
    /// it, with the path of each file in the uploads' order; the caller removes the folder.
    public static func stage(_ uploads: [UploadedEvidence], root: String) throws(IntakeError) -> (
        folder: String, files: [String]
    ) {
        for upload in uploads {
            if let problem = problem(with: upload.name) { throw IntakeError(problem) }
        }
        let staging = try IntakeStaging(root: root, purpose: "upload")
        var files: [String] = []
        for upload in uploads {
            let path = staging.folder + "/" + upload.name
            do {
                try AtomicFile.write(Data(upload.bytes), to: path)
            } catch {
                staging.remove()
                throw IntakeError("cannot stage \(visible(upload.name)): \(error.message)")
            }
            files.append(path)
        }
        return (staging.folder, files)
    }
}
