"""What every translating provider does with the OpenAI fields its table does not translate."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from lmops.errors import GatewayError

__all__ = ["NoOp", "add_the_rest", "unset"]

NoOp = Callable[[Any], bool]  # whether a value of an unsupported field changes nothing


def unset(value: Any) -> bool:
    return value is None


def add_the_rest(
    body: Mapping[str, Any],
    out: dict[str, Any],
    handled: Collection[str],
    unsupported: Mapping[str, NoOp],
    provider: str,
    api: str,
    conflict: str = "what the OpenAI parameters translate to",
) -> None:
    """Refuse (400, naming it) an OpenAI field of ``unsupported`` unless at its no-op value;
    forward a field that is not OpenAI's untouched, as the upstream API's own, unless the
    translation already set it (``conflict`` says by what); skip what was ``handled``."""
    for key, value in body.items():
        if key in handled:
            continue
        no_op = unsupported.get(key)
        if no_op is not None:
            if not no_op(value):
                raise GatewayError.bad_request(
                    f"provider {provider} does not support {key!r} (the {api} has no "
                    "equivalent); leave it out or send its default",
                    param=key,
                    code="unsupported_parameter",
                )
        elif key in out:
            raise GatewayError.bad_request(f"{key!r} conflicts with {conflict}", param=key)
        else:
            out[key] = value
