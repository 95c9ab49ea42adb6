"""Deterministic retrieval of the knowledge topic a resident's question is about.

Plain Python, no model: the question and every topic's examples, keywords and title go through
the same normalisation (`knowledge.yml`'s `language` section: slang and abbreviations mapped,
phrases joined, filler dropped, a light Indonesian affix stemmer), then each topic is scored by

- word TF-IDF cosine (words, stems and word pairs) against the topic as a whole and against its
  closest example, with IDF over topics so words every topic shares weigh little;
- character n-gram TF-IDF cosine the same way, which absorbs typos;
- keyword hits (every word of a keyword in the question, allowing a small typo);
- hints: the service and reason `bot.intake.extractor.extract` reads in the question (a match lifts
  a topic about them, a different service or reason lowers it), the service of the request being
  built, and the Rasa intent.

`rank()` returns every topic with a score in [0, 1], best first; the best score is the
confidence. The threshold is chosen on the dev questions by `bench/knowledge_threshold.py`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from bot.intake.extractor import Extraction, extract
from bot.reference.catalog import default_catalog
from bot.reference.knowledge import Knowledge, Language, Topic, default_knowledge
from bot.reference.text import clean

__all__ = ["Hit", "Retriever", "default_retriever", "normalise"]

# Weights of the parts of a score (tuned on tests/knowledge/dev_questions.yml only).
W_WORD, W_CHAR, W_KEYWORD = 0.45, 0.20, 0.35
SERVICE_MATCH, SERVICE_CLASH = 0.06, 0.30
REASON_MATCH, REASON_CLASH = 0.05, 0.20
CONTEXT_MATCH, INTENT_MATCH = 0.05, 0.06
PAIR_WEIGHT, STEM_WEIGHT, ANSWER_WEIGHT = 0.5, 0.5, 0.25
COVER_FLOOR = 0.3  # the confidence kept when none of the question's words is known
# Extractor services that stand for several catalog services ("PINDAH"), from the catalog.
_SERVICE_GROUPS = {g.name: g.services for g in default_catalog().groups}
# Normal tokens that name a service or a reason (after the language section's maps).
_SERVICE_TOKENS = {code.lower(): code for code in default_catalog().codes}
_REASON_TOKENS = {"hilang": "HILANG", "rusak": "RUSAK"}
_STRONG_REASONS = frozenset({"HILANG", "RUSAK"})  # a different one of these rules a topic out
# Tokens added for the places the extractor finds, so keywords can name them.
PLACE_HERE, PLACE_ELSEWHERE = "tempat_kabupaten", "tempat_kota_lain"

_NON_WORD = re.compile(r"[^a-z0-9_]+")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_REDUPLICATED = re.compile(r"\b([a-z]{3,})2\b")  # "anak2" -> "anak"
_MONEY = re.compile(r"\b(?:rp\.?\s*)?\d+(?:[.,]\d+)*\s*(?:rb|ribu|rebu|k|jt|juta)\b")
_SUFFIXES = ("nya", "lah", "kah", "kan", "in", "an", "i")
_PREFIXES = ("meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber", "ter",
             "nge", "di", "ke", "me", "pe", "ng", "se")  # fmt: skip


def stem(word: str) -> str:
    """A light affix stemmer: one particle/suffix and one prefix off, keeping 4+ letters."""
    out = word
    for suffix in _SUFFIXES:
        if out.endswith(suffix) and len(out) - len(suffix) >= 4:
            out = out[: -len(suffix)]
            break
    for prefix in _PREFIXES:
        if out.startswith(prefix) and len(out) - len(prefix) >= 4:
            out = out[len(prefix) :]
            break
    return out


def _replace_runs(tokens: list[str], table: dict[tuple[str, ...], str]) -> list[str]:
    """Replace the longest runs of tokens found in `table` by their value's tokens."""
    longest = max((len(k) for k in table), default=0)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in table:
                out.extend(table[key].split())
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


class _Normaliser:
    """The language section compiled: raw text -> normal tokens."""

    def __init__(self, language: Language) -> None:
        self.words = language.words
        self.phrases = {tuple(self._words(k)): v for k, v in language.phrases.items()}
        single = {s for s in language.stopwords if " " not in s}
        self.stop_runs = {tuple(self._words(s)): "" for s in language.stopwords if " " in s}
        self.stopwords = frozenset(single)
        self.question_cues = tuple(" ".join(self._words(c)) for c in language.question_cues)
        self.request_cues = tuple(" ".join(self._words(c)) for c in language.request_cues)

    def _words(self, text: str) -> list[str]:
        low = _REDUPLICATED.sub(r"\1", _REPEAT.sub(r"\1", clean(text).lower()))
        raw = _NON_WORD.sub(" ", _MONEY.sub(" uang ", low)).split()
        out: list[str] = []
        for word in raw:
            if word.isdigit() and len(word) >= 6:
                word = "nomor"  # a NIK, KK or phone number: what it is, not which
            out.extend(self.words.get(word, word).split())
        return out

    def tokens(self, text: str, *, keep_stopwords: bool = False) -> list[str]:
        tokens = _replace_runs(self._words(text), self.phrases)
        if keep_stopwords:
            return tokens
        tokens = _replace_runs(tokens, self.stop_runs)
        return [t for t in tokens if t not in self.stopwords]


