"""``lmops eval run`` and ``lmops eval init`` end to end: suites run on the mock provider
in-process and on a running gateway, stored, cached, reported, and compared with a baseline."""

from __future__ import annotations

import json
import shutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.evals.metrics import semantic
from lmops.evals.store import RunStore
from lmops.prompts.model import PromptContent
from lmops.prompts.store import PromptStore
from lmops.review.rubric import Rubric
from lmops.review.store import ReviewStore
from lmops.store.db import create_engine, migrate
from tests.conftest import MASTER_KEY, RunningGateway

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def config(tmp_path: Path, *, echo: bool = True, content: str | None = None) -> Path:
    """A config with a mock group (echoing, or answering ``content``); its master key is an
    unset variable: eval run needs the models and the store only."""
    mock = "{echo: true}" if echo else f"{{content: {json.dumps(content or 'fixed answer')}}}"
    path = tmp_path / "lmops.yaml"
    path.write_text(
        f"models:\n  - {{name: mock, provider: mock, mock: {mock}}}\n"
        f"settings:\n  database_url: 'sqlite:///{tmp_path}/lmops.db'\n"
        "  master_key: ${LMOPS_EVAL_TEST_UNSET_KEY}\n",
        encoding="utf-8",
    )
    return path


def write_suite(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ECHO_SUITE = """\
prompts: ["Say: {{ word }}"]
targets: [mock]
tests:
  - vars: {word: apple}
    assert: [{type: icontains, value: apple}]
  - vars: {word: pear}
    assert: [{type: icontains, value: pear}, {type: rouge-l, value: "Say: pear", threshold: 0.9}]
"""


class LetterCounts:
    """A stand-in sentence encoder: letter counts (no model to load)."""

    def sentences(self, texts: Sequence[str]) -> list[list[float]]:
        return [[float(t.lower().count(c)) for c in string.ascii_lowercase] for t in texts]


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["eval", *args], env={"CI": "1"})
    return result.exit_code, result.output


def stored(cfg: Path) -> RunStore:
    engine = create_engine(f"sqlite:///{cfg.parent}/lmops.db")
    migrate(engine)
    return RunStore(engine)


def test_the_example_suite_runs_as_written_and_writes_every_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # examples/lmops.yaml keeps its store in ./lmops.db
    examples = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", examples)
    cfg = examples / "lmops.yaml"
    out = [tmp_path / "r.json", tmp_path / "r.xml", tmp_path / "r.html"]
    code, output = run(
        "run",
        str(examples / "eval" / "suite.yaml"),
        "-c",
        str(cfg),
        *("--json", str(out[0]), "--junit", str(out[1]), "--html", str(out[2])),
    )
    assert code == 0, output
    data = json.loads(out[0].read_text(encoding="utf-8"))
    assert data["counts"] == {"passed": 10, "failed": 0, "error": 0, "skipped": 0}
    suites = ET.parse(out[1]).getroot()
    assert sum(int(s.get("tests", "0")) for s in suites.iter("testsuite")) == 10
    assert "<html" in out[2].read_text(encoding="utf-8")
    runs = stored(tmp_path / "lmops.yaml")
    assert [r.id for r in runs.list()] == [data["id"]]
    assert f"lmops eval show {data['id']}" in output


def test_failures_exit_1_under_the_threshold_and_0_at_it(tmp_path: Path) -> None:
    cfg = config(tmp_path, echo=False, content="I like apples")
    suite = write_suite(tmp_path, ECHO_SUITE)  # the fixed answer holds apple, not pear
    code, output = run("run", str(suite), "-c", str(cfg), "--no-store")
    assert code == 1, output
    assert "1/2 passed" in output and "pear" in output
    write_suite(tmp_path, ECHO_SUITE + "threshold: 0.5\n")
    code, output = run("run", str(suite), "-c", str(cfg), "--no-store")
    assert code == 0, output


