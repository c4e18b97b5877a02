"""The deterministic assertions and the character/n-gram reference metrics, on hand-computed
cases; negation and thresholds through lmops.evals.score.apply; configuration errors."""

from __future__ import annotations

import math
import random
import time

import pytest

from lmops.evals import assertions as a
from lmops.evals.score import METRICS, Score, apply

NAMES = [
    "equals",
    "contains",
    "icontains",
    "contains-all",
    "contains-any",
    "not-contains",
    "starts-with",
    "regex",
    "is-json",
    "json-schema",
    "is-valid-python",
    "is-xml",
    "max-length",
    "min-length",
    "word-count",
    "latency",
    "cost",
    "exact-match",
    "levenshtein",
    "bleu",
]


def test_every_name_is_registered() -> None:
    for name in NAMES:
        assert name in METRICS, name
    assert METRICS["not-contains"] is a.not_contains
    assert METRICS["bleu"] is a.bleu


# --- text -----------------------------------------------------------------------------------


def test_equals() -> None:
    assert a.equals("Paris", value="Paris") == Score(1.0, True, "output equals the expected text")
    s = a.equals("Paris.", value="Paris")
    assert (s.value, s.passed) == (0.0, False)
    assert s.reason == "expected 'Paris', got 'Paris.'"


def test_equals_json_value_compares_data() -> None:
    assert a.equals('{"b": 2,  "a": [1]}', value={"a": [1], "b": 2}).passed
    assert not a.equals('{"a": [2]}', value={"a": [1]}).passed
    s = a.equals("not json", value=[1])
    assert not s.passed and "not JSON" in s.reason
    with pytest.raises(ValueError, match="equals needs a value"):
        a.equals("x")


def test_contains_and_icontains() -> None:
    assert a.contains("We offer a refund.", value="refund") == Score(1.0, True, "contains 'refund'")
    assert a.contains("We offer a Refund.", value="refund") == Score(0.0, False, "missing 'refund'")
    assert a.icontains("We offer a REFUND.", value="refund").passed
    assert a.icontains("Straße", value="STRASSE").passed  # case folding, not lower()
    assert not a.icontains("nothing", value="refund").passed
    with pytest.raises(ValueError, match="contains needs a string"):
        a.contains("x", value=["a"])


def test_contains_all_scores_the_share_found() -> None:
    s = a.contains_all("refund within 30 days", value=["refund", "30 days", "receipt", "store"])
    assert s == Score(0.5, False, "missing 'receipt', 'store'")
    assert a.contains_all("a b", value=["a", "b"]).passed
    assert a.contains_all("a, b", value="a, b").passed  # a string is one term, not split
    assert not a.contains_all("a b", value="a, b").passed
    assert apply(s, threshold=0.5).passed
    assert not apply(s, threshold=0.75).passed


def test_contains_any() -> None:
    assert a.contains_any("yes, a refund", value=["refund", "credit"]) == Score(
        1.0, True, "contains 'refund'"
    )
    assert a.contains_any("no", value=["refund", "credit"]) == Score(
        0.0, False, "missing all of 'refund', 'credit'"
    )
    with pytest.raises(ValueError, match="non-empty list"):
        a.contains_any("x", value=[])
    with pytest.raises(ValueError, match="non-empty list"):
        a.contains_any("x", value=["a", 1])


def test_not_contains_is_negated_contains() -> None:
    s = a.not_contains("as an AI language model, I", value=["as an AI", "I cannot", "sorry"])
    assert s == Score(2 / 3, False, "contains forbidden 'as an AI'")
    assert a.not_contains("Sure.", value=["as an AI", "sorry"]) == Score(
        1.0, True, "none of 'as an AI', 'sorry'"
    )
    for output in ["the refund", "the credit", "nothing", ""]:
        # one term: contains negated; a list: contains-any negated
        one = a.not_contains(output, value="refund").passed
        assert one == apply(a.contains(output, value="refund"), negate=True).passed
        many = a.not_contains(output, value=["refund", "credit"]).passed
        negated = apply(a.contains_any(output, value=["refund", "credit"]), negate=True)
        assert many == negated.passed


