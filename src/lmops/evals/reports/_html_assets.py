"""The HTML report's inline stylesheet and script, and the Content-Security-Policy that allows
exactly these two and nothing else (by hash: an injected ``<script>`` or ``<style>`` would not
run even if escaping ever failed). Static text: no run data is ever written in here."""

from __future__ import annotations

import base64
import hashlib

__all__ = ["SCRIPT", "STYLE", "content_security_policy"]

STYLE = """
:root { --pass: #1a7f37; --fail: #cf222e; --error: #8250df; --skip: #9a6700; --line: #d0d7de; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem;
  color: #1f2328; }
h1 { font-size: 1.4rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: .9rem; margin: .8rem 0 .3rem; color: #57606a; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; margin: 0;
  padding: .4rem .6rem; border-radius: 4px; font: 12.5px/1.4 ui-monospace, monospace; }
.verdict { font-weight: 600; padding: .4rem .6rem; border-radius: 4px; }
.verdict.pass { background: #dafbe1; color: var(--pass); }
.verdict.fail { background: #ffebe9; color: var(--fail); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem;
  margin: .5rem 0; }
dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top;
  text-align: left; }
.id { max-width: 22rem; overflow-wrap: anywhere; }
.version { color: #57606a; font-weight: normal; font-size: .85em; }
td.pair button { all: unset; cursor: pointer; display: block; }
td.pair.all { background: #dafbe1; } td.pair.ok { background: #fff8c5; }
td.pair.low { background: #ffebe9; } td.none { color: #57606a; }
.rate { font-weight: 600; font-size: 1.05rem; }
.count { font-size: .85em; margin-left: .3rem; }
.count.failed { color: var(--fail); } .count.error { color: var(--error); }
.count.skipped { color: var(--skip); } .count.passed { color: var(--pass); }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-bottom: .5rem; }
.filters button { border: 1px solid var(--line); background: #fff; border-radius: 4px;
  padding: .2rem .6rem; cursor: pointer; }
.filters button.on { background: #0969da; color: #fff; }
#shown { color: #57606a; margin-left: auto; }
details.cell { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px;
  margin: .3rem 0; }
details.cell.failed { border-left-color: var(--fail); }
details.cell.error { border-left-color: var(--error); }
details.cell.skipped { border-left-color: var(--skip); }
details.cell.passed { border-left-color: var(--pass); }
summary { cursor: pointer; padding: .3rem .5rem; display: flex; gap: .6rem; align-items: baseline; }
summary .where { color: #57606a; overflow-wrap: anywhere; }
summary .title { font-weight: 600; overflow-wrap: anywhere; }
summary .score { font-variant-numeric: tabular-nums; }
summary .reason { color: #57606a; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  flex: 1; min-width: 0; }
.body { padding: 0 .8rem .8rem; }
.badge { text-transform: uppercase; font-size: .75em; font-weight: 700; padding: .05rem .35rem;
  border-radius: 3px; color: #fff; }
.badge.passed { background: var(--pass); } .badge.failed { background: var(--fail); }
.badge.error { background: var(--error); } .badge.skipped { background: var(--skip); }
ul.why { margin: 0; padding-left: 1.2rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.vars th { max-width: 14rem; overflow-wrap: anywhere; }
table.scores td:last-child, table.vars td { min-width: 20rem; }
.none { color: #57606a; font-style: italic; }
"""

SCRIPT = """
(function () {
  "use strict";
  var cells = Array.prototype.slice.call(document.querySelectorAll("#cells details.cell"));
  var statusButtons = document.querySelectorAll("#filters button[data-status]");
  var state = { status: "", prompt: null, target: null };
  function apply() {
    var shown = 0;
    cells.forEach(function (cell) {
      var d = cell.dataset;
      var show = (!state.status || d.status === state.status) &&
        (state.prompt === null || (d.prompt === state.prompt && d.target === state.target));
      cell.hidden = !show;
      if (show) { shown += 1; }
    });
    document.getElementById("shown").textContent = shown + " of " + cells.length + " cells shown";
    document.getElementById("pair-filter").hidden = state.prompt === null;
    document.getElementById("pair-label").textContent =
      state.prompt === null ? "" : state.prompt + " \\u00d7 " + state.target;
  }
  statusButtons.forEach(function (button) {
    button.addEventListener("click", function () {
      state.status = button.dataset.status;
      statusButtons.forEach(function (b) { b.classList.toggle("on", b === button); });
      apply();
    });
  });
  document.querySelectorAll("#matrix button[data-prompt]").forEach(function (button) {
    button.addEventListener("click", function () {
      state.prompt = button.dataset.prompt;
      state.target = button.dataset.target;
      apply();
      document.getElementById("cells").scrollIntoView();
    });
  });
  document.getElementById("pair-clear").addEventListener("click", function () {
    state.prompt = null;
    state.target = null;
    apply();
  });
  apply();
})();
"""


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy() -> str:
    """The page's policy: nothing from anywhere, but the stylesheet and script above."""
    return (
        f"default-src 'none'; style-src 'sha256-{_sha256(STYLE)}';"
        f" script-src 'sha256-{_sha256(SCRIPT)}'; base-uri 'none'; form-action 'none'"
    )
