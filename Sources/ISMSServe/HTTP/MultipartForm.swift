import Foundation
import MultipartKit

/// A submitted `multipart/form-data` body: its text fields and its files. MultipartKit frames the
/// parts; the Content-Disposition header, whose file name is untrusted, is read here exactly
/// (quoted strings with escapes), because a name is refused rather than guessed at.
struct MultipartForm: Sendable {
    struct File: Sendable {
        let field: String
        let name: String
        let bytes: [UInt8]
    }

    private(set) var fields = FormFields(pairs: [])
    private(set) var files: [File] = []

    struct Problem: Error { let message: String }

    init(body: ByteBuffer, contentType: String) throws(Problem) {
        guard let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty else {
            throw Problem(message: "the upload has no multipart boundary")
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = []
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem(message: "the upload is not a well-formed multipart body")
        }
        var pairs: [(name: String, value: String)] = []
        for part in parts {
            guard
                let disposition = part.headers.first(where: { $0.0.lowercased() == "content-disposition" })?.1,
                let name = Self.parameter("name", in: disposition)
            else { throw Problem(message: "a part of the upload has no field name") }
            if let fileName = Self.parameter("filename", in: disposition) {
                // A file input left empty is sent as a part without a name and without bytes.
                if fileName.isEmpty && part.body.isEmpty { continue }
                files.append(File(field: name, name: fileName, bytes: part.body))
            } else {
                pairs.append(
                    (name, String(decoding: part.body, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")))
            }
        }
        fields = FormFields(pairs: pairs)
    }

    /// The value of `key` among the `;`-separated parameters of a header value: a token, or a
    /// quoted string whose `\` escapes the next character. Nil when absent or malformed.
    static func parameter(_ key: String, in header: String) -> String? {
        let scalars = Array(header.unicodeScalars)
        var index = scalars.firstIndex(of: ";") ?? scalars.endIndex
        while index < scalars.endIndex {
            index += 1  // past ";"
            while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            var name = ""
            while index < scalars.endIndex, scalars[index] != "=", scalars[index] != ";" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.endIndex, scalars[index] == "=" else { continue }
            index += 1
            var value = ""
            if index < scalars.endIndex, scalars[index] == "\"" {
                index += 1
                var closed = false
                while index < scalars.endIndex {
                    let scalar = scalars[index]
                    if scalar == "\\", index + 1 < scalars.endIndex {
                        value.unicodeScalars.append(scalars[index + 1])
                        index += 2
                        continue
                    }
                    index += 1
                    if scalar == "\"" {
                        closed = true
                        break
                    }
                    value.unicodeScalars.append(scalar)
                }
                guard closed else { return nil }
                while index < scalars.endIndex, scalars[index] != ";" { index += 1 }
            } else {
                while index < scalars.endIndex, scalars[index] != ";" {
                    value.unicodeScalars.append(scalars[index])
                    index += 1
                }
                value = value.trimmingCharacters(in: .whitespaces)
            }
            if name.trimmingCharacters(in: .whitespaces).lowercased() == key { return value }
        }
        return nil
    }
}