@cache
def _default_normaliser() -> _Normaliser:
    return _Normaliser(default_knowledge().language)


def normalise(text: str) -> list[str]:
    """The packaged knowledge's normal tokens of a text (filler dropped)."""
    return _default_normaliser().tokens(text)


Features = defaultdict[str, float]


def _word_features(tokens: Sequence[str]) -> Features:
    feats: Features = defaultdict(float)
    for t in tokens:
        feats[t] += 1.0
        s = stem(t)
        if s != t:
            feats[s] += STEM_WEIGHT
    for a, b in zip(tokens, tokens[1:], strict=False):
        feats[f"{stem(a)}+{stem(b)}"] += PAIR_WEIGHT
    return feats


def _char_features(tokens: Sequence[str]) -> Features:
    feats: Features = defaultdict(float)
    for t in tokens:
        padded = f"#{t}#"
        for n in (3, 4):
            for i in range(len(padded) - n + 1):
                feats[padded[i : i + n]] += 1.0
    return feats


Vector = dict[str, float]


def _add(total: Features, more: Features) -> None:
    for k, v in more.items():
        total[k] += v


def _weigh(counts: Features, idf: dict[str, float]) -> Vector:
    vec = {k: v * idf.get(k, 0.0) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _idf(docs: Iterable[Features]) -> dict[str, float]:
    docs = list(docs)
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = len(docs)
    return {k: math.log((1 + n) / (1 + d)) + 0.1 for k, d in df.items()}


@dataclass(frozen=True)
class Hit:
    """A topic and how well the question matches it (0..1)."""

    topic: Topic
    score: float


@dataclass
class _Entry:
    topic: Topic
    word: Vector
    char: Vector
    examples: list[tuple[Vector, Vector]]
    keywords: list[tuple[tuple[str, ...], int]]  # normal words, and how many words as written


class Retriever:
    """Scores every topic of a knowledge base against a question."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.norm = _Normaliser(knowledge.language)
        word_docs, char_docs, parts = [], [], []
        for topic in knowledge.topics:
            texts = [self.tokens(x) for x in (topic.title, *topic.examples)]
            keywords = _keywords(self.norm, topic.keywords)
            answer = self.norm.tokens(topic.answer.split("\nFormat:")[0])
            word: Features = defaultdict(float)
            char: Features = defaultdict(float)
            for tokens in [*texts, *[k for k, _ in keywords] * 2]:
                _add(word, _word_features(tokens))
                _add(char, _char_features(tokens))
            for k, v in _word_features(answer).items():
                word[k] += v * ANSWER_WEIGHT
            word_docs.append(word)
            char_docs.append(char)
            parts.append((topic, texts[1:], [k for k in keywords if k[0]]))
        self.word_idf, self.char_idf = _idf(word_docs), _idf(char_docs)
        self.vocabulary = sorted(k for k in self.word_idf if "+" not in k)
        self.entries = [
            _Entry(
                topic=topic,
                word=_weigh(word, self.word_idf),
                char=_weigh(char, self.char_idf),
                examples=[self._vectors(ex) for ex in examples],
                keywords=keywords,
            )
            for (topic, examples, keywords), word, char in zip(
                parts, word_docs, char_docs, strict=True
            )
        ]

    def tokens(self, text: str) -> list[str]:
        """Normal tokens, plus one token per place the extractor finds (Kab. Tangerang or the
        neighbouring cities)."""
        tokens = self.norm.tokens(text)
        return tokens + _place_tokens(extract(text)) if tokens else tokens

    def _vectors(self, tokens: Sequence[str]) -> tuple[Vector, Vector]:
        return (
            _weigh(_word_features(tokens), self.word_idf),
            _weigh(_char_features(tokens), self.char_idf),
        )

    def rank(
        self,
        text: str,
        *,
        intent: str | None = None,
        layanan: str | None = None,
        alasan: str | None = None,
    ) -> list[Hit]:
        """Every topic scored against `text`, best first. `layanan` is the service of the
        request being built (a weak hint); `alasan` a reason the dialogue already knows."""
        tokens = self.tokens(text)
        if not tokens:
            return [Hit(e.topic, 0.0) for e in self.entries]
        found = extract(text)
        services = self._services(tokens, found)
        reasons = {_REASON_TOKENS[t] for t in tokens if t in _REASON_TOKENS}
        reasons.update(r for r in (found.alasan, alasan and alasan.upper()) if r)
        word, char = self._vectors(tokens)
        cover = self._coverage(tokens)
        hits = []
        for entry in self.entries:
            score = self._similarity(entry, tokens, word, char)
            score += self._hints(entry.topic, services, reasons, layanan, intent)
            hits.append(Hit(entry.topic, min(1.0, max(0.0, score * cover))))
        return sorted(hits, key=lambda h: -h.score)

    def services(self, text: str) -> set[str]:
        """The catalog services a text names (words like "ktp", "surat pindah", or the
        extractor's reading)."""
        return self._services(self.norm.tokens(text), extract(text))

    @staticmethod
    def _services(tokens: list[str], found: Extraction) -> set[str]:
        services = {_SERVICE_TOKENS[t] for t in tokens if t in _SERVICE_TOKENS}
        services.update(_SERVICE_GROUPS.get(found.layanan or "", (found.layanan or "",)))
        services.discard("")
        return services

    def _coverage(self, tokens: list[str]) -> float:
        """The IDF-weighted share of the question's words the knowledge knows (typos allowed):
        a question mostly about something else ("harga beras") is not confidently answered."""
        rare = max(self.word_idf.values(), default=1.0)
        total = known = 0.0
        for t in tokens:
            weight = self.word_idf.get(t, rare)
            total += weight
            if t in self.word_idf or stem(t) in self.word_idf or self._near(t):
                known += weight
        share = known / total if total else 0.0
        return COVER_FLOOR + (1.0 - COVER_FLOOR) * share

    def _near(self, token: str) -> bool:
        if len(token) < 5:
            return False
        return (
            process.extractOne(token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=85)
            is not None
        )

    def _similarity(self, entry: _Entry, tokens: list[str], word: Vector, char: Vector) -> float:
        best_word = max((_cosine(word, w) for w, _ in entry.examples), default=0.0)
        best_char = max((_cosine(char, c) for _, c in entry.examples), default=0.0)
        w = 0.5 * _cosine(word, entry.word) + 0.5 * best_word
        c = 0.5 * _cosine(char, entry.char) + 0.5 * best_char
        return W_WORD * w + W_CHAR * c + W_KEYWORD * _keyword_score(entry.keywords, tokens)

    @staticmethod
    def _hints(
        topic: Topic,
        services: set[str],
        reasons: set[str],
        context: str | None,
        intent: str | None,
    ) -> float:
        bonus = 0.0
        if services and not topic.about_layanan:
            bonus += SERVICE_MATCH  # a general topic (cost, hours, ...) holds for every service
        elif services:
            bonus += SERVICE_MATCH if services & set(topic.about_layanan) else -SERVICE_CLASH
        elif context and context.upper() in topic.about_layanan:
            bonus += CONTEXT_MATCH
        if reasons and topic.about_alasan:
            if reasons & set(topic.about_alasan):
                bonus += REASON_MATCH
            elif reasons & _STRONG_REASONS:
                bonus -= REASON_CLASH
        if intent and intent in topic.intents:
            bonus += INTENT_MATCH
        return bonus


def _keywords(norm: _Normaliser, keywords: Iterable[str]) -> list[tuple[tuple[str, ...], int]]:
    """Each distinct keyword as normal tokens, with its size in words (a joined phrase such
    as "data_pribadi" counts two; "kartu anak" -> "kia" counts one)."""
    out: dict[tuple[str, ...], int] = {}
    for keyword in keywords:
        tokens = tuple(norm.tokens(keyword))
        out[tokens] = sum(1 + ("_" in t) for t in tokens)
    return list(out.items())


def _place_tokens(found: Extraction) -> list[str]:
    here = [v for k, v in found.values.items() if k in ("desa", "kecamatan")]
    for key in ("desa", "kecamatan"):
        here.extend(found.ambiguous.get(key, ()) if key == "kecamatan" else ())
    return [PLACE_HERE] * len(here) + ([PLACE_ELSEWHERE] if found.referral else [])


def _has(word: str, tokens: set[str], stems: set[str]) -> bool:
    if word in tokens or stem(word) in stems:
        return True
    if len(word) < 5:
        return False
    return any(len(t) >= 5 and fuzz.ratio(word, t) >= 85 for t in tokens)


def _keyword_score(keywords: list[tuple[tuple[str, ...], int]], tokens: list[str]) -> float:
    """1 - prod(1 - s) over the keywords found; a keyword of more words counts more."""
    present, stems = set(tokens), {stem(t) for t in tokens}
    miss = 1.0
    for keyword, size in keywords:
        if all(_has(w, present, stems) for w in keyword):
            miss *= 1.0 - min(0.8, 0.45 + 0.2 * (size - 1))
    return 1.0 - miss


@cache
def default_retriever() -> Retriever:
    """The retriever over the packaged knowledge, built once on first use."""
    return Retriever(default_knowledge())
