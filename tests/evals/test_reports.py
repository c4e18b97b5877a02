"""The run reports: console summary, JUnit XML (parsed back), the HTML page's markup, JSON.

The page in a real browser is tests/evals/test_report_browser.py."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

from lmops.evals.reports import html_report, junit_xml, print_summary, write_json, write_junit
from lmops.evals.reports._text import one_line, visible
from lmops.evals.reports.matrix import (
    LISTING_ORDER,
    failures_first,
    matrix,
    pair_name,
    spread,
    why,
)
from lmops.evals.results import RunResult
from tests.evals import report_fixtures
from tests.evals.report_fixtures import (
    HOSTILE,
    HOSTILE_PROMPT,
    HOSTILE_TARGET,
    PASS,
    empty_run,
    mixed_run,
    repeated_run,
    score,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


# --- the shared pieces ------------------------------------------------------------------------


def test_visible_escapes_what_cannot_be_shown_and_keeps_the_rest() -> None:
    assert visible("a\x00b\x1b[1m\x07\x7f\x85") == "a\\x00b\\x1b[1m\\x07\\x7f\\x85"
    assert visible("\ud800 \ufffe \u202eab") == "\\ud800 \\ufffe \\u202eab"
    assert visible("line\r\nnext\rthird\ttab") == "line\nnext\nthird\ttab"
    kept = "日本語 café 🚀 <b>&amp;</b> [bold]"
    assert visible(kept) == kept
    assert visible(visible(HOSTILE)) == visible(HOSTILE)


def test_one_line_flattens_and_cuts() -> None:
    assert one_line("a\n  b\tc") == "a b c"
    assert one_line("x" * 10, 5) == "xxxx…"


def test_matrix_keeps_suite_order_and_counts_every_status() -> None:
    pairs = matrix(mixed_run())
    assert [(p.prompt_id, p.target_id) for p in pairs] == [
        ("greet", "mock"),
        ("greet", HOSTILE_TARGET),
        (HOSTILE_PROMPT, "mock"),
        (HOSTILE_PROMPT, HOSTILE_TARGET),
    ]
    assert pairs[1].counts == {"passed": 0, "failed": 1, "error": 1, "skipped": 1}
    assert pairs[0].pass_rate == pytest.approx(2 / 3)
    assert pairs[3].pass_rate == 1.0


def test_a_pair_without_cells_is_absent_not_zero() -> None:
    run = mixed_run()
    cells = tuple(c for c in run.cells if (c.prompt_id, c.target_id) != ("greet", "mock"))
    pairs = matrix(RunResult(**{**_fields(run), "cells": cells}))
    assert ("greet", "mock") not in {(p.prompt_id, p.target_id) for p in pairs}
    assert len(pairs) == 3


def test_failures_first_then_errors_skipped_passed_stable_within() -> None:
    listed = failures_first(mixed_run().cells)
    statuses = [c.status for c in listed]
    assert statuses == sorted(statuses, key=LISTING_ORDER.index)
    assert statuses[:5] == ["failed", "failed", "error", "error", "skipped"]
    failed = [c.key for c in listed if c.status == "failed"]
    assert failed == sorted(failed, key=[c.key for c in mixed_run().cells].index)


def test_why_names_the_cause_per_status() -> None:
    cells = {(c.prompt_id, c.target_id, c.test_index): c for c in mixed_run().cells}
    assert why(cells[("greet", "mock", 0)]) == []
    # Only the assertion that failed, with its value; the passing rouge-l is not a cause.
    assert why(cells[("greet", "mock", 1)]) == ["icontains: 'bye' not found [0.00]"]
    assert why(cells[("greet", HOSTILE_TARGET, 0)]) == [
        "call failed after 3 retries: 503 upstream unavailable"
    ]
    assert why(cells[(HOSTILE_PROMPT, "mock", 1)]) == [
        "llm-rubric: error: judge answered unparseably: 'garbage'"
    ]
    assert why(cells[("greet", HOSTILE_TARGET, 2)]) == ["the run was interrupted"]


# --- console ----------------------------------------------------------------------------------


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=terminal, width=160, color_system="standard"), out


def test_plain_summary_is_plain_lines_failures_first() -> None:
    console, out = _console(terminal=False)
    print_summary(mixed_run(), console)
    text = out.getvalue()
    assert "\x1b" not in text  # neither Rich's colours nor the model's escape codes
    lines = text.splitlines()
    assert lines[0].startswith("FAIL: 7/12 passed (58.3%), threshold 90.0%")
    assert "failed 2 · error 2 · skipped 1" in lines[0]
    assert lines[1].split() == [
        *("prompt", "target", "pass", "rate", "passed", "failed", "error", "skipped")
    ]
    assert lines[2].split() == ["greet", "mock", "66.7%", "2", "1", "0", "0"]
    listed = [line.split()[0] for line in lines[6:]]
    assert listed == ["FAILED", "FAILED", "ERROR", "ERROR", "SKIPPED"]
    # Model text is printed as the characters it is: Rich markup is not read, controls escaped.
    hostile = lines[7]
    assert (
        "found forbidden '<script>'" in hostile
        and "hostile <i>description</i> second line" in hostile
    )
    # The summary lists reasons, not outputs: the hostile answer itself is not printed.
    assert "rich markup" not in text


@pytest.mark.parametrize("terminal", [True, False])
def test_summary_shows_markup_literally_and_no_model_escape_codes(terminal: bool) -> None:
    run = mixed_run()
    bad = run.cells[1]
    hostile_reason = "[bold red]fake[/] \x1b]0;title\x07 done"
    cells = list(run.cells)
    cells[1] = type(bad)(**{**_cell_fields(bad), "error": hostile_reason})
    console, out = _console(terminal)
    print_summary(RunResult(**{**_fields(run), "cells": tuple(cells)}), console)
    raw = out.getvalue()
    assert "\x1b]0;" not in raw and "\x07" not in raw
    text = ANSI.sub("", raw)
    assert "[bold red]fake[/] \\x1b]0;title\\x07 done" in text
    assert "66.7%" in text and "100.0%" in text


def test_summary_lists_at_most_limit_and_counts_the_rest() -> None:
    console, out = _console(terminal=False)
    print_summary(mixed_run(), console, limit=2)
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines[6:8]] == ["FAILED", "FAILED"]
    assert lines[8] == "… and 3 more not passed"
    assert len(lines) == 9


def test_summary_of_a_run_that_passed_and_of_an_empty_run() -> None:
    console, out = _console(terminal=False)
    print_summary(repeated_run(), console)
    assert out.getvalue().startswith("PASS: 3/3 passed (100.0%)")
    console, out = _console(terminal=False)
    print_summary(empty_run(), console)
    assert out.getvalue().startswith("FAIL: 0/0 passed")


# --- JUnit ------------------------------------------------------------------------------------


def _junit(run: RunResult, tmp_path: Path) -> ET.Element:
    path = tmp_path / "junit.xml"
    write_junit(run, path)
    # expat is strict: a control character or an unescaped '<' anywhere fails the parse.
    return ET.parse(path).getroot()


def test_junit_parses_back_with_one_testcase_per_cell(tmp_path: Path) -> None:
    run = mixed_run()
    root = _junit(run, tmp_path)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == (
        "12",
        "2",
        "2",
        "1",
    )
    assert root.get("name") == "Greeting suite <&>"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        pair_name(p.prompt_id, p.target_id) for p in matrix(run)
    ]
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(run.cells)
    for suite in suites:
        names = [c.get("name") for c in suite.findall("testcase")]
        assert len(set(names)) == len(names)
        kids = [k.tag for c in suite.findall("testcase") for k in c]
        assert int(suite.get("tests", "")) == len(names)
        assert int(suite.get("failures", "")) == kids.count("failure")
        assert int(suite.get("errors", "")) == kids.count("error")
        assert int(suite.get("skipped", "")) == kids.count("skipped")
        float(suite.get("time", ""))
    for case, cell in zip(
        cases,
        [
            c
            for p in matrix(run)
            for c in run.cells
            if (c.prompt_id, c.target_id) == (p.prompt_id, p.target_id)
        ],
        strict=True,
    ):
        results = [k for k in case if k.tag in ("failure", "error", "skipped")]
        expected = {"passed": [], "failed": ["failure"], "error": ["error"], "skipped": ["skipped"]}
        assert [k.tag for k in results] == expected[cell.status]
        assert {k.tag for k in case} <= {"failure", "error", "skipped", "system-out"}
        assert case.get("classname") == pair_name(cell.prompt_id, cell.target_id)
        assert float(case.get("time", "")) == pytest.approx((cell.latency_ms or 0) / 1000, abs=1e-3)
        if results:
            assert results[0].get("message") == one_line(why(cell)[0], 500)


# The elements and attributes of the JUnit schema CI readers share (Jenkins' junit-10.xsd,
# which GitHub and GitLab reporters follow): anything else may be rejected or dropped.
JUNIT_SCHEMA = {
    "testsuites": {"name", "tests", "failures", "errors", "skipped", "time", "disabled"},
    "testsuite": {"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "id"},
    "properties": set(),
    "property": {"name", "value"},
    "testcase": {"name", "classname", "time", "assertions", "status"},
    "failure": {"message", "type"},
    "error": {"message", "type"},
    "skipped": {"message"},
    "system-out": set(),
}
JUNIT_CHILDREN = {
    "testsuites": {"testsuite"},
    "testsuite": {"properties", "testcase"},
    "properties": {"property"},
    "testcase": {"failure", "error", "skipped", "system-out"},
}


def test_junit_uses_only_the_schema_elements_and_attributes(tmp_path: Path) -> None:
    for element in _junit(mixed_run(), tmp_path).iter():
        assert set(element.attrib) <= JUNIT_SCHEMA[element.tag], element.tag
        assert {child.tag for child in element} <= JUNIT_CHILDREN.get(element.tag, set())
        if element.tag in ("testsuites", "testsuite"):
            for count in ("tests", "failures", "errors", "skipped"):
                assert int(element.get(count, "")) >= 0


def test_junit_carries_hostile_text_as_visible_text(tmp_path: Path) -> None:
    root = _junit(mixed_run(), tmp_path)
    hostile = next(c for c in root.iter("testcase") if "hostile" in c.get("name", ""))
    assert hostile.get("name") == "#2 hostile <i>description</i> second line"
    assert hostile.findtext("system-out") == visible(HOSTILE)
    assert hostile.find("failure") is not None
    assert hostile.findtext("failure") == "not-contains: found forbidden '<script>' [0.00]"
    error = root.find("testsuite[2]/testcase[1]/error")
    assert error is not None and error.get("message") == (
        "call failed after 3 retries: 503 upstream unavailable"
    )
    props = {p.get("name"): p.get("value") for p in root.iter("property")}
    assert props["run_id"] == "run-0123456789abcdef"


def test_junit_names_repeats_and_handles_an_empty_run(tmp_path: Path) -> None:
    root = _junit(repeated_run(), tmp_path)
    assert [c.get("name") for c in root.iter("testcase")] == [
        f"#1 case a (repeat {i}/3)" for i in (1, 2, 3)
    ]
    root = ET.fromstring(junit_xml(empty_run()).encode())
    assert root.get("tests") == "0" and root.findall("testsuite") == []


# --- HTML markup (the page's behaviour is tested in a browser) --------------------------------


class _Page(HTMLParser):
    """The page's elements and the text of each <pre>, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.pres: list[str] = []
        self._pre: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "pre":
            self._pre = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._pre is not None:
            text = "".join(self._pre)
            # HTML drops one newline right after <pre> (html.parser does not; browsers do).
            self.pres.append(text.removeprefix("\n"))
            self._pre = None

    def handle_data(self, data: str) -> None:
        if self._pre is not None:
            self._pre.append(data)


