"""One turn of a conversation: the state and a message in; the replies and the new state out.

The order of judgement, each step a small function:
1. an open yes/no question (a place suggestion, an offer) takes "ya" / "tidak";
2. at confirmation, "ya" hands the request to the officers; anything else may correct it;
3. cancel; a `#` line; a village-office helper declaring themself;
4. a ticket code (status), a complaint or a wish for a person (forwarded to an officer);
5. a question is answered (then the assistant offers to start the request);
6. whatever the extractor and the parser read fills or corrects the request, and the next
   question is the first missing field;
7. greetings, thanks, and only then "belum paham".
Rasa's intent is a hint for what extraction cannot tell (greeting, question, cancel, human).
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field

from bot import replies
from bot.answers import answer_question, checklist, question_score
from bot.catalog import Service
from bot.conversation.port import QueuePort
from bot.conversation.request import (
    Reading,
    answer_suggestion,
    apply,
    read,
    read_correction,
    service_of,
    take_answer,
)
from bot.conversation.signals import (
    asks_for_service,
    asks_lookup,
    complaint,
    is_cancel,
    is_helper,
    is_no,
    is_yes,
    name_is_a_word,
    starts_with_yes,
    switches_service,
    ticket_code_in,
    wants_human,
)
from bot.conversation.state import HELPER_FIELDS, State
from bot.errors import FieldError
from bot.fields import check_name, check_phone
from bot.parser import Verdict, looks_like_hash_line, parse, render

__all__ = ["Incoming", "Outcome", "Reply", "respond"]

QUESTION_INTENTS = {
    "tanya_syarat",
    "tanya_format",
    "tanya_biaya",
    "tanya_jam",
    "tanya_lokasi",
    "tanya_lama",
    "tanya_istilah",
}
SERVICE_INTENTS = {
    "minta_ktp": "KTP",
    "minta_kk": "KK",
    "minta_kia": "KIA",
    "minta_skpwni": "SKPWNI",
    "minta_skdwn": "SKDWN",
}
QUESTION_THRESHOLD = 0.5
INTENT_MARGIN = 0.2  # a confident question intent lowers the bar this much
_PHONE = re.compile(r"(?:\+?62|\b0)8[\d\s.\-]{8,15}\d")
SURE = 0.8


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (title, payload)


@dataclass(frozen=True)
class Incoming:
    text: str
    sender_id: str
    intent: str | None = None
    confidence: float = 0.0
    transcript: tuple[str, ...] = ()  # earlier lines "Warga: …" / "Asisten: …", oldest first


@dataclass
class Outcome:
    state: State
    replies: list[Reply] = field(default_factory=list)
    offered: str | None = None  # the service offered last turn, when this message is not yes/no

    def say(self, text: str, buttons: tuple[tuple[str, str], ...] = ()) -> None:
        if text and all(r.text != text for r in self.replies):
            self.replies.append(Reply(text, buttons))


YES_NO = (("Ya", "ya"), ("Tidak", "tidak"))
CONFIRM_BUTTONS = (("Ya, kirim", "ya"), ("Batal", "batal"))
REASON_BUTTONS = (("PEMULA", "pemula"), ("HILANG", "hilang"), ("RUSAK", "rusak"))
SERVICE_BUTTONS = (
    ("KTP-el", "mau urus KTP"),
    ("Kartu Keluarga", "mau urus KK"),
    ("KIA", "mau buat KIA"),
    ("Surat pindah keluar", "mau urus surat pindah keluar"),
    ("Surat pindah datang", "mau urus pindah datang"),
)


def respond(state: State, message: Incoming, port: QueuePort) -> Outcome:
    """The assistant's answer to one message."""
    out = Outcome(state.copy())
    text = message.text.strip()
    if not text:
        out.say(replies.NOT_UNDERSTOOD)
        return out
    for step in (_pending_answer, _confirmation, _controls, _service_turn, _small_talk):
        if step(out, text, message, port):
            if step is not _small_talk:
                out.state.gagal = 0
            return out
    _not_understood(out)
    return out


