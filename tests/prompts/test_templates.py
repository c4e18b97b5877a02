"""Compiling and rendering prompts: variables, missing and unused ones, errors, the cache."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime

import pytest

from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion
from lmops.prompts.templates import (
    MissingVariable,
    Rendered,
    TemplateCache,
    TemplateError,
    compile_prompt,
    template_variables,
)

SUPPORT = PromptContent(
    "chat",
    messages=(
        ChatMessage(
            "system", "You are a support agent for {{ product }}. Answer in {{ language }}."
        ),
        ChatMessage("user", "{{ question }}"),
    ),
    config={"model": "chat-small", "temperature": 0.2},
)
SUMMARIZE = PromptContent("text", template="Summarize in {{ n }} words: {{ text }}")


def version(content: PromptContent, number: int = 1, name: str = "p") -> PromptVersion:
    return PromptVersion(
        name=name,
        version=number,
        content=content,
        variables=template_variables(content),
        content_hash=content.content_hash(),
        message="",
        author="cli",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_chat_prompt_renders_messages() -> None:
    prompt = compile_prompt(SUPPORT)
    assert prompt.variables == ("language", "product", "question")
    rendered = prompt.render({"product": "lmops", "language": "French", "question": "Hi?"})
    assert rendered == Rendered(
        text=None,
        messages=[
            {"role": "system", "content": "You are a support agent for lmops. Answer in French."},
            {"role": "user", "content": "Hi?"},
        ],
        unused=(),
    )


def test_text_prompt_renders_text_and_reports_unused_variables() -> None:
    rendered = compile_prompt(SUMMARIZE).render({"n": 20, "text": "t", "tone": "x", "a": 1})
    assert rendered.text == "Summarize in 20 words: t"
    assert rendered.messages is None
    assert rendered.unused == ("a", "tone")


def test_prompt_with_loops_reports_only_the_callers_unused_variables() -> None:
    prompt = compile_prompt(PromptContent("text", template="{% for x in xs %}{{ x }}{% endfor %}"))
    rendered = prompt.render({"xs": [1, 2], "extra": 0})
    assert (rendered.text, rendered.unused) == ("12", ("extra",))
    with pytest.raises(MissingVariable, match=r"^template: missing variable 'xs'$"):
        prompt.render({})


def test_range_is_capped_by_the_sandbox() -> None:
    prompt = compile_prompt(PromptContent("text", template="{{ range(n)|length }}"))
    assert prompt.render({"n": 5}).text == "5"
    with pytest.raises(TemplateError, match="OverflowError"):
        prompt.render({"n": 10**9})


def test_variables_are_sorted_and_exclude_locals_and_globals() -> None:
    content = PromptContent(
        "text",
        template=(
            "{% set greeting = 'Hi' %}{{ greeting }} {{ zed }}"
            "{% for item in items %}{{ loop.index }}{{ item }}{% endfor %}"
            "{% for i in range(2) %}{{ i }}{% endfor %}{{ alpha|default('') }}"
        ),
    )
    assert template_variables(content) == ("alpha", "items", "zed")


def test_missing_variable_names_it_and_the_message() -> None:
    prompt = compile_prompt(SUPPORT)
    with pytest.raises(MissingVariable) as caught:
        prompt.render({"product": "lmops", "language": "en"})
    assert caught.value.variable == "question"
    assert str(caught.value) == "messages[1].content: missing variable 'question'"
    assert isinstance(caught.value, TemplateError)


def test_optional_variables_do_not_count_as_missing() -> None:
    prompt = compile_prompt(
        PromptContent("text", template="{% if tone is defined %}{{ tone }} {% endif %}{{ x }}")
    )
    assert prompt.render({"x": 1}).text == "1"
    assert prompt.render({"x": 1, "tone": "warm"}).text == "warm 1"


def test_missing_attribute_is_a_template_error_naming_it() -> None:
    prompt = compile_prompt(PromptContent("text", template="{{ user.name }}"))
    with pytest.raises(TemplateError, match="has no attribute 'name'") as caught:
        prompt.render({"user": {}})
    assert not isinstance(caught.value, MissingVariable)


def test_syntax_error_names_field_and_line() -> None:
    content = PromptContent(
        "chat",
        messages=(ChatMessage("system", "ok"), ChatMessage("user", "a\nb {{ x }")),
    )
    with pytest.raises(TemplateError) as caught:
        compile_prompt(content)
    assert str(caught.value).startswith("messages[1].content: line 2: ")
    assert caught.value.where == "messages[1].content"
    assert caught.value.lineno == 2


def test_unknown_filter_is_refused_at_compile_time() -> None:
    with pytest.raises(TemplateError, match="No filter named 'shout'"):
        compile_prompt(PromptContent("text", template="{{ x|shout }}"))


def test_python_errors_while_rendering_become_template_errors() -> None:
    prompt = compile_prompt(PromptContent("text", template="{{ a / b }}"))
    with pytest.raises(TemplateError, match=r"^template: ZeroDivisionError: division by zero$"):
        prompt.render({"a": 1, "b": 0})


def test_text_is_kept_as_written_and_block_lines_leave_nothing() -> None:
    template = "Items:\n{% for i in items %}\n- {{ i }}\n{% endfor %}\nDone.\n"
    rendered = compile_prompt(PromptContent("text", template=template)).render({"items": [1, 2]})
    assert rendered.text == "Items:\n- 1\n- 2\nDone.\n"


def test_plain_text_renders_as_itself_and_html_is_not_escaped() -> None:
    plain = "No variables here <b>&</b>\n"
    assert compile_prompt(PromptContent("text", template=plain)).render({}).text == plain
    html = compile_prompt(PromptContent("text", template="{{ x }}")).render({"x": "<b>&</b>"})
    assert html.text == "<b>&</b>"


def test_cache_reuses_compiled_prompts_and_evicts_least_recently_used() -> None:
    cache = TemplateCache(size=2)
    v1, v2, v3 = (version(SUMMARIZE, n) for n in (1, 2, 3))
    first = cache.get(v1)
    assert cache.get(v1) is first
    cache.get(v2)
    cache.get(v1)  # v1 is now the most recently used
    cache.get(v3)  # evicts v2
    assert len(cache) == 2
    assert cache.get(v1) is first
    assert cache.get(v2) is not None
    assert len(cache) == 2


def test_cache_key_includes_the_content_hash() -> None:
    cache = TemplateCache()
    a = version(SUMMARIZE, 1)
    b = version(PromptContent("text", template="Other {{ y }}"), 1)  # same name and number
    assert cache.get(a) is not cache.get(b)
    assert cache.get(b).variables == ("y",)


def test_cache_raises_template_errors() -> None:
    bad = PromptContent("text", template="{{ ''.__class__ }}")
    v = PromptVersion("p", 1, bad, (), bad.content_hash(), "", "cli", datetime.now(UTC))
    with pytest.raises(TemplateError):
        TemplateCache().get(v)


def test_cache_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least one"):
        TemplateCache(size=0)


def test_rendering_a_cached_small_chat_prompt_is_fast() -> None:
    """The issue's target is under 20 µs; the bound here is 10x that, to stay reliable on a
    busy two-core machine (bench/ records the real figure)."""
    cache = TemplateCache()
    v = version(SUPPORT)
    variables = {"product": "lmops", "language": "English", "question": "How do I rotate keys?"}
    cache.get(v).render(variables)
    samples = []
    for _ in range(50):
        start = time.perf_counter()
        for _ in range(100):
            cache.get(v).render(variables)
        samples.append((time.perf_counter() - start) / 100)
    median_us = statistics.median(samples) * 1e6
    print(f"cached chat prompt render: median {median_us:.1f} us")
    assert median_us < 200


SIMPLE_SOURCES = [
    "{{ x }}",
    "a {{x}} b {{ y }}{{x}}",
    "{{ x }}\n\nnext line {{ y }}\n",
    "unicode é {{ x }} ✓ }} stray closers } and { braces",
    "{{\tx\n}}",
]
VALUES = ["text", "", 3, 2.5, -0.0, True, None, [1, "a"], {"k": [1.5, None]}, "é\n✓"]


@pytest.mark.parametrize("source", SIMPLE_SOURCES)
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_plain_substitution_renders_as_jinja_does(source: str, value: object) -> None:
    """Templates whose only tags are ``{{ name }}`` skip Jinja's context; the text must be what
    the sandbox's own render gives, for every kind of JSON value."""
    from lmops.prompts.sandbox import environment

    compiled = compile_prompt(PromptContent("text", template=source))
    variables = {"x": value, "y": value}
    expected = environment().from_string(source).render(variables)
    assert compiled.render(variables).text == expected


@pytest.mark.parametrize(
    ("source", "simple"),
    [
        ("{{ x }} and {{ y }}", True),
        ("{{ x|upper }}", False),
        ("{{ x.y }}", False),
        ("{{ x }}{% if y %}y{% endif %}", False),
        ("{{ range }}", False),  # a global, not a variable
        ("{# note #}{{ x }}", False),
    ],
)
def test_only_plain_substitutions_take_the_short_way(source: str, simple: bool) -> None:
    compiled = compile_prompt(PromptContent("text", template=source))
    part = compiled._text
    assert part is not None
    assert (part.pieces is not None) is simple


def test_plain_substitution_errors_are_the_same() -> None:
    compiled = compile_prompt(PromptContent("text", template="Hello {{ name }}"))
    with pytest.raises(MissingVariable) as err:
        compiled.render({})
    assert err.value.variable == "name"
    assert str(err.value) == "template: missing variable 'name'"

    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("no text")

    with pytest.raises(TemplateError, match="RuntimeError: no text"):
        compiled.render({"name": Broken()})
    with pytest.raises(TemplateError, match="larger than"):
        compiled.render({"name": "x" * 2_000_000})