def _page(run: RunResult) -> _Page:
    page = _Page()
    page.feed(html_report(run))
    page.close()
    return page


def test_html_is_self_contained_and_escapes_all_run_text() -> None:
    page = _page(mixed_run())
    tags = [t for t, _ in page.tags]
    assert tags.count("script") == 1 and tags.count("style") == 1
    assert "img" not in tags and "i" not in tags and "textarea" not in tags
    for _, attrs in page.tags:
        assert not any(k.startswith("on") for k in attrs), attrs  # no injected handler
        for key in ("src", "href", "action"):
            assert key not in attrs, attrs
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp
    # The hostile output appears as its visible text (once as output, once as prompt, once as
    # a variable): the parser's leading-newline rule for <pre> is accounted for.
    assert page.pres.count(visible(HOSTILE)) == 3
    assert visible("</textarea><script>alert(1)</script>") in page.pres


def test_html_lists_cells_failures_first_with_the_matrix_in_suite_order() -> None:
    page = _page(mixed_run())
    statuses = [a["data-status"] for t, a in page.tags if t == "details"]
    assert statuses == ["failed"] * 2 + ["error"] * 2 + ["skipped"] + ["passed"] * 7
    pairs = [
        (a["data-prompt"], a["data-target"])
        for t, a in page.tags
        if t == "button" and "data-prompt" in a
    ]
    assert pairs == [(p.prompt_id, p.target_id) for p in matrix(mixed_run())]


