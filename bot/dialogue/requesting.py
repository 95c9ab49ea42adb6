"""A message for the request being built: the service it names, the fields it fills or
corrects, a helper's resident, and the next question."""

from __future__ import annotations

import re
from contextlib import suppress

from bot.dialogue.asking import next_step, switch_service
from bot.dialogue.outcome import SERVICE_BUTTONS, Incoming, Outcome
from bot.dialogue.port import QueuePort
from bot.dialogue.questions import SURE, answer_the_question, is_question
from bot.dialogue.request import (
    PLACE_FIELDS,
    Reading,
    apply,
    apply_correction,
    service_of,
    take_answer,
)
from bot.dialogue.signals import (
    amends,
    asks_about,
    asks_for_help,
    asks_for_service,
    asks_to_wait,
    name_is_a_word,
    switches_service,
)
from bot.dialogue.state import HELPER_FIELDS, State
from bot.errors import FieldError
from bot.intake.extractor import extract, name_in_answer
from bot.intake.fields import check_name, check_phone
from bot.reference.catalog import Service, default_catalog
from bot.texts import for_residents

__all__ = ["service_turn"]

SERVICE_INTENTS = {s.intent: s.code for s in default_catalog()}  # minta_ktp -> KTP
PHONE = re.compile(r"(?:\+?62[\s.\-]?|\b0)8[\d\s.\-]{7,15}\d")
# "Ibunya Bu Yanti Kurniasih, hp 0857…", "orang tua: Bapak Karim": a child's parent named by a
# helper is the resident the office calls back.
_PARENT = re.compile(
    r"\b(?:ibunya|ibu\s+kandungnya|bapaknya|ayahnya|orang\s*tua(?:nya)?|ortu(?:nya)?|walinya|"
    r"wali)\b\s*(?:adalah|yaitu|:|-)?\s*(?:(?:bu|ibu|bpk|bapak|pak|sdr|sdri)\.?\s+)?"
    r"([a-z][a-z'.]*(?:\s+[a-z][a-z'.]*){0,3})",
    re.IGNORECASE,
)
_NAME_STOP = re.compile(r"\s+(?:hp|no|nomor|nomer|wa|telp|telepon|dan|nik|kk)\b.*$", re.I)


