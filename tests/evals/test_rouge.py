"""ROUGE against Google's ``rouge-score`` (the oracle): the same tokens, stems and numbers."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.rouge import VOCABULARY, make_pairs
from lmops.evals.metrics import rouge_1, rouge_2, rouge_l
from lmops.evals.metrics.porter import stem
from lmops.evals.metrics.rouge import lcs_length, rouge_prf, tokenize
from lmops.evals.score import METRICS, Score

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
nltk_porter = pytest.importorskip("nltk.stem.porter")

TYPES = {"rouge-1": "rouge1", "rouge-2": "rouge2", "rouge-l": "rougeL"}

# Words the stemmer treats specially: every rule's example from Porter's paper, NLTK's irregular
# forms and extensions, y-runs, double consonants, short words.
_TRICKY_TEXT = (
    "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled "
    "sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional "
    "rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli "
    "vietnamization predication operator feudalism decisiveness hopefulness callousness "
    "formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical "
    "hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible "
    "irritant replacement adjustment dependent adoption homologou communism activate angulariti "
    "homologous effective bowdlerize probate rate cease controll roll skies dying lying tying "
    "news innings inning outings outing cannings canning howe proceed exceed succeed dies died "
    "lies lied ties tied spied tried flies enjoy enjoyment spy fly try generously hopefulli "
    "archaeologi theologi analogi ology logi alli yy yyy yyyy sayyy yayy ayyy eyyyy boyy "
    "ies ied eed ing ed s ss sses is as us was bias hiss yes oed aed bed red need bleed speed "
    "agreed disagreed freed treed skied hying vying eying dyed eyed abated abating ably "
    "fully skillfully doubly bubbly traveling travelling controller rolling telling hoping "
    "hopping filing filling sizing sizzling blazing oozing buzzing dizzying mizzen falsies "
    "generalization generalizations generalize nationally rationalities electrically "
    "a i y by my aa ab ya yo abc 1234 10th 2nd cd4 a1b2 v2 gpt4 www xyz syzygy toy toys"
)
TRICKY = _TRICKY_TEXT.split()


def _python_corpus_words() -> set[str]:
    """Every distinct [a-z]+ word of a few hundred standard-library sources: a large, varied
    list of English words, identifiers and fragments."""
    words: set[str] = set()
    lib = Path(random.__file__).parent
    for path in sorted(lib.glob("*.py"))[:300]:
        words.update(re.findall(r"[a-z]+", path.read_text(errors="replace").lower()))
    return words


def _synthetic_words(seed: int) -> set[str]:
    """Roots glued to every suffix Porter knows, and random letter strings rich in y and
    doubled letters."""
    rng = random.Random(seed)
    suffix_text = (
        "s es ies ied sses ss ed eed ing ly y ational tional enci anci izer bli abli alli entli "
        "eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti fulli logi "
        "icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent "
        "sion tion ou ism ate iti ous ive ize e ll"
    )
    suffixes = suffix_text.split()
    roots = [
        "gener",
        "hop",
        "fil",
        "trouble",
        "siz",
        "conflat",
        "bl",
        "tr",
        "sp",
        "electr",
        "form",
        "rat",
        "control",
        "ro",
        "ca",
        "agr",
        "f",
        "plaster",
        "motor",
        "relat",
    ]
    words = {r + s for r in roots for s in suffixes}
    words |= {r + s + t for r in roots[:8] for s in suffixes[:12] for t in suffixes[:12]}
    letters = "aeiouyybcdlmnprstz"
    for _ in range(5000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 14))))
    return words


def test_stemmer_matches_nltk_on_a_large_word_list() -> None:
    nltk = nltk_porter.PorterStemmer()
    words = sorted(_python_corpus_words() | _synthetic_words(12) | set(TRICKY) | set(VOCABULARY))
    assert len(words) > 10_000
    mismatched = [(w, stem(w), nltk.stem(w)) for w in words if stem(w) != nltk.stem(w)]
    assert mismatched == []


def test_stemmer_lowercases_like_nltk() -> None:
    nltk = nltk_porter.PorterStemmer()
    for word in ("Running", "GENERALIZATIONS", "Skies", "Ab", "NEWS", "Happy"):
        assert stem(word) == nltk.stem(word)


def _pairs() -> list[tuple[str, str]]:
    """A few hundred varied (prediction, reference) pairs."""
    rng = random.Random(2026)
    fixed = [
        ("", ""),
        ("", "the cat sat"),
        ("the cat sat", ""),
        ("...", "!!!"),
        ("   ", "\n\t"),
        ("The cat sat on the mat.", "The cat sat on the mat."),
        ("the the the the", "the"),
        ("the", "the the the the"),
        ("a b a b a b", "b a b a"),
        ("Hello, World!", "hello world"),
        ("It's 3:45pm — on 2024-01-02.", "its 3 45pm on 2024 01 02"),
        ("café naïve résumé Ünïcödé", "cafe naive resume unicode"),
        ("İstanbul KELVIN \u212a ǅ straße", "i stanbul kelvin k dz strasse"),
        ("北京 東京 hello", "hello 北京"),
        ("emoji 😀 tokens 👍🏽 here", "emoji tokens here"),
        ("running runs ran runner", "run running runs"),
        ("generalizations generalization", "generalize general"),
        ("skies dying lying news innings", "sky die lie news inning"),
        ("x1 y2 z3 4th 5th", "X1 Y2 z3 4TH"),
        ("under_score and-hyphen and/slash", "under score and hyphen and slash"),
        ("tab\tseparated\nnew lines\r\nhere", "tab separated new lines here"),
        ("a", "a"),
        ("a", "b"),
        ("ab", "ba"),
        (" ".join(["word"] * 300), " ".join(["word"] * 150)),
    ]
    words = list(VOCABULARY) + TRICKY + ["café", "naïve", "über", "北京", "😀", "3.14", "x-ray"]
    punct = ["", "", "", ".", ",", "!", "?", ";", ":", "'", '"', "(", ")", "-", "—", "…", "/"]
    generated = []
    for _ in range(250):
        ref = [rng.choice(words) for _ in range(rng.choice([0, 1, 2, 3, 8, 20, 50, 120]))]
        pred = [w for w in ref if rng.random() > 0.3]
        pred += [rng.choice(words) for _ in range(rng.randint(0, 10))]
        if rng.random() < 0.3:
            rng.shuffle(pred)

        def text(ws: list[str]) -> str:
            return " ".join(
                (w.upper() if rng.random() < 0.1 else w) + rng.choice(punct) for w in ws
            )

        generated.append((text(pred), text(ref)))
    return fixed + generated + make_pairs(100, seed=7)


PAIRS = _pairs()


@pytest.mark.parametrize("use_stem", [False, True], ids=["plain", "stemmed"])
def test_same_numbers_as_rouge_score(use_stem: bool) -> None:
    assert len(PAIRS) >= 300
    scorer = rouge_scorer.RougeScorer(list(TYPES.values()), use_stemmer=use_stem)
    oracle_tokenizer = scorer._tokenizer
    metrics = {"rouge-1": rouge_1, "rouge-2": rouge_2, "rouge-l": rouge_l}
    for pred, ref in PAIRS:
        assert list(tokenize(pred, stem=use_stem)) == oracle_tokenizer.tokenize(pred)
        theirs = scorer.score(ref, pred)
        ours = rouge_prf(pred, ref, stem=use_stem)
        for kind, rtype in TYPES.items():
            t = theirs[rtype]
            p, r, f = ours[kind]
            assert p == pytest.approx(t.precision, abs=1e-12), (kind, pred, ref)
            assert r == pytest.approx(t.recall, abs=1e-12), (kind, pred, ref)
            assert f == pytest.approx(t.fmeasure, abs=1e-12), (kind, pred, ref)
            # in fact bit for bit: the same operations in the same order
            assert (p, r, f) == (t.precision, t.recall, t.fmeasure)
            score = metrics[kind](pred, ref, stem=use_stem)
            assert score.value == pytest.approx(t.fmeasure, abs=1e-12)
            assert score.passed == (t.fmeasure > 0)


def test_hand_computed() -> None:
    # pred: the cat sat on the mat (6), ref: the cat is on the mat (6)
    pred, ref = "The cat sat on the mat.", "the cat is on the mat"
    # unigrams: the x2, cat, on, mat = 5 shared -> P = R = F = 5/6
    assert rouge_1(pred, ref) == Score(5 / 6, True, "rouge-1 F 0.83 (P 0.83, R 0.83)")
    # bigrams: (the cat), (on the), (the mat) = 3 of 5 each
    assert rouge_2(pred, ref).value == pytest.approx(3 / 5)
    # LCS: the cat on the mat = 5
    assert rouge_l(pred, ref).value == pytest.approx(5 / 6)
    # unequal lengths: P = 1/1, R = 1/4, F = 2 * 1 * 0.25 / 1.25 = 0.4
    s = rouge_l("cat", "the cat sat down")
    assert s.value == pytest.approx(0.4)
    assert s.reason == "rouge-l F 0.4 (P 1, R 0.25)"
    # stemming conflates: running/runs -> run
    assert rouge_1("running dogs", "runs dog").value == 0.0
    assert rouge_1("running dogs", "runs dog", stem=True).value == 1.0
    # nothing to compare: 0, not passed
    assert rouge_l("", "anything") == Score(0.0, False, "rouge-l F 0 (P 0, R 0)")
    assert rouge_2("one", "one").value == 0.0  # no bigrams on either side


def test_lcs_length() -> None:
    assert lcs_length([], []) == 0
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4
    assert lcs_length(list("aaaa"), list("aa")) == 2
    rng = random.Random(5)
    for _ in range(300):
        a = [rng.choice("abcd") for _ in range(rng.randint(0, 40))]
        b = [rng.choice("abcde") for _ in range(rng.randint(0, 40))]
        table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                table[i][j] = (
                    table[i - 1][j - 1] + 1
                    if a[i - 1] == b[j - 1]
                    else max(table[i - 1][j], table[i][j - 1])
                )
        assert lcs_length(a, b) == table[-1][-1] == lcs_length(b, a)


def test_registered_and_unknown_kind() -> None:
    assert METRICS["rouge-1"] is rouge_1
    assert METRICS["rouge-2"] is rouge_2
    assert METRICS["rouge-l"] is rouge_l
    with pytest.raises(ValueError, match="unknown ROUGE kind"):
        rouge_prf("a", "b", kinds=("rouge-3",))


_FUZZ_ALPHABET = (
    "abcdeiouy xyzAEIOUYSTZ0123456789 .,-'\t\n\u00e9\u0130\u00df\u01c5\u212a\ufb01\u03a3"
)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_FUZZ_ALPHABET, max_size=60),
    st.text(alphabet=_FUZZ_ALPHABET, max_size=60),
    st.booleans(),
)
def test_fuzzed_texts_match_rouge_score(pred: str, ref: str, use_stem: bool) -> None:
    scorer = _SCORERS[use_stem]
    theirs = scorer.score(ref, pred)
    ours = rouge_prf(pred, ref, stem=use_stem)
    for kind, rtype in TYPES.items():
        t = theirs[rtype]
        assert ours[kind] == (t.precision, t.recall, t.fmeasure)


_SCORERS = {s: rouge_scorer.RougeScorer(list(TYPES.values()), use_stemmer=s) for s in (False, True)}


def test_no_runtime_dependency_on_nltk_or_rouge_score() -> None:
    code = (
        "import sys; from lmops.evals.metrics import rouge_l; "
        "assert rouge_l('running dogs', 'runs dog', stem=True).value == 1.0; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('nltk', 'rouge_score', 'absl')]; "
        "assert not bad, bad"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
