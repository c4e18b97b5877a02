"""Schema examples: each generated value is validated by the model that emitted the schema."""

from __future__ import annotations

import datetime as dt
import enum
import ipaddress
import re
import uuid
from decimal import Decimal
from typing import Annotated, Any, Literal

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai.lib._pydantic import to_strict_json_schema
from pydantic import (
    UUID1,
    UUID4,
    AnyUrl,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    IPvAnyAddress,
    IPvAnyNetwork,
    SecretStr,
)

from lmops.providers._json_example import example
from lmops.providers._regex_example import matching_string


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 3
    HIGH = 7


class Scalars(Strict):
    text: str
    count: int
    ratio: float
    flag: bool
    nothing: None
    maybe: int | None = None
    color: Color
    level: Level
    mode: Literal["fast", "slow"]
    version: Literal[2]
    anything: Any


class Constrained(Strict):
    code: Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{2,4}$")]
    name: Annotated[str, Field(min_length=12, max_length=15)]
    short: Annotated[str, Field(max_length=3)]
    age: Annotated[int, Field(ge=18, le=130)]
    odd_step: Annotated[int, Field(gt=10, lt=20, multiple_of=7)]
    score: Annotated[float, Field(gt=0, lt=1)]
    negative: Annotated[float, Field(le=-2.5)]
    price: Decimal
    tags: Annotated[list[str], Field(min_length=3, max_length=5)]
    unique: Annotated[set[int], Field(min_length=4)]
    pair: tuple[int, str]
    rest: tuple[int, ...]
    counts: dict[str, int]
    phone: Annotated[str, Field(pattern=r"^\+?[1-9]\d{1,14}$")]


class Formats(Strict):
    when: dt.datetime
    day: dt.date
    clock: dt.time
    span: dt.timedelta
    ident: uuid.UUID
    ident1: UUID1
    ident4: UUID4
    site: HttpUrl
    link: AnyUrl
    address: IPvAnyAddress
    network: IPvAnyNetwork
    v6: ipaddress.IPv6Address
    secret: SecretStr
    blob: bytes


class Address(Strict):
    street: str
    city: str
    zip_code: Annotated[str, Field(pattern=r"^\d{5}$")]


class Person(Strict):
    name: str
    home: Address
    work: Address | None = None
    previous: list[Address] = []


class Cat(Strict):
    pet_type: Literal["cat"]
    meows: int


class Dog(Strict):
    pet_type: Literal["dog"]
    barks: float


class Owner(Strict):
    pet: Cat | Dog = Field(discriminator="pet_type")
    pets: list[Annotated[Cat | Dog, Field(discriminator="pet_type")]]
    either: int | str


class Tree(Strict):
    value: int
    children: list[Tree]


class Node(Strict):
    label: str
    left: Node | None
    right: Node | None


