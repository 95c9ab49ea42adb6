"""Answers to residents' questions, by retrieval over `knowledge.yml`. Rasa-independent.

`answer_question(text)` finds the topic a question is about (`bot.dialogue.retrieval`) and returns
the reply with a confidence. Below `THRESHOLD` it does not guess: the reply is one clarifying
question naming the closest topics, with the offer to forward the question to an officer.
A requirement topic is made precise by the reason and the child's age the question names
("syarat kia anak 3 tahun" -> the checklist for under-fives).

`question_score(text)` says how much a message reads as a question about requirements or
procedure (0..1; from `QUESTION_THRESHOLD` on it is a question), so the dialogue can answer
"ktp rusak gimana ngurusnya" and start a request for "ktp saya rusak mau bikin baru".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.dialogue.retrieval import Hit, Retriever, default_retriever
from bot.intake.extractor import extract
from bot.intake.parser import Verdict
from bot.reference.knowledge import Knowledge, Topic, default_knowledge
from bot.reference.text import clean
from bot.texts import for_residents

__all__ = [
    "QUESTION_THRESHOLD",
    "THRESHOLD",
    "Answer",
    "answer_question",
    "best_topic",
    "checklist",
    "officers_decide",
    "question_score",
    "topic_for",
]

# Chosen on tests/knowledge/dev_questions.yml by bench/knowledge_threshold.py.
THRESHOLD = 0.15
QUESTION_THRESHOLD = 0.5
_SECOND = 0.6  # a second topic is named in the clarifying question from this share of the best
_PARTICLES = frozenset({"ga", "gak", "gk", "nggak", "ngga", "enggak", "engga", "ndak"})
_NEGATED = frozenset(
    {"jadi", "bisa", "ada", "punya", "terbaca", "kebaca", "usah", "mau", "perlu", "tau", "tahu",
     "ketemu", "nemu", "sempat", "sempet", "dapat", "dapet", "muncul", "valid", "sesuai"}
)  # fmt: skip
_OFFICERS_DECIDE = "keputusan_petugas"
_RAW_WORD = re.compile(r"[a-z0-9]+")
_AGE = re.compile(r"\b(\d{1,2})\s*(?:th|thn|tahun|taun)\b")
_QUESTION_ENDINGS = frozenset(
    {"gak", "ga", "nggak", "ngga", "enggak", "engga", "tidak", "tdk", "kah", "ya", "yah", "kan",
     "toh", "aja", "saja", "apa", "gimana", "gmn", "bagaimana", "berapa", "brp", "kapan",
     "dimana", "dmn", "mana"}
)  # fmt: skip
_QUESTION_STARTS = frozenset(
    {"apa", "apakah", "bagaimana", "gimana", "gmn", "berapa", "brp", "kapan", "dimana", "dmn",
     "kenapa", "knp", "bisa", "bisakah", "boleh", "bolehkah", "perlu", "perlukah", "harus",
     "wajib", "wajibkah", "benarkah", "siapa"}
)  # fmt: skip

_PERSONAL = ("nik", "no_kk", "nama", "nama_kepala_keluarga", "no_skpwni")
_CONDITIONAL = ("kalau", "kalo", "klo", "jika", "apabila", "bila", "seandainya")


@dataclass(frozen=True)
class Answer:
    """The reply to a question. `topic` is None when retrieval was not confident."""

    topic: Topic | None
    confidence: float
    text: str  # the topic's text, or a clarifying question / offer of an officer
    clarify: bool  # True when `text` is a clarifying question / officer offer
    layanan: str | None  # the service the question is about, if any (to offer starting it)


def answer_question(
    text: str,
    *,
    intent: str | None = None,
    layanan: str | None = None,
    alasan: str | None = None,
) -> Answer:
    """The answer to a resident's question; `layanan`/`alasan` describe the request being
    built (hints only), `intent` is Rasa's intent name (a hint only)."""
    retriever = default_retriever()
    hits = _rank(text, intent, layanan, alasan)
    best = hits[0]
    about = _service_asked(text, best.topic if best.score >= THRESHOLD else None)
    if best.score < THRESHOLD and about and _HOW.search(text) and len(text.split()) <= 10:
        # "mau urus kk nih, caranya gmn": how to get that document is its requirements
        found = extract(text)
        topic = retriever.knowledge.requirements_for(about, found.alasan or alasan, None)
        return Answer(topic, best.score, topic.text(), False, about)
    if best.score < THRESHOLD:
        return Answer(None, best.score, _clarify(hits), True, about)
    topic = _refine(best.topic, text, layanan, alasan, retriever.knowledge)
    return Answer(topic, best.score, topic.text(), False, about or topic.layanan)


_HOW = re.compile(
    r"\b(?:cara|caranya|gimana|gmn|gmna|bagaimana|prosedur|prosedurnya|alur|alurnya|langkah|"
    r"langkahnya|syarat|syaratnya|ngurusnya|urusnya|bikinnya)\b",
    re.IGNORECASE,
)


def officers_decide() -> str:
    """The answer to 'tolong di-acc': the assistant only passes requests on; officers decide."""
    return default_knowledge().answer(_OFFICERS_DECIDE).text()


def best_topic(
    text: str,
    *,
    intent: str | None = None,
    layanan: str | None = None,
    alasan: str | None = None,
    knowledge: Knowledge | None = None,
) -> tuple[Topic, float]:
    """The best topic for the question and its confidence, whatever the threshold."""
    retriever = default_retriever() if knowledge is None else Retriever(knowledge)
    best = retriever.rank(text, intent=intent, layanan=layanan, alasan=alasan)[0]
    return _refine(best.topic, text, layanan, alasan, retriever.knowledge), best.score


