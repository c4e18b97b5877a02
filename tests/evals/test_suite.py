"""The eval suite file: loading, errors naming file:line and field, expansion, the schema."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from lmops.evals.suite import SuiteError, expand, load_suite, suite_json_schema
from lmops.prompts.model import PromptRef

ROOT = Path(__file__).parents[2]


def _write(folder: Path, text: str, name: str = "suite.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def _error(path: Path, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(SuiteError) as info:
        load_suite(path, environ=environ or {})
    return str(info.value)


def test_inline_suite_loads_and_expands(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        description: d
        prompts:
          - "Say {{ x }}"
          - id: chat
            messages: [{role: user, content: "{{ x }} please"}]
        targets: [mock, other]
        defaultTest:
          vars: {x: default, y: kept}
          assert: [{type: max-length, value: 10}]
        tests:
          - description: one
            vars: {x: hi}
            assert: [{type: contains, value: hi, weight: 2, metric: greet, threshold: 0.5}]
          - description: two
        threshold: 0.5
        options: {concurrency: 3, repeat: 2, timeout: 5}
        """,
    )
    suite = load_suite(path, environ={})
    assert [p.id for p in suite.prompts] == ["Say {{ x }}", "chat"]
    assert suite.prompts[1].content is not None and suite.prompts[1].content.type == "chat"
    assert (suite.threshold, suite.concurrency, suite.repeat, suite.timeout) == (0.5, 3, 2, 5.0)
    cases = expand(suite)
    assert len(cases) == 2 * 2 * 2
    assert [(c.prompt.id, c.target.id, c.test_index) for c in cases[:4]] == [
        ("Say {{ x }}", "mock", 0),
        ("Say {{ x }}", "mock", 1),
        ("Say {{ x }}", "other", 0),
        ("Say {{ x }}", "other", 1),
    ]
    first, second = cases[0], cases[1]
    assert first.vars == {"x": "hi", "y": "kept"}  # the test's vars over defaultTest's
    assert second.vars == {"x": "default", "y": "kept"}
    assert [a.type for a in first.asserts] == ["max-length", "contains"]  # default first
    assert [a.type for a in second.asserts] == ["max-length"]
    greet = first.asserts[1]
    assert (greet.weight, greet.metric, greet.threshold) == (2.0, "greet", 0.5)
    with pytest.raises(AttributeError):
        first.test_index = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        first.vars["x"] = "changed"  # type: ignore[index]


def test_negation_and_not_contains(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        prompts: [p]
        targets: [mock]
        tests:
          - assert:
              - {type: not-contains, value: [a, b]}
              - {type: not-regex, value: "^x"}
        """,
    )
    asserts = load_suite(path, environ={}).tests[0].asserts
    assert [(a.metric_name, a.negate) for a in asserts] == [
        ("not-contains", False),  # registered itself: looked up as a name first
        ("regex", True),
    ]


def test_file_prompt_and_registry_ref(tmp_path: Path) -> None:
    _write(
        tmp_path,
        'name: greet\ntype: text\ntemplate: "Hi {{ who }}"\n',
        "prompts/greet.yaml",
    )
    path = _write(
        tmp_path / "sub",
        """
        prompts:
          - file://../prompts/greet.yaml
          - {file: ../prompts/greet.yaml, id: again}
          - {ref: greet@staging}
          - {ref: "greet:3"}
          - {ref: greet}
        targets:
          - mock
          - {gateway: "http://localhost:4000/", api_key: "${KEY}", model: m}
        tests: [{vars: {who: you}}]
        """,
    )
    suite = load_suite(path, environ={"KEY": "sk-1"})
    file_prompt = suite.prompts[0]
    assert file_prompt.path == tmp_path / "sub" / "../prompts/greet.yaml"
    assert file_prompt.content is not None and file_prompt.content.template == "Hi {{ who }}"
    assert suite.prompts[1].id == "again"
    assert [p.ref for p in suite.prompts[2:]] == [
        PromptRef("greet", label="staging"),
        PromptRef("greet", version=3),
        PromptRef("greet"),
    ]
    gateway = suite.targets[1]
    assert (gateway.gateway, gateway.api_key, gateway.model) == (
        "http://localhost:4000",
        "sk-1",
        "m",
    )
    assert len(expand(suite)) == 5 * 2 * 1


def test_env_refs(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        description: "${WHO:-nobody}"
        prompts: ["${GREETING} {{ x }}"]
        targets: [mock]
        tests: [{vars: {x: "${X}"}}]
        """,
    )
    suite = load_suite(path, environ={"GREETING": "Hello", "X": "1"})
    assert suite.description == "nobody"
    assert suite.prompts[0].id == "Hello {{ x }}"
    assert suite.tests[0].vars == {"x": "1"}
    assert _error(path, {"GREETING": "Hello"}) == (
        f"{path}:4: tests.0.vars.x: environment variable X is not set"
    )


