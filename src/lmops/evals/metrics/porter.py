"""The Porter stemmer exactly as ``rouge-score`` uses it: NLTK's ``PorterStemmer`` in its default
``NLTK_EXTENSIONS`` mode (Porter's 1980 algorithm, Martin Porter's later changes and NLTK's own:
the irregular forms, ``ies``/``ied`` on four-letter words, ``y -> i`` only after a consonant,
``alli``, ``fulli``, ``logi``, the two-letter ``*o`` case).

Written here so that :mod:`lmops.evals.metrics.rouge` needs neither nltk nor rouge-score at run
time; ``tests/evals/test_rouge.py`` checks it word for word against NLTK on a large word list.
:func:`stem` is pure; the ROUGE tokenizer caches it per process.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["stem"]

_VOWELS = frozenset("aeiou")

# NLTK_EXTENSIONS' irregular forms: looked up before any rule runs.
_POOL: dict[str, str] = {
    form: base
    for base, forms in {
        "sky": ["sky", "skies"],
        "die": ["dying"],
        "lie": ["lying"],
        "tie": ["tying"],
        "news": ["news"],
        "inning": ["innings", "inning"],
        "outing": ["outings", "outing"],
        "canning": ["cannings", "canning"],
        "howe": ["howe"],
        "proceed": ["proceed"],
        "exceed": ["exceed"],
        "succeed": ["succeed"],
    }.items()
    for form in forms
}


def _is_consonant(word: str, i: int) -> bool:
    ch = word[i]
    if ch in _VOWELS:
        return False
    if ch == "y":
        # A y after a consonant is a vowel, after a vowel (or first) a consonant: walk the run.
        negate = False
        while i > 0 and word[i] == "y":
            negate = not negate
            i -= 1
        return (word[i] not in _VOWELS) != negate
    return True


def _measure(word: str) -> int:
    """m in [C](VC){m}[V]: the number of vowel-to-consonant transitions."""
    m = 0
    prev_cons = True
    prev_vowel = False
    first = True
    for ch in word:
        if ch in _VOWELS:
            cons = False
        elif ch == "y":
            cons = first or not prev_cons
        else:
            cons = True
        if cons and prev_vowel:
            m += 1
        prev_cons = cons
        prev_vowel = not cons
        first = False
    return m


def _contains_vowel(word: str) -> bool:
    return any(not _is_consonant(word, i) for i in range(len(word)))


def _ends_double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)


def _ends_cvc(word: str) -> bool:
    n = len(word)
    if (
        n >= 3
        and _is_consonant(word, n - 3)
        and not _is_consonant(word, n - 2)
        and _is_consonant(word, n - 1)
        and word[-1] not in "wxy"
    ):
        return True
    return n == 2 and not _is_consonant(word, 0) and _is_consonant(word, 1)


def _positive(stem: str) -> bool:
    return _measure(stem) > 0


def _gt1(stem: str) -> bool:
    return _measure(stem) > 1


Rule = tuple[str, str, Callable[[str], bool] | None]


def _apply(word: str, rules: list[Rule]) -> str:
    """The first rule whose suffix ``word`` ends with decides: replaced when its condition holds
    on the stem, else ``word`` unchanged. ``*d`` matches a double consonant ending."""
    for suffix, replacement, condition in rules:
        if suffix == "*d":
            if _ends_double_consonant(word):
                stem = word[:-2]
                return stem + replacement if condition is None or condition(stem) else word
            continue
        if word.endswith(suffix):
            stem = word[: len(word) - len(suffix)]
            return stem + replacement if condition is None or condition(stem) else word
    return word


_STEP1A: list[Rule] = [
    ("sses", "ss", None),
    ("ies", "i", None),
    ("ss", "ss", None),
    ("s", "", None),
]


def _step1a(word: str) -> str:
    if word.endswith("ies") and len(word) == 4:
        return word[:-3] + "ie"
    return _apply(word, _STEP1A)


def _step1b(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + ("ie" if len(word) == 4 else "i")
    if word.endswith("eed"):
        stem = word[:-3]
        return stem + "ee" if _measure(stem) > 0 else word
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            inter = word[: len(word) - len(suffix)]
            if _contains_vowel(inter):
                break
    else:
        return word
    last = inter[-1]
    return _apply(
        inter,
        [
            ("at", "ate", None),
            ("bl", "ble", None),
            ("iz", "ize", None),
            ("*d", last, lambda _stem: last not in ("l", "s", "z")),
            ("", "e", lambda stem: _measure(stem) == 1 and _ends_cvc(stem)),
        ],
    )


def _step1c(word: str) -> str:
    if word.endswith("y"):
        stem = word[:-1]
        if len(stem) > 1 and _is_consonant(stem, len(stem) - 1):
            return stem + "i"
    return word


_STEP2: list[Rule] = [
    ("ational", "ate", _positive),
    ("tional", "tion", _positive),
    ("enci", "ence", _positive),
    ("anci", "ance", _positive),
    ("izer", "ize", _positive),
    ("bli", "ble", _positive),
    ("alli", "al", _positive),
    ("entli", "ent", _positive),
    ("eli", "e", _positive),
    ("ousli", "ous", _positive),
    ("ization", "ize", _positive),
    ("ation", "ate", _positive),
    ("ator", "ate", _positive),
    ("alism", "al", _positive),
    ("iveness", "ive", _positive),
    ("fulness", "ful", _positive),
    ("ousness", "ous", _positive),
    ("aliti", "al", _positive),
    ("iviti", "ive", _positive),
    ("biliti", "ble", _positive),
    ("fulli", "ful", _positive),
]


def _step2(word: str) -> str:
    if word.endswith("alli") and _positive(word[:-4]):
        return _step2(word[:-4] + "al")
    if word.endswith("logi"):
        # NLTK's "logi" rule (last in its list; no earlier suffix ends in "gi") tests the
        # measure of the word less "ogi", not less "logi".
        return word[:-1] if _positive(word[:-3]) else word
    return _apply(word, _STEP2)


_STEP3: list[Rule] = [
    ("icate", "ic", _positive),
    ("ative", "", _positive),
    ("alize", "al", _positive),
    ("iciti", "ic", _positive),
    ("ical", "ic", _positive),
    ("ful", "", _positive),
    ("ness", "", _positive),
]

_STEP4: list[Rule] = [
    ("al", "", _gt1),
    ("ance", "", _gt1),
    ("ence", "", _gt1),
    ("er", "", _gt1),
    ("ic", "", _gt1),
    ("able", "", _gt1),
    ("ible", "", _gt1),
    ("ant", "", _gt1),
    ("ement", "", _gt1),
    ("ment", "", _gt1),
    ("ent", "", _gt1),
    ("ion", "", lambda stem: _measure(stem) > 1 and stem[-1] in ("s", "t")),
    ("ou", "", _gt1),
    ("ism", "", _gt1),
    ("ate", "", _gt1),
    ("iti", "", _gt1),
    ("ous", "", _gt1),
    ("ive", "", _gt1),
    ("ize", "", _gt1),
]


def _step5a(word: str) -> str:
    if word.endswith("e"):
        stem = word[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _ends_cvc(stem)):
            return stem
    return word


def _step5b(word: str) -> str:
    if word.endswith("ll") and _measure(word[:-1]) > 1:
        return word[:-1]
    return word


def stem(word: str) -> str:
    """``nltk.stem.porter.PorterStemmer().stem(word)``: lowercased, then stemmed."""
    low = word.lower()
    irregular = _POOL.get(low)
    if irregular is not None:
        return irregular
    if len(word) <= 2:
        return low
    s = _step1a(low)
    s = _step1b(s)
    s = _step1c(s)
    s = _step2(s)
    s = _apply(s, _STEP3)
    s = _apply(s, _STEP4)
    s = _step5a(s)
    return _step5b(s)