def test_starts_with() -> None:
    assert a.starts_with("Dear customer,", value="Dear").passed
    s = a.starts_with(" Dear", value="Dear")
    assert not s.passed and s.reason == "expected to start with 'Dear', got ' Dear'"
    long = a.starts_with("x" * 100, value="y")
    assert long.reason.endswith("...'")  # a long output is shortened in the reason


def test_regex() -> None:
    assert a.regex("Order #12345 shipped", value=r"#\d{5}\b") == Score(
        1.0, True, "matches '#\\\\d{5}\\\\b' at 6"
    )
    assert a.regex("no order", value=r"#\d+") == Score(0.0, False, "no match for '#\\\\d+'")
    assert apply(a.regex("no order", value=r"#\d+"), negate=True).passed


def test_regex_errors_name_the_pattern() -> None:
    with pytest.raises(ValueError, match=r"regex pattern '\(unclosed' does not compile"):
        a.regex("x", value="(unclosed")
    with pytest.raises(ValueError, match="1001 characters, over the 1000 allowed"):
        a.compile_pattern("a" * 1001)
    assert a.compile_pattern("a" * 1000).pattern == "a" * 1000
    with pytest.raises(ValueError, match="string pattern"):
        a.compile_pattern(5)
    with pytest.raises(ValueError, match="does not compile"):
        a.check_value("regex", "[z-a]")


# --- structured -----------------------------------------------------------------------------

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "items": {"type": "array", "items": {"type": "integer"}},
    },
    "required": ["name"],
}


def test_is_json() -> None:
    assert a.is_json(' {"a": [1, 2.5, null, true]} ') == Score(1.0, True, "valid JSON")
    assert a.is_json('"just a string"').passed
    s = a.is_json('{"a": 1,}')
    assert not s.passed and s.reason.startswith("not JSON: ") and "line 1 column 9" in s.reason
    assert a.is_json('{"a": NaN}') == Score(0.0, False, "not JSON: NaN is not JSON")
    assert not a.is_json("Infinity").passed
    assert not a.is_json("").passed
    deep = a.is_json("[" * 100_000 + "]" * 100_000)
    assert deep == Score(0.0, False, "not JSON: nested too deeply to parse")


def test_is_json_with_a_schema_value() -> None:
    assert a.is_json('{"name": "x"}', value=SCHEMA).passed
    assert a.is_json('{"items": []}', value=SCHEMA) == Score(
        0.0, False, "at $: 'name' is a required property"
    )


def test_json_schema() -> None:
    assert a.json_schema('{"name": "x", "items": [1, 2]}', value=SCHEMA).passed
    s = a.json_schema('{"name": "x", "items": [1, "two"]}', value=SCHEMA)
    assert s == Score(0.0, False, "at $.items[1]: 'two' is not of type 'integer'")
    as_text = a.json_schema('{"name": 3}', value='{"properties": {"name": {"type": "string"}}}')
    assert as_text.reason == "at $.name: 3 is not of type 'string'"
    assert not a.json_schema("nope", value=SCHEMA).passed


def test_json_schema_errors() -> None:
    with pytest.raises(ValueError, match="invalid JSON Schema"):
        a.json_schema("{}", value={"type": "no-such-type"})
    with pytest.raises(ValueError, match="invalid JSON Schema"):
        a.check_value("json-schema", {"minLength": -1})
    with pytest.raises(ValueError, match="needs a schema"):
        a.check_value("json-schema", None)
    with pytest.raises(ValueError, match="JSON Schema is not JSON"):
        a.schema_validator("{bad")
    with pytest.raises(ValueError, match="is an object"):
        a.schema_validator([1])
    a.check_value("is-json", None)


