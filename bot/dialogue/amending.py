"""A correction of a request already sent ("ralat, desanya Parahu" right after the code
came): it goes to the chat's newest open request, applied while no officer has it, else left
for the officer as a note. The assistant never decides anything about the request."""

from __future__ import annotations

from bot.dialogue.outcome import Incoming, Outcome
from bot.dialogue.port import OpenRequest, QueuePort
from bot.dialogue.request import apply_correction, read, service_of, whole_request
from bot.dialogue.signals import amends, ticket_code_in, words
from bot.dialogue.state import State
from bot.texts import for_residents

__all__ = ["amend_sent"]


def amend_sent(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    """False when the message is no correction of a sent request (nothing said)."""
    st = out.state
    if st.layanan or not amends(text) or whole_request(read(text, None)):
        return False
    mine = port.my_requests(message.sender_id)
    code = ticket_code_in(text)  # "ralat KTP-7QX4M2, desanya …": that one, not the newest
    sent = _newest_with_data([r for r in mine if r.code == code] if code else mine)
    if sent is None or sent.layanan is None:
        return False
    service = service_of(sent.layanan)
    if service is None:
        return False
    trial = State(layanan=sent.layanan, fields=dict(sent.fields))
    said = apply_correction(trial, service, text)
    if said is None:
        return _names_a_field(text) and _unclear(out, [], sent)
    changes = {k: v for k, v in trial.fields.items() if sent.fields.get(k) != v}
    if trial.saran_tempat or trial.diminta or not changes:
        return _unclear(out, said, sent)
    done = port.amend(sent.code, message.sender_id, changes)
    if done.outcome == "applied":
        out.say(for_residents.AMENDED.format(code=sent.code))
        out.say(done.line or "")
        out.say(for_residents.AMEND_MORE)
    elif done.outcome == "noted":
        out.say(for_residents.AMEND_NOTED.format(code=sent.code))
    else:
        out.say(done.message or for_residents.NOT_UNDERSTOOD)
    return True


_FIELD_WORDS = frozenset(
    {"NAMA", "NAMANYA", "DESA", "DESANYA", "KELURAHAN", "KELURAHANNYA", "KEC", "KECAMATAN",
     "KECAMATANNYA", "NIK", "NIKNYA", "KK", "KKNYA", "ALAMAT", "ALAMATNYA", "ALASAN",
     "ALASANNYA", "KEPERLUAN", "KEPERLUANNYA"}
)  # fmt: skip


def _names_a_field(text: str) -> bool:
    """ "ralat desanya": a short correction naming a part of the request, with no value."""
    ws = words(text)
    return len(ws) <= 8 and bool(_FIELD_WORDS & set(ws)) and "?" not in text


def _newest_with_data(mine: list[OpenRequest]) -> OpenRequest | None:
    return next((r for r in mine if r.layanan and r.fields), None)


def _unclear(out: Outcome, said: list[str], sent: OpenRequest) -> bool:
    """A correction that needs a question (which desa?) or changes nothing: say so, and how
    to write it, rather than guess."""
    for line in said:
        if line and not line.startswith("Baik,"):
            out.say(line)
    out.say(for_residents.AMEND_HOW.format(code=sent.code))
    return True