MODELS: list[type[BaseModel]] = [
    Scalars,
    Constrained,
    Formats,
    Address,
    Person,
    Owner,
    Tree,
    Node,
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_pydantic_schema_examples_validate(model: type[BaseModel]) -> None:
    value = example(model.model_json_schema())
    model.model_validate_json(orjson.dumps(value), strict=True)
    assert value == example(model.model_json_schema())  # deterministic


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_openai_strict_schema_examples_validate(model: type[BaseModel]) -> None:
    # What the OpenAI SDK's parse() sends: every property required, $defs kept, oneOf as anyOf.
    model.model_validate_json(orjson.dumps(example(to_strict_json_schema(model))), strict=True)


def test_optional_fields_are_filled_and_recursion_ends() -> None:
    person = example(Person.model_json_schema())
    assert person["work"] is not None and len(person["previous"]) == 1
    node = example(Node.model_json_schema())
    # One level in full, then the recursive reference stops at what is required (null here).
    assert node["left"] == {"label": "example", "left": None, "right": None}
    tree = example(Tree.model_json_schema())
    assert tree["children"] == [{"value": 0, "children": []}]


def test_constrained_values() -> None:
    value = example(Constrained.model_json_schema())
    assert re.fullmatch(r"[A-Z]{3}-\d{2,4}", value["code"])
    assert len(value["name"]) == 12 and len(value["short"]) == 3
    assert value["age"] == 18 and value["odd_step"] == 14 and 0 < value["score"] < 1
    assert len(value["unique"]) == 4 and len(set(value["unique"])) == 4


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer", "minimum": 5, "maximum": 10, "multipleOf": 3}, 6),
        ({"type": "integer", "exclusiveMaximum": -3}, -4),
        ({"type": "integer", "minimum": 3, "exclusiveMinimum": True}, 4),  # draft 4
        ({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}, 0.5),
        ({"type": "number", "minimum": 1.2, "multipleOf": 0.5}, 1.5),
        ({"type": ["null", "string"], "minLength": 2, "maxLength": 2}, "ex"),
        ({"type": "string", "format": "email"}, "user@example.com"),
        ({"type": "string", "format": "date-time"}, "2024-01-01T00:00:00Z"),
        ({"enum": ["a", 1, None]}, "a"),
        ({"const": {"k": [1]}}, {"k": [1]}),
        ({"properties": {"a": {"type": "boolean"}}}, {"a": True}),  # type inferred
        ({"type": "object", "properties": {}, "additionalProperties": False}, {}),
        (
            {"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer"}},
            {"key": 0, "key1": 1},
        ),
        (
            {"type": "array", "prefixItems": [{"type": "integer"}, {"const": "x"}], "items": False},
            [0, "x"],
        ),
        ({"type": "array", "items": [{"type": "string"}], "additionalItems": False}, ["example"]),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
        (
            {
                "type": "array",
                "items": {"enum": ["x", "y", "z"]},
                "minItems": 3,
                "uniqueItems": True,
            },
            ["x", "y", "z"],
        ),
        (
            {
                "allOf": [
                    {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
                    {"$ref": "#/definitions/B"},
                ],
                "definitions": {"B": {"properties": {"b": {"const": 1}}, "required": ["b"]}},
            },
            {"a": 0, "b": 1},
        ),
        ({"oneOf": [{"type": "null"}, {"type": "integer", "minimum": 2}]}, 2),
        (
            {"type": "object", "properties": {"a": {"type": "string"}}, "maxProperties": 0},
            {},
        ),
        (
            {
                "$ref": "#/$defs/a~1b",
                "$defs": {
                    "a/b": {
                        "type": "object",
                        "required": ["next"],
                        "properties": {"next": {"anyOf": [{"$ref": "#"}, {"type": "null"}]}},
                    }
                },
            },
            {"next": {"next": None}},
        ),
        (True, "example"),
        ({}, "example"),
        ({"type": "string", "pattern": "(?<=x)y"}, "example"),  # not generated: the default
    ],
)
def test_hand_written_schemas(schema: Any, expected: Any) -> None:
    assert example(schema) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[A-Z]{3}$",
        r"^\d{3}-\d{4}$",
        r"^(foo|bar)+baz$",
        r"[^a-z0-9]+",
        r"^\w+@\w+\.com$",
        r"^[^\s@]+@[^\s@]+\.[^\s@]+$",
        r"(?i)^[A-F0-9]{8}$",
        r"^.{3,}x$",
        r"^(?:https?)://[a-z]+\.(?:com|org)$",
        r"^\S+\s\S+$",
    ],
)
def test_regex_examples_match(pattern: str) -> None:
    text = matching_string(pattern)
    assert text is not None and re.search(pattern, text)


def test_regex_examples_give_up_cleanly() -> None:
    assert matching_string("[") is None
    # Not built: lookarounds, backreferences and word boundaries (searching could backtrack).
    for pattern in (r"^(?!a)a", r"^(a)\1$", r"\bword\b", r"^(a|a){40}(?=b)"):
        assert matching_string(pattern) is None


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
keywords = st.sampled_from(
    [
        "type",
        "properties",
        "required",
        "items",
        "prefixItems",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "allOf",
        "$ref",
        "$defs",
        "minimum",
        "exclusiveMaximum",
        "multipleOf",
        "additionalProperties",
        "minProperties",
        "maxProperties",
        "uniqueItems",
    ]
)
schemas = st.recursive(
    json_values,
    lambda inner: st.dictionaries(
        keywords,
        inner | st.sampled_from(["#", "#/$defs/a", "object", "array", "string"]),
        max_size=5,
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas)
def test_any_json_as_a_schema_gives_json(schema: Any) -> None:
    # Schemas come from clients: whatever they send, the answer is JSON and comes back.
    orjson.dumps(example(schema))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "minItems": 10**12, "items": {"type": "array", "minItems": 10**12}},
        {"type": "string", "minLength": 10**12},
        {"type": "object", "minProperties": 10**12},
        {"type": "string", "pattern": "^(?:(?:a{1000000}){1000000}){1000000}$"},
        {"type": "string", "pattern": "^(?:){1000000000}$"},
        {"type": "string", "pattern": "^(a|a){40}(?=b)", "minLength": 50},
        {"type": "integer", "minimum": 2**64 - 1},
        {"type": "number", "minimum": 1e300, "multipleOf": 1e-300},
        {"$ref": "#"},
        {"allOf": [{"$ref": "#"}]},
    ],
)
def test_hostile_schemas_are_cut_short(schema: Any) -> None:
    assert len(orjson.dumps(example(schema))) < 2_000_000
