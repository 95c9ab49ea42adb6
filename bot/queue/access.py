"""Who may do what to a ticket: the one place access is decided. It fails closed.

    action       who                                         extra condition
    submit       resident, assistant, officer                -
    cancel       resident                                    the ticket's own chat
    note         resident, assistant (relaying the resident) the ticket's own chat
    correct      resident, assistant (relaying the resident) the ticket's own chat
    amend        resident, assistant (relaying the resident) the ticket's own chat
    attach       resident, assistant                         the ticket's own chat
                 officer                                     serves the ticket's queue
    claim        officer                                     serves the ticket's queue
    ask_fix, schedule, complete, reject
                 officer                                     serves the queue and is the assignee
                                                             (a supervisor or admin: any)
    purge        system                                      -

Reads (NIK / No. KK in full are part of `show`):

    own_list     resident, assistant                         only the chat's own tickets

    show         officer                                     serves the ticket's queue
                 system (operators on the machine, the gateway's own posts)
    list         officer                                     only the queues they serve
                 system                                      all queues
    export       officer                                     masked, only the queues they serve
    export_full, stats
                 officer with role supervisor or admin       -
    manage_officers
                 officer with role admin                     -

An officer "serves" a queue when it is in their queues, or they are a supervisor or admin;
an inactive or unknown officer serves nothing and may read nothing. Anything not in the table
is refused: the assistant and system actors can never claim, schedule, complete or reject.
"""

from __future__ import annotations

from typing import Protocol

from bot.errors import NotAllowed
from bot.queue.actors import Actor
from bot.queue.records import Officer

__all__ = ["OFFICER_ACTIONS", "READ_ACTIONS", "authorise", "readable_queues"]


class Ticket(Protocol):
    """What access reads of a ticket (`bot.queue.domain.Ticket`, which imports this module)."""

    @property
    def code(self) -> str: ...
    @property
    def queue(self) -> str: ...
    @property
    def channel(self) -> str | None: ...
    @property
    def chat_id(self) -> str | None: ...
    @property
    def assignee_id(self) -> int | None: ...


RESIDENT, ASSISTANT, OFFICER, SYSTEM = "resident", "assistant", "officer", "system"
OFFICER_ACTIONS = frozenset({"claim", "ask_fix", "schedule", "complete", "reject"})
_KINDS: dict[str, frozenset[str]] = {
    "submit": frozenset({RESIDENT, ASSISTANT, OFFICER}),
    "cancel": frozenset({RESIDENT}),
    "note": frozenset({RESIDENT, ASSISTANT}),
    "own_list": frozenset({RESIDENT, ASSISTANT}),
    "correct": frozenset({RESIDENT, ASSISTANT}),
    "amend": frozenset({RESIDENT, ASSISTANT}),
    "attach": frozenset({RESIDENT, ASSISTANT, OFFICER}),
    "purge": frozenset({SYSTEM}),
    **{action: frozenset({OFFICER}) for action in OFFICER_ACTIONS},
    "show": frozenset({OFFICER, SYSTEM}),
    "list": frozenset({OFFICER, SYSTEM}),
    "export": frozenset({OFFICER}),
    "export_full": frozenset({OFFICER}),
    "stats": frozenset({OFFICER}),
    "manage_officers": frozenset({OFFICER, SYSTEM}),  # an admin, or the operator's shell
}
READ_ACTIONS = frozenset({"show", "list", "export"})
_ROLES_NEEDED: dict[str, frozenset[str]] = {
    "export_full": frozenset({"supervisor", "admin"}),
    "stats": frozenset({"supervisor", "admin"}),
    "manage_officers": frozenset({"admin"}),
}
_LABELS = {
    "submit": "membuat permohonan",
    "cancel": "membatalkan permohonan",
    "note": "menitip pesan untuk petugas",
    "own_list": "melihat permohonan sendiri",
    "correct": "memperbaiki data permohonan",
    "amend": "mengubah data permohonan",
    "attach": "menambah lampiran",
    "purge": "menghapus data pribadi",
    "claim": "mengambil tiket",
    "ask_fix": "meminta perbaikan",
    "schedule": "menjadwalkan",
    "complete": "menyelesaikan",
    "reject": "menolak",
    "show": "melihat tiket",
    "list": "melihat antrean",
    "export": "mengekspor tiket",
    "export_full": "mengekspor NIK / No. KK lengkap",
    "stats": "melihat statistik",
    "manage_officers": "mengelola petugas",
}


def authorise(actor: Actor, action: str, ticket: Ticket | None, officer: Officer | None) -> None:
    """Raise NotAllowed unless `actor` may do `action` on `ticket`.

    `officer` must be the officer record loaded from storage for `actor.id` (never one the
    caller built); it is ignored for other actor kinds.
    """
    label = _LABELS.get(action, action)
    if actor.kind not in _KINDS.get(action, frozenset()):
        raise NotAllowed(action, f"{_who(actor.kind)} tidak boleh {label}; hanya petugas.")
    if actor.kind == OFFICER:
        _check_officer(actor, action, ticket, officer, label)
    elif actor.kind in (RESIDENT, ASSISTANT) and ticket is not None and not _own(actor, ticket):
        raise NotAllowed(action, "Tiket ini bukan milik percakapan ini.")


def _check_officer(
    actor: Actor, action: str, ticket: Ticket | None, officer: Officer | None, label: str
) -> None:
    if officer is None or str(officer.id) != actor.id or not officer.active:
        raise NotAllowed(action, f"Petugas {actor.id} tidak terdaftar atau tidak aktif.")
    needed = _ROLES_NEEDED.get(action)
    if needed is not None and officer.role not in needed:
        raise NotAllowed(action, f"Petugas {officer.name} tidak boleh {label}.")
    if ticket is None:
        return
    if not officer.serves(ticket.queue):
        raise NotAllowed(action, f"Petugas {officer.name} tidak melayani antrean {ticket.queue}.")
    taken_by_other = ticket.assignee_id is not None and ticket.assignee_id != officer.id
    if action in OFFICER_ACTIONS - {"claim"} and not officer.is_supervisor and taken_by_other:
        raise NotAllowed(
            action,
            f"Tiket {ticket.code} sedang ditangani petugas lain; "
            f"petugas {officer.name} tidak boleh {label}.",
        )


def readable_queues(
    actor: Actor, officer: Officer | None, queue: str | None = None
) -> frozenset[str] | None:
    """The queues `actor` may list (None: all), narrowed to `queue` when given.

    Raises NotAllowed when the actor may not list at all, or asks for a queue it does not serve.
    """
    authorise(actor, "list", None, officer)
    if actor.kind != OFFICER or (officer is not None and officer.is_supervisor):
        return None if queue is None else frozenset({queue})
    assert officer is not None  # authorise() refused otherwise
    if queue is not None:
        if not officer.serves(queue):
            raise NotAllowed("list", f"Petugas {officer.name} tidak melayani antrean {queue}.")
        return frozenset({queue})
    return frozenset(officer.queues)


def _own(actor: Actor, ticket: Ticket) -> bool:
    return actor.chat is not None and actor.chat == (ticket.channel, ticket.chat_id)


def _who(kind: str) -> str:
    return {
        RESIDENT: "Pemohon",
        ASSISTANT: "Asisten otomatis",
        SYSTEM: "Sistem",
        OFFICER: "Petugas",
    }.get(kind, f"Pelaku '{kind}'")
