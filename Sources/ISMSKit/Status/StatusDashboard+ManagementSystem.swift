/// The dashboard's management-system section: audits and reviews due, open nonconformities and
/// the actions past due.
extension StatusDashboard {
    var managementSystem: ManagementSystemStatus {
        ManagementSystemStatus(register: report.register, asOf: report.asOf)
    }

    func renderManagementSystem() -> String {
        let status = managementSystem
        var out = bold("Management system") + "\n"
        if let due = status.nextAuditDue, let last = status.lastAudit {
            out +=
                "  internal audit  next due \(paintDue(due))  (last: \(clean(last.id)), performed \(last.performed!))\n"
        } else {
            out += "  internal audit  none performed yet\n"
        }
        for audit in status.plannedAudits {
            out += "                  planned \(audit.planned!)  \(clean(audit.id))  \(clean(audit.title))\n"
        }
        if let due = status.nextReviewDue, let last = status.lastReview {
            out += "  review          next due \(paintDue(due))  (last: \(clean(last.id)), held \(last.date!))\n"
        } else {
            out += "  review          none held yet\n"
        }
        let open = status.openNonconformities
        let major = open.filter { $0.grade == .major }.count
        out += "  nonconformities \(open.count) open (\(major) major, \(open.count - major) minor)"
        out += open.isEmpty ? "\n" : ": " + open.map { clean($0.id) }.joined(separator: ", ") + "\n"

        let overdue = status.overdueActions
        out += "\n" + bold("Actions past due (\(overdue.count))") + "\n"
        if overdue.isEmpty { out += "  none\n" }
        let idWidth = overdue.map { clean($0.record).count }.max() ?? 0
        let ownerWidth = overdue.map { clean(owner($0.action.owner)).count }.max() ?? 0
        for item in overdue {
            out += "  " + paint("\(item.action.due!)", .expired) + "  " + pad(clean(item.record), idWidth)
            out += "  " + pad(clean(owner(item.action.owner)), ownerWidth) + "  " + clean(item.action.action) + "\n"
        }
        return out
    }

    /// A due day, in the expired colour once it has passed.
    private func paintDue(_ day: CalendarDate) -> String {
        day < report.asOf ? paint("\(day) (overdue)", .expired) : "\(day)"
    }
}
