"""The dashboard in headless Chromium (Debian's ``chromium`` package, driven by Playwright; never
a downloaded browser) against a running gateway: log in, open a queue, review three items with
the keyboard alone, with every request to another host refused. Each page's screenshot is saved
(to ``$LMOPS_SCREENSHOTS`` when set, e.g. ``docs/screenshots``)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lmops.prompts.model import PromptContent
from lmops.prompts.store import PromptStore
from lmops.prompts.templates import template_variables
from lmops.review.rubric import Rubric
from lmops.review.store import NewItem, ReviewStore
from lmops.store.db import create_engine
from lmops.store.keys import KeyStore, hash_key
from lmops.store.request_batch import BatchInserter
from lmops.ui.users import UserStore
from tests.conftest import MASTER_KEY, RunningGateway, config_from, start_gateway
from tests.ui.test_traffic_pages import traffic

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - CI installs it with the dev extra
    pytest.skip("playwright is not installed (pip install -e '.[dev]')", allow_module_level=True)

CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:  # pragma: no cover - CI installs it
    pytest.skip("chromium not found on PATH (apt-get install -y chromium)", allow_module_level=True)

CONFIG = """\
models:
  - {name: mock, provider: mock}
settings:
  master_key: ${LMOPS_MASTER_KEY}
  database_url: ${DB_URL}
