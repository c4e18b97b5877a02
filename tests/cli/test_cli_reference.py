"""docs/cli.md is generated from the Typer app; it must match the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_committed_cli_reference_is_current(tmp_path: Path) -> None:
    out = tmp_path / "cli.md"
    typer = Path(sys.executable).with_name("typer")
    subprocess.run(
        [str(typer), "lmops.cli.main", "utils", "docs", "--name", "lmops", "--output", str(out)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert out.read_text() == (ROOT / "docs" / "cli.md").read_text(), (
        "docs/cli.md is stale: typer lmops.cli.main utils docs --name lmops --output docs/cli.md"
    )