def topic_for(
    intent: str,
    text: str,
    *,
    layanan: str | None = None,
    alasan: str | None = None,
    knowledge: Knowledge | None = None,
) -> Topic:
    """The best topic for the question, however confident (for callers that need one)."""
    return best_topic(text, intent=intent, layanan=layanan, alasan=alasan, knowledge=knowledge)[0]


def question_score(text: str) -> float:
    """How much `text` reads as a question about requirements or procedure (0..1)."""
    retriever = default_retriever()
    words = retriever.norm.tokens(text, keep_stopwords=True)
    raw = _RAW_WORD.findall(clean(text).lower())
    cues = _count_runs(words, retriever.norm.question_cues)
    asking = (0.3 if cues else 0.0) + (0.1 if cues > 1 else 0.0) + (0.35 if "?" in text else 0.0)
    if raw and raw[0] in _QUESTION_STARTS:
        asking += 0.15
    if raw and raw[-1] in _QUESTION_ENDINGS:
        asking += 0.15
    elif _has_particle(raw):
        asking += 0.3
    asking = min(asking, 0.8)
    hit = _rank(text, None, None, None)[0] if words else None
    confidence = hit.score if hit else 0.0
    score = 0.2 + asking + 0.3 * confidence
    general = hit is not None and confidence >= THRESHOLD and hit.topic.layanan is None
    if general and (asking or not retriever.services(text)):
        score += 0.2  # about something that is not a request (cost, hours, forms, ...)
    return round(min(1.0, max(0.0, score - _requesting(text, words) * (1.0 - asking))), 3)


def _has_particle(raw: list[str]) -> bool:
    """A yes/no "ga" inside the sentence: "ada biaya ga buat kia", not "gak jadi" or
    "ktp gak kebaca"."""
    return any(
        word in _PARTICLES and i > 0 and raw[i + 1] not in _NEGATED
        for i, word in enumerate(raw[:-1])
    )


def _requesting(text: str, words: list[str]) -> float:
    """How much a message reads as starting a request: request phrases, a person's data."""
    found = extract(text)
    score = 0.35 * min(_count_runs(words, default_retriever().norm.request_cues), 2)
    if any(k in found.values for k in _PERSONAL):
        score += 0.6
    elif found.values:
        score += 0.15
    if _count_runs(words, _CONDITIONAL):
        score *= 0.3  # "kalau mau bikin ktp ..." asks about a request, does not start one
    return score


def checklist(verdict: Verdict, knowledge: Knowledge | None = None) -> str:
    """What to bring, for the confirmation of a complete request."""
    knowledge = knowledge or default_knowledge()
    assert verdict.service is not None
    nik = verdict.numbers.get("nik")
    age = nik.age_on(date.today()) if nik else None
    topic = knowledge.requirements_for(verdict.service.code, verdict.fields.get("alasan"), age)
    return for_residents.checklist(topic.title, topic.checklist)


@lru_cache(maxsize=256)
def _rank(
    text: str, intent: str | None, layanan: str | None, alasan: str | None
) -> tuple[Hit, ...]:
    """The packaged retriever's ranking, kept for the few messages of a turn (the dialogue
    asks question_score and then answer_question on the same text)."""
    return tuple(default_retriever().rank(text, intent=intent, layanan=layanan, alasan=alasan))


def _count_runs(words: list[str], phrases: tuple[str, ...]) -> int:
    """How many of `phrases` (already normal words) occur in `words`."""
    joined = f" {' '.join(words)} "
    return sum(1 for p in phrases if f" {p} " in joined)


def _refine(
    topic: Topic, text: str, context: str | None, alasan: str | None, knowledge: Knowledge
) -> Topic:
    """A service's general topic made precise by the reason or the child's age asked about."""
    found = extract(text)
    service = _catalog_service(found.layanan, knowledge) or _catalog_service(context, knowledge)
    if topic.id == "format_umum" and service and f"format_{service.lower()}" in knowledge:
        return knowledge.answer(f"format_{service.lower()}")
    if topic.layanan is None:
        return topic
    age_match = _AGE.search(text.lower())
    age = int(age_match.group(1)) if age_match else None
    reason = found.alasan or alasan
    if (age is not None and topic.usia is not None) or (topic.default and (reason or age)):
        return knowledge.requirements_for(topic.layanan, reason, age)
    return topic


def _catalog_service(code: str | None, knowledge: Knowledge) -> str | None:
    code = (code or "").upper()
    return code if any(code == t.layanan for t in knowledge.topics) else None


def _service_asked(text: str, topic: Topic | None) -> str | None:
    """The service the question is about: named in the text, else the topic's own."""
    knowledge = default_knowledge()
    named = _catalog_service(extract(text).layanan, knowledge)
    if named or topic is None:
        return named
    if topic.layanan:
        return topic.layanan
    return topic.about_layanan[0] if len(topic.about_layanan) == 1 else None


def _clarify(hits: tuple[Hit, ...]) -> str:
    best = hits[0]
    if best.score < THRESHOLD / 2:
        return for_residents.NOT_FOUND
    close = [h.topic for h in hits[:2] if h.score >= _SECOND * best.score]
    choices = " atau ".join(f'"{t.title}"' for t in close)
    example = close[0].examples[0] if close[0].examples else "syarat KTP hilang apa saja?"
    return for_residents.CLARIFY.format(choices=choices, example=example)
