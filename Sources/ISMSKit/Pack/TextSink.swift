/// Where a renderer's text goes, piece by piece: a file of the pack being written
/// (`PackFileWriter`, which never holds more than its buffer) or a string (`StringSink`, for the
/// single-string entry points the tests and the diff use). Renderers write small pieces (a line,
/// an article) in order, so the size of a document never decides how much memory it takes.
protocol TextSink: AnyObject {
    /// Appends `text` as UTF-8.
    func write(_ text: String)
}

/// Collects everything written into one string.
final class StringSink: TextSink {
    private(set) var text = ""

    func write(_ text: String) { self.text += text }
}
