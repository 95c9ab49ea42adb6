"""Requirement and FAQ answers in Bahasa Indonesia, loaded from `knowledge.yml`.

Each topic has a stable id, a title, a short answer and, for requirement topics, a checklist.
Format topics are completed from the service catalog (template and example line), so the
office's formats live in one place. Topics whose source is uncertain must carry the careful
phrase; a malformed file fails at load with a message naming the entry.

Texts name the office through placeholders filled from `bot/reference/office.yml`: ${kantor}
(Disdukcapil Kab. Tangerang), ${kantor_lengkap}, ${wilayah} (Kabupaten Tangerang),
${wilayah_singkat} and ${alamat}.

A requirement checklist is optional per service: a service of the catalog without one gets
a checklist that says to ask an officer (`requirements_for` never fails for a catalog service).

For retrieval (`bot.dialogue.retrieval`) each topic also carries `keywords`, everyday
`examples`, the services and reasons it is `about` and the Rasa `intents` that hint at it;
the file's `language` section holds the word normalisation shared by questions and examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError, UnknownTopic
from bot.reference.catalog import Catalog, default_catalog
from bot.reference.office import Office, default_office

__all__ = ["Knowledge", "Language", "Topic", "default_knowledge", "load_knowledge"]

MAX_ANSWER = 800
MIN_EXAMPLES = 3
TOPIC_REASONS = frozenset({"PERUBAHAN"})  # reasons topics may be about beside the catalog's
ASK_AN_OFFICER = (
    "Persyaratan {title} belum tercatat di asisten ini; mohon tanyakan ke petugas Disdukcapil."
)
_ID = re.compile(r"^[a-z][a-z0-9_]{2,40}$")
_INTENT = re.compile(r"^[a-z][a-z_]{2,40}$")


@dataclass(frozen=True)
class Topic:
    """One answer. `layanan`/`alasan`/`usia` say which request it is the checklist of."""

    id: str
    title: str
    answer: str
    checklist: tuple[str, ...] = ()
    uncertain: bool = False
    layanan: str | None = None
    alasan: tuple[str, ...] = ()
    usia: tuple[int, int] | None = None
    default: bool = False
    format: str | None = None
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    about_layanan: tuple[str, ...] = ()
    about_alasan: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()

    def text(self) -> str:
        """The answer and, if any, the checklist as a bulleted list (one message)."""
        if not self.checklist:
            return self.answer
        items = "\n".join(f"- {item}" for item in self.checklist)
        return f"{self.answer}\n\nYang perlu disiapkan:\n{items}"


@dataclass(frozen=True)
class Language:
    """Word normalisation for retrieval: typed word -> normal form, phrase -> one token,
    filler words, and the cues that make a message read as a question or as a request."""

    words: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    question_cues: tuple[str, ...] = ()
    request_cues: tuple[str, ...] = ()


class Knowledge:
    """All topics, by id, and the requirement checklist of each request."""

    def __init__(
        self,
        topics: list[Topic],
        careful: str,
        language: Language | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        self.topics = topics
        self.careful = careful
        self.language = language or Language()
        self.catalog = catalog or default_catalog()
        self._by_id = {t.id: t for t in topics}

    def answer(self, topic_id: str) -> Topic:
        try:
            return self._by_id[topic_id]
        except KeyError:
            raise UnknownTopic(topic_id) from None

    def __contains__(self, topic_id: object) -> bool:
        return topic_id in self._by_id

    def requirements_for(
        self, layanan: str, alasan: str | None = None, age: int | None = None
    ) -> Topic:
        """The checklist shown at confirmation: by reason, then by age (KIA), else the
        service's default topic, else (a service without requirements here) a checklist
        that says to ask an officer. UnknownTopic only for a code outside the catalog."""
        mine = [t for t in self.topics if t.layanan == (layanan or "").upper()]
        if alasan:
            for t in mine:
                if alasan.upper() in t.alasan:
                    return t
        if age is not None:
            for t in mine:
                if t.usia is not None and t.usia[0] <= age <= t.usia[1]:
                    return t
        for t in mine:
            if t.default:
                return t
        service = self.catalog.services.get((layanan or "").upper())
        if service is None:
            raise UnknownTopic(f"syarat {layanan}")
        text = ASK_AN_OFFICER.format(title=service.title)
        return Topic(
            id=f"syarat_{service.code.lower()}",
            title=f"Persyaratan {service.title}",
            answer=text,
            checklist=(text,),
            layanan=service.code,
            default=True,
            about_layanan=(service.code,),
        )


def _office_words(office: Office) -> dict[str, str]:
    return {
        "${kantor}": office.agency_short,
        "${kantor_lengkap}": office.agency,
        "${wilayah}": office.name,
        "${wilayah_singkat}": office.short,
        "${alamat}": office.address,
    }


def _filled(text: str, words: dict[str, str]) -> str:
    """Single-spaced text with the office's placeholders filled in."""
    text = " ".join(text.split())
    for placeholder, value in words.items():
        text = text.replace(placeholder, value)
    return text


