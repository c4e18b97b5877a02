from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import lmops.prompts.experiments as experiments_module
from lmops.prompts.experiments import (
    assign,
    check_experiment,
    draw,
    unit_of,
    variants_from_json,
)
from lmops.prompts.model import Experiment, Variant

T0 = datetime(2024, 12, 1, tzinfo=UTC)


def make_experiment(weights: list[float], salt: str = "salt-1") -> Experiment:
    variants = tuple(Variant(f"v{i}", w, prompt=str(i + 1)) for i, w in enumerate(weights))
    return Experiment(
        id="exp_1",
        name="exp",
        target_kind="prompt",
        target="support-reply",
        variants=variants,
        control="v0",
        salt=salt,
        status="running",
        description="",
        created_by="cli",
        created_at=T0,
        updated_at=T0,
    )


def test_draw_is_keyed_blake2b_read_as_a_fraction() -> None:
    import hashlib

    digest = hashlib.blake2b(b"user-1", key=b"k", digest_size=8).digest()
    assert draw("k", "user-1") == int.from_bytes(digest, "big") / 2**64
    assert 0 <= draw("k", "user-1") < 1


ASSIGN_SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from lmops.prompts.experiments import assign
    from lmops.prompts.model import Experiment, Variant
    t = datetime(2024, 12, 1, tzinfo=UTC)
    variants = (Variant("a", 1.0, prompt="1"), Variant("b", 2.0, prompt="2"),
                Variant("c", 1.5, model="m"))
    exp = Experiment("exp_1", "e", "prompt", "p", variants, "a", "the-salt", "running", "",
                     "cli", t, t)
    sys.stdout.write(",".join(assign(exp, f"unit-{i}").name for i in range(1000)))
    """
)


def run_assignment(seed: str) -> str:
    src = Path(experiments_module.__file__).resolve().parents[2]
    env = {"PYTHONPATH": str(src), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", ASSIGN_SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_assignment_is_identical_across_processes() -> None:
    # Different hash seeds: a use of Python's salted hash() would show up as a difference.
    first, second = run_assignment("1"), run_assignment("2")
    names = first.split(",")
    assert len(names) == 1000
    assert first == second
    assert set(names) == {"a", "b", "c"}


@pytest.mark.parametrize("weights", [[50, 50], [20, 30, 50], [1, 1, 1, 1], [0.9, 0.1]])
def test_ten_thousand_units_split_within_two_percent(weights: list[float]) -> None:
    experiment = make_experiment(weights)
    counts = Counter(assign(experiment, f"user-{i}").name for i in range(10_000))
    total = sum(weights)
    for i, weight in enumerate(weights):
        assert abs(counts[f"v{i}"] / 10_000 - weight / total) < 0.02, counts


def test_assignment_is_sticky_and_depends_on_the_salt() -> None:
    experiment = make_experiment([50, 50])
    units = [f"user-{i}" for i in range(500)]
    first = [assign(experiment, u).name for u in units]
    assert [assign(experiment, u).name for u in units] == first
    # The same weights written differently (scaled) keep every unit where it was.
    scaled = replace(
        experiment, variants=tuple(replace(v, weight=v.weight * 3) for v in experiment.variants)
    )
    assert [assign(scaled, u).name for u in units] == first
    resalted = replace(experiment, salt="salt-2")
    moved = sum(a != assign(resalted, u).name for a, u in zip(first, units, strict=True))
    assert 150 < moved < 350  # about half move under a new salt


def test_assignment_does_not_use_pythons_hash() -> None:
    tree = ast.parse(Path(experiments_module.__file__).read_text())
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "hash"
    ]
    assert calls == []


def test_unit_of_prefers_user_then_header_then_request_id() -> None:
    assert unit_of("alice", "bob", "req1") == "alice"
    assert unit_of(None, "bob", "req1") == "bob"
    assert unit_of("", "bob", "req1") == "bob"
    assert unit_of(None, None, "req1") == "req1"
    assert unit_of(None, "", "req1") == "req1"


def test_check_experiment_normalises_and_defaults_the_control() -> None:
    variants, control = check_experiment(
        "exp",
        "prompt",
        "support-reply",
        [Variant("a", 1, prompt="03"), Variant("b", 2.5, prompt="staging", model="m")],
    )
    assert control == "a"
    assert variants[0] == Variant("a", 1.0, prompt="3")
    assert isinstance(variants[0].weight, float)
    _, control = check_experiment(
        "exp", "model", "chat", [Variant("a", 1, model="x"), Variant("b", 1, model="y")], "b"
    )
    assert control == "b"
    ok, _ = check_experiment(
        "exp", "prompt", "p", [Variant("a", 1, prompt="latest"), Variant("b", 1, prompt="1")]
    )
    assert ok[0].prompt == "latest"


P = "prompt"
BAD: list[tuple[str, str, list[Variant], str | None, str]] = [
    (P, "p", [Variant("a", 1, prompt="1")], None, "variants"),
    (P, "p", [Variant("a", 1, prompt="1"), Variant("a", 1, prompt="2")], None, "variants[1].name"),
    (
        P,
        "p",
        [Variant("a", 1, prompt="1"), Variant("b c", 1, prompt="2")],
        None,
        "variants[1].name",
    ),
    (
        P,
        "p",
        [Variant("a", 1, prompt="1"), Variant("b", 0, prompt="2")],
        None,
        "variants[1].weight",
    ),
    (
        P,
        "p",
        [Variant("a", -1, prompt="1"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].weight",
    ),
    (
        P,
        "p",
        [Variant("a", float("nan"), prompt="1"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].weight",
    ),
    (
        P,
        "p",
        [Variant("a", float("inf"), prompt="1"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].weight",
    ),
    (
        P,
        "p",
        [Variant("a", True, prompt="1"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].weight",
    ),
    (P, "p", [Variant("a", 1, prompt="1"), Variant("b", 1, prompt="2")], "c", "control"),
    (P, "p", [Variant("a", 1, prompt="1"), Variant("b", 1)], None, "variants[1]"),
    (
        P,
        "p",
        [Variant("a", 1, prompt="0"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].prompt",
    ),
    (
        P,
        "p",
        [Variant("a", 1, prompt="x@y"), Variant("b", 1, prompt="2")],
        None,
        "variants[0].prompt",
    ),
    (
        "model",
        "m",
        [Variant("a", 1, model="x"), Variant("b", 1, prompt="2", model="y")],
        None,
        "variants[1].prompt",
    ),
    ("model", "m", [Variant("a", 1, model="x"), Variant("b", 1)], None, "variants[1].model"),
    (
        "model",
        "m",
        [Variant("a", 1, model="x"), Variant("b", 1, model="")],
        None,
        "variants[1].model",
    ),
    (P, "bad name!", [Variant("a", 1, prompt="1"), Variant("b", 1, prompt="2")], None, "target"),
    ("other", "p", [Variant("a", 1, prompt="1"), Variant("b", 1, prompt="2")], None, "target_kind"),
]


@pytest.mark.parametrize(("kind", "target", "variants", "control", "field"), BAD)
def test_check_experiment_refuses_bad_shapes_naming_the_field(
    kind: Any, target: str, variants: list[Variant], control: str | None, field: str
) -> None:
    with pytest.raises(ValueError, match="^" + field.replace("[", r"\[").replace("]", r"\]")):
        check_experiment("exp", kind, target, variants, control)


def test_check_experiment_refuses_a_bad_name() -> None:
    with pytest.raises(ValueError, match="experiment name"):
        check_experiment(
            "bad name", "model", "m", [Variant("a", 1, model="x"), Variant("b", 1, model="y")]
        )


def test_variants_from_json() -> None:
    variants = variants_from_json(
        [{"name": "a", "weight": 1, "prompt": 3}, {"name": "b", "weight": 2, "model": "m"}]
    )
    assert variants == [Variant("a", 1, prompt="3"), Variant("b", 2, model="m")]
    for data, field in [
        ({}, "variants"),
        ([1], r"variants\[0\]"),
        ([{"name": "a"}], r"variants\[0\].weight"),
        ([{"name": "a", "weight": 1, "extra": 1}], r"variants\[0\].extra"),
        ([{"name": "a", "weight": 1, "model": 3}], r"variants\[0\].model"),
    ]:
        with pytest.raises(ValueError, match="^" + field):
            variants_from_json(data)
