from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app

runner = CliRunner()


def test_example_config_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OLLAMA_API_BASE"):
        monkeypatch.delenv(var, raising=False)
    example = Path(__file__).parents[2] / "examples" / "lmops.yaml"
    result = runner.invoke(app, ["config", "check", str(example)], env={"LMOPS_MASTER_KEY": "k"})
    assert result.exit_code == 0, result.output
    assert "ok (3 deployments in 3 model groups)" in result.output


def test_errors_name_file_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - name: a\n    provider: nosuch\nsettings:\n  master_key: ${NOPE}\n"
    )
    result = runner.invoke(app, ["config", "check", str(path)], env={})
    assert result.exit_code == 2
    assert f"{path}:5: settings.master_key: environment variable NOPE is not set" in result.output

    path.write_text("models:\n  - name: a\n    provider: nosuch\nsettings: {auth: none}\n")
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: models.0: model 'a': unknown provider 'nosuch'" in result.output

    path.write_text("models:\n  - name: a\n    provider: openai\nsettings: {auth: none}\n")
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 2
    assert "models.0: model 'a': provider openai needs api_base" in result.output


def test_committed_json_schema_is_the_generated_one() -> None:
    result = runner.invoke(app, ["config", "schema"])
    assert result.exit_code == 0
    committed = (Path(__file__).parents[2] / "docs" / "lmops.schema.json").read_text()
    assert json.loads(result.output) == json.loads(committed), (
        "docs/lmops.schema.json is stale: lmops config schema > docs/lmops.schema.json"
    )
    assert json.loads(committed)["properties"]["models"]["type"] == "array"