# --- 1. open yes/no questions -----------------------------------------------------------
def _pending_answer(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if st.saran_tempat:
        said = answer_suggestion(st, text)
        if said is not None:
            for line in said:
                out.say(line)
            _next(out, message, port)
            return True
    offer, st.tawaran = st.tawaran, None
    if offer is None or not (is_yes(text) or is_no(text)):
        if offer and offer.startswith("mulai:"):
            out.offered = offer.removeprefix("mulai:")
        return False
    if offer == "petugas":
        if is_yes(text):
            out.say(port.forward(_transcript(message), message.sender_id))
        else:
            out.say(replies.NOT_FORWARDED)
    elif offer.startswith("mulai:"):
        if is_yes(text):
            _start(out, offer.removeprefix("mulai:"), message, port)
        else:
            out.say(replies.OFFER_DECLINED)
    elif offer == "warga_berikut":
        if is_yes(text):
            st.warga = {}
            out.say(replies.HELPER_START)
        else:
            st.mode_petugas_desa = False
            out.say(replies.HELPER_DONE)
    return True


# --- 2. confirmation ----------------------------------------------------------------------
def _confirmation(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if not st.menunggu_konfirmasi:
        return False
    if is_yes(text):
        _submit(out, message, port)
        return True
    if is_cancel(text):
        _cancel(out)
        return True
    if is_no(text):
        out.say(replies.ASK_CORRECTION)
        return True
    service = service_of(st.layanan)
    if service is None:
        return False
    reading = read_correction(text, service.code, dict(st.fields))
    if not _relevant(reading, service):
        if _question(out, text, message):
            out.say(replies.CONFIRM_PROMPT, CONFIRM_BUTTONS)
        else:
            out.say(replies.ASK_CORRECTION)
        return True
    before = dict(st.fields)
    for line in apply(st, service, reading, None):
        out.say(line)
    if st.fields == before and not st.saran_tempat and not st.diminta:
        if starts_with_yes(text):
            _submit(out, message, port)
        else:
            out.say(replies.NOTHING_CHANGED, CONFIRM_BUTTONS)
        return True
    st.menunggu_konfirmasi = False
    _next(out, message, port)
    return True


def _relevant(reading: Reading, service: Service) -> bool:
    return any(name in service.field_names for name in reading.values)


# --- 3./4. controls -------------------------------------------------------------------------
def _controls(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    sure = message.confidence >= SURE
    if is_cancel(text) or (message.intent == "batal" and sure and len(text) < 40):
        _cancel(out)
        return True
    if looks_like_hash_line(text) and not st.mode_petugas_desa and not st.layanan:
        verdict = parse(text)
        if verdict.ok and _typed_as_canonical(text, verdict):
            submit_line(out, verdict, message, port)
            return True
    if is_helper(text) or (message.intent == "petugas_desa" and sure):
        st.mode_petugas_desa = True
        if not read(text, st.layanan).has_data:
            st.warga = {}
            out.say(replies.HELPER_START)
            return True
        return False
    code = ticket_code_in(text)
    if code is not None:
        out.say(port.status(code, message.sender_id))
        if complaint(text):
            out.say(port.forward(_transcript(message), message.sender_id))
        return True
    if asks_lookup(text) and not asks_for_service(text) and not _a_request(text, st):
        out.say(replies.NO_NIK_LOOKUP)
        return True
    if complaint(text) and not _carries_numbers(read(text, st.layanan)):
        out.say(replies.COMPLAINT_HEARD)
        out.say(port.forward(_transcript(message), message.sender_id))
        return True
    if wants_human(text) or (message.intent == "minta_petugas" and sure and len(text) < 60):
        out.say(port.forward(_transcript(message), message.sender_id))
        return True
    return False


# --- 5./6. questions and the request --------------------------------------------------------
def _service_turn(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if st.diminta in HELPER_FIELDS and st.layanan:
        return _helper_turn(out, text, message, port)
    reading = read(text, st.layanan)
    if reading.referral and not st.fields.keys() & {"desa", "kecamatan"}:
        out.say(reading.referral)
        st.forget_request()
        return True
    asked = _is_question(text, message) and not reading.identifies
    if asked and st.diminta and _answers_the_question_asked(st, reading):
        asked = False
    if asked:
        _question(out, text, message)
        if st.layanan:
            _next(out, message, port)
        return True
    layanan = _service_named(st, reading, message, text)
    if layanan is None and reading.has_data and out.offered:
        layanan = out.offered
    if layanan is None and st.mode_petugas_desa and _resident_first(out, text):
        return True
    if layanan is None:
        if reading.has_data or st.diminta == "layanan":
            st.fields.update(reading.values)
            st.diminta = "layanan"
            out.say(replies.ASK_SERVICE_KEEPING, SERVICE_BUTTONS)
            return True
        return _answer_asked_field(out, text, message, port)
    if layanan != st.layanan:
        _switch(out, layanan)
    service = service_of(layanan)
    assert service is not None
    for line in reading.line_errors:
        out.say(line)
    before = dict(st.fields), dict(st.warga)
    for line in apply(st, service, reading, st.diminta):
        out.say(line)
    if st.mode_petugas_desa:
        _helper_values(st, text)
    changed = (dict(st.fields), dict(st.warga)) != before or st.saran_tempat
    if not changed and st.diminta and not reading.has_data:
        for line in take_answer(st, service, st.diminta, text):
            out.say(line)
    _next(out, message, port)
    return True


def _helper_turn(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    """The resident's name / phone asked at the end of a helper's request."""
    st = out.state
    _helper_values(st, text)
    rest = _PHONE.sub(" ", text)
    if st.diminta == "nama_warga" and "nama_warga" not in st.warga:
        for line in take_answer(st, service_of(st.layanan), "nama_warga", rest):
            out.say(line)
    elif st.diminta == "telepon_warga" and "telepon_warga" not in st.warga:
        for line in take_answer(st, service_of(st.layanan), "telepon_warga", text):
            out.say(line)
    _next(out, message, port)
    return True


def _resident_first(out: Outcome, text: str) -> bool:
    """A helper may name the resident (and phone) before the request."""
    st = out.state
    before = dict(st.warga)
    _helper_values(st, text)
    if "nama_warga" not in st.warga and not name_is_a_word(text) and len(text.split()) <= 5:
        with suppress(FieldError):
            st.warga["nama_warga"] = check_name("nama_warga", _PHONE.sub(" ", text))
    if st.warga == before:
        return False
    out.say(replies.HELPER_RESIDENT_NOTED.format(nama=st.warga.get("nama_warga", "-")))
    return True


def _answers_the_question_asked(st: State, reading: Reading) -> bool:
    return st.diminta in ("alamat_pindah", "keperluan")


def _service_named(st: State, reading: Reading, message: Incoming, text: str) -> str | None:
    hinted = SERVICE_INTENTS.get(message.intent or "") if message.confidence >= SURE else None
    named = reading.layanan or (hinted if not st.layanan else None)
    if named and st.layanan and named != st.layanan:
        # A service word inside a request ("no kk", "sesuai KK") does not switch it; the
        # resident asking for another document, or correcting the kind, does.
        return named if asks_for_service(text) or switches_service(text) else st.layanan
    return named or st.layanan


def _switch(out: Outcome, layanan: str) -> None:
    st = out.state
    service = service_of(layanan)
    assert service is not None
    if st.layanan is not None:
        out.say(replies.SWITCHED.format(title=service.title))
    st.layanan = layanan
    st.fields = {k: v for k, v in st.fields.items() if k in service.field_names}
    if layanan == "KK" and "nama" in st.fields:
        st.fields["nama_kepala_keluarga"] = st.fields.pop("nama")
    st.diminta = None
    st.menunggu_konfirmasi = False


def _answer_asked_field(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if not st.diminta:
        return False
    if message.intent in {"greet", "thanks", "goodbye"} and message.confidence >= SURE:
        return False
    for line in take_answer(st, service_of(st.layanan), st.diminta, text):
        out.say(line)
    _next(out, message, port)
    return True


def _helper_values(st: State, text: str) -> None:
    """A helper's message may carry the resident's phone number."""
    phone = _PHONE.search(text)
    if phone and "telepon_warga" not in st.warga:
        with suppress(FieldError):
            st.warga["telepon_warga"] = check_phone("telepon_warga", phone.group(0))


def _a_request(text: str, st: State) -> bool:
    """A message naming a service with both numbers is a request, whatever else it says."""
    reading = read(text, st.layanan)
    return bool(reading.layanan) and {"nik", "no_kk"} <= reading.firm


def _carries_numbers(reading: Reading) -> bool:
    return any(n in reading.values for n in ("nik", "no_kk", "no_skpwni"))


def _is_question(text: str, message: Incoming) -> bool:
    if asks_for_service(text):
        return False
    score = question_score(text)
    if message.intent in QUESTION_INTENTS and message.confidence >= SURE:
        return bool(score >= QUESTION_THRESHOLD - INTENT_MARGIN)
    return bool(score >= QUESTION_THRESHOLD)


def _question(out: Outcome, text: str, message: Incoming) -> bool:
    st = out.state
    answer = answer_question(text, intent=message.intent, layanan=None, alasan=None)
    out.say(answer.text)
    if answer.clarify:
        st.tawaran = "petugas"
        return True
    if not st.layanan and answer.layanan and service_of(answer.layanan):
        title = service_of(answer.layanan).title  # type: ignore[union-attr]
        out.say(replies.OFFER_START.format(title=title), YES_NO)
        st.tawaran = f"mulai:{answer.layanan}"
    return True


def _start(out: Outcome, layanan: str, message: Incoming, port: QueuePort) -> None:
    _switch(out, layanan)
    _next(out, message, port)


# --- the next question, confirmation, submission ------------------------------------------
def _next(out: Outcome, message: Incoming, port: QueuePort) -> None:
    """Ask the first missing field, or show the request for confirmation."""
    st = out.state
    service = service_of(st.layanan)
    if service is None:
        return
    if st.saran_tempat:
        st.diminta = "saran_tempat"
        return
    missing = [n for n in service.field_names if not st.fields.get(n)]
    if st.diminta == "kecamatan" and "kecamatan" in missing and "desa" in st.fields:
        missing.remove("kecamatan")
        missing.insert(0, "kecamatan")
    if not missing and st.mode_petugas_desa:
        _resident_is_the_applicant(st, service)
        missing = [n for n in HELPER_FIELDS if not st.warga.get(n)]
    if missing:
        _ask(out, service, missing[0])
        return
    verdict = parse(render(service, st.fields))
    if not verdict.ok:
        for error in verdict.errors:
            out.say(error.message)
            st.fields.pop(error.field, None)
        first = next((n for n in service.field_names if not st.fields.get(n)), None)
        if first:
            _ask(out, service, first)
        return
    st.diminta = None
    _confirm(out, verdict)


APPLICANT_NAME = {"KTP": "nama", "SKPWNI": "nama", "KK": "nama_kepala_keluarga"}


def _resident_is_the_applicant(st: State, service: Service) -> None:
    """For a helper, the resident of a KTP / KK / pindah request is the person named in it;
    a KIA (a child) or a pindah datang asks for the resident's name."""
    name = st.fields.get(APPLICANT_NAME.get(service.code, ""))
    if name and "nama_warga" not in st.warga:
        st.warga["nama_warga"] = name


def _ask(out: Outcome, service: Service, slot: str) -> None:
    st = out.state
    already = st.diminta == slot and any(
        r.text.startswith(("Desa ", "Mohon", "Maksud")) or "Contoh" in r.text for r in out.replies
    )
    st.diminta = slot
    if already and slot in ("kecamatan",):
        return
    buttons = REASON_BUTTONS if slot == "alasan" else ()
    out.say(replies.question_for(slot, service), buttons)


def _confirm(out: Outcome, verdict: Verdict) -> None:
    assert verdict.service is not None and verdict.canonical is not None
    service = verdict.service
    out.say(f"Mohon periksa permohonan {service.title} Bapak/Ibu:")
    out.say(verdict.canonical)
    out.say(readable_fields(service, verdict.fields))
    for warning in verdict.warnings:
        out.say(f"Catatan: {warning.message}")
    out.say(checklist(verdict))
    out.say(replies.CONFIRM_PROMPT, CONFIRM_BUTTONS)
    out.state.menunggu_konfirmasi = True


def readable_fields(service: Service, fields: dict[str, str]) -> str:
    """'- NIK: …' lines in the template's order, for the resident to check."""
    return "\n".join(f"- {f.label}: {fields.get(f.name, '')}" for f in service.fields)


def _submit(out: Outcome, message: Incoming, port: QueuePort) -> None:
    st = out.state
    service = service_of(st.layanan)
    verdict = parse(render(service, st.fields)) if service else None
    if verdict is None or not verdict.ok:
        st.forget_request()
        out.say(replies.ASK_SERVICE, SERVICE_BUTTONS)
        return
    helper = None
    if st.mode_petugas_desa:
        helper = {
            "helper_name": "petugas desa/kecamatan",
            "resident_name": st.warga.get("nama_warga"),
            "resident_phone": st.warga.get("telepon_warga"),
        }
    for line in port.submit(verdict, message.sender_id, helper):
        out.say(line)
    st.forget_request()
    if st.mode_petugas_desa:
        st.warga = {}
        st.tawaran = "warga_berikut"
        out.say(replies.ASK_NEXT_RESIDENT, YES_NO)


def _typed_as_canonical(text: str, verdict: Verdict) -> bool:
    """A line the resident typed exactly in the office's format (case aside) needs no
    confirmation; a repaired one is shown first."""
    typed = " ".join(text.upper().split()).replace(" #", "#").replace("# ", "#").strip("#")
    return typed == (verdict.canonical or "").strip("#")


def submit_line(out: Outcome, verdict: Verdict, message: Incoming, port: QueuePort) -> None:
    """A correct `#` line from a resident is queued at once."""
    for line in port.submit(verdict, message.sender_id, None):
        out.say(line)
    out.state.forget_request()


def _cancel(out: Outcome) -> None:
    st = out.state
    busy = bool(st.layanan or st.fields or st.menunggu_konfirmasi)
    out.say(replies.CANCELLED if busy else replies.NOTHING_TO_CANCEL)
    st.forget_request()
    st.tawaran = None


# --- 7. small talk and misunderstanding -----------------------------------------------------
SMALL_TALK = {
    "greet": replies.GREETING,
    "thanks": replies.THANKS,
    "goodbye": replies.GOODBYE,
    "out_of_scope": replies.OUT_OF_SCOPE,
}


def _small_talk(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    line = SMALL_TALK.get(message.intent or "")
    if line is None or message.confidence < 0.5:
        if (is_yes(text) or is_no(text)) and not st.layanan:
            out.say(replies.ASK_SERVICE, SERVICE_BUTTONS)
            return True
        return False
    out.say(line)
    if st.layanan:
        _next(out, message, port)
    return True


def _not_understood(out: Outcome) -> None:
    st = out.state
    st.gagal += 1
    if st.gagal >= 2:
        out.say(replies.OFFER_OFFICER_AFTER_MISUNDERSTANDING, YES_NO)
        st.tawaran = "petugas"
        return
    out.say(replies.NOT_UNDERSTOOD)
    if st.diminta and st.layanan:
        service = service_of(st.layanan)
        if service is not None and st.diminta in service.field_names:
            out.say(replies.question_for(st.diminta, service))


def _transcript(message: Incoming) -> list[str]:
    return [*message.transcript, f"Warga: {message.text}"][-20:]
