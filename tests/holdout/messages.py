"""Reading NLU messages without Rasa: the training examples of data/nlu/*.yml and the
holdout files here, as (intent, annotated text) pairs, and one normal form to compare
messages by (lower case, punctuation stripped, single spaces, entity markup removed)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = Path(__file__).resolve().parent
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
_NOT_WORD = re.compile(r"[^\w]+")


def plain(annotated: str) -> str:
    """`[ktp](layanan) sy [ilang](alasan)` -> `ktp sy ilang`."""
    return _ANNOTATION.sub(r"\1", annotated)


def normalise(text: str) -> str:
    """Lower case, punctuation and underscores stripped, single spaces, markup removed."""
    return " ".join(_NOT_WORD.sub(" ", plain(text).lower()).replace("_", " ").split())


def examples(path: Path) -> list[tuple[str, str]]:
    """(intent, annotated text) for every intent example of one Rasa NLU YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[tuple[str, str]] = []
    for item in data.get("nlu") or []:
        if "intent" not in item:
            continue
        for line in str(item.get("examples") or "").splitlines():
            text = line.strip()
            if text.startswith("- "):
                out.append((str(item["intent"]), text[2:].strip()))
    return out


def training_messages(root: Path = ROOT) -> set[str]:
    """Every intent example of data/nlu/*.yml, normalised."""
    return {
        normalise(text)
        for path in (root / "data" / "nlu").glob("*.yml")
        for _intent, text in examples(path)
    }


def holdout(split: str) -> list[tuple[str, str]]:
    """The holdout split ('dev' or 'test') as (intent, annotated text)."""
    return examples(HOLDOUT / f"{split}.yml")
