"""A question is answered first; then, when it was about a service, the request is offered."""

from __future__ import annotations

from bot.dialogue.answers import Answer, answer_question, officers_decide, question_score
from bot.dialogue.outcome import YES_NO, Incoming, Outcome
from bot.dialogue.request import service_of
from bot.dialogue.signals import asks_about, asks_for_service
from bot.texts import for_residents

__all__ = ["SURE", "answer_about_approval", "answer_the_question", "is_question"]

QUESTION_INTENTS = {
    "tanya_syarat",
    "tanya_format",
    "tanya_biaya",
    "tanya_jam",
    "tanya_lokasi",
    "tanya_lama",
    "tanya_istilah",
}
QUESTION_THRESHOLD = 0.5
INTENT_MARGIN = 0.2  # a confident question intent lowers the bar this much
SURE = 0.8  # an intent this confident is taken as a hint


def is_question(text: str, message: Incoming) -> bool:
    if asks_for_service(text):
        return False
    if asks_about(text):
        return True
    score = question_score(text)
    if message.intent in QUESTION_INTENTS and message.confidence >= SURE:
        return bool(score >= QUESTION_THRESHOLD - INTENT_MARGIN)
    return bool(score >= QUESTION_THRESHOLD)


def answer_the_question(out: Outcome, text: str, message: Incoming) -> bool:
    st = out.state
    answer = answer_question(text, intent=message.intent, layanan=None, alasan=None)
    more = _second_answer(text, answer.text)
    out.say(answer.text)
    if more is not None:  # "kantornya dimana? buka jam berapa?": both are answered
        out.say(more.text)
        answer = answer if answer.layanan or not more.layanan else more
    if answer.clarify:
        st.tawaran = "petugas"
        return True
    _offer_request(out, answer.layanan, text)
    return True


def _second_answer(text: str, first: str) -> Answer | None:
    """The answer to a second question in the same message, when it is another topic."""
    parts = [p for p in (x.strip() for x in text.split("?")) if len(p.split()) >= 2]
    if len(parts) < 2:
        return None
    for part in parts:
        other = answer_question(part)
        if not other.clarify and other.text != first and other.text not in first:
            return other
    return None


def answer_about_approval(out: Outcome, text: str) -> None:
    """'tolong langsung di-acc ya': the officers decide, never the assistant; a service the
    message names is offered as after any question."""
    out.say(officers_decide())
    _offer_request(out, out.read(text).layanan, text)


def _offer_request(out: Outcome, layanan: str | None, text: str) -> None:
    st = out.state
    service = service_of(layanan) if layanan else None
    if not st.layanan and service is not None:
        out.say(for_residents.OFFER_START.format(title=service.title), YES_NO)
        st.tawaran = f"mulai:{service.code}"
        # "ktp saya hilang, gimana ngurusnya?": the reason (and any number) said in the
        # question is kept for the request, so it is not asked again if the offer is taken.
        reading = out.read(text)
        kept = {"alasan", *reading.firm} & set(service.field_names)
        st.fields = {
            k: v for k, v in reading.values.items() if k in kept and not _misread_name(k, v)
        }


def _misread_name(field: str, value: str) -> bool:
    """'UMURNYA' from "anak saya umurnya 16": a word with -nya is never a whole name."""
    return field.startswith("nama") and any(w.endswith("NYA") for w in value.split())
