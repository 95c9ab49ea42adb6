"""Messages that are not data: cancel, a `#` line typed right, a helper declaring themself,
a ticket code, a look-up by NIK, a complaint, a wish for a person."""

from __future__ import annotations

import re

from bot.dialogue.answers import officers_decide
from bot.dialogue.asking import next_step
from bot.dialogue.confirming import cancel, submit_line, typed_as_canonical
from bot.dialogue.outcome import SERVICE_BUTTONS, Incoming, Outcome, transcript
from bot.dialogue.port import QueuePort
from bot.dialogue.questions import SURE, answer_about_approval, answer_the_question, is_question
from bot.dialogue.request import PLACE_FIELDS, Reading, whole_request
from bot.dialogue.requesting import PHONE
from bot.dialogue.signals import (
    announces_resend,
    asks_approval,
    asks_for_service,
    asks_lookup,
    complaint,
    is_cancel,
    is_helper,
    ticket_code_in,
    wants_human,
    words,
)
from bot.intake.parser import looks_like_hash_line, parse
from bot.texts import for_residents

__all__ = ["controls"]


def controls(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    sure = message.confidence >= SURE
    if is_cancel(text) or (message.intent == "batal" and sure and len(text) < 40):
        cancel(out)
        return True
    if looks_like_hash_line(text) and not st.mode_petugas_desa and not st.layanan:
        verdict = parse(text)
        if verdict.ok and typed_as_canonical(text, verdict):
            submit_line(out, verdict, message, port)
            return True
    if asks_lookup(text) and not asks_for_service(text) and not whole_request(out.read(text)):
        out.say(for_residents.NO_NIK_LOOKUP)
        if wants_human(text):  # "... NIK nya keluar dua. tolong hubungkan dengan petugas"
            out.say(port.forward(transcript(message), message.sender_id))
        return True
    if asks_approval(text):  # the officers decide; data in the same message still counts
        if out.read(text).has_data:
            out.say(officers_decide())
        else:
            st.mode_petugas_desa = st.mode_petugas_desa or is_helper(text)
            answer_about_approval(out, text)
            next_step(out, message, port)
            return True
    declares = is_helper(text) or (message.intent == "petugas_desa" and sure)
    declares = declares and not _complains_or_asks(out, text, message) and not wants_human(text)
    if declares and not (st.mode_petugas_desa and (st.layanan or st.warga)):
        st.mode_petugas_desa = True
        reading = out.read(text)
        if reading.referral and not st.fields.keys() & {"desa", "kecamatan"}:
            out.say(reading.referral)  # "warga saya dari kelurahan Periuk Jaya ...": the city's
            st.forget_request()
            return True
        _forget_helpers_own_name(reading, text)
        _forget_helpers_office(reading, text)
        if not reading.has_data and not PHONE.search(text):
            st.warga = {}
            if reading.layanan and not st.layanan:  # "mau input KTP warga yang hilang"
                st.layanan = reading.layanan
                if "alasan" in reading.values:
                    st.fields["alasan"] = reading.values["alasan"]
            out.say(for_residents.HELPER_START)
            if st.layanan:  # "mau daftarin warga bikin ktp pemula": its first field, asked
                next_step(out, message, port)
            else:  # "mau daftarin warga": which document, with the buttons
                st.diminta = "layanan"
                out.say(for_residents.HELPER_WHICH_SERVICE, SERVICE_BUTTONS)
            return True
        return False
    code = ticket_code_in(text)
    if code is not None:
        out.say(port.status(code, message.sender_id))
        if complaint(text) or wants_human(text):
            out.say(port.forward(transcript(message), message.sender_id))
        return True
    answers = st.diminta is not None and st.diminta in out.read(text).firm  # "yg bener X"
    if announces_resend(text) and not wants_human(text):  # "gak dibales, sy kirim ulang ya"
        out.say(for_residents.RESEND_WELCOME)
        return True
    if _complains(out, text) and not answers:
        out.say(for_residents.COMPLAINT_HEARD)
        out.say(port.forward(transcript(message), message.sender_id))
        asked = _GENERIC_PLEA.sub("", text).strip()
        if asked and is_question(asked, message):  # "ada yang minta 50 ribu, itu resmi?"
            answer_the_question(out, asked, message)
        return True
    if wants_human(text) or (message.intent == "minta_petugas" and sure and len(text) < 60):
        out.say(port.forward(transcript(message), message.sender_id))
        return True
    return False


# "..., gimana ini?", "gmn dong": a plea, not a question with a topic to answer
_GENERIC_PLEA = re.compile(
    r"[,.]?\s*\b(?:gimana|gmn|gmana|bagaimana|gimna)\b(?:\s+(?:ini|nih|dong|donk|ya|sih|pak|bu|"
    r"kak|min|lagi|caranya|solusinya))*\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def _complains_or_asks(out: Outcome, text: str, message: Incoming) -> bool:
    """ "sy dari desa, berkas KK warga belum diproses sejak awal bulan", "aparat desa minta
    150 ribu, itu resmi?": a complaint or a question that mentions the village office is
    handled as one, not as a helper starting to register residents."""
    asked = is_question(text, message) or _relays_a_question(text)
    data = out.read(text).firm - {"desa", "kecamatan", "alasan"}  # not the helper's office
    return _complains(out, text) or (asked and not data)


_ASKING_WORDS = frozenset({"NANYA", "TANYA", "BERTANYA", "NANYAIN", "MENANYAKAN", "DITANYA"})


def _relays_a_question(text: str) -> bool:
    """ "warga sering nanya: ... masih perlu surat pengantar ga sih?": a question passed on."""
    return "?" in text and bool(_ASKING_WORDS & set(words(text)))


def _complains(out: Outcome, text: str) -> bool:
    """A complaint or a follow-up that carries no request numbers (those are data)."""
    return complaint(text) and not _carries_numbers(out.read(text))


def _carries_numbers(reading: Reading) -> bool:
    return any(n in reading.values for n in ("nik", "no_kk", "no_skpwni"))


# "saya Pak Rahmat": the helper's own name; "warga sy Pak Karta": the resident's
_OWNED_BY = ("warga", "anak", "ibu", "bapak", "suami", "istri", "adik", "kakak", "ortu", "tetangga")
_SELF_NAMED = (
    "".join(rf"(?<!\b{word}\s)" for word in _OWNED_BY)
    + r"\b(?:saya|sy|aku)\s+(?:(?:pak|bu|ibu|bapak|mbak|mas)\.?\s+)?{name}\b"
)


_OFFICE_PLACE = re.compile(
    r"\b(?:petugas|staf|staff|operator|admin|perangkat|pegawai|aparat|kader|sekdes|kades|"
    r"kepala|sekretaris|pelayanan)\s+(?:desa|kelurahan|kel|ds|kantor\s+desa)\b",
    re.IGNORECASE,
)


def _forget_helpers_office(reading: Reading, text: str) -> None:
    """ "sy petugas desa Pasir Gadung mau input warga": the helper's own office, not a
    resident's address, when the message holds nothing else."""
    if _OFFICE_PLACE.search(text) and not reading.firm - {*PLACE_FIELDS, "alasan"}:
        for name in PLACE_FIELDS:
            reading.values.pop(name, None)
            reading.firm.discard(name)


def _forget_helpers_own_name(reading: Reading, text: str) -> None:
    """ "saya Rahmat, staf pelayanan Desa Sukamulya": in a helper's message the name after
    "saya" is the helper's own, not the resident's."""
    for field in ("nama", "nama_kepala_keluarga"):
        name = reading.values.get(field)
        if name and re.search(_SELF_NAMED.format(name=re.escape(name)), text, re.IGNORECASE):
            reading.values.pop(field)
            reading.firm.discard(field)
