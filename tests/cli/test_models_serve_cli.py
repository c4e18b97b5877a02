"""The whole loop's end: ``lmops models serve`` with a trained adapter, behind the gateway,
answered through the OpenAI SDK, and an eval suite run against the adapter and its base."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import openai
import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.evals.store import RunStore
from lmops.store.db import create_engine, migrate
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, wait_for
from tests.finetune.training import PAIRS, tiny_base, trained

__all__ = ["tiny_base", "trained"]  # fixtures

runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tiny_base: Path, trained: Path) -> Iterator[str]:
    """``lmops models serve`` in its own process: its /v1 URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "lmops.cli.main", "models", "serve", str(tiny_base),
         "--adapter", f"support={trained}", "--name", "tiny", "--port", str(port)],
        env=os.environ | {"LMOPS_SERVE_API_KEY": UPSTREAM_KEY},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        assert process.poll() is None, process.stdout.read() if process.stdout else ""
        try:
            return httpx.get(f"{url}/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    wait_for(up, "lmops models serve", 60)
    yield f"{url}/v1"
    process.send_signal(signal.SIGTERM)
    # uvicorn shuts down, then ends by the signal it caught (as lmops serve does).
    assert process.wait(timeout=30) in (0, -signal.SIGTERM)


def models_yaml(url: str) -> str:
    return f"""
models:
  - name: support
    provider: openai
    api_base: {url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: tiny:support
  - name: tiny-base
    provider: openai
    api_base: {url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: tiny
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


def test_the_adapter_answers_through_the_gateway_and_the_openai_sdk(
    served: str, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gateway = gateway_factory(models_yaml(served))
    client = openai.OpenAI(base_url=gateway.base_url, api_key=MASTER_KEY)
    for question, answer in PAIRS:
        reply = client.chat.completions.create(
            model="support", messages=[{"role": "user", "content": question}], temperature=0
        )
        assert "".join((reply.choices[0].message.content or "").split()) == "".join(answer.split())
        assert reply.usage is not None and reply.usage.completion_tokens > 0
    stream = client.chat.completions.create(
        model="support",
        messages=[{"role": "user", "content": "the lazy dog"}],
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip() == "the quick brown fox"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 4
    base = client.chat.completions.create(
        model="tiny-base", messages=[{"role": "user", "content": "the lazy dog"}], temperature=0,
        max_tokens=4,
    )  # fmt: skip
    assert (base.choices[0].message.content or "").strip() != "the quick brown fox"


def test_an_eval_suite_runs_against_the_adapter_and_its_base(served: str, tmp_path: Path) -> None:
    config = tmp_path / "lmops.yaml"
    config.write_text(models_yaml(served))
    prompt = tmp_path / "ask.yaml"  # greedy answers: the prompt file's config
    prompt.write_text(json.dumps({"name": "ask", "type": "chat",
                                  "messages": [{"role": "user", "content": "{{ q }}"}],
                                  "config": {"temperature": 0, "max_tokens": 8}}))  # fmt: skip
    suite = tmp_path / "suite.yaml"

    def whole(answer: str) -> str:  # the answer and nothing else, however it is spaced
        return r"^\s*" + r"\s*".join(re.escape(c) for c in "".join(answer.split())) + r"\s*$"

    tests = [{"vars": {"q": q}, "assert": [{"type": "regex", "value": whole(a)}]}
             for q, a in PAIRS]  # fmt: skip
    targets = ["support", "tiny-base"]
    suite.write_text(json.dumps({"prompts": ["file://ask.yaml"], "targets": targets,
                                 "tests": tests}))  # fmt: skip
    env = {"LMOPS_MASTER_KEY": MASTER_KEY, "UPSTREAM_API_KEY": UPSTREAM_KEY,
           "DB_URL": f"sqlite:///{tmp_path / 'lmops.db'}", "CI": "1"}  # fmt: skip
    result = runner.invoke(app, ["eval", "run", str(suite), "-c", str(config)], env=env)
    assert result.exit_code == 1, result.output  # the base model fails its cells
    engine = create_engine(env["DB_URL"])
    migrate(engine)
    [summary] = RunStore(engine).list()
    run = RunStore(engine).get(summary.id)
    passed = {t: sum(c.status == "passed" for c in run.cells if c.target_id == t)
              for t in ("support", "tiny-base")}  # fmt: skip
    outputs = [(c.target_id, c.output, c.status, c.scores) for c in run.cells]
    assert passed == {"support": 4, "tiny-base": 0}, outputs


def test_finetune_eval_compares_the_adapter_with_its_base(tiny_base: Path, tmp_path: Path) -> None:
    from tests.finetune.training import chat_row, write_config

    config = tmp_path / "lmops.yaml"
    config.write_text(
        "models:\n  - {name: m, provider: mock}\nsettings:\n  auth: none\n"
        f"  database_url: sqlite:///{tmp_path / 'lmops.db'}\n"
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("".join(chat_row(q, a) for q, a in PAIRS * 4))
    train = write_config(tmp_path, tiny_base, data, name="support")
    done = runner.invoke(app, ["finetune", "train", str(train), "-c", str(config)])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(app, ["models", "adapters", "-c", str(config), "--json"])
    [adapter] = json.loads(listed.stdout)
    assert adapter["name"] == "support" and adapter["path"] == str(tmp_path / "out" / "adapter")
    assert adapter["base_model"] == str(tiny_base) and adapter["evals"] == {}

    (tmp_path / "ask.yaml").write_text(json.dumps({
        "name": "ask", "type": "chat", "messages": [{"role": "user", "content": "{{ q }}"}],
        "config": {"temperature": 0, "max_tokens": 8},
    }))  # fmt: skip
    tests = [{"vars": {"q": q}, "assert": [{"type": "icontains", "value": a.split()[-1]}]}
             for q, a in PAIRS[1:]]  # fmt: skip
    suite = tmp_path / "suite.yaml"
    suite.write_text(json.dumps({"prompts": ["file://ask.yaml"], "targets": ["m"],
                                 "tests": tests}))  # fmt: skip
    result = runner.invoke(app, ["finetune", "eval", "support", "--suite", str(suite),
                                 "-c", str(config)], env={"CI": "1"})  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "adapter support: 100% of cells passed, base model 0%" in result.stdout
    [adapter] = json.loads(
        runner.invoke(app, ["models", "adapters", "-c", str(config), "--json"]).stdout
    )
    scores = adapter["evals"][str(suite)]
    assert (scores["adapter"], scores["base"]) == (1.0, 0.0) and scores["eval_run"]

    vllm = runner.invoke(app, ["models", "serve", str(tiny_base), "-a", "support",
                               "-c", str(config), "--print-vllm"])  # fmt: skip
    assert vllm.stdout.strip().endswith(
        f"--max-lora-rank 8 --max-loras 1 --lora-modules {tiny_base.name}:support="
        f"{tmp_path / 'out' / 'adapter'}"
    )