"""
RUBRIC = Rubric.model_validate(
    {
        "fields": [
            {
                "kind": "numeric",
                "name": "helpful",
                "min": 1,
                "max": 5,
                "labels": {"1": "useless", "5": "perfect"},
            },
            {"kind": "boolean", "name": "correct"},
            {"kind": "category", "name": "tone", "categories": ["formal", "casual", "rude"]},
            {"kind": "text", "name": "comment"},
        ]
    }
)


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[RunningGateway]:
    db_url = f"sqlite:///{tmp_path / 'lmops.db'}"
    gw = start_gateway(config_from(CONFIG, db_url))
    engine = create_engine(db_url)
    UserStore(engine).create("ann", "reviewer", "ann-password", by="test")
    reviews = ReviewStore(engine)
    reviews.create_queue(
        "support", RUBRIC, description="Answers to support questions", instructions="Be fair."
    )
    reviews.add_items(
        "support",
        [
            NewItem(
                f"How do I reset my password? ({i})", output=f"Open Settings, then Security. ({i})"
            )
            for i in range(4)
        ],
    )
    BatchInserter(engine).write(traffic(), retry=False)
    prompts = PromptStore(engine)
    for text, label in (
        ("Answer briefly: {{ q }}", "production"),
        ("Answer kindly: {{ q }}", None),
    ):
        content = PromptContent("text", text)
        prompts.push("support", content, template_variables(content), author="cli", label=label)
    engine.dispose()
    yield gw
    gw.stop()


@pytest.fixture
def page(gateway: RunningGateway) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser: Browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()

        def only_the_gateway(route: Any) -> None:
            if route.request.url.startswith(gateway.url):
                route.continue_()
            else:
                route.abort()

        page.route("**/*", only_the_gateway)
        yield page
        browser.close()


def shot(page: Page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LMOPS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    assert (folder / f"{name}.png").stat().st_size > 0


def test_log_in_and_review_three_items_with_the_keyboard(
    page: Page, gateway: RunningGateway, tmp_path: Path
) -> None:
    page.goto(f"{gateway.url}/ui/")
    assert "/ui/login" in page.url
    shot(page, "login", tmp_path)
    page.fill("input[name=name]", "ann")
    page.fill("input[name=password]", "ann-password")
    page.press("input[name=password]", "Enter")
    page.wait_for_url("**/ui/overview")
    assert "ann (reviewer)" in page.inner_text("header")
    page.click("label:has-text('6h')")  # the range picker reloads the page
    page.wait_for_selector("body[data-charts=drawn]")
    assert page.inner_text("#summary").startswith("120\nrequests")
    assert page.locator(".chart canvas").count() == 7
    shot(page, "overview", tmp_path)

    page.click("header >> text=Requests")
    expect(page.locator("#requests tbody tr")).to_have_count(50)
    listed = page.url
    for shown in (100, 120):  # htmx appends the next page's rows in place
        page.click("#next-page")
        expect(page.locator("#requests tbody tr")).to_have_count(shown)
    assert page.locator("#next-page").count() == 0 and page.url == listed
    page.fill("input[name=status]", "5xx")
    page.press("input[name=status]", "Enter")
    page.wait_for_url("**status=5xx**")
    assert page.locator("#requests tbody tr").count() == 12
    shot(page, "requests", tmp_path)
    page.click("#requests tbody tr >> nth=0 >> a")
    page.wait_for_selector("#request-body")
    assert "hello <b>110</b>" in page.inner_text("#request-body")  # shown as text
    shot(page, "request", tmp_path)

    page.click("header >> text=Review")
    page.wait_for_url("**/ui/review")
    shot(page, "review-queues", tmp_path)
    page.click("a.button:has-text('Review')")
    comment = "skip 1: checked by keyboard"
    for n, keys in enumerate([("5", "1", "1"), ("2", "2", "3"), ("4", "1", "2")]):
        # the next item has loaded, and its keys work
        expect(page.locator("body[data-keys=ready] #input")).to_contain_text(f"({n})")
        if n == 0:
            shot(page, "review-item", tmp_path)
        for key in keys:  # helpful, correct, tone: each key picks and moves on
            page.keyboard.press(key)
        page.keyboard.press("c")
        page.keyboard.type(comment)  # its s and 1 stay in the box: no skip, no choice
        page.keyboard.press("Escape")
        page.keyboard.press("Enter")
    expect(page.locator("body[data-keys=ready] #input")).to_contain_text("(3)")  # not reviewed
    page.keyboard.press("s")
    page.wait_for_selector("#done")
    page.goto(f"{gateway.url}/ui/review/support")
    shot(page, "review-results", tmp_path)
    assert "3 reviews of 3 items" in page.inner_text("main")

    engine = create_engine(str(gateway.config.settings.database_url))
    reviewed = list(ReviewStore(engine).reviewed("support"))
    engine.dispose()
    scores = [reviews[0].scores for _, reviews in reviewed]
    assert scores == [
        {"helpful": 5.0, "correct": True, "tone": "formal", "comment": comment},
        {"helpful": 2.0, "correct": False, "tone": "rude", "comment": comment},
        {"helpful": 4.0, "correct": True, "tone": "casual", "comment": comment},
    ]


def test_an_admin_creates_a_key_and_moves_a_prompt_label(
    page: Page, gateway: RunningGateway, tmp_path: Path
) -> None:
    page.goto(f"{gateway.url}/ui/keys")
    page.fill("input[name=master_key]", MASTER_KEY)
    page.press("input[name=master_key]", "Enter")
    page.wait_for_url("**/ui/keys")
    form = page.locator("#new-key")
    form.locator("input[name=name]").fill("billing-app")
    form.locator("input[name=rpm]").fill("120")
    form.locator("button[type=submit]").click()
    secret = page.inner_text("#secret").strip()
    assert secret.startswith("sk-")
    shot(page, "key-secret", tmp_path)
    page.click("text=I have copied it")
    assert secret not in page.content()  # shown once
    shot(page, "key", tmp_path)

    page.goto(f"{gateway.url}/ui/deployments")
    assert page.locator("#deployments tbody tr").count() == 1  # the config's one mock model
    assert "healthy" in page.inner_text("#deployments")
    shot(page, "deployments", tmp_path)

    page.click("nav >> text=Cost")
    page.fill("input[name=as]", "gpt-4o-mini")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#replay")
    assert "as gpt-4o-mini" in page.inner_text("#replay")
    shot(page, "cost", tmp_path)

    page.goto(f"{gateway.url}/ui/prompts/support")
    shot(page, "prompt", tmp_path)
    page.click("a:has-text('Move production here')")
    page.wait_for_selector("#confirm")
    shot(page, "prompt-move", tmp_path)
    page.click("#confirm button[type=submit]")
    page.wait_for_url("**/ui/prompts/support**")

    engine = create_engine(str(gateway.config.settings.database_url))
    key = KeyStore(engine).find_key_by_hash(hash_key(secret))
    labels = PromptStore(engine).labels("support")
    engine.dispose()
    assert key is not None and key.name == "billing-app" and key.limits.rpm == 120
    assert labels["production"] == 2