def test_a_second_run_is_answered_from_the_cache_unless_no_cache(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    suite = write_suite(tmp_path, ECHO_SUITE)
    cached = []
    for extra in ([], [], ["--no-cache"]):
        code, output = run(
            "run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "r.json"), *extra
        )
        assert code == 0, output
        cells = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["cells"]
        cached.append([c["cached"] for c in cells])
    assert cached == [[False, False], [True, True], [False, False]]


def test_usage_and_suite_errors_exit_2_naming_the_fault(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    bad = write_suite(
        tmp_path, "prompts: [hi]\ntargets: [mock]\ntests:\n  - assert: [{type: nope}]\n"
    )
    code, output = run("run", str(bad), "-c", str(cfg))
    assert code == 2 and "suite.yaml:4: tests.0.assert.0.type: unknown assertion type" in output
    suite = write_suite(tmp_path, ECHO_SUITE)
    code, output = run("run", str(suite), "-c", str(cfg), "--target", "gpt-9")
    assert code == 2 and "--target: no target 'gpt-9'" in output
    other = write_suite(tmp_path, ECHO_SUITE.replace("[mock]", "[nomodel]"), "other.yaml")
    code, output = run("run", str(other), "-c", str(cfg))
    assert code == 2 and "no model group 'nomodel'" in output
    code, output = run("run", str(suite), "-c", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml" in output
    code, output = run("run", str(suite), "-c", str(cfg), "--baseline", "nope")
    assert code == 2 and "--baseline" in output


def test_a_registry_prompt_is_resolved_and_its_version_recorded(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    engine = create_engine(f"sqlite:///{tmp_path}/lmops.db")
    migrate(engine)
    prompts = PromptStore(engine)
    for template in ("Greet {{ word }}", "Hello {{ word }}"):
        prompts.push("greet", PromptContent("text", template=template), ("word",), author="t")
    prompts.set_label("greet", "production", 1, by="t")
    engine.dispose()
    text = ECHO_SUITE.replace('["Say: {{ word }}"]', "[{ref: greet}]")
    suite = write_suite(tmp_path, text.replace('value: "Say: pear"', 'value: "Greet pear"'))
    code, output = run("run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "r.json"))
    assert code == 0, output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["prompt_versions"] == {"greet": "greet:1"}
    assert data["cells"][0]["output"] == "Greet apple"


def test_baseline_comparison_flags_a_regression(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "default_encoder", LetterCounts)
    suite = write_suite(tmp_path, ECHO_SUITE + "threshold: 0\n")
    cfg = config(tmp_path)
    code, output = run("run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "a.json"))
    assert code == 0, output
    base = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["id"]
    code, output = run("run", str(suite), "-c", str(cfg), "--baseline", base[:8], "--no-cache")
    assert code == 0, output
    config(tmp_path, echo=False, content="nothing useful")  # the model got worse
    code, output = run("run", str(suite), "-c", str(cfg), "--baseline", base, "--no-cache")
    assert code == 1, output
    assert "regression" in output.lower()


def test_a_running_gateway_is_a_target(
    tmp_path: Path, gateway_factory: Callable[..., RunningGateway], monkeypatch: pytest.MonkeyPatch
) -> None:
    gw = gateway_factory(
        "models:\n  - {name: mock, provider: mock, mock: {echo: true}}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n  database_url: ${DB_URL}\n"
    )
    text = ECHO_SUITE.replace(
        "targets: [mock]",
        f'targets: [{{gateway: "{gw.url}", api_key: "${{EVAL_GW_KEY}}", model: mock, id: gw}}]',
    )
    suite = write_suite(tmp_path, text)
    monkeypatch.setenv("EVAL_GW_KEY", MASTER_KEY)
    code, output = run("run", str(suite), "--json", str(tmp_path / "r.json"))  # no config
    assert code == 0, output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [c["target_id"] for c in data["cells"]] == ["gw", "gw"]
    assert MASTER_KEY not in output
    monkeypatch.setenv("EVAL_GW_KEY", "sk-wrong-key-0000")
    code, output = run("run", str(suite), "--json", str(tmp_path / "r.json"))
    assert code == 1, output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["counts"]["error"] == 2 and "401" in data["cells"][0]["error"]
    assert "sk-wrong-key-0000" not in output


@pytest.mark.parametrize("echo", [True, False])
def test_init_writes_a_suite_that_runs_as_written_on_any_mock(tmp_path: Path, echo: bool) -> None:
    cfg = config(tmp_path, echo=echo)
    path = tmp_path / "suite.yaml"
    code, output = run("init", str(path))
    assert code == 0 and path.is_file(), output
    code, output = run("init", str(path))
    assert code == 2 and "exists" in output
    code, output = run("run", str(path), "-c", str(cfg))
    assert code == 0, output


def test_an_edited_model_group_is_not_answered_from_the_old_cache(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, ECHO_SUITE + "threshold: 0\n")
    outputs = []
    for content, extra in (("first", []), ("second", []), ("second", []), ("third", [])):
        cfg = config(tmp_path, echo=False, content=content)
        code, output = run("run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "r.json"))
        assert code == 0, output
        cells = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["cells"]
        outputs.append((cells[0]["output"], cells[0]["cached"]))
    assert outputs == [("first", False), ("second", False), ("second", True), ("third", False)]


def test_no_cache_calls_again_and_keeps_the_new_answers(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, ECHO_SUITE)
    cfg = config(tmp_path)
    seen = []
    for extra in (["--no-cache"], [], ["--no-cache"]):
        code, output = run(
            "run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "r.json"), *extra
        )
        assert code == 0, output
        cells = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["cells"]
        seen.append(cells[0]["cached"])
    # The first run, without the cache, still filled it: the second is answered from it.
    assert seen == [False, True, False]


def test_the_judge_group_is_checked_and_called_in_process(
    tmp_path: Path, gateway_factory: Callable[..., RunningGateway], monkeypatch: pytest.MonkeyPatch
) -> None:
    gw = gateway_factory(
        "models:\n  - {name: mock, provider: mock, mock: {echo: true}}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n  database_url: ${DB_URL}\n"
    )
    monkeypatch.setenv("EVAL_GW_KEY", MASTER_KEY)
    cfg = tmp_path / "lmops.yaml"
    verdict = '{"reason": "fine", "pass": true, "score": 1}'
    cfg.write_text(
        f"models:\n  - {{name: judge, provider: mock, mock: {{content: '{verdict}'}}}}\n"
        f"settings:\n  database_url: 'sqlite:///{tmp_path}/lmops.db'\n"
        "  master_key: ${LMOPS_EVAL_TEST_UNSET_KEY}\n",
        encoding="utf-8",
    )
    text = (
        'prompts: ["Say: {{ word }}"]\n'
        f'targets: [{{gateway: "{gw.url}", api_key: "${{EVAL_GW_KEY}}", model: mock, id: gw}}]\n'
        "tests:\n  - vars: {word: apple}\n    assert: [{type: llm-rubric, value: says apple}]\n"
        "options: {judge: judge}\n"
    )
    suite = write_suite(tmp_path, text)
    code, output = run("run", str(suite), "-c", str(cfg))
    assert code == 0, output  # the gateway answered, the in-process judge judged
    suite.write_text(text.replace("judge: judge", "judge: jduge"), encoding="utf-8")
    code, output = run("run", str(suite), "-c", str(cfg))
    assert code == 2 and "no model group 'jduge'" in output


def test_an_unresolvable_prompt_or_an_unreachable_store_exits_2(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    suite = write_suite(tmp_path, ECHO_SUITE.replace('["Say: {{ word }}"]', "[{ref: nosuch}]"))
    code, output = run("run", str(suite), "-c", str(cfg))
    assert code == 2 and "nosuch" in output
    assert stored(cfg).list() == []  # nothing was run, nothing stored
    down = tmp_path / "down.yaml"
    down.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  database_url: 'postgresql://nobody@127.0.0.1:1/none'\n"
        "  master_key: ${LMOPS_EVAL_TEST_UNSET_KEY}\n",
        encoding="utf-8",
    )
    code, output = run("run", str(write_suite(tmp_path, ECHO_SUITE, "s2.yaml")), "-c", str(down))
    assert code == 2 and "cannot open the store" in output


def test_schema_prints_the_committed_suite_schema() -> None:
    code, output = run("schema")
    assert code == 0
    assert json.loads(output) == json.loads((ROOT / "docs" / "eval-suite.schema.json").read_text())


def test_show_does_not_count_the_cost_of_cached_answers_again(tmp_path: Path) -> None:
    cfg = tmp_path / "lmops.yaml"
    cfg.write_text(
        "models:\n  - {name: mock, provider: mock, mock: {echo: true},"
        " input_cost_per_token: 0.01, output_cost_per_token: 0.01}\n"
        f"settings:\n  database_url: 'sqlite:///{tmp_path}/lmops.db'\n"
        "  master_key: ${LMOPS_EVAL_TEST_UNSET_KEY}\n",
        encoding="utf-8",
    )
    suite = write_suite(tmp_path, ECHO_SUITE)
    ids = []
    for _ in range(2):
        code, output = run("run", str(suite), "-c", str(cfg), "--json", str(tmp_path / "r.json"))
        assert code == 0, output
        ids.append(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["id"])
    first = runner.invoke(app, ["eval", "show", ids[0], "-c", str(cfg)]).output
    second = runner.invoke(app, ["eval", "show", ids[1], "-c", str(cfg)]).output
    assert "$0.08" in first and "from the cache" not in first  # 2 cells x 4 tokens x $0.01
    assert "$0.00 (2 cell(s) from the cache, not counted)" in second


def test_failed_cells_are_sent_to_a_review_queue_once(tmp_path: Path) -> None:
    cfg = config(tmp_path, echo=False, content="I like apples")
    suite = write_suite(tmp_path, ECHO_SUITE)  # the pear test fails
    code, output = run("run", str(suite), "-c", str(cfg), "--review", "triage")
    assert code == 2 and "--review: no review queue named 'triage'" in output
    engine = create_engine(f"sqlite:///{tmp_path}/lmops.db")
    reviews = ReviewStore(engine)
    rubric = Rubric.model_validate({"fields": [{"kind": "boolean", "name": "ok"}]})
    reviews.create_queue("triage", rubric)
    code, output = run("run", str(suite), "-c", str(cfg), "--review", "triage")
    assert code == 1 and "1 cells sent to review queue triage" in output, output
    [item] = reviews.items("triage")
    assert (item.source, item.input, item.output) == ("eval", "Say: pear", "I like apples")
    assert item.meta["status"] == "failed"
    assert item.meta["metrics"] == {"icontains": 0.0, "rouge-l": 0.0}  # for judge alignment
    run_id = item.meta["run"]
    assert item.source_ref == f"{run_id}:1"
    code, output = run("run", str(suite), "-c", str(cfg), "--review", "triage", "--review-all")
    assert "2 cells sent to review queue triage" in output  # a new run: new cells
    assert len(reviews.items("triage")) == 3