def test_dataset_csv(tmp_path: Path) -> None:
    _write(
        tmp_path,
        """
        __description,q,__expected
        first,"a, b",contains: b
        ,c,not-icontains: X

        third,d,plain text
        fourth,e,
        """,
        "cases.csv",
    )
    path = _write(
        tmp_path,
        """
        prompts: ["{{ q }}"]
        targets: [mock]
        defaultTest: {vars: {z: 1}, assert: [{type: is-json}]}
        tests: [{vars: {q: inline}}]
        dataset: cases.csv
        """,
    )
    suite = load_suite(path, environ={})
    assert [t.description for t in suite.tests] == ["", "first", "", "third", "fourth"]
    assert suite.tests[1].vars == {"q": "a, b"}
    specs = [[(a.type, a.value) for a in t.asserts] for t in suite.tests[1:]]
    assert specs == [
        [("contains", "b")],
        [("not-icontains", "X")],
        [("equals", "plain text")],  # not "type: value" of a known type: equals
        [],
    ]
    cases = expand(suite)
    assert len(cases) == 5
    assert cases[1].vars == {"z": 1, "q": "a, b"}
    assert [a.type for a in cases[1].asserts] == ["is-json", "contains"]


def test_dataset_jsonl(tmp_path: Path) -> None:
    rows = [
        {"q": "x", "expected": "regex: ^x$"},
        {"q": "y", "n": 2, "__expected": [{"type": "rouge-l", "value": "y", "threshold": 0.5}]},
    ]
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    path = _write(tmp_path, "prompts: [p]\ntargets: [mock]\ndataset: cases.jsonl\n")
    tests = load_suite(path, environ={}).tests
    assert [t.vars for t in tests] == [{"q": "x"}, {"q": "y", "n": 2}]
    assert [(a.type, a.value, a.threshold) for t in tests for a in t.asserts] == [
        ("regex", "^x$", None),
        ("rouge-l", "y", 0.5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prompts: [p]\ntargets: [mock]\ntests: [{}]\nbogus: 1\n", ":4: bogus: unknown field"),
        (
            "prompts: [p]\ntargets: [mock]\ntests:\n  - vars: {}\n    asert: []\n",
            ":5: tests.0.asert: unknown field",
        ),
        (
            "prompts: [p]\ntargets: [mock]\ntests:\n  - assert:\n      - type: nope\n",
            ":5: tests.0.assert.0.type: unknown assertion type 'nope'",
        ),
        (
            "prompts: [p]\ntargets: [mock]\ntests:\n  - assert:\n"
            "      - {type: regex, value: '('}\n",
            ":5: tests.0.assert.0.value: ",
        ),
        # a key not in the file has no line of its own (as in lmops.yaml)
        ("prompts: [p]\ntargets: [mock]\n", ": tests: a suite needs tests"),
        ("prompts: []\ntargets: [mock]\ntests: [{}]\n", ":1: prompts: "),
        (
            "prompts: [p]\ntargets: [mock]\nthreshold: 2\ntests: [{}]\n",
            ":3: threshold: Input should be less than or equal to 1",
        ),
        (
            "prompts: [{ref: 'a b'}]\ntargets: [mock]\ntests: [{}]\n",
            ":1: prompts.0.ref: invalid prompt name",
        ),
        (
            "prompts: [p]\ntargets: [{gateway: 'api.openai.com', model: m}]\ntests: [{}]\n",
            ":2: targets.0.gateway: a gateway URL starts with http",
        ),
        (
            "prompts: [p]\ntargets: [{gateway: 'http://u:pw@gw:4000', model: m}]\ntests: [{}]\n",
            ":2: targets.0.gateway: no credentials in a gateway URL",
        ),
        (
            "prompts: [p]\ntargets: [{gateway: 'http://gw:4000/?key=k', model: m}]\ntests: [{}]\n",
            ":2: targets.0.gateway: a gateway URL has no query",
        ),
        (
            "prompts: [p]\ntargets:\n  - {model: m, api_base: 'https://x', api_key: '${K:-}'}\n"
            "tests: [{}]\n",
            ":3: targets.0.api_base: unknown field",
        ),
        (
            "prompts: ['{{ x '] \ntargets: [mock]\ntests: [{}]\n",
            ":1: prompts.0: ",
        ),
        ("prompts: [p]\ntargets: [mock, mock]\ntests: [{}]\n", ":2: targets.1: 'mock' is listed"),
        (
            "prompts: [p]\ntargets: [mock, 'https://api.openai.com/v1']\ntests: [{}]\n",
            ":2: targets.1: a target is a model group of the config",
        ),
        (
            "prompts: [p]\ntargets:\n  - gateway: http://gw\n    model: m\n    api_key: sk-live\n"
            "tests: [{}]\n",
            ':5: targets.0.api_key: write the key as a "${VAR}" reference',
        ),
        (
            "prompts: [p]\ntargets: [mock]\ntests:\n  - assert:\n"
            "      - {type: contains, value: a, threshold: 2}\n",
            ":5: tests.0.assert.0.threshold: Input should be less than or equal to 1",
        ),
        (
            "prompts: [p]\ntargets: [mock]\ntests:\n  - assert:\n"
            "      - {type: max-length, value: -1}\n",
            ":5: tests.0.assert.0.value: ",
        ),
        ("prompts: [p]\nprompts: [q]\n", ":2: prompts: duplicate key"),
        (
            "prompts:\n  - messages:\n      - {role: robot, content: x}\ntargets: [mock]\n"
            "tests: [{}]\n",
            ":3: prompts.0.messages.0.role: Input should be",
        ),
        (
            "prompts:\n  - {text: a, ref: b}\ntargets: [mock]\ntests: [{}]\n",
            ":2: prompts.0: give exactly one of text, messages, file or ref",
        ),
        ("- a\n", ":1: expected a mapping of suite fields"),
    ],
)
def test_errors_name_file_line_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    assert f"{path}{expected}" in _error(path)