def _topic(
    raw: Any, index: int, careful: str, catalog: Catalog, words: dict[str, str] | None = None
) -> Topic:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"topic #{index + 1}: must be a mapping")
    tid = str(raw.get("id") or "")
    where = f"topic {tid or '#' + str(index + 1)}"
    if not _ID.match(tid):
        raise KnowledgeError(f"{where}: 'id' must be lower_snake_case (3-41 characters)")
    for key in ("title", "answer"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise KnowledgeError(f"{where}: missing '{key}'")
    words = words or {}
    answer = _filled(raw["answer"], words)
    checklist = raw.get("checklist") or []
    if not isinstance(checklist, list) or not all(isinstance(c, str) for c in checklist):
        raise KnowledgeError(f"{where}: 'checklist' must be a list of strings")
    uncertain = bool(raw.get("uncertain", False))
    if uncertain and careful.lower() not in answer.lower():
        raise KnowledgeError(f"{where}: uncertain topics must say {careful!r}")
    fmt = raw.get("format")
    if fmt is not None:
        service = catalog.services.get(str(fmt).upper())
        if service is None:
            raise KnowledgeError(f"{where}: unknown service {fmt!r} in 'format'")
        answer = f"{answer}\nFormat: {service.template}\nContoh: {service.example_line()}"
    if len(answer) > MAX_ANSWER:
        raise KnowledgeError(f"{where}: answer is {len(answer)} characters (max {MAX_ANSWER})")
    target = raw.get("for") or {}
    if not isinstance(target, dict):
        raise KnowledgeError(f"{where}: 'for' must be a mapping")
    layanan = target.get("layanan")
    if layanan is not None and str(layanan).upper() not in catalog.services:
        raise KnowledgeError(f"{where}: unknown service {layanan!r} in 'for'")
    usia = target.get("usia")
    if usia is not None and not (
        isinstance(usia, list) and len(usia) == 2 and all(isinstance(n, int) for n in usia)
    ):
        raise KnowledgeError(f"{where}: 'usia' must be [min, max] in years")
    if layanan is not None and not checklist:
        raise KnowledgeError(f"{where}: a requirement topic needs a 'checklist'")
    alasan = tuple(str(a).upper() for a in target.get("alasan") or ())
    retrieval = _retrieval_fields(raw, where, catalog)
    about_layanan = retrieval.pop("about_layanan") or (
        (str(layanan).upper(),) if layanan is not None else ()
    )
    about_alasan = retrieval.pop("about_alasan") or alasan
    return Topic(
        id=tid,
        title=_filled(raw["title"], words),
        answer=answer,
        checklist=tuple(_filled(c, words) for c in checklist),
        uncertain=uncertain,
        layanan=str(layanan).upper() if layanan is not None else None,
        alasan=alasan,
        usia=(usia[0], usia[1]) if usia is not None else None,
        default=bool(target.get("default", False)),
        format=str(fmt).upper() if fmt is not None else None,
        keywords=retrieval["keywords"],
        examples=retrieval["examples"],
        about_layanan=about_layanan,
        about_alasan=about_alasan,
        intents=retrieval["intents"],
    )


def _strings(value: Any, what: str, where: str, minimum: int = 0) -> tuple[str, ...]:
    """A list of non-empty strings, single-spaced; at least `minimum` of them."""
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: '{what}' must be a list of non-empty strings")
    if len(value) < minimum:
        raise KnowledgeError(f"{where}: '{what}' needs at least {minimum} entries")
    return tuple(" ".join(v.split()) for v in value)


def _retrieval_fields(raw: dict[str, Any], where: str, catalog: Catalog) -> dict[str, Any]:
    """keywords, examples, about (services and reasons) and intents of one topic, checked."""
    about = raw.get("about") or {}
    if not isinstance(about, dict) or set(about) - {"layanan", "alasan"}:
        raise KnowledgeError(f"{where}: 'about' must be a mapping of 'layanan' and 'alasan'")
    services = tuple(s.upper() for s in _strings(about.get("layanan"), "about.layanan", where))
    unknown = [s for s in services if s not in catalog.services]
    if unknown:
        raise KnowledgeError(f"{where}: unknown service {unknown[0]!r} in 'about'")
    reasons = tuple(r.upper() for r in _strings(about.get("alasan"), "about.alasan", where))
    known = TOPIC_REASONS | {r for service in catalog for r in service.reasons}
    if set(reasons) - known:
        raise KnowledgeError(f"{where}: unknown reason in 'about' (use {sorted(known)})")
    intents = _strings(raw.get("intents"), "intents", where)
    if not all(_INTENT.match(i) for i in intents):
        raise KnowledgeError(f"{where}: 'intents' must be Rasa intent names")
    return {
        "keywords": _strings(raw.get("keywords"), "keywords", where, 1),
        "examples": _strings(raw.get("examples"), "examples", where, MIN_EXAMPLES),
        "about_layanan": services,
        "about_alasan": reasons,
        "intents": intents,
    }


def _language(raw: Any, source: str) -> Language:
    """The `language` section: word and phrase maps, stop words, question/request cues."""
    where = f"{source}: language"
    if raw is None:
        return Language()
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: must be a mapping")
    maps: dict[str, dict[str, str]] = {}
    for key in ("words", "phrases"):
        table = raw.get(key) or {}
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
            for k, v in table.items()
        ):
            raise KnowledgeError(f"{where}.{key}: must map words to words")
        maps[key] = {
            " ".join(k.lower().split()): " ".join(v.lower().split()) for k, v in table.items()
        }
    bad = [k for k in maps["words"] if " " in k]
    if bad:
        raise KnowledgeError(f"{where}.words: {bad[0]!r} has several words (put it in 'phrases')")
    lists = {
        key: tuple(s.lower() for s in _strings(raw.get(key), key, where))
        for key in ("stopwords", "question_cues", "request_cues")
    }
    return Language(
        words=maps["words"],
        phrases=maps["phrases"],
        stopwords=frozenset(lists["stopwords"]),
        question_cues=lists["question_cues"],
        request_cues=lists["request_cues"],
    )


