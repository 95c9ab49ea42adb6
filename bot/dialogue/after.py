"""After the handoff: the resident's own open requests, without a code — the list, a
withdrawal, a reschedule request, a message for the officer. The queue decides what may be
done (a withdrawal after an officer took the ticket is only a note); nothing here approves."""

from __future__ import annotations

from bot.dialogue.answers import officers_decide
from bot.dialogue.outcome import YES_NO, Incoming, Outcome
from bot.dialogue.port import OpenRequest, QueuePort
from bot.dialogue.signals import (
    asks_approval,
    asks_own_status,
    cannot_come,
    complaint,
    for_the_officer,
    is_cancel,
    strong_complaint,
    ticket_code_in,
    words,
)
from bot.texts import for_residents

__all__ = ["after_handoff", "answer_withdrawal"]

_WITHDRAW_WORDS = frozenset({"BATAL", "BATALKAN", "BATALIN", "CANCEL", "TARIK"})


def after_handoff(out: Outcome, text: str, message: Incoming, port: QueuePort) -> bool:
    """A message about the chat's own open requests; False when it is about something else."""
    if out.state.layanan:
        return False  # a request being built takes the message
    code = ticket_code_in(text)
    withdrawing = is_cancel(text) or (code is not None and bool(_WITHDRAW_WORDS & set(words(text))))
    noting = cannot_come(text) or for_the_officer(text)
    if not (withdrawing or noting or (asks_own_status(text) and code is None)):
        return False
    if asks_approval(text) and not withdrawing:  # "kapan permohonan saya di-acc?"
        out.say(officers_decide())
    mine = port.my_requests(message.sender_id)
    if code is not None and code not in {r.code for r in mine}:
        out.say(port.status(code, message.sender_id))  # the same answer as an unknown code
        return True
    if not mine:
        return _nothing_open(out, text, withdrawing, message, port)
    target = code or (mine[0].code if len(mine) == 1 else None)
    if target is None:
        _list(out, mine)
        out.say(for_residents.WHICH_REQUEST.format(example=_example(mine[0].code, withdrawing)))
        return True
    if withdrawing:
        out.state.tawaran = f"tarik:{target}"
        out.say(for_residents.ASK_WITHDRAW.format(code=target), YES_NO)
    elif noting:
        kind = "minta_jadwal_ulang" if cannot_come(text) else "catatan_warga"
        if port.note(target, message.sender_id, text, kind):
            done = (
                for_residents.RESCHEDULE_NOTED
                if kind == "minta_jadwal_ulang"
                else for_residents.NOTE_NOTED
            )
            out.say(done.format(code=target))
    else:
        _list(out, mine)
        if strong_complaint(text):
            out.say(for_residents.COMPLAINT_HEARD)
            out.say(port.forward([f"Warga: {text}"], message.sender_id))
    return True


def answer_withdrawal(
    out: Outcome, code: str, yes: bool, message: Incoming, port: QueuePort
) -> None:
    """'ya' / 'tidak' to "Batalkan permohonan …?"."""
    if not yes:
        out.say(for_residents.WITHDRAW_KEPT.format(code=code))
        return
    result = port.withdraw(code, message.sender_id)
    if result == "cancelled":
        out.say(for_residents.WITHDRAWN.format(code=code))
    elif result == "noted":
        out.say(for_residents.WITHDRAW_NOTED.format(code=code))
    else:
        out.say(port.status(code, message.sender_id))


def _nothing_open(
    out: Outcome, text: str, withdrawing: bool, message: Incoming, port: QueuePort
) -> bool:
    """Nothing open from this chat: say how status works; a follow-up also reaches an officer."""
    if withdrawing:
        return False  # nothing to withdraw: the usual answer to "batal"
    out.say(for_residents.NO_OWN_REQUESTS)
    if complaint(text):
        out.say(port.forward([*message.transcript, f"Warga: {text}"][-20:], message.sender_id))
    return True


def _list(out: Outcome, mine: list[OpenRequest]) -> None:
    lines = [for_residents.OWN_REQUESTS]
    for r in mine:
        who = f" (warga: {r.resident_name})" if r.resident_name else ""
        lines.append(f"- {r.text}{who}")
    out.say("\n".join(lines))


def _example(code: str, withdrawing: bool) -> str:
    return f"batalkan {code}" if withdrawing else f"{code}: tidak bisa datang hari Kamis"
