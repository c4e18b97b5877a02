"""The benchmark's load generator runs as a child process: what the harness fixes for it must
reach it through the environment, not through a module variable set in the parent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import loadgen

ROOT = Path(__file__).parents[1]
_NONCES = "from bench import loadgen; print(loadgen._nonce(), loadgen._nonce())"


def _child_nonces(env: dict[str, str]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _NONCES], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return out.stdout.decode().split()


def test_a_fixed_nonce_stem_reaches_the_child_process() -> None:
    env = {**os.environ, loadgen.NONCE_STEM_ENV: "3f9a1c07be4"}
    assert _child_nonces(env) == ["3f9a1c07be4g", "3f9a1c07be4h"]  # one letter per phase


def test_without_it_every_phase_has_a_random_nonce() -> None:
    env = {k: v for k, v in os.environ.items() if k != loadgen.NONCE_STEM_ENV}
    first, second = _child_nonces(env)
    assert first != second and len(first) == 12