def test_html_keeps_an_answer_starting_with_a_newline_and_shows_empty_answers() -> None:
    run = mixed_run()
    cells = list(run.cells)
    cells[0] = type(cells[0])(**{**_cell_fields(cells[0]), "output": "\n\nindented"})
    page = _page(RunResult(**{**_fields(run), "cells": tuple(cells)}))
    assert "\n\nindented" in page.pres
    assert "(empty answer)" in html_report(run) and "(no answer)" in html_report(run)


def test_html_shows_each_assertions_configured_value() -> None:
    run = mixed_run()
    cells = list(run.cells)
    scores = (
        score("rouge-l", 0.4, False, "F 0.4", expected="The <b>capital</b> is Paris."),
        score("contains-all", 0.5, False, "half", expected=["a", "<b>"]),
    )
    cells[0] = type(cells[0])(**{**_cell_fields(cells[0]), "scores": scores})
    page = _page(RunResult(**{**_fields(run), "cells": tuple(cells)}))
    assert "The <b>capital</b> is Paris." in page.pres
    assert '["a", "<b>"]' in page.pres
    assert "<b>capital" not in html_report(RunResult(**{**_fields(run), "cells": tuple(cells)}))


def test_html_of_an_empty_run() -> None:
    page = _page(empty_run())
    assert [t for t, _ in page.tags].count("details") == 0


