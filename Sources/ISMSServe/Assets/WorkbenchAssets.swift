/// The workbench's own style sheet and script, served from this binary (no third-party code, no
/// network). The script only enhances: every form works without it.
enum WorkbenchAssets {
    static let stylesheet = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #fafbfc; }
        header { background: #17324d; color: #fff; padding: .6rem 1rem; }
        header a { color: #cfe3ff; margin-right: .8rem; }
        header .menu { margin-top: .3rem; }
        header .languages { float: right; }
        header .check { margin: .3rem 0 0; font-size: 90%; }
        main { padding: 1rem; max-width: 110rem; }
        .badge { background: #ffd24d; color: #000; padding: 0 .4rem; border-radius: 3px; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #c9d1d9; padding: .25rem .4rem; vertical-align: top; text-align: left; }
        td.number { text-align: right; }
        table.grid textarea { width: 24rem; }
        table.grid td.owner input { width: 9rem; }
        .field { margin: .5rem 0; }
        .field .key { display: inline-block; min-width: 10rem; font-family: monospace; }
        .field textarea { width: 46rem; max-width: 100%; vertical-align: top; }
        .field .meaning { display: block; color: #57606a; margin-left: 10rem; }
        .notice { border-left: 4px solid #2da44e; background: #eefbf0; padding: .5rem 1rem; margin: .5rem 0 1rem; }
        .notice.refused, .notice.conflict { border-color: #cf222e; background: #fff0f0; }
        tr.error td:first-child { color: #cf222e; font-weight: bold; }
        tr.warning td:first-child { color: #9a6700; }
        .state.covered { color: #1a7f37; } .state.missing, .state.expired { color: #cf222e; }
        pre { background: #f3f4f6; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
        form.inline { display: inline; }
        .filters label { margin-right: .8rem; }
        .bulk { margin: .5rem 0; }
        .drop.dragging { outline: 3px dashed #0969da; }
        @media print { header form, .actions, .bulk, #add-evidence, #renew-evidence { display: none; } }
        """

    static let script = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var all = document.getElementById("select-all");
          if (all) {
            all.hidden = false;
            all.addEventListener("change", function () {
              document.querySelectorAll("#soa-grid input[type=checkbox][name$='.select']").forEach(function (box) {
                if (!box.disabled) { box.checked = all.checked; }
              });
            });
          }
          document.querySelectorAll("input.drop").forEach(function (input) {
            ["dragenter", "dragover"].forEach(function (name) {
              input.addEventListener(name, function () { input.classList.add("dragging"); });
            });
            ["dragleave", "drop"].forEach(function (name) {
              input.addEventListener(name, function () { input.classList.remove("dragging"); });
            });
          });
        });
        """
}
