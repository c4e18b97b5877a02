"""Write tests/data/pii_cases.jsonl: labelled PII cases for lmops.guardrails.pii_eval.

    python tests/data/make_pii_cases.py

Seeded (``random.Random(13)``), so a fresh run writes the same file; a test checks that. Texts
are built from templates (make_pii_templates.py) with slots filled by make_pii_values.py;
offsets come from where each value lands, never by hand. Values are synthetic: cards, IBANs and
SSNs are generated to pass (or, for the hard negatives, to fail) their checks.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_pii_templates import TEMPLATES
from make_pii_values import Values

__all__ = ["OUT", "fill", "generate", "main"]

OUT = Path(__file__).with_name("pii_cases.jsonl")
_SLOT = re.compile(r"\{(\w+)\}")

# Slot name -> entity type; slots not listed are filled with unlabelled text.
_TYPES = {
    "email": "EMAIL_ADDRESS",
    "email2": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "phone_us": "PHONE_NUMBER",
    "phone_bare": "PHONE_NUMBER",
    "card": "CREDIT_CARD",
    "ssn": "US_SSN",
    "ssn_bare": "US_SSN",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "secret": "SECRET",
    "jwt": "SECRET",
    "bearer": "SECRET",
    "aws_secret": "SECRET",
    "azure_key": "SECRET",
    "pem": "SECRET",
}


def fill(template: str, values: Values) -> tuple[str, list[dict[str, object]]]:
    """The text of one case and its labelled entities (``{{``/``}}`` are literal braces)."""
    parts: list[str] = []
    entities: list[dict[str, object]] = []
    pos = 0
    pieces = _SLOT.split(template.replace("{{", "\0").replace("}}", "\1"))
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            value = piece.replace("\0", "{").replace("\1", "}")
        else:
            value = values.make(piece)
            entity_type = _TYPES.get(piece)
            if entity_type is not None:
                entities.append({"type": entity_type, "start": pos, "end": pos + len(value)})
        parts.append(value)
        pos += len(value)
    return "".join(parts), entities


def generate(seed: int = 13) -> list[dict[str, object]]:
    """All cases, in a fixed order: each template filled a fixed number of times."""
    values = Values(random.Random(seed))
    cases: list[dict[str, object]] = []
    for category, (repeats, templates) in TEMPLATES.items():
        for template in templates:
            for _ in range(repeats):
                text, entities = fill(template, values)
                cases.append({"text": text, "category": category, "entities": entities})
    return cases


def render(cases: list[dict[str, object]]) -> str:
    """The JSONL text for ``cases``."""
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


def main() -> None:
    cases = generate()
    OUT.write_text(render(cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
