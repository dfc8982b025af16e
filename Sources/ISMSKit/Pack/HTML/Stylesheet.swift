/// The page's stylesheet, inline. System fonts only (nothing is fetched), long words wrap
/// anywhere on screen, and a print style for A4 that an auditor annotates: each section on a new
/// page, the SoA on landscape pages, table headers repeated, words broken only where they cannot
/// fit, link targets written out and no dark backgrounds. The running header and footer are a
/// second style element of each pack (`PackPage.printFrame`). No `<` or `&` in it, so the page stays well-formed XML too.
enum Stylesheet {
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 1.5rem 4rem; color: #1a1a1a; background: #fff;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          overflow-wrap: anywhere; }
        h1, h2, h3 { line-height: 1.25; }
        h1 { font-size: 1.9rem; margin: 0.2rem 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
        h3 { font-size: 1.1rem; margin: 0 0 0.6rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.4rem; }
        h6 { font-style: italic; }
        a { color: #1f4e79; }
        code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #d8dee4; padding: 0.6rem 0.8rem; }
        blockquote { margin: 0.6rem 0; padding: 0 0.9rem; border-left: 3px solid #b0bec5; color: #37474f; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: #555; }
        .pack-header { border-bottom: 3px solid #1f4e79; padding-bottom: 1rem; }
        dl.facts { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.25rem 1.2rem; margin: 0; }
        dl.facts dt { font-weight: 600; color: #333; }
        dl.facts dd { margin: 0; }
        nav.contents h2 { font-size: 1.1rem; border: 0; margin: 1.5rem 0 0.3rem; color: #1a1a1a; }
        nav.contents ol { margin: 0; padding-left: 1.4rem; columns: 2; }
        table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
        th, td { border: 1px solid #cfd6dd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #eef2f6; }
        table.counts { width: auto; min-width: 24rem; }
        table.evidence-list, table.files, table.findings { table-layout: fixed; }
        table.soa { table-layout: fixed; font-size: 0.9em; }
        table.soa th:nth-child(1) { width: 6.5%; }
        table.soa th:nth-child(2) { width: 15%; }
        table.soa th:nth-child(3) { width: 9%; }
        table.soa th:nth-child(4) { width: 26.5%; }
        table.soa th:nth-child(5) { width: 12.5%; }
        table.soa th:nth-child(6) { width: 10%; }
        table.soa th:nth-child(7) { width: 10.5%; }
        table.soa th:nth-child(8) { width: 10%; }
        table.soa th, table.soa td:nth-child(3), table.soa td:nth-child(5), table.soa td:nth-child(7) { overflow-wrap: normal; }
        .soa-reason { display: block; margin-top: 0.2rem; font-size: 0.9em; color: #37474f; }
        .example-banner { margin: 1rem 0; padding: 0.6rem 0.9rem; border: 2px solid #8e1c1c; background: #fdecea; color: #5f1111; font-weight: 700; }
        .example-mark { color: #8e1c1c; font-size: 0.85em; font-style: italic; white-space: nowrap; }
        table.status-table, table.state-table { width: auto; min-width: 24rem; }
        ol.numbered { list-style: none; padding-left: 0; }
        .pack-binding { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid #cfd6dd; color: #555; font-size: 0.85em; }
        .pack-binding p { margin: 0; overflow-wrap: anywhere; }
        table.evidence-list th:nth-child(1) { width: 22%; }
        table.evidence-list th:nth-child(3), table.evidence-list th:nth-child(4) { width: 7.5rem; }
        table.evidence-list th:nth-child(5) { width: 30%; }
        table.files th:nth-child(2) { width: 8rem; }
        table.files th:nth-child(3) { width: 31rem; }
        table.findings th:nth-child(1) { width: 5rem; }
        table.findings th:nth-child(2) { width: 9rem; }
        table.findings th:nth-child(3) { width: 20rem; }
        table.clauses { table-layout: fixed; }
        table.clauses th:nth-child(1) { width: 7rem; }
        table.clauses th:nth-child(3) { width: 7rem; }
        table.clauses th:nth-child(4) { width: 9rem; }
        table.clauses th:nth-child(5) { width: 32%; }
        table.clauses td:nth-child(5) a { white-space: nowrap; }
        table.audit-grid caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
        table.audit-grid td { text-align: center; }
        .review-inputs th { width: 24rem; }
        .objective-chart { max-width: 100%; height: auto; }
        tr.group th { background: #f7f9fb; font-weight: 700; }
        .record-table { table-layout: fixed; }
        .record-table th { width: 16rem; background: #f7f9fb; font-weight: 600; }
        .record-table ul, td ul { margin: 0; padding-left: 1.1rem; }
        ul.files { list-style: none; padding-left: 0; }
        td.date, td.number { white-space: nowrap; }
        table.incidents td.id, table.breaches td.id { white-space: nowrap; }
        table.incidents th, table.incidents td, table.breaches th, table.breaches td { overflow-wrap: break-word; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.digest code { font-size: 0.8em; overflow-wrap: anywhere; }
        .record { margin: 0 0 2rem; padding-top: 0.5rem; border-top: 1px solid #cfd6dd; }
        .record-id { display: inline-block; margin-right: 0.4rem; padding: 0 0.4rem; border: 1px solid #1f4e79; border-radius: 3px; color: #1f4e79; font-size: 0.95em; }
        .subhead { margin: 0.8rem 0 0.2rem; font-weight: 700; }
        .narrative { padding: 0.1rem 0.9rem; border-left: 3px solid #1f4e79; background: #fafbfc; }
        .muted { color: #666; font-style: italic; }
        .state, .severity { display: inline-block; padding: 0 0.45rem; border: 1px solid; border-radius: 0.7rem; font-size: 0.85em; white-space: nowrap; }
        .state-covered { color: #1b5e20; background: #e6f4ea; border-color: #2e7d32; }
        .state-expiring { color: #7a4a00; background: #fff4dc; border-color: #c77c00; border-style: dashed; }
        .state-expired { color: #8e1c1c; background: #fdecea; border-color: #c62828; border-width: 2px; }
        .state-missing { color: #222; background: #fff; border-color: #222; border-style: dotted; border-width: 2px; }
        .state-not-applicable { color: #555; background: #f1f1f1; border-color: #9e9e9e; }
        .severity-error { color: #8e1c1c; background: #fdecea; border-color: #c62828; font-weight: 700; }
        .severity-warning { color: #7a4a00; background: #fff4dc; border-color: #c77c00; }
        figure.chart { margin: 1rem 0; }
        figure.chart figcaption { font-weight: 700; margin-bottom: 0.4rem; }
        svg.chart { display: block; max-width: 100%; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        svg.chart .segment { stroke: #222; stroke-width: 0.8; }
        svg.chart .chart-count { font-weight: 700; fill: #000; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        svg.chart .chart-label, svg.chart .chart-total, svg.chart .chart-legend { fill: #1a1a1a; }
        table.state-table th .state { font-weight: 400; white-space: normal; }
        table.risk-scale, table.risk-grid { width: auto; min-width: 24rem; }
        table.risk-grid td { text-align: center; }
        td.risk-level-0 { background: #ffffff; }
        td.risk-level-1 { background: #eeeeee; }
        td.risk-level-2 { background: #d6d6d6; font-weight: 600; }
        td.risk-level-3, td.risk-level-4, td.risk-level-5 { background: #bdbdbd; font-weight: 700; }
        div.heat-maps { display: flex; flex-wrap: wrap; gap: 1.5rem; }
        div.heat-maps figure.chart { margin: 0.5rem 0; }
        svg.heat-map .heat-level { font-size: 10px; }
        table.risks th, table.risks td, table.risk-actions th, table.risk-actions td, table.risk-acceptances th,
          table.risk-acceptances td { overflow-wrap: break-word; hyphens: manual; }
        table.risks th:nth-child(1), table.risk-actions th:nth-child(1), table.risk-acceptances th:nth-child(1) { width: 6rem; }
        @media screen and (max-width: 60rem) {
          body { padding: 1rem 0.6rem 3rem; }
          table.soa, table.evidence-list, table.files, table.findings, .record-table { table-layout: auto; }
          table.soa th, table.evidence-list th, table.files th, table.findings th, .record-table th { width: auto; }
          dl.facts { grid-template-columns: 1fr; }
          nav.contents ol { columns: 1; }
        }
        @media print {
          @page { size: A4; margin: 16mm 12mm 15mm;
            @top-left { font: 7.5pt system-ui, sans-serif; color: #333; vertical-align: bottom; }
            @bottom-left { font: 6.5pt ui-monospace, "DejaVu Sans Mono", monospace; color: #333; vertical-align: top; width: 80%; }
            @bottom-right { font: 7.5pt system-ui, sans-serif; color: #333; vertical-align: top; } }
          @page soa { size: A4 landscape; margin: 14mm 10mm 13mm; }
          section#soa { page: soa; }
          body { max-width: none; padding: 0; font-size: 9pt; color: #000; background: #fff; overflow-wrap: break-word; hyphens: manual; }
          th, td { overflow-wrap: normal; }
          code, a.file, a[href^="http:"], a[href^="https:"], a[href^="mailto:"], td.digest code { overflow-wrap: anywhere; }
          td.location code { overflow-wrap: normal; }
          h1 { font-size: 17pt; }
          h2 { font-size: 13pt; margin-top: 0; color: #000; border-color: #000; }
          h3 { font-size: 10.5pt; }
          nav.contents { break-after: page; page-break-after: always; }
          nav.contents h2 { font-size: 12pt; }
          main > section { break-before: page; page-break-before: always; }
          h2, h3, .subhead { break-after: avoid; page-break-after: avoid; }
          tr, .state, dl.facts dd, .soa-reason { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table, table.soa, table.evidence-list, table.files, table.findings, table.clauses, .record-table { table-layout: auto; }
          th, td { padding: 0.15rem 0.3rem; }
          table th { width: auto !important; }
          .record-table th { width: 27% !important; }
          table.soa { font-size: 7.5pt; line-height: 1.3; }
          table.soa th:nth-child(1) { width: 6% !important; }
          table.soa th:nth-child(2) { width: 14% !important; }
          table.soa th:nth-child(4) { width: 37% !important; }
          table.soa th:nth-child(8) { width: 11% !important; }
          table.soa .state { white-space: normal; }
          a { color: #000; text-decoration: underline; }
          a[href^="http:"]::after, a[href^="https:"]::after, a[href^="mailto:"]::after, a.file::after {
            content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
          thead th, tr.group th, .record-table th, .narrative, pre { background: #fff; }
          .state, .severity { background: #fff; color: #000; }
          .record-id { color: #000; border-color: #000; }
          .example-banner { background: #fff; color: #000; border: 2pt solid #000; }
          .example-mark { color: #000; }
          .pack-binding { display: none; }
          div.heat-maps, figure.chart { break-inside: avoid; page-break-inside: avoid; }
          nav.contents ol { columns: 1; }
        }
        """
}