# --- JSON -------------------------------------------------------------------------------------


def _with_plain_vars(run: RunResult) -> RunResult:
    cells = tuple(type(c)(**{**_cell_fields(c), "vars": dict(c.vars)}) for c in run.cells)
    return RunResult(**{**_fields(run), "cells": cells})


def test_json_round_trips_hostile_text_and_is_valid_utf8(tmp_path: Path) -> None:
    run = _with_plain_vars(mixed_run())
    path = tmp_path / "run.json"
    write_json(run, path)
    raw = path.read_bytes().decode("utf-8")  # strict: a lone surrogate would fail here
    assert "日本語" in raw  # readable, not \u-escaped
    back = RunResult.from_json(json.loads(raw))
    assert back == run
    assert back.cells[4].output == HOSTILE


def test_json_of_a_run_whose_vars_are_read_only_mappings(tmp_path: Path) -> None:
    # A run read back from JSON holds read-only vars, as the runner's do; it writes again.
    once = RunResult.from_json(mixed_run().to_json())
    write_json(once, tmp_path / "run.json")
    back = RunResult.from_json(json.loads((tmp_path / "run.json").read_text(encoding="utf-8")))
    assert back == mixed_run()


def _fields(run: RunResult) -> dict[str, object]:
    return {f: getattr(run, f) for f in RunResult.__dataclass_fields__}


def _cell_fields(cell: object) -> dict[str, object]:
    return {f: getattr(cell, f) for f in type(cell).__dataclass_fields__}  # type: ignore[attr-defined]


def test_spread_over_repeats_counts_cases_whose_verdicts_differ() -> None:
    fail = (score("icontains", 0.0, False, "missing"),)
    make = report_fixtures.cell
    cells = (
        make("p", "t", 0, "passed", repeat=0, scores=PASS),
        make("p", "t", 0, "failed", repeat=1, scores=fail),
        make("p", "t", 1, "passed", repeat=0, scores=PASS),
        make("p", "t", 1, "passed", repeat=1, scores=PASS),
    )
    run = RunResult(**{**_fields(repeated_run()), "cells": cells})
    line = "2 repeats: 1 of 2 cases got different verdicts across repeats; mean score sd 0.250"
    assert spread(run) == line
    assert spread(mixed_run()) is None
    out = io.StringIO()
    print_summary(run, Console(file=out, width=200))
    assert line in out.getvalue()
    assert line in html_report(run)