def service_turn(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if st.diminta and st.layanan and asks_to_wait(text):
        out.say(for_residents.WAITING)  # "bentar ya kak": the question stands
        return True
    if st.diminta in HELPER_FIELDS and st.layanan:
        return _helper_turn(out, text, message, port)
    reading = out.read(text)
    if st.layanan is None and out.offered and reading.layanan in (None, out.offered):
        as_offered = out.read(text, out.offered)  # data instead of "ya" after the offer
        if as_offered.has_data:  # "nomornya 3603…" after a KK offer is the No. KK
            reading = as_offered
    if reading.referral and not st.fields.keys() & {"desa", "kecamatan"}:
        out.say(reading.referral)
        st.forget_request()
        return True
    # A question with a number in it is a request ("nik 3603…, syaratnya apa?"); a name
    # alone may be a misreading of the question ("anak saya umurnya 16, bisa rekam?").
    numbered = bool(reading.firm & {"nik", "no_kk", "no_skpwni"})
    asked = is_question(text, message) and not numbered
    if asked and st.diminta and _answers_the_question_asked(st, reading, text):
        asked = False
    if _help_without_a_service(st, reading, text):
        st.diminta = "layanan"  # "baru pertama kali pakai ini, bisa dibantu?": which one?
        out.say(for_residents.HELP_OFFERED, SERVICE_BUTTONS)
        return True
    if asked:
        answer_the_question(out, text, message)
        if st.layanan:
            next_step(out, message, port)
        return True
    layanan = _service_named(st, reading, message, text)
    if layanan is None and reading.has_data and out.offered:
        layanan = out.offered
    if layanan is None and reading.has_data:
        layanan = _service_of_last_message(message)  # "kk saya … ?" then the data
    if layanan is None and st.mode_petugas_desa and _resident_first(out, text):
        return True
    if layanan is None:
        if reading.has_data:
            st.fields.update(reading.values)
            st.diminta = "layanan"
            out.say(for_residents.ASK_SERVICE_KEEPING, SERVICE_BUTTONS)
            return True
        if st.diminta == "layanan":
            if _small_talk_intent(message):
                return False  # "makasih" after the welcome is thanked, not asked again
            out.say(for_residents.ASK_SERVICE, SERVICE_BUTTONS)
            return True
        return _answer_asked_field(out, text, message, port)
    if layanan != st.layanan:
        if st.layanan is None:  # a place kept before the service was known is checked now
            for name in PLACE_FIELDS:
                if name in st.fields and name not in reading.values:
                    reading.values[name] = st.fields.pop(name)
        switch_service(out, layanan)
    service = service_of(layanan)
    assert service is not None
    for line in reading.line_errors:
        out.say(line)
    before = dict(st.fields), dict(st.warga)
    for line in apply(st, service, reading, st.diminta):
        out.say(line)
    if st.mode_petugas_desa:
        helper_values(st, text)
    changed = (dict(st.fields), dict(st.warga)) != before or st.saran_tempat
    # "beli rumah di Cikupa" answers "Apa keperluannya?": data this service has no field for
    # (a kecamatan) does not stop the message being the answer.
    relevant = any(name in service.field_names for name in reading.values)
    if not changed and st.diminta and not relevant and not _restates_service(text, st):
        for line in take_answer(st, service, st.diminta, text):
            out.say(line)
    elif not changed and st.diminta and _asks_a_word_field(st, service):
        rest = _without_restating_clauses(text, st)  # "numpang KK mertua. no skpwni nya 3201"
        if rest and rest != text:  # a known value restated beside the answer
            for line in take_answer(st, service, st.diminta, rest):
                out.say(line)
    next_step(out, message, port)
    return True


def _help_without_a_service(st: State, reading: Reading, text: str) -> bool:
    return (
        st.layanan is None
        and st.diminta is None
        and reading.layanan is None
        and not reading.has_data
        and asks_for_help(text)
        and not asks_about(text)
        and not extract(text).ambiguous.get("layanan")
    )


def _asks_a_word_field(st: State, service: Service) -> bool:
    """The field asked is written in words (a name, a place, a reason, an address, a
    purpose), so a clause without digits can answer it."""
    asked = st.diminta
    numbers = {"nik", "no_kk", "no_skpwni"}
    return asked in service.field_names and asked not in numbers and asked not in st.fields


def _without_restating_clauses(text: str, st: State) -> str:
    """The clauses of a message that restate no known value: none with a number, none
    naming only the place already known ("Mulyadi, saya sendiri, di Margasari tadi")."""
    clauses = [c.strip() for c in re.split(r"[.;\n]+|,\s+", text) if c.strip()]
    kept = [c for c in clauses if not re.search(r"\d", c) and not _restates_places(c, st)]
    return ", ".join(kept) if len(kept) < len(clauses) else text


def _restates_places(clause: str, st: State) -> bool:
    values = extract(clause).values
    places = {k: v for k, v in values.items() if k in PLACE_FIELDS}
    return (
        bool(places) and places.items() <= st.fields.items() and values.keys() <= set(PLACE_FIELDS)
    )


def _restates_service(text: str, st: State) -> bool:
    """'mau urus skdwn' while that request is under way: not an answer to the question."""
    return st.diminta != "keperluan" and extract(text).layanan == st.layanan


def _helper_turn(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    """The resident's name / phone asked at the end of a helper's request."""
    st = out.state
    # "maaf, namanya Jaenudin bukan Jaenal" when asked the phone: the request is corrected
    if _corrects_the_request(out, text) or _adds_to_the_request(out, text):
        next_step(out, message, port)
        return True
    helper_values(st, text)
    rest = PHONE.sub(" ", text)
    if st.diminta == "nama_warga" and "nama_warga" not in st.warga:
        for line in take_answer(st, service_of(st.layanan), "nama_warga", rest):
            out.say(line)
    elif st.diminta == "telepon_warga" and "telepon_warga" not in st.warga:
        for line in take_answer(st, service_of(st.layanan), "telepon_warga", text):
            out.say(line)
    next_step(out, message, port)
    return True


def _corrects_the_request(out: Outcome, text: str) -> bool:
    """A correction of the request itself while the helper is asked the resident's name or
    phone: applied (the question comes again after it)."""
    st = out.state
    service = service_of(st.layanan)
    if service is None or not amends(text) or PHONE.search(text):
        return False
    before = dict(st.fields)
    said = apply_correction(st, service, text)
    if said is None or (st.fields == before and not st.saran_tempat):
        return False
    for line in said:
        out.say(line)
    return True


_NAME_FIELDS = frozenset({"nama", "nama_kepala_keluarga"})


def _adds_to_the_request(out: Outcome, text: str) -> bool:
    """ "alamat tujuannya Dukuh Karanglo RT 01 ..." when the helper is asked the resident's
    phone: a field of the request given (or given anew) is applied first."""
    st = out.state
    service = service_of(st.layanan)
    if service is None or PHONE.search(text):
        return False
    reading = out.read(text)
    new = {
        name
        for name in reading.firm - _NAME_FIELDS  # a name here is the resident's ("ibunya Bu X")
        if name in service.field_names and st.fields.get(name) != reading.values.get(name)
    }
    if not new:
        return False
    reading.values = {k: v for k, v in reading.values.items() if k in new}
    for line in apply(st, service, reading, None):
        out.say(line)
    return True


def _resident_first(out: Outcome, text: str) -> bool:
    """A helper may name the resident (and phone) before the request."""
    st = out.state
    before = dict(st.warga)
    helper_values(st, text)
    named = extract(text).values.get("nama")
    short = PHONE.sub(" ", text)
    plausible = named or (not name_is_a_word(short) and len(short.split()) <= 5)
    if "nama_warga" not in st.warga and plausible:
        with suppress(FieldError):
            st.warga["nama_warga"] = check_name("nama_warga", named or short)
    if st.warga == before:
        return False
    if "nama_warga" in st.warga:
        out.say(for_residents.HELPER_RESIDENT_NOTED.format(nama=st.warga["nama_warga"]))
    else:
        out.say(for_residents.HELPER_PHONE_NOTED)
    return True


def _answers_the_question_asked(st: State, reading: Reading, text: str) -> bool:
    """ "hilang, Pak. Sudah lapor ke polsek" asked the reason: the answer, whatever else the
    message says (a free-text field's answer may read like a question too). Asked a name,
    "Zahra Aulia Putri, masih 5 thn" (no question mark, a plain name first) is the answer."""
    if st.diminta in ("nama", "nama_kepala_keluarga") and "?" not in text:
        first = name_in_answer(text)
        if first != text and len(first.split()) >= 2 and not name_is_a_word(first):
            return True
    return st.diminta in ("alamat_pindah", "keperluan") or (
        st.diminta not in (None, "nama", "nama_kepala_keluarga")  # a name may be misread
        and (st.diminta in reading.firm or st.diminta == "alasan")
        and st.diminta in reading.values
    )


def _service_named(st: State, reading: Reading, message: Incoming, text: str) -> str | None:
    hinted = SERVICE_INTENTS.get(message.intent or "") if message.confidence >= SURE else None
    named = reading.layanan or (hinted if not st.layanan else None)
    if named and st.layanan and named != st.layanan:
        # A service word inside a request ("no kk", "sesuai KK") does not switch it; the
        # resident asking for another document, or correcting the kind, does. Asked for the
        # purpose, "mau bikin ktp dan kk alamat baru" is the purpose.
        asks = asks_for_service(text) and st.diminta != "keperluan"
        return named if asks or switches_service(text) else st.layanan
    return named or st.layanan


def _service_of_last_message(message: Incoming) -> str | None:
    """The one service the resident's previous message named (a question about it that was
    answered or needed clarifying), or None."""
    said = [
        line.removeprefix("Warga: ") for line in message.transcript if line.startswith("Warga: ")
    ]
    return extract(said[-1]).layanan if said else None


def _answer_asked_field(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if not st.diminta:
        return False
    if _small_talk_intent(message):
        return False
    for line in take_answer(st, service_of(st.layanan), st.diminta, text):
        out.say(line)
    next_step(out, message, port)
    return True


def _small_talk_intent(message: Incoming) -> bool:
    return message.intent in {"greet", "thanks", "goodbye"} and message.confidence >= SURE


def helper_values(st: State, text: str) -> None:
    """A helper's message may carry the resident's phone number, and a child's parent."""
    phone = PHONE.search(text)
    if phone and "telepon_warga" not in st.warga:
        with suppress(FieldError):
            st.warga["telepon_warga"] = check_phone("telepon_warga", phone.group(0))
    parent = _PARENT.search(text)
    if parent and "nama_warga" not in st.warga:
        name = _NAME_STOP.sub("", parent.group(1)).strip(" .")
        if name and not name_is_a_word(name):
            with suppress(FieldError):
                st.warga["nama_warga"] = check_name("nama_warga", name)
