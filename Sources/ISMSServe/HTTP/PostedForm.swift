import HTTPTypes
import Hummingbird

/// A POST's body as fields (and files, for an upload), read within a size limit.
struct PostedForm: Sendable {
    let fields: FormFields
    let files: [MultipartForm.File]

    static func read(_ request: Request, uploadLimit: Int, formLimit: Int) async -> Result<PostedForm, Refusal> {
        let type = request.headers[.contentType] ?? ""
        let multipart = type.lowercased().hasPrefix("multipart/form-data")
        let limit = multipart ? uploadLimit : formLimit
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            return .failure(
                Refusal(
                    PageResponse.text(
                        "refused: the request is larger than \(limit >> 20) MiB (start isms serve with a larger --max-upload)",
                        status: .contentTooLarge)))
        }
        if multipart {
            do {
                let form = try MultipartForm(body: body, contentType: type)
                return .success(PostedForm(fields: form.fields, files: form.files))
            } catch {
                return .failure(Refusal(PageResponse.text("refused: \(error.message)", status: .badRequest)))
            }
        }
        return .success(PostedForm(fields: FormFields(urlEncoded: String(buffer: body)), files: []))
    }
}

/// A request refused before it was routed, with the response that says why.
struct Refusal: Error {
    let response: Response
    init(_ response: Response) { self.response = response }
}