def test_json_schema_refs() -> None:
    local = {"$defs": {"n": {"type": "integer"}}, "items": {"$ref": "#/$defs/n"}}
    assert a.json_schema("[1, 2]", value=local).passed
    assert a.json_schema('[1, "x"]', value=local).reason == "at $[1]: 'x' is not of type 'integer'"
    schema = {"$ref": "https://example.invalid/schema.json"}
    with pytest.raises(ValueError, match=r"\$ref 'https://example.invalid/schema.json' cannot"):
        a.json_schema("{}", value=schema)


def test_is_valid_python_parses_without_running() -> None:
    assert a.is_valid_python("def f(x):\n    return x + 1\n") == Score(1.0, True, "valid Python")
    ran = a.is_valid_python("raise SystemExit('ran')")  # parsed only: nothing happens
    assert ran.passed
    s = a.is_valid_python("def f(:\n  pass")
    assert not s.passed and s.reason.startswith("not Python: ") and "line 1" in s.reason
    assert not a.is_valid_python("x = 1\0").passed
    assert not a.is_valid_python("(" * 10_000 + ")" * 10_000).passed


def test_is_xml() -> None:
    assert a.is_xml('<?xml version="1.0"?><a x="1"><b>t</b></a>') == Score(
        1.0, True, "well-formed XML"
    )
    s = a.is_xml("<a><b></a>")
    assert s == Score(0.0, False, "not XML: mismatched tag at line 1")
    assert not a.is_xml("plain text").passed
    assert not a.is_xml("").passed
    assert a.is_xml("<!DOCTYPE html><html/>").passed  # a doctype without entities is fine


def test_is_xml_refuses_entity_expansion() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "&lol;" * 10}">' for i in range(9)
        )
        + "]><lolz>&lol8;</lolz>"
    )
    started = time.perf_counter()
    assert a.is_xml(laughs) == Score(0.0, False, "XML with entity declarations is refused")
    assert time.perf_counter() - started < 1.0
    external = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    assert not a.is_xml(external).passed


def test_is_xml_required_elements() -> None:
    doc = "<analysis><summary>ok</summary><risk><level>low</level></risk></analysis>"
    assert a.is_xml(doc, value="analysis.summary").passed
    assert a.is_xml(doc, value=["analysis.risk.level", "analysis"]).passed
    s = a.is_xml(doc, value=["analysis.summary", "analysis.verdict", "report"])
    assert s == Score(1 / 3, False, "missing element 'analysis.verdict', 'report'")
    with pytest.raises(ValueError, match="element path"):
        a.is_xml(doc, value=3)
    spaced = '<r xmlns:m="urn:m"><m:item><m:id>1</m:id></m:item><x/></r>'
    assert a.is_xml(spaced, value="r.m:item.m:id").passed
    assert not a.is_xml(spaced, value="r.*").passed  # parts are names, not ElementPath
    assert not a.is_xml(spaced, value="r.x.y").passed


# --- limits ---------------------------------------------------------------------------------


def test_lengths() -> None:
    assert a.max_length("hello", value=5) == Score(1.0, True, "length 5 chars <= 5 chars")
    assert a.max_length("hello!", value=5) == Score(
        0.0, False, "length 6 chars over the 5 chars allowed"
    )
    assert a.max_length("ééé", value=3).passed  # characters, not bytes
    assert a.min_length("hello", value=5).passed
    assert a.min_length("hi", value=5) == Score(0.0, False, "length 2 chars under the 5 required")
    for bad in [-1, 2.5, "5", None, True, math.inf]:
        with pytest.raises(ValueError, match="max-length needs"):
            a.max_length("x", value=bad)
    a.check_value("min-length", 3)
    with pytest.raises(ValueError):
        a.check_value("min-length", -3)


def test_word_count() -> None:
    assert a.word_count("one  two\nthree", value=3) == Score(1.0, True, "3 words")
    assert a.word_count("one two", value=3) == Score(0.0, False, "2 words, under the 3 required")
    assert a.word_count("a b c d", value={"max": 3}) == Score(
        0.0, False, "4 words, over the 3 allowed"
    )
    assert a.word_count("a b c", value={"min": 2, "max": 3}).passed
    assert a.word_count("", value={"max": 3}).passed
    for bad in [{}, {"min": 3, "max": 2}, {"most": 3}, {"min": None}, -1, 1.5]:
        with pytest.raises(ValueError, match="word-count"):
            a.check_value("word-count", bad)


