"""Sandbox escapes and resource bombs: refused at compile time and, where the syntax alone cannot
tell, at render time, always as a readable TemplateError."""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

import pytest

from lmops.prompts.model import ChatMessage, PromptContent
from lmops.prompts.templates import MissingVariable, TemplateError, compile_prompt


def text(template: str) -> PromptContent:
    return PromptContent("text", template=template)


def assert_readable(exc: TemplateError) -> None:
    message = str(exc)
    assert message.startswith(("template: ", "messages["))
    assert "Traceback" not in message
    assert "\n" not in message
    # Raised "from None": no Jinja or Python exception chained for a caller to print.
    assert exc.__cause__ is None
    assert exc.__context__ is None or exc.__suppress_context__


# Known server-side template injection payloads (Jinja2 SSTI write-ups, LiteLLM's
# GHSA-xqmj-j6mv-4862), each with a word its refusal names.
ESCAPES = [
    ("{{ ''.__class__.__mro__ }}", "__class__"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "__class__"),
    ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "cycler"),
    ("{{ joiner.__init__.__globals__ }}", "joiner"),
    ("{{ namespace.__init__.__globals__ }}", "namespace"),
    ("{{ lipsum.__globals__['os'].popen('id').read() }}", "lipsum"),
    ("{{ self.__init__.__globals__.__builtins__ }}", "self"),
    ("{{ self._TemplateReference__context }}", "self"),
    ("{{ ''|attr('__class__') }}", "attr"),
    ("{{ x|attr('__class__')|attr('__base__') }}", "attr"),
    ("{{ x['__class__'] }}", "__class__"),
    ("{{ x._secret }}", "_secret"),
    ("{{ x.__dict__ }}", "__dict__"),
    ("{{ range.__globals__ }}", "__globals__"),
    ("{{ '{0.__class__}'.format(x) }}", "format string"),
    ("{{ '{0[__builtins__]}'.format(x) }}", "format string"),
    ("{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}", "__class__"),
    ("{{ x|map(attribute='__class__')|list }}", "__class__"),
    ("{{ x|selectattr('__class__')|list }}", "__class__"),
    ("{{ x|map('attr', '__class__')|list }}", "__class__"),
    ("{{ x|groupby('_y') }}", "_y"),
    ("{% include 'secrets.txt' %}", "include"),
    ("{% import 'os' as os %}{{ os }}", "import"),
    ("{% from 'x' import y %}{{ y }}", "import"),
    ("{% extends 'base.html' %}", "extends"),
    ("{% block b %}{{ 1 }}{% endblock %}", "block"),
    ("{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}{{ m(1) }}", "macro"),
    ("{% call x() %}{% endcall %}", "call"),
    ("{% for y in x recursive %}{{ loop(y) }}{% endfor %}", "recursive"),
    ("{{ x|_lmops_loop }}", "_lmops_loop"),
    ("{{ caller }}", "caller"),
]


@pytest.mark.parametrize(("template", "names"), ESCAPES)
def test_escape_refused_at_compile_time(template: str, names: str) -> None:
    with pytest.raises(TemplateError) as caught:
        compile_prompt(text(template))
    assert names in str(caught.value)
    assert caught.value.lineno == 1
    assert_readable(caught.value)


def test_escape_in_a_chat_message_names_the_message() -> None:
    content = PromptContent(
        "chat",
        messages=(
            ChatMessage("system", "Be helpful."),
            ChatMessage("user", "Hi\n{{ cycler.__init__.__globals__ }}"),
        ),
    )
    with pytest.raises(TemplateError, match=r"^messages\[1\]\.content: line 2: 'cycler' is not"):
        compile_prompt(content)


class Holder:
    """A value with a private attribute, as an application might pass."""

    def __init__(self) -> None:
        self._secret = "s3cret"
        self.public = "ok"


# Payloads that only show up in the values: the static check cannot see them, the sandbox must.
RUNTIME = [
    ("{{ f.format(x) }}", {"f": "{0.__class__.__mro__}", "x": 1}),
    ("{{ f.format_map(m) }}", {"f": "{a.__class__}", "m": {"a": 1}}),
    ("{{ x[k] }}", {"x": "", "k": "__class__"}),
    ("{{ h[k] }}", {"h": Holder(), "k": "_secret"}),
    ("{{ x|map(attribute=k)|join }}", {"x": [1], "k": "__class__"}),
    ("{{ x|sort(attribute=k) }}", {"x": [Holder(), Holder()], "k": "_secret"}),
    ("{{ x.append(1) }}", {"x": []}),
    ("{{ d.update(a=1) }}", {"d": {}}),
    ("{{ d.pop('a') }}", {"d": {"a": 1}}),
    ("{{ s.add(1) }}", {"s": set()}),
]


