"""The request shown for confirmation: yes sends it, anything else may correct it."""

from __future__ import annotations

from bot.dialogue.asking import next_step
from bot.dialogue.outcome import CONFIRM_BUTTONS, SERVICE_BUTTONS, YES_NO, Incoming, Outcome
from bot.dialogue.port import QueuePort
from bot.dialogue.questions import answer_the_question, is_question
from bot.dialogue.request import apply_correction, service_of
from bot.dialogue.signals import agrees, is_cancel, is_no, is_yes, starts_with_yes
from bot.intake.parser import Verdict, parse, render
from bot.texts import for_residents

__all__ = ["at_confirmation", "cancel", "submit", "submit_line", "typed_as_canonical"]


def at_confirmation(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if not st.menunggu_konfirmasi:
        return False
    if is_yes(text):
        submit(out, message, port)
        return True
    if is_cancel(text):
        cancel(out)
        return True
    if is_no(text):
        out.say(for_residents.ASK_CORRECTION)
        return True
    service = service_of(st.layanan)
    if service is None:
        return False
    before = dict(st.fields)
    said = apply_correction(st, service, text)
    if said is None:
        if agrees(text):
            submit(out, message, port)
        elif is_question(text, message):
            answer_the_question(out, text, message)
            out.say(for_residents.CONFIRM_PROMPT, CONFIRM_BUTTONS)
        else:
            out.say(for_residents.ASK_CORRECTION)
        return True
    for line in said:
        out.say(line)
    if st.fields == before and not st.saran_tempat and not st.diminta:
        if starts_with_yes(text) or agrees(text):
            submit(out, message, port)
        else:
            out.say(for_residents.NOTHING_CHANGED, CONFIRM_BUTTONS)
        return True
    st.menunggu_konfirmasi = False
    next_step(out, message, port)
    return True


def submit(out: Outcome, message: Incoming, port: QueuePort) -> None:
    st = out.state
    service = service_of(st.layanan)
    verdict = parse(render(service, st.fields)) if service else None
    if verdict is None or not verdict.ok:
        st.forget_request()
        out.say(for_residents.ASK_SERVICE, SERVICE_BUTTONS)
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
        out.say(for_residents.ASK_NEXT_RESIDENT, YES_NO)


def typed_as_canonical(text: str, verdict: Verdict) -> bool:
    """A line the resident typed exactly in the office's format (case aside) needs no
    confirmation; a repaired one is shown first."""
    typed = " ".join(text.upper().split()).replace(" #", "#").replace("# ", "#").strip("#")
    return typed == (verdict.canonical or "").strip("#")


def submit_line(out: Outcome, verdict: Verdict, message: Incoming, port: QueuePort) -> None:
    """A correct `#` line from a resident is queued at once."""
    for line in port.submit(verdict, message.sender_id, None):
        out.say(line)
    out.state.forget_request()


def cancel(out: Outcome) -> None:
    st = out.state
    busy = bool(st.layanan or st.fields or st.menunggu_konfirmasi or st.mode_petugas_desa)
    out.say(for_residents.CANCELLED if busy else for_residents.NOTHING_TO_CANCEL)
    st.forget_request()
    st.tawaran = None


# --- 7. small talk and misunderstanding -----------------------------------------------------
