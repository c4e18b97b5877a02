"""The HTML report opened in headless Chromium (Debian's ``chromium`` package, driven by
Playwright; never a downloaded browser) with every request but file:// aborted: the matrix,
failures first, a cell that expands, the filters, and hostile text that stays text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lmops.evals.reports import write_html
from lmops.evals.reports._text import visible
from lmops.evals.reports.matrix import matrix
from tests.evals.report_fixtures import HOSTILE, HOSTILE_TARGET, mixed_run

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - CI installs it with the dev extra
    pytest.skip(
        "playwright is not installed (pip install -e '.[dev]'): it drives chromium for these tests",
        allow_module_level=True,
    )

CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:  # pragma: no cover - CI installs it
    pytest.skip("chromium not found on PATH (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


class Opened:
    """A page showing the report, with what it tried to fetch and what it complained about."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def opened(browser: Browser, tmp_path: Path) -> Iterator[Opened]:
    path = tmp_path / "report.html"
    write_html(mixed_run(), path)
    context = browser.new_context()
    page = context.new_page()
    seen = Opened(page)

    def route(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            seen.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("console", lambda m: m.type == "error" and seen.errors.append(m.text))
    page.goto(path.as_uri())
    yield seen
    context.close()


def test_matrix_shows_each_prompt_on_each_target(opened: Opened) -> None:
    page = opened.page
    heads = page.locator("#matrix thead th").all_text_contents()
    assert heads == ["prompt \\ target", "mock", HOSTILE_TARGET]
    rows = page.locator("#matrix tbody tr")
    assert rows.count() == 2
    rates = page.locator("#matrix .rate").all_text_contents()
    assert rates == ["66.7%", "0.0%", "66.7%", "100.0%"]
    counts = page.locator("#matrix tbody tr").nth(0).locator("td").nth(1).inner_text()
    assert "1 failed" in counts and "1 error" in counts and "1 skipped" in counts
    assert opened.errors == []
    assert opened.blocked == [] and all(u.startswith("file://") for u in opened.requests)


def test_cells_are_listed_failures_first_and_start_collapsed(opened: Opened) -> None:
    cells = opened.page.locator("#cells details.cell")
    statuses = cells.evaluate_all("cells => cells.map(c => c.dataset.status)")
    assert statuses == ["failed"] * 2 + ["error"] * 2 + ["skipped"] + ["passed"] * 7
    assert cells.evaluate_all("cells => cells.filter(c => c.open).length") == 0
    assert opened.page.locator("#shown").inner_text() == "12 of 12 cells shown"


def test_a_cell_expands_to_its_hostile_output_as_text(opened: Opened) -> None:
    page = opened.page
    cell = page.locator("#cells details.cell").nth(1)
    assert "hostile <i>description</i> second line" in cell.locator("summary").inner_text()
    output = cell.locator("section.part").first.locator("pre")
    assert not output.is_visible()
    cell.locator("summary").click()
    assert output.is_visible()
    assert output.text_content() == visible(HOSTILE)
    parts = cell.locator("section.part h3").all_text_contents()
    assert parts == ["Output", "Why", "Expectations and scores", "Variables", "Prompt", "Call"]
    assert "found forbidden '<script>'" in cell.locator("table.scores").inner_text()
    assert "</textarea><script>alert(1)</script>" in cell.locator("table.vars").inner_text()
    # Nothing the model wrote became markup, and nothing it wrote ran.
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, textarea, i, b").count() == 0
    assert page.locator("script").count() == 1
    assert opened.errors == [] and opened.blocked == []


def test_matrix_entry_and_status_buttons_filter_the_cells(opened: Opened) -> None:
    page = opened.page
    visible_cells = page.locator("#cells details.cell:visible")
    page.locator(f'#matrix button[data-target="{_css(HOSTILE_TARGET)}"]').first.click()
    assert visible_cells.count() == 3
    assert set(visible_cells.evaluate_all("cs => cs.map(c => c.dataset.target)")) == {
        HOSTILE_TARGET
    }
    assert page.locator("#pair-label").inner_text() == f"greet \u00d7 {HOSTILE_TARGET}"
    page.locator('#filters button[data-status="error"]').click()
    assert visible_cells.count() == 1
    page.locator("#pair-clear").click()
    assert visible_cells.count() == mixed_run().counts["error"] == 2
    assert not page.locator("#pair-filter").is_visible()
    page.locator('#filters button[data-status=""]').click()
    assert visible_cells.count() == 12
    assert len(matrix(mixed_run())) == page.locator("#matrix button[data-prompt]").count()
    assert opened.errors == []


def test_the_page_policy_refuses_any_fetch(opened: Opened) -> None:
    """The page's own Content-Security-Policy stops a request before the test's network block
    sees it: a report opened outside this test fetches nothing either."""
    outcome = opened.page.evaluate(
        "fetch('http://127.0.0.1:9/leak').then(() => 'fetched', () => 'refused')"
    )
    assert outcome == "refused"
    assert opened.blocked == []
    assert any("Content Security Policy" in e for e in opened.errors)


def _css(value: str) -> str:
    """``value`` inside a double-quoted CSS attribute selector."""
    return value.replace("\\", "\\\\").replace('"', '\\"')
