"""The conversation corpus (issue 8): loading and validating both splits, and the
simulation of one conversation against the running assistant (README.md here: the REST
channel to talk, the tracker's slots to know what is asked, the queue for the ticket's
canonical line).

    splits = load_corpus()                      # {"dev": [...], "test": [...]}
    outcome = run_conversation(rasa_url, sender, conv, queue_env)

A bad reply, a timeout or an unreachable server is a failed Outcome, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.intake.parser import parse

__all__ = [
    "CATEGORIES",
    "CONTROLS",
    "Conversation",
    "CorpusError",
    "Outcome",
    "load_corpus",
    "load_split",
    "run_conversation",
]

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test")
CATEGORIES = (
    "formal_one_message",
    "dashed_numbers",
    "name_introduced",
    "half_remembered_format",
    "restate_known_value",
    "name_with_relation",
    "surat_pindah",
    "question_not_form",
    "topic_coverage",
    "referral_by_place",
    "complaint_followup",
    "helper_mode",
    "desa_typo_with_kecamatan",
    "casual_stepwise",
    "correction_at_confirmation",
    "cancel",
    "hash_line",
)
PERSONAS = ("resident", "helper", "first_timer")
CONTROLS = ("cancel", "referral", "handoff", "no_approval", "no_nik_lookup", "correction")
OFFICES = ("Kota Tangerang", "Kota Tangerang Selatan")
FIELDS = (
    "nik",
    "no_kk",
    "nama",
    "nama_kepala_keluarga",
    "desa",
    "kecamatan",
    "alasan",
    "alamat_pindah",
    "no_skpwni",
    "keperluan",
    "nama_warga",
    "telepon_warga",
    "saran_tempat",
    "layanan",
)
_KEYS = {"id", "category", "persona", "turns", "answers", "confirm", "missing", "expect"}


class CorpusError(ValueError):
    """A conversation file that does not follow the format; says which file and id."""


@dataclass(frozen=True)
class Conversation:
    id: str
    split: str
    category: str
    persona: str
    turns: tuple[str, ...]
    answers: Mapping[str, str]
    confirm: str
    missing: int
    kind: str  # "line" | "facts" | "control"
    line: str | None = None
    facts: tuple[tuple[str, ...], ...] = ()
    control: str | None = None
    referral_to: str | None = None
    source: str = ""

    @property
    def utterances(self) -> list[str]:
        """Everything the person writes: the scripted turns, the answers, the confirmation."""
        return [*self.turns, *self.answers.values(), self.confirm]


# --- loading and validation ----------------------------------------------------------------
def _fail(where: str, message: str) -> CorpusError:
    return CorpusError(f"{where}: {message}")


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(where, f"{what} must be a non-empty list")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"{what} must hold non-empty strings")
    return tuple(value)


def _expect(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(where, "expect must be a mapping")
    kinds = [k for k in ("line", "facts", "control") if k in raw]
    control = raw.get("control")
    if len(kinds) != 1 and not (control == "correction" and set(kinds) == {"line", "control"}):
        raise _fail(where, f"expect needs exactly one of line/facts/control, got {kinds}")
    out: dict[str, Any] = {"kind": "control" if control else kinds[0]}
    if control is not None:
        if control not in CONTROLS:
            raise _fail(where, f"unknown control {control!r}")
        if control == "correction" and "line" not in raw:
            raise _fail(where, "control: correction needs the corrected line")
        if control == "referral" and raw.get("referral_to") not in OFFICES:
            raise _fail(where, f"control: referral needs referral_to, one of {OFFICES}")
        out["control"] = control
        out["referral_to"] = raw.get("referral_to")
    if "line" in raw:
        line = raw["line"]
        verdict = parse(line) if isinstance(line, str) else None
        if verdict is None or not verdict.ok or verdict.canonical != line:
            codes = [e.code for e in verdict.errors] if verdict else ["not a string"]
            raise _fail(where, f"line is not a valid canonical line: {line!r} {codes}")
        out["line"] = line
    if "facts" in raw:
        groups = raw["facts"]
        if not isinstance(groups, list) or not groups:
            raise _fail(where, "facts must be a non-empty list of lists")
        out["facts"] = tuple(_strings(g, where, "each facts group") for g in groups)
    return out


def _conversation(raw: Any, split: str, source: str) -> Conversation:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise _fail(source, f"a conversation without an id: {str(raw)[:80]}")
    where = f"{source} [{raw['id']}]"
    unknown = set(raw) - _KEYS
    if unknown:
        raise _fail(where, f"unknown keys {sorted(unknown)}")
    if raw.get("category") not in CATEGORIES:
        raise _fail(where, f"unknown category {raw.get('category')!r}")
    if raw.get("persona") not in PERSONAS:
        raise _fail(where, f"unknown persona {raw.get('persona')!r}")
    answers = raw.get("answers") or {}
    if not isinstance(answers, dict) or not all(isinstance(v, str) for v in answers.values()):
        raise _fail(where, "answers must map field names to strings")
    if set(answers) - set(FIELDS):
        raise _fail(where, f"answers for unknown fields {sorted(set(answers) - set(FIELDS))}")
    confirm = raw.get("confirm", "ya")
    missing = raw.get("missing", 0)
    if not isinstance(confirm, str) or not confirm.strip():
        raise _fail(where, "confirm must be a non-empty string")
    if not isinstance(missing, int) or isinstance(missing, bool) or missing < 0:
        raise _fail(where, "missing must be a whole number >= 0")
    return Conversation(
        id=raw["id"],
        split=split,
        category=raw["category"],
        persona=raw["persona"],
        turns=_strings(raw.get("turns"), where, "turns"),
        answers=dict(answers),
        confirm=confirm,
        missing=missing,
        source=source,
        **_expect(raw.get("expect"), where),
    )


def load_split(split: str, root: Path = HERE) -> list[Conversation]:
    """Every conversation of one split, in file-name order; CorpusError on a bad file."""
    out: list[Conversation] = []
    for path in sorted((root / split).glob("*.yml")):
        source = f"{split}/{path.name}"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise _fail(source, f"not YAML: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("conversations"), list):
            raise _fail(source, "needs a top-level 'conversations' list")
        out.extend(_conversation(raw, split, source) for raw in data["conversations"])
    return out


def load_corpus(splits: Iterable[str] = SPLITS, root: Path = HERE) -> dict[str, list[Conversation]]:
    """Both splits; ids must be unique across them."""
    corpus = {split: load_split(split, root) for split in splits}
    seen: dict[str, str] = {}
    for conv in (c for convs in corpus.values() for c in convs):
        if conv.id in seen:
            raise _fail(conv.source, f"id {conv.id} also in {seen[conv.id]}")
        seen[conv.id] = conv.source
    return corpus


# --- the simulation ------------------------------------------------------------------------
@dataclass
class Outcome:
    """What happened in one conversation and whether it met its expectation."""

    conv: Conversation
    passed: bool = False
    reason: str = ""
    transcript: list[tuple[str, list[str]]] = field(default_factory=list)
    resident_turns: int = 0  # after the scripted turns
    ticket: str | None = None
    canonical: str | None = None
    facts_found: int = 0

    @property
    def replies(self) -> list[str]:
        return [reply for _said, replies in self.transcript for reply in replies]

    @property
    def completed(self) -> bool:
        return self.canonical is not None and self.canonical == self.conv.line


def run_conversation(
    rasa_url: str,
    sender: str,
    conv: Conversation,
    queue_env: Mapping[str, str],
    *,
    timeout: float = 60.0,
) -> Outcome:
    """Play one conversation as the contract describes, then judge it. Never raises."""
    from tests.conversations.simulate import simulate

    return simulate(rasa_url, sender, conv, queue_env, timeout=timeout)
