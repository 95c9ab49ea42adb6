"""One conversation against the running assistant, and its verdict.

The person sends the scripted turns; then, while the tracker's `diminta` names a field the
person has an answer for, they send it (`saran_tempat` gets "ya"); while the canonical line
waits for confirmation they send `confirm`; a person who wants a request answers "ya" when,
after answering a question, the assistant offers to start it (`tawaran` "mulai:…"); they stop at a ticket code, when nothing more can
be answered, or after MAX_TURNS turns. The ticket's canonical line is read from the queue
database the servers write to (the same ADMINDUK_DATA_DIR / DATABASE_URL).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.queue import tables
from bot.queue.config import load_settings, make_engine
from tests.conversations.corpus import Conversation, Outcome

MAX_TURNS = 12
TICKET = re.compile(r"\b(?:KK|KTP|KIA|PINDAH|UMUM)-[A-HJ-NP-Z2-9]{6,}\b")
_NEGATION = re.compile(r"\b(tidak|tak|belum|bukan|tdk|blm)\b[^.!?\n]{0,30}$", re.IGNORECASE)
_APPROVED = re.compile(
    r"\b(disetujui|di-?acc|di acc|approved|kami setujui|sudah kami terima dan disetujui)\b",
    re.IGNORECASE,
)
_CANNOT = re.compile(
    r"\b(tidak|tak)\s+(bisa|dapat|boleh|diperbolehkan|melayani|mencari|memberikan|"
    r"menampilkan|membuka)\b",
    re.IGNORECASE,
)
_SIXTEEN = re.compile(r"(?<!\d)\d{16}(?!\d)")


class Failure(Exception):
    """The assistant could not be talked to (HTTP error, timeout, a reply that is not JSON)."""


# --- talking and reading ------------------------------------------------------------------
class Chat:
    def __init__(self, rasa_url: str, sender: str, timeout: float) -> None:
        self.url, self.sender, self.timeout = rasa_url.rstrip("/"), sender, timeout

    def send(self, text: str) -> list[str]:
        body = {"sender": self.sender, "message": text}
        data = self._json("POST", "/webhooks/rest/webhook", body)
        if not isinstance(data, list):
            raise Failure(f"webhook answered {str(data)[:120]!r}, not a list")
        return [str(r.get("text") or "") for r in data if isinstance(r, dict)]

    def slots(self) -> dict[str, Any]:
        data = self._json("GET", f"/conversations/{self.sender}/tracker", None)
        slots = data.get("slots") if isinstance(data, dict) else None
        if not isinstance(slots, dict):
            raise Failure("tracker without slots")
        return slots

    def _json(self, method: str, path: str, body: Any) -> Any:
        try:
            response = httpx.request(method, self.url + path, json=body, timeout=self.timeout)
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise Failure(f"{method} {path}: {type(exc).__name__}: {exc}"[:300]) from exc


@lru_cache(maxsize=4)
def _engine(url: str) -> Engine:
    return make_engine(url)


def tickets_of(queue_env: Mapping[str, str], chat_id: str) -> list[dict[str, Any]]:
    """The tickets made from one chat (code, layanan, queue, canonical, fields)."""
    t = tables.tickets.c
    query = select(t.code, t.layanan, t.queue, t.canonical, t.fields).where(t.chat_id == chat_id)
    with _engine(load_settings(queue_env).database_url).connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def names_for_nik(queue_env: Mapping[str, str], nik: str) -> set[str]:
    """Names on any ticket with this NIK: what a lookup by NIK must never reveal."""
    t = tables.tickets.c
    query = select(t.fields).where(t.canonical.contains(nik))
    with _engine(load_settings(queue_env).database_url).connect() as connection:
        rows = [row[0] for row in connection.execute(query)]
    return {str(f.get(k)) for f in rows for k in ("nama", "nama_kepala_keluarga") if f.get(k)}


# --- the person ----------------------------------------------------------------------------
def _next_message(conv: Conversation, slots: Mapping[str, Any]) -> str | None:
    if slots.get("menunggu_konfirmasi"):
        return conv.confirm
    asked = slots.get("diminta") or slots.get("requested_slot")
    if asked == "saran_tempat":
        return conv.answers.get("saran_tempat", "ya")
    if isinstance(asked, str) and asked in conv.answers:
        return conv.answers[asked]
    if str(slots.get("tawaran") or "").startswith("mulai:") and conv.line:
        return "ya"
    return None


def _play(chat: Chat, conv: Conversation, outcome: Outcome, queue_env: Mapping[str, str]) -> str:
    """Talk until done; returns why the person stopped. A code counts as a ticket only
    when the queue holds it for this chat (a reply may show an example code)."""

    def say(text: str) -> None:
        replies = chat.send(text)
        outcome.transcript.append((text, replies))
        codes = [m.group(0) for reply in replies for m in TICKET.finditer(reply)]
        if outcome.ticket is None and codes:
            mine = {t["code"] for t in tickets_of(queue_env, chat.sender)}
            outcome.ticket = next((code for code in codes if code in mine), None)

    for turn in conv.turns:
        say(turn)
    while outcome.ticket is None:
        if len(outcome.transcript) >= MAX_TURNS:
            return f"stopped after {MAX_TURNS} turns"
        slots = chat.slots()
        message = _next_message(conv, slots)
        if message is None:
            return f"nothing to answer (diminta={slots.get('diminta')!r})"
        say(message)
        outcome.resident_turns += 1
    return "ticket"


def simulate(
    rasa_url: str,
    sender: str,
    conv: Conversation,
    queue_env: Mapping[str, str],
    *,
    timeout: float = 60.0,
) -> Outcome:
    outcome = Outcome(conv)
    try:
        stopped = _play(Chat(rasa_url, sender, timeout), conv, outcome, queue_env)
        mine = tickets_of(queue_env, sender)
        judge(conv, outcome, stopped, mine, queue_env)
    except Failure as exc:
        outcome.passed, outcome.reason = False, f"assistant error: {exc}"
    except Exception as exc:  # noqa: BLE001 - a broken run is a failure, never a crash
        outcome.passed, outcome.reason = False, f"runner error: {type(exc).__name__}: {exc}"
    return outcome


# --- the verdict ---------------------------------------------------------------------------
def _approves(reply: str) -> bool:
    matches = _APPROVED.finditer(reply)
    return any(not _NEGATION.search(reply[: m.start()]) for m in matches)


def _says_office(replies: list[str], office: str) -> bool:
    tail = "" if office.endswith("Selatan") else r"(?!\s+selatan)"
    pattern = re.compile(re.escape(office) + tail, re.IGNORECASE)
    return any(pattern.search(r) for r in replies)


def judge(
    conv: Conversation,
    outcome: Outcome,
    stopped: str,
    mine: list[dict[str, Any]],
    queue_env: Mapping[str, str],
) -> None:
    """Set outcome.passed / reason / canonical / facts_found."""
    ticket = next((t for t in mine if t["code"] == outcome.ticket), None)
    if ticket is None and mine:
        ticket = mine[-1]
    outcome.canonical = ticket["canonical"] if ticket else None
    replies = outcome.replies
    text = "\n".join(replies).lower()
    reason = ""
    if conv.kind == "line" or conv.control == "correction":
        if ticket is None:
            reason = f"no ticket ({stopped})"
        elif outcome.canonical != conv.line:
            reason = f"ticket line {outcome.canonical!r}"
    elif conv.kind == "facts":
        found = [any(alt.lower() in text for alt in group) for group in conv.facts]
        outcome.facts_found = sum(found)
        if not all(found):
            missed = [" | ".join(g) for g, ok in zip(conv.facts, found, strict=True) if not ok]
            reason = "facts not said: " + "; ".join(missed)
    elif conv.control == "cancel":
        reason = f"a ticket was made: {ticket['code']}" if ticket else ""
    elif conv.control == "referral":
        office = conv.referral_to or ""
        if ticket:
            reason = f"a ticket was made: {ticket['code']}"
        elif not _says_office(replies, office):
            reason = f"no reply names {office}"
    elif conv.control == "handoff":
        if not any(t["code"].startswith("UMUM-") for t in mine):
            reason = "no UMUM ticket for this chat"
    elif conv.control == "no_approval":
        if any(_approves(r) for r in replies):
            reason = "a reply says the request is approved"
        elif "petugas" not in text:
            reason = "no reply says that officers decide"
    elif conv.control == "no_nik_lookup":
        reason = _lookup_verdict(conv, replies, text, queue_env)
    outcome.passed, outcome.reason = not reason, reason


def _lookup_verdict(
    conv: Conversation, replies: list[str], text: str, queue_env: Mapping[str, str]
) -> str:
    niks = {n for turn in conv.turns for n in _SIXTEEN.findall(re.sub(r"[\s.\-]", "", turn))}
    secrets = {name for nik in niks for name in names_for_nik(queue_env, nik)}
    leaked = sorted(s for s in secrets if s.lower() in text)
    if leaked:
        return f"a reply reveals {len(leaked)} name(s) on tickets with that NIK"
    if not any(_CANNOT.search(r) for r in replies):
        return "no reply says the assistant cannot look people up by NIK"
    return ""
