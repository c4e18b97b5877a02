"""``lmops guard``: run the guardrails' detectors from the command line.

``scan`` reads text (a file, or ``-`` for stdin) or JSONL (one record per line, its ``text``,
``prompt``, ``input`` or chat ``messages``) and prints what the PII and injection detectors
find, never the values themselves. ``eval`` scores a detector on a labelled JSONL file.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
import typer
from rich.table import Table

from lmops.cli.keys import console, fail
from lmops.config_guardrails import PII_ENTITIES
from lmops.guardrails import injection, pii
from lmops.guardrails.injection_eval import InjectionReport, load_injection_cases, score_injection
from lmops.guardrails.pii_eval import PiiReport, load_pii_cases, score_pii

__all__ = ["app"]

app = typer.Typer(
    name="guard", help="Scan text for PII, secrets and prompt injection.", no_args_is_help=True
)

Mode = Literal["fast", "full"]
ModeOpt = Annotated[
    str,
    typer.Option("--mode", help="Injection detector: fast (heuristics) or full (+ classifier)."),
]


@dataclass(frozen=True, slots=True)
class _Doc:
    line: int  # where the text starts in the input (1-based)
    text: str
    jsonl: bool  # a JSONL record: offsets are within its text, not the file


def _mode(value: str) -> Mode:
    if value not in ("fast", "full"):
        fail(f"--mode: {value!r} is not fast or full", 2)
    return "fast" if value == "fast" else "full"


def _read(source: str) -> tuple[str, str]:
    if source == "-":
        return "<stdin>", sys.stdin.read()
    path = Path(source)
    try:
        return source, path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{source}: cannot read: {exc}", 2)


def _record_text(record: Any) -> str | None:
    if not isinstance(record, dict):
        return None
    for field in ("text", "prompt", "input", "output"):
        if isinstance(record.get(field), str):
            return str(record[field])
    messages = record.get("messages")
    if isinstance(messages, list):
        parts: list[str] = []
        for message in messages:
            content = message.get("content") if isinstance(message, dict) else None
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts += [p["text"] for p in content if isinstance(p, dict) and "text" in p]
        return "\n".join(parts)
    return None


def _documents(name: str, text: str) -> list[_Doc]:
    """JSONL when the file says so (``.jsonl``) or its first line is a JSON object."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not (name.endswith(".jsonl") or first.lstrip().startswith("{")):
        return [_Doc(1, text, jsonl=False)]
    docs: list[_Doc] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not name.endswith(".jsonl"):  # a JSON document, say: scanned as text
                return [_Doc(1, text, jsonl=False)]
            fail(f"{name}:{number}: not a JSON object: {exc}", 2)
        found = _record_text(record)
        if found is None:
            fail(f"{name}:{number}: no text, prompt, input, output or messages field", 2)
        docs.append(_Doc(number, found, jsonl=True))
    return docs


def _where(doc: _Doc, offset: int) -> tuple[int, int]:
    """(line, column) of ``offset``: in the file for plain text, the record's line for JSONL."""
    if doc.jsonl:
        return doc.line, offset + 1
    line = doc.text.count("\n", 0, offset)
    column = offset - (doc.text.rfind("\n", 0, offset) + 1)
    return doc.line + line, column + 1


@app.command("scan")
def scan_command(
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Text or JSONL; - for stdin.")],
    mode: ModeOpt = "full",
    entities: Annotated[
        str | None,
        typer.Option("--entities", help="Comma-separated PII types (default: all pattern types)."),
    ] = None,
    redact: Annotated[
        str | None,
        typer.Option("--redact", help="Print the text redacted instead: type, mask or hash."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per text.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when anything is found (for CI hooks).")
    ] = False,
) -> None:
    """Print the PII, secrets and prompt injection found in FILE (types and places only)."""
    chosen = _entities(entities)
    detector_mode = _mode(mode)
    if redact is not None and redact not in ("type", "mask", "hash"):
        fail(f"--redact: {redact!r} is not type, mask or hash", 2)
    name, text = _read(source)
    docs = _documents(name, text)
    salt = os.urandom(16)  # hashes compare within one run, and cannot be looked up
    found_any = False
    table = Table("where", "found", "score", "detail")
    for doc in docs:
        findings = pii.detect(doc.text, chosen)
        verdict = injection.detect(doc.text, mode=detector_mode)
        found_any |= bool(findings) or verdict.is_injection
        if redact is not None:
            out = pii.redact(doc.text, redact, findings=findings, salt=salt)  # type: ignore[arg-type]
            typer.echo(orjson.dumps({"line": doc.line, "text": out}).decode() if doc.jsonl else out)
            continue
        if as_json:
            typer.echo(orjson.dumps(_as_json(doc, findings, verdict)).decode())
            continue
        for f in findings:
            line, column = _where(doc, f.start)
            table.add_row(f"{name}:{line}:{column}", f.entity_type, f"{f.score:.2f}", _hint(f))
        if verdict.is_injection:
            reasons = ", ".join(verdict.reasons)
            table.add_row(f"{name}:{doc.line}", "INJECTION", f"{verdict.score:.2f}", reasons)
    if redact is None and not as_json:
        if table.row_count:
            console().print(table)
        else:
            typer.echo(f"{name}: nothing found in {len(docs)} text(s)")
    if strict and found_any:
        raise typer.Exit(1)


def _entities(value: str | None) -> list[str] | None:
    if value is None:
        return None
    chosen = [e.strip().upper() for e in value.split(",") if e.strip()]
    unknown = [e for e in chosen if e not in PII_ENTITIES]
    if unknown:
        fail(f"--entities: unknown type(s) {', '.join(unknown)} ({', '.join(PII_ENTITIES)})", 2)
    return chosen


def _hint(finding: pii.Finding) -> str:
    """A shape of the value that does not give it away: its length."""
    return f"{finding.end - finding.start} characters"


def _as_json(doc: _Doc, findings: list[pii.Finding], verdict: injection.Verdict) -> dict[str, Any]:
    return {
        "line": doc.line,
        "pii": [
            {"type": f.entity_type, "start": f.start, "end": f.end, "score": round(f.score, 3)}
            for f in findings
        ],
        "injection": {
            "is_injection": verdict.is_injection,
            "score": round(verdict.score, 3),
            "reasons": list(verdict.reasons),
        },
    }


@app.command("eval")
def eval_command(
    dataset: Annotated[Path, typer.Argument(help="Labelled JSONL (PII or injection cases).")],
    mode: ModeOpt = "full",
    split: Annotated[
        str, typer.Option("--split", help="Injection cases: test, train or all.")
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
) -> None:
    """Precision, recall and false-positive rate of a detector on a labelled JSONL file.

    PII cases carry ``entities`` ([{type, start, end}]), injection cases ``injection`` (true or
    false) and ``split``; each line has ``text`` and ``category``.
    """
    detector_mode = _mode(mode)
    if split not in ("test", "train", "all"):
        fail(f"--split: {split!r} is not test, train or all", 2)
    _, text = _read(str(dataset))
    first = next((line for line in text.splitlines() if line.strip()), None)
    if first is None:
        fail(f"{dataset}: no cases", 2)
    try:
        kind = "pii" if "entities" in orjson.loads(first) else "injection"
    except (orjson.JSONDecodeError, TypeError):
        fail(f"{dataset}:1: not a JSON object", 2)
    try:
        if kind == "pii":
            report: Any = score_pii(load_pii_cases(dataset))
        else:
            cases = load_injection_cases(dataset)
            chosen = [c for c in cases if split == "all" or c.split == split]
            if not chosen:
                fail(f"{dataset}: no cases in split {split!r}", 2)
            report = score_injection(chosen, partial(injection.detect, mode=detector_mode))
    except ValueError as exc:  # the loaders name the file and line
        fail(str(exc), 2)
    if as_json:
        typer.echo(orjson.dumps(asdict(report), option=orjson.OPT_INDENT_2).decode())
    elif kind == "pii":
        _print_pii(report)
    else:
        _print_injection(report, detector_mode)


def _print_pii(report: PiiReport) -> None:
    table = Table("type", "tp", "fp", "fn", "precision", "recall")
    for score in (*report.per_type, report.overall):
        table.add_row(
            score.entity_type,
            str(score.tp),
            str(score.fp),
            str(score.fn),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
        )
    console().print(table)
    for mistake in report.mistakes[:20]:
        wrong = ", ".join([*(f"missed {t}" for t in mistake.missed), *mistake.spurious])
        typer.echo(f"  {mistake.category}: {wrong}")


def _print_injection(report: InjectionReport, mode: str) -> None:
    typer.echo(
        f"{mode}: {report.n} cases ({report.positives} attacks, {report.negatives} benign): "
        f"recall {report.recall:.3f}, precision {report.precision:.3f}, FPR {report.fpr:.3f}"
    )
    table = Table("category", "n", "flagged", "rate")
    for category in report.categories:
        table.add_row(
            category.category, str(category.n), str(category.flagged), f"{category.rate:.3f}"
        )
    console().print(table)