def load_knowledge(
    path: str | Path | None = None, catalog: Catalog | None = None, office: Office | None = None
) -> Knowledge:
    """Load and check a knowledge file; the packaged `knowledge.yml` when no path is given.
    The office's placeholders are filled from `office` (bot/reference/office.yml by default)."""
    if path is None:
        text = resources.files("bot.reference").joinpath("knowledge.yml").read_text("utf-8")
        source = "knowledge.yml"
    else:
        text, source = Path(path).read_text("utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise KnowledgeError(f"{source}: expected a top-level 'topics' list")
    words = _office_words(office or default_office())
    careful = _filled(str(data.get("careful") or ""), words)
    if not careful:
        raise KnowledgeError(f"{source}: missing the 'careful' phrase")
    catalog = catalog or default_catalog()
    topics = [_topic(raw, i, careful, catalog, words) for i, raw in enumerate(data["topics"])]
    seen: set[str] = set()
    for t in topics:
        if t.id in seen:
            raise KnowledgeError(f"topic {t.id}: duplicate id")
        seen.add(t.id)
    return Knowledge(topics, careful, _language(data.get("language"), source), catalog)


@cache
def default_knowledge() -> Knowledge:
    """The packaged knowledge, loaded once on first use."""
    return load_knowledge()