def test_unknown_type_lists_known_ones(tmp_path: Path) -> None:
    path = _write(tmp_path, "prompts: [p]\ntargets: [mock]\ntests: [{assert: [{type: nope}]}]\n")
    message = _error(path)
    assert "known: " in message
    for name in ("contains", "not-contains", "regex", "rouge-l", "bleu"):
        assert name in message.partition("known: ")[2]


def test_missing_prompt_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "prompts:\n  - file://nope.yaml\ntargets: [mock]\ntests: [{}]\n")
    assert _error(path).startswith(f"{path}:2: prompts.0: {tmp_path / 'nope.yaml'}: cannot read")


def test_dataset_errors(tmp_path: Path) -> None:
    suite = "prompts: [p]\ntargets: [mock]\ndataset: {name}\n"
    path = _write(tmp_path, suite.format(name="missing.csv"))
    assert _error(path) == f"{path}:3: dataset: no such file: {tmp_path / 'missing.csv'}"

    data = tmp_path / "bad.csv"
    data.write_text('q,__expected\n"a,b\nc\n')  # an unterminated quote
    path = _write(tmp_path, suite.format(name="bad.csv"))
    assert _error(path).startswith(f"{path}:3: dataset: {data}:")
    assert "invalid CSV" in _error(path)

    data.write_text("q,__expected\nx,contains: a\ny\n")  # a short row
    assert _error(path) == f"{path}:3: dataset: {data}:3: expected 2 columns, got 1"

    data.write_text("q,__expected\nx,contains: a\ny,regex: (\n")
    message = _error(path)
    assert message.startswith(f"{path}:3: dataset: {data}:3: __expected: ")

    data.write_text("q,q\n1,2\n")
    assert _error(path) == f"{path}:3: dataset: {data}:1: q: duplicate column"

    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('{"q": 1}\n[1]\n')
    path = _write(tmp_path, suite.format(name="bad.jsonl"))
    assert _error(path) == f"{path}:3: dataset: {jsonl}:2: each line is a JSON object of columns"
    jsonl.write_text('{"q": 1}\n{"__expected": {"type": "nope"}}\n')
    assert f"{jsonl}:2: __expected: unknown assertion type 'nope'" in _error(path)


def test_example_suite_loads() -> None:
    suite = load_suite(ROOT / "examples" / "eval" / "suite.yaml", environ={})
    assert [t.id for t in suite.targets] == ["mock"]
    assert len(suite.tests) == 5
    assert len(expand(suite)) == len(suite.prompts) * len(suite.tests)
    config = (ROOT / "examples" / "lmops.yaml").read_text()
    assert "- name: mock" in config


def test_committed_json_schema_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "eval-suite.schema.json").read_text())
    assert committed == suite_json_schema(), (
        "docs/eval-suite.schema.json is stale: python -c 'import json; from lmops.evals.suite "
        "import suite_json_schema as s; print(json.dumps(s(), indent=2))' "
        "> docs/eval-suite.schema.json"
    )
    assert committed["additionalProperties"] is False
    assert "defaultTest" in committed["properties"]


def test_judge_mode_without_a_judge_is_refused_at_the_assertion(tmp_path: Path) -> None:
    path = tmp_path / "suite.yaml"
    path.write_text(
        'prompts: ["hi"]\ntargets: [mock]\ntests:\n'
        "  - vars: {contexts: [a]}\n"
        "    assert:\n"
        "      - {type: faithfulness}\n"
        "      - {type: faithfulness, value: {mode: judge}}\n",
        encoding="utf-8",
    )
    with pytest.raises(SuiteError, match=r"suite.yaml:7: tests.0.assert.1: .*set options.judge"):
        load_suite(path, environ={})
    text = path.read_text(encoding="utf-8") + "options: {judge: mock}\n"
    path.write_text(text, encoding="utf-8")
    assert load_suite(path, environ={}).judge is not None


def test_a_suite_whose_dataset_has_no_rows_is_refused(tmp_path: Path) -> None:
    (tmp_path / "cases.csv").write_text("question,__expected\n", encoding="utf-8")
    path = tmp_path / "suite.yaml"
    path.write_text("prompts: [p]\ntargets: [mock]\ndataset: cases.csv\n", encoding="utf-8")
    with pytest.raises(SuiteError, match=r"suite.yaml:3: dataset: the dataset has no rows"):
        load_suite(path, environ={})