@pytest.mark.parametrize(("template", "variables"), RUNTIME)
def test_escape_through_values_refused_at_render_time(
    template: str, variables: dict[str, Any]
) -> None:
    prompt = compile_prompt(text(template))  # nothing in the syntax to refuse
    with pytest.raises(TemplateError) as caught:
        prompt.render(variables)
    assert not isinstance(caught.value, MissingVariable)
    assert_readable(caught.value)
    assert "s3cret" not in str(caught.value)


def test_public_attributes_of_values_render() -> None:
    prompt = compile_prompt(text("{{ h.public }} {{ h['public'] }} {{ d.items()|list }}"))
    assert prompt.render({"h": Holder(), "d": {"a": 1}}).text == "ok ok [('a', 1)]"


@pytest.mark.parametrize("name", ["config", "request", "session", "g", "url_for", "settings"])
def test_framework_globals_are_not_there(name: str) -> None:
    """Flask's config/request SSTI targets are nothing here: plain variables, missing unless
    the caller passes them, never a server object."""
    prompt = compile_prompt(text(f"{{{{ {name} }}}}"))
    assert prompt.variables == (name,)
    with pytest.raises(MissingVariable) as caught:
        prompt.render({})
    assert caught.value.variable == name
    assert prompt.render({name: "plain"}).text == "plain"


BOMBS = [
    ("{{ 'a' * 100000000 }}", "larger than"),
    ("{{ [1] * 100000000 }}", "larger than"),
    ("{{ 9 ** 999999999 }}", "bits"),
    ("{{ '%*d' % (999999999, 1) }}", "width"),
    ("{{ '%(a)999999999d' % {'a': 1} }}", "width"),
    ("{{ '%.999999999f' % 1.0 }}", "width"),
    ("{{ '{0:{1}}'.format(1, 999999999) }}", "width"),
    ("{{ ('a\n' * 500000)|indent('x' * 1000) }}", "larger than"),
    ("{{ ('a ' * 500000)|wordwrap(1, wrapstring='x' * 1000) }}", "larger than"),
    ("{{ '{:>{w}}'.format(1, w=999999999) }}", "width"),
    ("{{ '%0999999999d' % 1 }}", "width"),
    ("{{ '{:>999999999}'.format(1) }}", "width"),
    ("{{ 'x'.center(999999999) }}", "width"),
    ("{{ 'x'.ljust(999999999) }}", "width"),
    ("{{ 'x'|center(999999999) }}", "width"),
    ("{{ 'a\nb'|indent(999999999) }}", "width"),
    ("{{ '%999999999s'|format('x') }}", "width"),
    ("{{ 'aaaa'|replace('a', 'b' * 1000000) }}", "larger than"),
    ("{{ 'aaaa'.replace('', 'b' * 1000000) }}", "larger than"),
    ("{% set a = 'a' * 1000000 %}{% set b = a ~ a %}{{ b|length }}", "larger than"),
    ("{% set a = 'a' * 1000000 %}{{ a + a }}", "larger than"),
    ("{% set a = 'a' * 1000000 %}{{ [a, a]|join }}", "larger than"),
    ("{{ [1]|batch(999999999, 0)|list }}", "width"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "loop"),
    ("{% for i in range(99999) %}{{ 'a' * 1000 }}{% endfor %}", "larger than"),
    ("{% set a = 'a' * 1000000 %}{{ a }}{{ a }}", "larger than"),
]


@pytest.mark.parametrize(("template", "says"), BOMBS)
def test_resource_bombs_refused_at_render_time(template: str, says: str) -> None:
    prompt = compile_prompt(text(template))
    with pytest.raises(TemplateError, match=says) as caught:
        prompt.render({})
    assert_readable(caught.value)


def test_loop_budget_is_per_render() -> None:
    prompt = compile_prompt(text("{% for i in range(60000) %}{% endfor %}{{ n }}"))
    for _ in range(3):  # one render's loops never count against the next
        assert prompt.render({"n": 1}).text == "1"


def test_loops_over_caller_data_are_counted_too() -> None:
    prompt = compile_prompt(text("{% for a in x %}{% for b in x %}.{% endfor %}{% endfor %}"))
    assert prompt.render({"x": range(10)}).text == "." * 100
    with pytest.raises(TemplateError, match="loop iterations"):
        prompt.render({"x": range(1000)})


def test_chat_output_limit_is_for_all_messages_together() -> None:
    content = PromptContent(
        "chat", messages=(ChatMessage("user", "{{ a }}"), ChatMessage("user", "{{ a }}"))
    )
    prompt = compile_prompt(content)
    with pytest.raises(TemplateError, match=r"^messages\[1\]\.content: rendered prompt larger"):
        prompt.render({"a": "x" * 600_000})


def test_deeply_nested_value_is_an_error_not_a_crash() -> None:
    nested: list[Any] = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(TemplateError, match=r"nested too deeply|RecursionError"):
        compile_prompt(text("{{ x }}")).render({"x": nested})


