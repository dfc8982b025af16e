import Foundation

/// What `isms incident add` writes: a new incident record whose clock starts from a recorded fact,
/// the moment it is written, in the register's zone.
public struct IncidentIntakeRequest: Sendable {
    public var id: String
    public var title: String
    public var severity: Incident.Severity
    public var category: String?
    public var personalDataBreach: Bool
    /// The moment the organisation became aware: the command's clock.
    public var now: Date

    public init(
        id: String, title: String, severity: Incident.Severity, category: String?, personalDataBreach: Bool, now: Date
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.personalDataBreach = personalDataBreach
        self.now = now
    }
}

/// Writes `controls/incidents/ID.yaml` once: an existing id or file is refused, the file appears
/// whole or not at all, and every value still to describe holds the `(to fill in)` placeholder
/// that `isms check` reports (E107) until it is replaced.
public enum IncidentIntake {
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The register-relative path written, and the record's `aware` instant.
    public static func add(_ request: IncidentIntakeRequest, to loaded: LoadedRegister) throws(Refusal) -> (
        path: String, aware: Instant
    ) {
        let register = loaded.register
        guard RecordID.isValid(request.id) else {
            throw Refusal(
                description:
                    "`\(request.id)` is not a valid id: use letters, digits, `.`, `_` and `-`, such as `INC-2026-012`")
        }
        let taken = Set(register.incidents.map(\.id) + register.unreadable.compactMap(\.id))
        let path = RegisterLayout.incidentsFolder + "/\(request.id).yaml"
        let absolute = register.root + "/" + path
        guard !taken.contains(request.id), !FileManager.default.fileExists(atPath: absolute) else {
            throw Refusal(description: "incident \(request.id) exists already (\(path)); choose the next reference")
        }
        let aware = instant(request.now, register.settings)
        do {
            try FileManager.default.createDirectory(
                atPath: register.root + "/" + RegisterLayout.incidentsFolder, withIntermediateDirectories: true)
            try AtomicFile.write(text(request, aware: aware), to: absolute)
        } catch let problem as FileProblem {
            throw Refusal(description: problem.message)
        } catch {
            throw Refusal(description: "cannot write \(path): \(error)")
        }
        return (path, aware)
    }

    /// `2026-06-11 10:30 Europe/Amsterdam`, or `2026-06-11T08:30Z` for UTC, to the minute.
    static func instant(_ date: Date, _ settings: RegisterSettings) -> Instant {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let minute = seconds - (seconds % 60 + 60) % 60
        let name = settings.timeZoneName
        if name == "UTC" || name == "GMT" || name == "Etc/UTC" {
            return Instant(seconds: minute, text: Instant.utcText(minute))
        }
        let now = Instant(seconds: minute, text: "")
        let text = now.localText(in: settings.timeZone, named: name)
        // In the hour the clocks repeat, the zone's name means the earlier one: write the offset then.
        if let local = try? Instant.parse(text).get(), local.seconds == minute { return local }
        return Instant(seconds: minute, text: now.offsetText(in: settings.timeZone))
    }

    static func text(_ request: IncidentIntakeRequest, aware: Instant) -> String {
        let fill = "\"" + RegisterTemplate.placeholder + ")\""
        var text = """
            # Written by `isms incident add`: `aware` is when this record was made. Set `detected`
            # and `aware` to the facts if they were earlier (the 72 hours of a breach run from `aware`),
            # and fill in every value that reads (to fill in).
            id: \(YAMLText.quoted(request.id))
            title: \(YAMLText.quoted(request.title))
            detected: \(aware.text)
            aware: \(aware.text)
            category: \(request.category.map(YAMLText.quoted) ?? fill)
            severity: \(request.severity.rawValue)
            description: \(fill)
            personal-data-breach: \(request.personalDataBreach)

            """
        if request.personalDataBreach {
            text += """
                breach:
                  # none, risk or high: `risk` and `high` are notified to the supervisory authority
                  # within 72 hours of `aware` (GDPR Art. 33(1)); `high` is also told to the data
                  # subjects (Art. 34(1)). `none` needs the reasoning why there is no risk.
                  risk: \(fill)
                  reasoning: \(fill)

                """
        }
        return text
    }
}
