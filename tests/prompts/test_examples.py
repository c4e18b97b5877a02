"""Few-shot examples: files, and the selector (with a fake embedder, and with real MiniLM)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lmops.prompts.examples import Example, ExampleSelector, load_examples
from lmops.prompts.files import PromptFileError
from lmops.prompts.patterns import few_shot
from lmops.prompts.templates import compile_prompt


class AxisEmbedder:
    """Embeds a text as a fixed vector chosen by its first word; counts calls."""

    VECTORS = {"north": [1.0, 0.0], "east": [0.0, 1.0], "northeast": [1.0, 1.0]}

    def __init__(self) -> None:
        self.calls = 0

    async def embed(self, text: str) -> list[float]:
        self.calls += 1
        return self.VECTORS[text.split()[0]]


def test_selector_orders_by_cosine_and_embeds_examples_once() -> None:
    examples = [Example("east 1", "e1"), Example("north 1", "n1"), Example("northeast", "ne")]
    embedder = AxisEmbedder()
    selector = ExampleSelector(examples, k=2, embedder=embedder)
    assert [e.output for e in selector.select("north query")] == ["n1", "ne"]
    assert [e.output for e in selector.select("east query")] == ["e1", "ne"]
    assert embedder.calls == 3 + 2  # the examples once, then one per query


def test_selector_ties_keep_the_given_order_and_k_may_exceed_the_examples() -> None:
    examples = [Example("north a", "a"), Example("north b", "b")]
    selector = ExampleSelector(examples, k=5, embedder=AxisEmbedder())
    assert [e.output for e in selector.select("north q")] == ["a", "b"]


def test_selector_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ExampleSelector([Example("a", "b")], k=0)
    with pytest.raises(ValueError, match="at least one example"):
        ExampleSelector([], k=1)


async def test_aselect_works_inside_an_event_loop() -> None:
    selector = ExampleSelector([Example("north", "n"), Example("east", "e")], 1, AxisEmbedder())
    assert await selector.aselect("east x") == [Example("east", "e")]


SUPPORT_EXAMPLES = [
    Example("Will it rain in Paris tomorrow?", "weather"),
    Example("What is the forecast for the weekend?", "weather"),
    Example("How long do I boil pasta?", "cooking"),
    Example("At what temperature should I bake bread?", "cooking"),
    Example("My Python script raises a KeyError when reading a dict.", "programming"),
    Example("Why does my Java program throw a NullPointerException?", "programming"),
]


def test_minilm_selector_picks_the_semantically_nearest_examples() -> None:
    selector = ExampleSelector(SUPPORT_EXAMPLES, k=2)  # the real, offline MiniLM model
    picked = selector.select("Why does my Python program crash with a TypeError exception?")
    assert {e.output for e in picked} == {"programming"}
    assert picked[0].input.startswith("My Python script")
    assert {e.output for e in selector.select("Is it going to snow on Saturday?")} == {"weather"}
    assert {
        e.output
        for e in selector.select("How many minutes should spaghetti cook in boiling water?")
    } == {"cooking"}
    # The variables a few-shot prompt with a selector renders with.
    prompt = few_shot("classify", instruction="Name the topic.", select=2)
    variables = selector.variables("How long should spaghetti cook?")
    rendered = compile_prompt(prompt.content).render(variables)
    assert rendered.messages is not None
    assert "How long do I boil pasta?" in rendered.messages[0]["content"]
    assert rendered.messages[1]["content"] == "How long should spaghetti cook?"


def test_load_examples_from_jsonl_and_yaml(tmp_path: Path) -> None:
    jsonl = tmp_path / "e.jsonl"
    jsonl.write_text('{"input": "a", "output": "b"}\n\n{"input": "c", "output": "d"}\n')
    assert load_examples(jsonl) == [Example("a", "b"), Example("c", "d")]
    yml = tmp_path / "e.yaml"
    yml.write_text("- input: a\n  output: b\n- input: '{{ c }}'\n  output: d\n")
    assert load_examples(yml) == [Example("a", "b"), Example("{{ c }}", "d")]


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("e.jsonl", '{"input": "a", "output": "b"}\n{"input": 1, "output": "b"}\n', ":2: input"),
        ("e.jsonl", '{"input": "a"}\n', ":1: an example is an object"),
        ("e.jsonl", "{oops\n", ":1: invalid JSON"),
        ("e.yaml", "- input: a\n  output: b\n- input: a\n  extra: b\n", ":3: an example"),
        ("e.yaml", "input: a\n", ":1: expected a list"),
        ("e.jsonl", "\n", ": no examples"),
    ],
)
def test_bad_example_files_name_file_and_line(
    tmp_path: Path, name: str, text: str, says: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(PromptFileError) as caught:
        load_examples(path)
    assert str(caught.value).startswith(f"{path}{says}")