def test_ordinary_formatting_and_filters_still_work() -> None:
    template = (
        "{{ '%5d|%.2f|%(n)s' % (3, 1.5, {'n': 'x'}) if false else '%5d|%.2f' % (3, 1.5) }} "
        "{{ '{:>6}|{:,}|{:.1%}'.format('ab', 1234567, 0.25) }} "
        "{{ 'a\nb'|indent(2) }} {{ 'a b c'|wordwrap(3) }} {{ 'x'|center(5) }} "
        "{{ 'abc'|replace('b', 'BB') }} {{ [1, 2]|batch(1)|list }} {{ ['a', 'b']|join('-') }} "
        "{{ '%s' | format('f') }} {{ 'ab' * 2 }} {{ 2 ** 10 }} {{ [1] + [2] }}"
    )
    rendered = compile_prompt(text(template)).render({})
    assert rendered.text == (
        "    3|1.50     ab|1,234,567|25.0% a\n  b a b\nc   x   aBBc "
        "[[1], [2]] a-b f abab 1024 [1, 2]"
    )


def test_deeply_nested_template_is_an_error_not_a_crash() -> None:
    with pytest.raises(TemplateError, match=r"^template: template nested too deeply$"):
        compile_prompt(text("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"))


# Bombs that a check after the fact would catch, but only once the value is built: each must be
# refused before it grows, quickly and without allocating much.
CHEAP_BOMBS = [
    ("{% set a = 2**2000 %}" + "{% set a = a*a %}" * 20 + "{{ a > 0 }}", "bits"),
    ("{{ range(99999)|map('string')|map('center', 10000)|join }}", "larger than"),
    ("{{ range(99999)|join('\n')|indent(10000) }}", "larger than"),
    ("{{ range(99999)|list|tojson(indent=9999) }}", "indent"),
    ("{{ ('{0:>9999}' * 50000).format(1) }}", "larger than"),
    ("{{ ('{0}' * 100000).format('a' * 100000) }}", "larger than"),
    ("{{ ('%9999d' * 50000)|format(*range(50000)) }}", "larger than"),
    ("{{ ('%(a)s' * 100000) % {'a': 'a' * 100000} }}", "larger than"),
    ("{{ ['a' * 999999] * 999 }}", "larger than"),
    ("{{ [1] * 999999 }}", "larger than"),
    ("{% set a = ['a' * 999999] %}" + "{% set a = a + a %}" * 10 + "{{ a }}", "larger than"),
    ("{{ (range(1)|batch(10000, 'a' * 999999)|first)|string }}", "larger than"),
    ("{{ (range(1)|slice(10000, 'a' * 999999)|list)|string }}", "larger than"),
    ("{% set a = ['a' * 999999] %}{{ (a * 999)|join }}", "larger than"),
    # Literals that hold a value twice double what they print at each step.
    ("{% set a = [1] %}" + "{% set a = [a, a] %}" * 40 + "{{ a }}", "larger than"),
    ("{% set a = (1,) %}" + "{% set a = (a, a) %}" * 40 + "{{ a }}", "larger than"),
    ("{% set d = {'k': 1} %}" + "{% set d = {'a': d, 'b': d} %}" * 40 + "{{ d }}", "larger than"),
]


@pytest.mark.parametrize(("template", "says"), CHEAP_BOMBS)
def test_bombs_refused_before_they_grow(template: str, says: str) -> None:
    prompt = compile_prompt(text(template))
    tracemalloc.start()
    # This thread's CPU time, not wall time: other processes on a busy CI machine do not count.
    start = time.thread_time()
    try:
        with pytest.raises(TemplateError, match=says) as caught:
            prompt.render({})
        elapsed = time.thread_time() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert_readable(caught.value)
    assert elapsed < 2.0  # under tracemalloc, which slows allocation several times over
    assert peak < 200 * 2**20


def test_guarded_filters_and_operators_still_work() -> None:
    template = (
        "{{ range(3)|map('string')|join(',') }} {{ [1, 2]|join(attribute='real') }} "
        "{{ 'a\nb'|indent(3) }} {{ [1, {'a': 'b'}]|tojson }} {{ [1]|tojson(indent=2) }} "
        "{{ '{0:>3}{1}{k}'.format(1, 'x', k=2) }} {{ '%3d%(a)s' % {'a': 1} if false else "
        "'%3d|%s' % (1, 'x') }} {{ '%(a)s'|format(a=5) }} {{ [1, 2] * 2 }} {{ 3 * 4 }} "
        "{{ (2 ** 2000 * 2 ** 2000) > 0 }} {{ [1] + [2, 3] }} {{ [1]|batch(2, 0)|list }} "
        "{{ [1, 2, 3]|slice(2, 0)|list }} {{ ['a'] * 2 + [0.5, none] }} {{ [] * 999999 }}"
    )
    rendered = compile_prompt(text(template)).render({})
    assert rendered.text == (
        '0,1,2 12 a\n   b [1, {"a": "b"}] [\n  1\n]   1x2   1|x 5 [1, 2, 1, 2] 12 True '
        "[1, 2, 3] [[1, 0]] [[1, 2], [3, 0]] ['a', 'a', 0.5, None] []"
    )
