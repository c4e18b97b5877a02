"""The dashboard's prompt and experiment pages over HTTP, mounted under /ui: reading the
registry, diffs, rendering in the sandbox, moving a label and promoting a variant (admins only,
after a confirmation page, audited), and what the pages refuse."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import ChatMessage, PromptContent, Variant
from lmops.prompts.store import PromptStore
from lmops.prompts.templates import template_variables
from lmops.store.tables import request_log
from lmops.ui.prompt_pages import diff_lines
from lmops.ui.users import UserStore
from tests.ui.web import client, store_with_users
from tests.ui.web import login as logged_in

T0 = datetime(2025, 1, 1, tzinfo=UTC)
V1 = "Hello {{ name }}!\nThanks for writing.\n"
V2 = "Hello {{ name }}, about {{ topic }}!\nThanks for writing.\n"


def _push(store: PromptStore, name: str, content: PromptContent, **kw: str) -> None:
    store.push(name, content, template_variables(content), author="cli", **kw)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = store_with_users(tmp_path)
    prompts = PromptStore(engine)
    _push(prompts, "support", PromptContent("text", V1), label="production")
    _push(prompts, "support", PromptContent("text", V2), message="<i>add topic</i>")
    prompts.set_label("support", "staging", 2, by="cli")
    chat = (ChatMessage("system", "You help {{ who }}."), ChatMessage("user", "{{ question }}"))
    _push(prompts, "chatty", PromptContent("chat", messages=chat))
    # Pushed around the admin API's checks, as a row written by hand or an old version would be.
    prompts.push("evil", PromptContent("text", "{{ ''.__class__ }}"), (), author="cli")
    _push(prompts, "lookup", PromptContent("text", "{{ name[key] }}"))
    _experiments(engine)
    yield engine
    engine.dispose()


def _experiments(engine: sa.Engine) -> None:
    store = ExperimentStore(engine)
    arms = [Variant("a", 1.0, prompt="1"), Variant("b", 1.0, prompt="staging")]
    store.create("exp1", "prompt", "support", arms, by="cli", description="Topic or not")
    store.set_status("exp1", "running")
    models = [Variant("small", 1.0, model="chat-small"), Variant("big", 1.0, model="chat-big")]
    store.create("models", "model", "chat", models, by="cli")
    rows = []
    for i in range(40):
        variant = "a" if i % 2 else "b"
        rows.append(
            {
                "id": f"req{i:05d}",
                "created_at": T0 + timedelta(seconds=i),
                "principal": "key-a",
                "endpoint": "chat",
                "model_group": "chat-small",
                "status_code": 500 if variant == "b" and i % 10 == 0 else 200,
                "latency_ms": (100.0 if variant == "a" else 80.0) + i % 5,
                "streamed": False,
                "cost_usd": 0.001,
                "experiment": "exp1",
                "variant": variant,
            }
        )
    with engine.begin() as conn:
        conn.execute(request_log.insert(), rows)
    for i in range(0, 40, 3):
        store.add_feedback(f"req{i:05d}", score=0.5 + (i % 2) * 0.4)


@pytest.fixture
async def web(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    async with client(engine) as c:
        yield c


async def login(c: httpx.AsyncClient, name: str) -> str:
    return await logged_in(c, name, "/prompts/support/render")


def _audits(engine: sa.Engine, action: str) -> list[tuple[str, str, dict[str, object]]]:
    entries = UserStore(engine).audit_entries()
    return [(e.actor, e.target, dict(e.detail)) for e in entries if e.action == action]


async def test_pages_need_a_login(web: httpx.AsyncClient) -> None:
    for path in ("/prompts", "/prompts/support", "/experiments", "/experiments/exp1"):
        r = await web.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/ui/login?next="), path


async def test_the_list_and_a_prompt_s_page_show_versions_and_labels(
    web: httpx.AsyncClient,
) -> None:
    await login(web, "vic")
    listing = await web.get("/prompts")
    assert listing.status_code == 200
    row = re.search(r'<a href="/ui/prompts/support">support</a>.*?</tr>', listing.text, re.S)
    assert row is not None
    assert '<td class="num">2</td>' in row.group(0)
    assert "production → 1" in row.group(0) and "staging → 2" in row.group(0)
    assert "chatty" in listing.text and "evil" in listing.text

    page = await web.get("/prompts/support")
    assert page.status_code == 200
    assert page.text.index('id="v2"') < page.text.index('id="v1"')  # newest first
    v2 = re.search(r'<tr id="v2">.*?</tr>', page.text, re.S)
    assert v2 is not None and '<span class="chip">staging</span>' in v2.group(0)
    assert "&lt;i&gt;add topic&lt;/i&gt;" in v2.group(0) and "<i>add" not in page.text
    moves = re.search(r'<table id="moves">.*?</table>', page.text, re.S)
    assert moves is not None
    cells = re.findall(r"<tr><td>(\w+)</td><td class=\"num\">([^<]+)</td>", moves.group(0))
    assert cells == [("staging", "(new)"), ("production", "(new)")]
    assert "Move production here" not in page.text  # a viewer gets no move links

    await login(web, "ada")
    admin = await web.get("/prompts/support")
    assert '/ui/prompts/support/labels/production/move?to=2">Move production here' in admin.text
    assert "labels/production/move?to=1" not in admin.text  # where it already points


async def test_the_diff_page_shows_the_changed_lines(web: httpx.AsyncClient) -> None:
    await login(web, "vic")
    r = await web.get("/prompts/support/diff?a=1&b=2")
    assert r.status_code == 200
    removed = re.findall(r'<span class="del">(.*?)</span>', r.text)
    added = re.findall(r'<span class="add">(.*?)</span>', r.text)
    assert any("Hello {{ name }}!" in line for line in removed), removed
    assert any("about {{ topic }}" in line for line in added), added
    assert not any("Thanks for writing" in line for line in removed + added)
    same = await web.get("/prompts/support/diff?a=2&b=2")
    assert "the same content" in same.text
    bad = await web.get("/prompts/support/diff?a=one&b=2")
    assert bad.status_code == 400 and "a: must be a version number" in bad.text
    missing = await web.get("/prompts/support/diff?a=1")
    assert missing.status_code == 400 and "b: must be a version number" in missing.text
    unknown = await web.get("/prompts/support/diff?a=1&b=9")
    assert unknown.status_code == 404 and "has no version 9" in unknown.text
    nobody = await web.get("/prompts/<script>nope/diff?a=1&b=2")
    assert nobody.status_code == 404 and "no prompt named &#39;&lt;script&gt;nope" in nobody.text


def test_diff_lines_are_classified() -> None:
    text = "--- a:1\n+++ a:2\n@@ -1 +1 @@\n-x\n+y\n z\n"
    kinds = [kind for kind, _ in diff_lines(text)]
    assert kinds == ["head", "head", "hunk", "del", "add", "same"]


async def test_rendering_shows_the_text_and_errors_without_a_500(web: httpx.AsyncClient) -> None:
    csrf = await login(web, "vic")
    form = await web.get("/prompts/support/render?version=2")
    assert form.status_code == 200
    assert 'name="var:name"' in form.text and 'name="var:topic"' in form.text
    done = await web.post(
        "/prompts/support/render?version=2",
        data={"csrf": csrf, "var:name": "<b>Ann</b>", "var:topic": "refunds"},
    )
    assert done.status_code == 200
    rendered = re.search(r'<div id="rendered">(.*?)</div>', done.text, re.S)
    assert rendered is not None
    assert "Hello &lt;b&gt;Ann&lt;/b&gt;, about refunds!\nThanks for writing." in rendered.group(1)
    assert "<b>Ann</b>" not in done.text
    missing = await web.post(
        "/prompts/support/render?version=2", data={"csrf": csrf, "var:name": "Ann", "var:topic": ""}
    )
    assert missing.status_code == 400
    assert (
        "missing variable &#39;topic&#39;" in missing.text and 'id="rendered"' not in missing.text
    )
    assert ">Ann</textarea>" in missing.text  # what was typed stays
    default = await web.post("/prompts/support/render", data={"csrf": csrf, "var:name": "Bo"})
    assert default.status_code == 200 and "Hello Bo!" in default.text  # production: version 1
    chat = await web.post(
        "/prompts/chatty/render",
        data={"csrf": csrf, "var:who": "admins", "var:question": "Why?"},
    )
    assert chat.status_code == 200
    assert re.search(r"system</h3>\s*<pre class=\"text\">You help admins\.</pre>", chat.text)
    assert re.search(r"user</h3>\s*<pre class=\"text\">Why\?</pre>", chat.text)
    bad = await web.get("/prompts/support/render?version=0")
    assert bad.status_code == 400 and "version: must be a version number" in bad.text


async def test_a_hostile_template_does_not_leave_the_sandbox(web: httpx.AsyncClient) -> None:
    csrf = await login(web, "vic")
    shown = await web.get("/prompts/evil/render")
    assert shown.status_code == 200
    assert "does not compile" in shown.text and "__class__" in shown.text
    tried = await web.post("/prompts/evil/render", data={"csrf": csrf})
    assert tried.status_code == 200 and 'id="rendered"' not in tried.text
    assert "&lt;class" not in tried.text and "<class" not in tried.text
    # Compiles (the key is a variable), and the sandbox refuses it while rendering.
    lookup = await web.post(
        "/prompts/lookup/render", data={"csrf": csrf, "var:name": "x", "var:key": "__class__"}
    )
    assert lookup.status_code == 400 and "refused by the sandbox" in lookup.text
    assert "&lt;class" not in lookup.text and 'id="rendered"' not in lookup.text


async def test_an_admin_moves_a_label_through_the_confirmation_page(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    csrf = await login(web, "ada")
    path = "/prompts/support/labels/production/move?to=2"
    confirm = await web.get(path)
    assert confirm.status_code == 200
    assert "production moves from version 1 to version 2" in confirm.text
    assert re.search(r'<span class="add">\+.*about \{\{ topic \}\}', confirm.text)
    assert 'name="from" value="1"' in confirm.text
    assert PromptStore(engine).labels("support")["production"] == 1  # nothing moved yet
    done = await web.post(path, data={"csrf": csrf, "from": "1"})
    assert done.status_code == 303 and done.headers["location"] == "/ui/prompts/support"
    store = PromptStore(engine)
    assert store.labels("support")["production"] == 2
    last = store.moves("support", "production")[-1]
    assert (last.from_version, last.to_version, last.moved_by) == (1, 2, "ada")
    audit = _audits(engine, "prompt.label.move")
    assert audit == [("ada", "support@production", {"from": 1, "to": 2})]
    # A confirmation shown before that move is stale now: refused, nothing moves back.
    stale = await web.post(
        "/prompts/support/labels/production/move?to=1", data={"csrf": csrf, "from": "1"}
    )
    assert stale.status_code == 409 and "has moved since" in stale.text
    assert store.labels("support")["production"] == 2
    new = await web.get("/prompts/support/labels/canary/move?to=1")
    assert "canary is new" in new.text and 'name="from" value=""' in new.text
    for bad, status, text in (
        ("/prompts/support/labels/latest/move?to=1", 400, "label: &#39;latest&#39;"),
        ("/prompts/support/labels/production/move?to=two", 400, "to: must be"),
        ("/prompts/support/labels/production/move?to=9", 404, "has no version 9"),
        ("/prompts/nope/labels/production/move?to=1", 404, "no prompt named"),
    ):
        r = await web.get(bad)
        assert r.status_code == status and text in r.text, bad
        posted = await web.post(bad, data={"csrf": csrf})
        assert posted.status_code == status, bad
    assert len(_audits(engine, "prompt.label.move")) == 1


async def test_viewers_and_reviewers_may_not_move_or_promote(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    move = "/prompts/support/labels/production/move?to=2"
    promote = "/experiments/exp1/promote"
    for user in ("vic", "ann"):
        csrf = await login(web, user)
        for r in (
            await web.get(move),
            await web.post(move, data={"csrf": csrf, "from": "1"}),
            await web.get(f"{promote}?variant=b"),
            await web.post(promote, data={"csrf": csrf, "variant": "b", "label": "production"}),
        ):
            assert r.status_code == 403 and "may not admin" in r.text, user
        page = await web.get("/experiments/exp1")
        assert "Promote…" not in page.text
    assert PromptStore(engine).labels("support") == {"production": 1, "staging": 2}
    assert ExperimentStore(engine).get("exp1").status == "running"
    assert _audits(engine, "prompt.label.move") == _audits(engine, "experiment.promote") == []


async def test_forms_without_the_csrf_token_are_refused(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    await login(web, "ada")
    for data in ({}, {"csrf": "forged"}):
        moved = await web.post("/prompts/support/labels/production/move?to=2", data=data)
        assert moved.status_code == 403 and "security token" in moved.text
        promoted = await web.post(
            "/experiments/exp1/promote", data={"variant": "b", "label": "production", **data}
        )
        assert promoted.status_code == 403 and "security token" in promoted.text
        rendered = await web.post("/prompts/support/render", data={"var:name": "x", **data})
        assert rendered.status_code == 403
    assert PromptStore(engine).labels("support")["production"] == 1
    assert ExperimentStore(engine).get("exp1").status == "running"


async def test_the_experiment_pages_show_the_variants_and_their_statistics(
    web: httpx.AsyncClient,
) -> None:
    await login(web, "vic")
    listing = await web.get("/experiments")
    assert listing.status_code == 200
    row = re.search(r'<a href="/ui/experiments/exp1">exp1</a>.*?</tr>', listing.text, re.S)
    assert row is not None
    assert '<span class="chip">running</span>' in row.group(0)
    assert "a (control): prompt 1 · weight 1" in row.group(0)
    assert "b: prompt staging · weight 1" in row.group(0) and "prompt support" in row.group(0)
    assert "model chat-big" in listing.text

    page = await web.get("/experiments/exp1")
    assert page.status_code == 200 and "Topic or not" in page.text
    for variant, errors in (("a", "0/20"), ("b", "4/20")):
        row = re.search(rf'<tr data-variant="{variant}">.*?</tr>', page.text, re.S)
        assert row is not None
        cells = re.findall(r'<td class="num">(.*?)</td>', row.group(0), re.S)
        assert cells[0] == "20" and cells[1].startswith("50.0% (50.0%)")
        assert errors in cells[-1]
    assert "(40 requests)" in page.text
    tests = re.search(r'<table id="tests">.*?</table>', page.text, re.S)
    assert tests is not None
    metrics = re.findall(r"<tr><td>b</td><td>(\w+)</td><td>(\w+)</td>", tests.group(0))
    assert metrics == [
        ("score", "welch_t"),
        ("latency_ms", "welch_t"),
        ("cost_usd", "welch_t"),
        ("error_rate", "two_proportion_z"),
    ]
    assert "-20" in tests.group(0)  # b is about 20 ms faster than control
    assert (await web.get("/experiments/nope")).status_code == 404


async def test_an_admin_promotes_a_variant_and_it_is_audited(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    csrf = await login(web, "ada")
    page = await web.get("/experiments/exp1")
    assert page.text.count("Promote…") == 2
    confirm = await web.get("/experiments/exp1/promote?variant=b&label=production")
    assert confirm.status_code == 200
    assert "moves from version 1 to version 2" in confirm.text
    assert "stopped, for good" in confirm.text and "topic" in confirm.text
    assert ExperimentStore(engine).get("exp1").status == "running"  # nothing done yet
    done = await web.post(
        "/experiments/exp1/promote", data={"csrf": csrf, "variant": "b", "label": "production"}
    )
    assert done.status_code == 303 and done.headers["location"] == "/ui/experiments/exp1"
    assert PromptStore(engine).labels("support")["production"] == 2
    assert PromptStore(engine).moves("support", "production")[-1].moved_by == "ada"
    assert ExperimentStore(engine).get("exp1").status == "stopped"
    detail = {
        "variant": "b",
        "prompt": "support",
        "label": "production",
        "from": 1,
        "to": 2,
        "status": "stopped",
    }
    assert _audits(engine, "experiment.promote") == [("ada", "exp1", detail)]
    for bad, status, text in (
        ("/experiments/exp1/promote?variant=zz", 400, "variant: &#39;zz&#39; is not a variant"),
        ("/experiments/exp1/promote?variant=b&label=la%20st", 400, "label: invalid label"),
        ("/experiments/models/promote?variant=big", 400, "is over a model"),
        ("/experiments/nope/promote?variant=b", 404, "no experiment named"),
    ):
        r = await web.get(bad)
        assert r.status_code == status and text in r.text, bad
    refused = await web.post(
        "/experiments/models/promote", data={"csrf": csrf, "variant": "big", "label": "production"}
    )
    assert refused.status_code == 400 and "is over a model" in refused.text
    assert len(_audits(engine, "experiment.promote")) == 1
