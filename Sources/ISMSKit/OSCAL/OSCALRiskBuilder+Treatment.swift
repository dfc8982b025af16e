/// A risk's treatment in OSCAL: the controls that treat it as mitigating factors, the actions still
/// planned as planned responses with their due dates.
extension OSCALRiskBuilder {
    /// One per control that the risk names: what the SoA and the evidence say of it on the as-of date.
    func mitigatingFactors(_ risk: Risk) -> [OSCAL.MitigatingFactor] {
        var seen = Set<String>()
        return risk.controls.filter { seen.insert($0).inserted }.map { id in
            let name = OSCALText.line(id, or: "?")
            var props = [OSCAL.Property(name: "control-id", value: name)]
            guard let control = controls[id] else {
                return OSCAL.MitigatingFactor(
                    uuid: uuid("mitigating-factor", risk.id + "\n" + id),
                    description: ["\(name), which is not a control of the register (isms check reports E609)."],
                    props: props)
            }
            let title = OSCALText.line(control.title) ?? control.catalogEntry.map(\.title) ?? ""
            let named = title.isEmpty ? name : "\(name) \(title)"
            let sentence: String
            switch control.applicable {
            case .some(false):
                sentence = "\(named), which the Statement of Applicability excludes (isms check reports E609)."
            case .none:
                sentence = "\(named), whose applicability is undecided."
            case .some(true):
                let state = content.coverage(of: id)?.state ?? .missing
                let status = control.status.map { "status \($0.rawValue)" } ?? "no status"
                sentence = "\(named): \(status), evidence \(state.rawValue) on \(content.asOf)."
                if let status = control.status { props.append(OSCAL.Property(name: "status", value: status.rawValue)) }
                props.append(OSCAL.Property(name: "coverage", value: state.rawValue))
            }
            return OSCAL.MitigatingFactor(
                uuid: uuid("mitigating-factor", risk.id + "\n" + id), description: [sentence], props: props)
        }
    }

    /// One planned response per treatment action not yet done, with its due date as a task's date.
    func remediations(_ risk: Risk) -> [OSCAL.Response] {
        risk.planned.enumerated().map { index, action in
            let key = risk.id + "\n" + String(index + 1)
            let title = OSCALText.line(action.action, or: "Treatment action \(index + 1)")
            let owner = OSCALText.line(action.owner)
            var sentence = "Treatment action"
            if let owner { sentence += " owned by \(owner)" }
            if let due = action.due {
                sentence += ", due \(due)"
                if action.isOverdue(asOf: content.asOf) { sentence += " (overdue on \(content.asOf))" }
            }
            var props: [OSCAL.Property] = []
            if let owner { props.append(OSCAL.Property(name: "owner", value: owner)) }
            if let due = action.due { props.append(OSCAL.Property(name: "due", value: due.description)) }
            let onDate = action.due.flatMap { OSCALText.dateTime($0, endOfDay: true) }
            return OSCAL.Response(
                uuid: uuid("remediation", key), lifecycle: "planned", title: title, description: [sentence + "."],
                props: props, tasks: [OSCAL.Task(uuid: uuid("task", key), type: "action", title: title, onDate: onDate)]
            )
        }
    }
}