def test_latency() -> None:
    assert a.latency("x", value=500, latency_ms=120.5) == Score(
        1.0, True, "latency 120.5 ms <= 500 ms"
    )
    assert a.latency("x", value=500, latency_ms=501) == Score(
        0.0, False, "latency 501 ms over the 500 ms allowed"
    )
    unknown = a.latency("x", value=500)
    assert unknown == Score(None, False, "latency unknown")
    assert not apply(unknown, negate=True).passed
    assert not apply(unknown, threshold=0.0).passed
    with pytest.raises(ValueError, match="latency needs"):
        a.latency("x", value=None, latency_ms=1)


def test_cost() -> None:
    assert a.cost("x", value=0.01, cost_usd=0.0042).passed
    s = a.cost("x", value=0.001, cost_usd=0.0042)
    assert s == Score(0.0, False, "cost $0.0042 over the $0.001 allowed")
    assert a.cost("x", value=0.01, cost_usd=None) == Score(None, False, "cost unknown")
    assert not apply(a.cost("x", value=0.01), negate=True).passed
    with pytest.raises(ValueError, match="cost needs"):
        a.check_value("cost", "cheap")


# --- reference metrics ----------------------------------------------------------------------


def test_exact_match() -> None:
    assert a.exact_match("Paris", "Paris") == Score(1.0, True, "output is the reference")
    assert a.exact_match("Paris", reference="paris").value == 0.0
    assert a.exact_match("Paris", value="Paris").passed  # the reference from the value
    assert not a.exact_match("Paris\n", "Paris").passed  # nothing stripped
    with pytest.raises(ValueError, match="exact-match needs a reference"):
        a.exact_match("Paris")


