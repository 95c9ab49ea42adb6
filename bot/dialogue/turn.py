"""One turn of a conversation: the state and a message in; the replies and the new state out.

The order of judgement, each step a small function:
1. an open yes/no question (a place suggestion, an offer) takes "ya" / "tidak";
2. at confirmation, "ya" hands the request to the officers; anything else may correct it;
3. a correction of a request already sent goes to it (while no officer has it);
   cancel; a `#` line; a village-office helper declaring themself;
4. a ticket code (status), a complaint or a wish for a person (forwarded to an officer);
5. a question is answered (then the assistant offers to start the request);
6. whatever the extractor and the parser read fills or corrects the request, and the next
   question is the first missing field;
7. greetings, thanks, and only then "belum paham".
Rasa's intent is a hint for what extraction cannot tell (greeting, question, cancel, human).
"""

from __future__ import annotations

from bot.dialogue.after import after_handoff, answer_withdrawal
from bot.dialogue.amending import amend_sent
from bot.dialogue.asking import next_step, start_request
from bot.dialogue.confirming import at_confirmation
from bot.dialogue.controls import controls
from bot.dialogue.outcome import SERVICE_BUTTONS, YES_NO, Incoming, Outcome, Reply, transcript
from bot.dialogue.port import QueuePort
from bot.dialogue.request import answer_suggestion, service_of
from bot.dialogue.requesting import service_turn
from bot.dialogue.signals import (
    is_cancel,
    is_no,
    is_yes,
    starts_with_yes,
    takes_the_offer,
    words,
)
from bot.dialogue.state import State
from bot.texts import for_residents

__all__ = ["Incoming", "Outcome", "Reply", "respond"]


def respond(state: State, message: Incoming, port: QueuePort) -> Outcome:
    """The assistant's answer to one message."""
    out = Outcome(state.copy())
    text = message.text.strip()
    if not text:
        out.say(for_residents.NOT_UNDERSTOOD)
        return out
    steps = (
        _pending_answer,
        at_confirmation,
        after_handoff,
        amend_sent,
        controls,
        service_turn,
        _small_talk,
    )
    for step in steps:
        if step(out, text, message, port):
            if step is not _small_talk:
                out.state.gagal = 0
            return out
    _not_understood(out)
    return out


def _pending_answer(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if st.saran_tempat:
        said = answer_suggestion(st, text)
        if said is not None:
            for line in said:
                out.say(line)
            next_step(out, message, port)
            return True
    offer, st.tawaran = st.tawaran, None
    offered = offer is not None and offer.startswith("mulai:")
    if offered and _names_another_service(out, text, str(offer).removeprefix("mulai:")):
        offer = None  # "mau cetak ulang kartu keluarga" after a KTP offer: the KK is wanted
        offered = False
    taken = starts_with_yes(text) or takes_the_offer(text)
    if offered and taken and not is_no(text) and not is_cancel(text):
        assert offer is not None
        layanan = offer.removeprefix("mulai:")
        if not out.read(text, layanan).has_data:
            start_request(out, layanan, message, port)
            return True
        # "oke skpwni. nik saya 3603…": the yes carries data, read below as the request's
    if offer is None or not (is_yes(text) or is_no(text)):
        if offer and offer.startswith("mulai:"):
            out.offered = offer.removeprefix("mulai:")
        return False
    if offer == "petugas":
        if is_yes(text):
            out.say(port.forward(transcript(message), message.sender_id))
        else:
            out.say(for_residents.NOT_FORWARDED)
    elif offer.startswith("mulai:"):
        if is_yes(text):
            start_request(out, offer.removeprefix("mulai:"), message, port)
        else:
            st.forget_request()
            out.say(for_residents.OFFER_DECLINED)
    elif offer.startswith("tarik:"):
        answer_withdrawal(out, offer.removeprefix("tarik:"), is_yes(text), message, port)
    elif offer == "warga_berikut":
        if is_yes(text):
            st.warga = {}
            st.diminta = "layanan"
            out.say(for_residents.HELPER_START)
            out.say(for_residents.HELPER_WHICH_SERVICE, SERVICE_BUTTONS)
        else:
            st.mode_petugas_desa = False
            out.say(for_residents.HELPER_DONE)
    return True


def _names_another_service(out: Outcome, text: str, offered: str) -> bool:
    named = out.read(text).layanan
    return named is not None and named != offered


SMALL_TALK = {
    "greet": for_residents.GREETING,
    "thanks": for_residents.THANKS,
    "goodbye": for_residents.GOODBYE,
    "out_of_scope": for_residents.OUT_OF_SCOPE,
}


# "min", "p", "halo kak": only calling the assistant
_CALLING_WORDS = "MIN MIMIN ADMIN KAK KA PAK BU MBAK MAS BANG GAN HALO HALLO HAI P PING TES PERMISI"
_CALLING = frozenset(_CALLING_WORDS.split())


def _small_talk(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    st = out.state
    if set(words(text)) <= _CALLING and not st.layanan:  # "min", "p", "halo kak": a greeting
        message = Incoming(text, message.sender_id, "greet", 1.0, message.transcript)
    line = SMALL_TALK.get(message.intent or "")
    if line is None or message.confidence < 0.5:
        if (is_yes(text) or is_no(text)) and not st.layanan:
            out.say(for_residents.ASK_SERVICE, SERVICE_BUTTONS)
            return True
        return False
    if st.layanan:
        out.say(line)
        next_step(out, message, port)
    elif message.intent == "greet" and st.diminta in (None, "layanan"):
        st.diminta = "layanan"  # the welcome asks what the resident needs
        out.say(line, SERVICE_BUTTONS)
    else:
        out.say(line)
    return True


def _not_understood(out: Outcome) -> None:
    st = out.state
    st.gagal += 1
    if st.gagal >= 2:
        out.say(for_residents.OFFER_OFFICER_AFTER_MISUNDERSTANDING, YES_NO)
        st.tawaran = "petugas"
        return
    out.say(for_residents.NOT_UNDERSTOOD)
    if st.diminta and st.layanan:
        service = service_of(st.layanan)
        if service is not None and st.diminta in service.field_names:
            out.say(for_residents.question_for(st.diminta, service, st.mode_petugas_desa))
