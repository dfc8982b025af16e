import Foundation

/// The dashboard's incidents section: personal-data breaches whose notification to the
/// supervisory authority is still due, with the hours left on the 72-hour clock (or how long ago
/// it ran out), and the incidents still open.
extension StatusDashboard {
    /// A breach that must be notified and is not yet, with its deadline.
    public struct OpenBreach: Sendable {
        public let incident: Incident
        public let deadline: Instant
        /// Whole hours from the start of the as-of date to the deadline; negative once past.
        public let hoursLeft: Int
    }

    /// Unnotified breaches that must be notified, the soonest deadline first.
    public var openBreaches: [OpenBreach] {
        let settings = report.register.settings
        let now = Instant.startOf(report.asOf, in: settings.timeZone)
        return report.register.incidents.compactMap { incident -> OpenBreach? in
            guard let deadline = incident.notificationDeadline, incident.breach?.notifiedAuthority == nil else {
                return nil
            }
            let hours = now.hours(until: deadline)
            return OpenBreach(
                incident: incident, deadline: deadline,
                hoursLeft: Int(hours >= 0 ? hours.rounded(.down) : hours.rounded(.up)))
        }.sorted { ($0.deadline, $0.incident.id) < ($1.deadline, $1.incident.id) }
    }

    /// Incidents without a `closed` date, in register order.
    public var openIncidents: [Incident] { report.register.incidents.filter { $0.closed == nil } }

    func renderIncidents() -> String {
        let breaches = openBreaches
        var out = bold("Personal-data breaches to notify (\(breaches.count))") + "\n"
        if breaches.isEmpty { out += "  none\n" }
        let width = breaches.map { clean($0.incident.id).count }.max() ?? 0
        for breach in breaches {
            let clock =
                breach.hoursLeft >= 0
                ? paint("\(breach.hoursLeft) hours left", breach.hoursLeft < 24 ? .expiring : .covered)
                : paint("\(-breach.hoursLeft) hours overdue", .expired)
            out += "  \(pad(clean(breach.incident.id), width))  notify by \(breach.deadline.text)  \(clock)  "
            out += clean(breach.incident.title) + "\n"
        }
        let open = openIncidents
        out += "  open incidents  \(open.count)"
        out += open.isEmpty ? "\n" : ": " + open.map { clean($0.id) }.joined(separator: ", ") + "\n"
        return out
    }
}
