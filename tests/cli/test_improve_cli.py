"""``lmops improve`` end to end against the mock provider (echo: the answer is the rendered
prompt), with the offline MiniLM for the failure modes: a suite one variant passes by
construction (the stated constraint puts the asserted words into the answer), and one no
variant can pass (an exact answer the echo never gives)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import PromptContent, PromptRef
from lmops.prompts.store import PromptStore
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter
from lmops.store.tables import eval_runs, feedback
from tests.conftest_store import make_record

runner = CliRunner()
QUESTIONS = [
    "Can I get my money back for a broken kettle?",
    "How do I return shoes that do not fit?",
    "I want a refund for my late order",
    "What if the parcel arrived damaged, can I be reimbursed?",
    "Is it possible to send back an unopened blender?",
    "My headphones stopped working, can I get a refund?",
    "How long do I have to return a jacket?",
    "Can you refund the shipping cost too?",
]


def _suite(path: Path, assertion: str) -> Path:
    tests = "\n".join(
        f"  - vars: {{question: {json.dumps(q)}}}\n    assert: [{assertion}]" for q in QUESTIONS
    )
    path.write_text(f'prompts: ["{{{{ question }}}}"]\ntargets: [mock]\ntests:\n{tests}\n')
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    db = tmp_path / "lmops.db"
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: mock, provider: mock, mock: {echo: true}}\n"
        f"settings: {{auth: none, database_url: 'sqlite:///{db}'}}\n"
    )
    engine = create_engine(f"sqlite:///{db}")
    migrate(engine)
    PromptStore(engine).push(
        "support",
        PromptContent("text", template="Answer the customer: {{ question }}"),
        ("question",),
        author="t",
        label="production",
    )
    engine.dispose()
    return path


def _traffic(config: Path) -> None:
    """Two well-rated answers, one rated badly, one a guardrail flagged."""
    engine = create_engine(f"sqlite:///{config.parent / 'lmops.db'}")
    logged = [
        (
            "Can I return a toaster I bought last week?",
            "Yes: under our refund policy you have 30 days.",
            1.0,
            None,
        ),
        (
            "I need my money back for a faulty lamp",
            "Our refund policy covers faulty items: you get a full refund.",
            0.9,
            None,
        ),
        ("Where is my refund for the vase?", "I don't know.", 0.0, None),
        ("Refund to my card 4111 1111 1111 1111", "Done.", None, "pii:input:flag:CARD"),
    ]
    records = []
    for n, (question, answer, _, flags) in enumerate(logged, 1):
        body = {"messages": [{"role": "user", "content": question}]}
        reply = {"choices": [{"message": {"role": "assistant", "content": answer}}]}
        records.append(
            make_record(
                n,
                created_at=time.time() - 3600,
                model_group="mock",
                prompt_name="support",
                prompt_version=1,
                request_body=orjson.dumps(body).decode(),
                response_body=orjson.dumps(reply).decode(),
                guardrails=flags,
            )
        )
    assert BatchInserter(engine).write(records, retry=False) == 0
    with engine.begin() as conn:
        for n, (_, _, score, _) in enumerate(logged, 1):
            if score is not None:
                conn.execute(
                    sa.insert(feedback).values(
                        id=f"f{n}",
                        request_id=records[n - 1].id,
                        score=score,
                        created_at=datetime.now(UTC),
                    )
                )
    engine.dispose()


def lmops(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "220"})
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    return result.stdout if code == 0 else result.stderr + result.stdout


def test_a_variant_better_by_construction_wins(config: Path, tmp_path: Path) -> None:
    _traffic(config)
    suite = _suite(tmp_path / "suite.yaml", '{type: icontains, value: "refund policy"}')
    export = tmp_path / "ft" / "train.jsonl"
    out = json.loads(
        lmops(
            "improve",
            "support",
            "--suite",
            str(suite),
            "-c",
            str(config),
            "--experiment",
            "support-ab",
            "--export",
            str(export),
            "--json",
        )
    )
    assert out["baseline_pass_rate"] == 0.0
    assert out["evidence"] == {"eval": 8, "feedback": 1, "guardrail": 1}
    assert out["failure_modes"] and out["well_rated_examples"] == 2
    assert any(
        'contain \\"refund policy\\"' in c or 'contain "refund policy"' in c
        for m in out["failure_modes"]
        for c in m["constraints"]
    )
    by = {c["strategy"]: c for c in out["candidates"]}
    stated = by["constraints"]
    assert stated["better"] and stated["pass_rate"]["delta"] == 1.0
    assert stated["pass_rate"]["low"] > 0  # the interval excludes 0
    assert stated["modes_fixed"] and all(
        f["passed"] == f["of"] for f in stated["modes_fixed"].values()
    )
    cot = by["chain-of-thought"]
    assert not cot["better"] and cot["pass_rate"]["delta"] == 0.0
    assert by["few-shot"]["better"]  # its examples carry the words too
    assert out["best"] in {"candidate-1", "candidate-2"}
    assert {s["strategy"] for s in out["skipped"]} == {"rewrite"}

    engine = create_engine(f"sqlite:///{config.parent / 'lmops.db'}")
    labels = PromptStore(engine).labels("support")
    assert labels["production"] == 1
    assert {labels[f"candidate-{n}"] for n in (1, 2, 3)} == {2, 3, 4}
    experiment = ExperimentStore(engine).get("support-ab")
    assert experiment.status == "running" and len(experiment.variants) == 2
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(eval_runs)).scalar() == 2
    engine.dispose()
    assert out["exported"] >= 1
    rows = [json.loads(line) for line in export.read_text().splitlines()]
    assert all(r["messages"][-1]["role"] == "assistant" for r in rows)
    assert all("refund policy" in r["messages"][-1]["content"] for r in rows)


def test_no_variant_is_declared_better_when_none_is(config: Path, tmp_path: Path) -> None:
    suite = _suite(tmp_path / "suite.yaml", '{type: equals, value: "42"}')
    table = lmops(
        "improve", "support", "--suite", str(suite), "-c", str(config), "--experiment", "never"
    )
    assert "no candidate is better than production with confidence" in table
    assert "not proposed: few-shot: no well-rated traffic" in table
    assert "experiment never: not started" in table
    out = json.loads(
        lmops("improve", "support", "--suite", str(suite), "-c", str(config), "--json")
    )
    assert out["best"] is None and out["candidates"]
    assert not any(c["better"] for c in out["candidates"])


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("nosuch",), "PROMPT: "),
        (("support", "--since", "soon"), "--since: 'soon' is not a duration"),
        (("support", "--low-rating", "quality"), "--low-rating: 'quality'"),
        (("support", "--review-queue", "q"), "--review-queue and --low-rating go together"),
        (("support", "--rewriter", "gpt-9"), "--rewriter: no model group 'gpt-9'"),
    ],
)
def test_bad_input_is_named(
    config: Path, tmp_path: Path, args: tuple[str, ...], error: str
) -> None:
    suite = _suite(tmp_path / "suite.yaml", "{type: icontains, value: x}")
    assert error in lmops("improve", *args, "--suite", str(suite), "-c", str(config), code=2)


def test_a_model_rewrites_the_prompt(tmp_path: Path, config: Path) -> None:
    # The writer always answers with this template: it keeps the variable and names the policy.
    template = "Reply to {{ question }} and quote our refund policy."
    writer = f"  - {{name: writer, provider: mock, mock: {{content: {json.dumps(template)}}}}}"
    text = config.read_text().replace("settings:", f"{writer}\nsettings:")
    config.write_text(text)
    suite = _suite(tmp_path / "suite.yaml", '{type: icontains, value: "refund policy"}')
    out = json.loads(
        lmops(
            "improve",
            "support",
            "--suite",
            str(suite),
            "-c",
            str(config),
            "--rewriter",
            "writer",
            "--json",
        )
    )
    rewrite = next(c for c in out["candidates"] if c["strategy"] == "rewrite")
    assert rewrite["better"] and rewrite["pass_rate"]["delta"] == 1.0
    engine = create_engine(f"sqlite:///{config.parent / 'lmops.db'}")
    version = PromptStore(engine).get(PromptRef("support", label=rewrite["label"]))
    assert version.content.template == template
    engine.dispose()