def _dp(x: str, y: str) -> int:
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        prev, row[0] = row[0], i
        for j, cy in enumerate(y, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
    return row[-1]


def test_levenshtein_distance_hand_computed() -> None:
    assert a.distance("kitten", "sitting") == 3
    assert a.distance("flaw", "lawn") == 2
    assert a.distance("", "abc") == 3
    assert a.distance("abc", "") == 3
    assert a.distance("", "") == 0
    assert a.distance("same", "same") == 0
    assert a.distance("gumbo", "gambol") == 2
    assert a.distance("café", "cafe") == 1


def test_levenshtein_distance_matches_dynamic_programming() -> None:
    rng = random.Random(12)
    for _ in range(2000):
        x = "".join(rng.choice("abcd") for _ in range(rng.randrange(0, 25)))
        y = "".join(rng.choice("abcd") for _ in range(rng.randrange(0, 25)))
        assert a.distance(x, y) == _dp(x, y), (x, y)
    for _ in range(20):  # longer than a machine word
        x = "".join(rng.choice("abcdefgh") for _ in range(rng.randrange(60, 200)))
        y = "".join(rng.choice("abcdefgh") for _ in range(rng.randrange(60, 200)))
        assert a.distance(x, y) == _dp(x, y)


def test_levenshtein_is_fast_on_long_strings() -> None:
    rng = random.Random(1)
    x = "".join(rng.choice("abcdefghij ") for _ in range(5000))
    y = "".join(rng.choice("abcdefghij ") for _ in range(5000))
    started = time.perf_counter()
    a.distance(x, y)
    assert time.perf_counter() - started < 1.0  # the plain DP takes tens of seconds


def test_levenshtein_score() -> None:
    s = a.levenshtein("kitten", "sitting")
    assert s == Score(1 - 3 / 7, False, "3 edits over 7 characters (similarity 0.571)")
    assert a.levenshtein("", "") == Score(1.0, True, "0 edits over 0 characters (similarity 1.000)")
    assert a.levenshtein("hello world", value="hello world!").passed  # 1 - 1/12 >= 0.8
    assert apply(s, threshold=0.5).passed
    assert not apply(s, threshold=0.6).passed
    assert a.similarity("abcd", "abxd") == 0.75
    with pytest.raises(ValueError, match="string reference"):
        a.levenshtein("x", reference=["x"])


def test_bleu_hand_computed() -> None:
    # precisions 5/6, 3/5, 1/4 and no 4-gram match: 0.1/3 (method1); lengths equal: BP 1
    s = a.bleu("the cat sat on the mat", "the cat is on the mat")
    expected = (5 / 6 * 3 / 5 * 1 / 4 * 0.1 / 3) ** 0.25
    assert s.value == pytest.approx(expected)
    assert s.reason == f"BLEU {expected:.3f} against 1 reference(s)"
    assert not s.passed
    assert a.bleu("the cat is on the mat", "the cat is on the mat").value == pytest.approx(1.0)
    assert a.bleu("a b c d", "w x y z").value == 0.0  # no unigram matches
    assert a.bleu("", "the cat").value == 0.0


def test_bleu_brevity_penalty_and_clipping() -> None:
    # "the the the": unigram clipped to 2 of 3 (the reference holds "the" twice)
    s = a.bleu("the the the", "the cat and the dog")
    p = [2 / 3, 0.1 / 2, 0.1 / 1, 0.1 / 1]  # no bigram "the the"; no 3- or 4-grams at all
    bp = math.exp(1 - 5 / 3)
    assert s.value == pytest.approx(bp * math.exp(sum(math.log(x) for x in p) / 4))


def test_bleu_multiple_references() -> None:
    hyp = "the cat is on the mat"
    one = a.bleu(hyp, value="there is a cat on the mat").value
    both = a.bleu(hyp, value=["there is a cat on the mat", "the cat is on the mat"]).value
    assert both == pytest.approx(1.0)
    assert one is not None and one < 1.0
    # closest reference length, the shorter on a tie: lengths 4 and 8 around 6 -> 4, BP 1
    s = a.bleu("a b c d e f", ["a b c d", "a b c d e f g h"])
    assert s.value == pytest.approx(1.0 * (6 / 6 * 5 / 5 * 4 / 4 * 3 / 3) ** 0.25 * 1.0)
    with pytest.raises(ValueError, match="bleu needs a reference"):
        a.bleu("x")
    with pytest.raises(ValueError, match="at least one reference"):
        a.sentence_bleu(["x"], [])


def test_bleu_threshold() -> None:
    s = a.bleu("the cat sat on the mat", "the cat is on the mat")
    assert apply(s, threshold=0.25).passed
    assert not apply(s, threshold=0.3).passed
    assert apply(s, negate=True).passed


def test_bleu_matches_nltk() -> None:
    nltk_bleu = pytest.importorskip("nltk.translate.bleu_score")
    method1 = nltk_bleu.SmoothingFunction().method1
    rng = random.Random(7)
    words = ["the", "a", "cat", "dog", "sat", "on", "mat", "is", "was", "there", "here", "and"]
    for _ in range(300):
        hyp = [rng.choice(words) for _ in range(rng.randrange(1, 15))]
        refs = [[rng.choice(words) for _ in range(rng.randrange(1, 15))] for _ in range(2)]
        want = nltk_bleu.sentence_bleu(refs, hyp, smoothing_function=method1)
        got = a.bleu(" ".join(hyp), [" ".join(r) for r in refs]).value
        assert got == pytest.approx(want), (hyp, refs)


def test_check_value_passes_unknown_names_and_good_values() -> None:
    a.check_value("rouge-l", object())
    a.check_value("contains", "x")
    a.check_value("contains-all", ["x", "y"])
    a.check_value("json-schema", SCHEMA)
    with pytest.raises(ValueError, match="contains needs a string"):
        a.check_value("contains", 3)
    with pytest.raises(ValueError, match="not-contains needs"):
        a.check_value("not-contains", [])
