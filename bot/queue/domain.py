"""The queue's domain model: plain classes, the status machine, no I/O.

Status machine (design.md): BARU → DIPROSES → (PERLU_PERBAIKAN ↔ DIPROSES) → DIJADWALKAN →
SELESAI, or DITOLAK (reason required) from any open status; DIBATALKAN by the resident only
while BARU. Every change goes through `Ticket._record`, which writes exactly one event and bumps
`seq` (also the optimistic-lock version in storage). Who may act is decided in `access`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from bot.errors import IllegalTransition, InvalidInput, Issue
from bot.queue.access import authorise
from bot.queue.actors import Actor, ActorKind
from bot.queue.records import Attachment, Officer, OutboxMessage
from bot.reference.catalog import default_catalog
from bot.reference.office import default_office
from bot.texts import for_residents

__all__ = [
    "CLOSED",
    "GENERAL_QUEUE",
    "OPEN",
    "QUEUES",
    "ROLES",
    "Actor",
    "ActorKind",
    "Appointment",
    "Attachment",
    "Officer",
    "OutboxMessage",
    "Status",
    "Ticket",
    "TicketEvent",
    "identity_key",
    "utcnow",
]

GENERAL_QUEUE = "UMUM"  # questions forwarded to a human; not a catalog service
QUEUES = (*default_catalog().queues, GENERAL_QUEUE)  # the catalog's, in its order
ROLES = ("officer", "supervisor", "admin")


class Status(str, Enum):
    BARU = "BARU"
    DIPROSES = "DIPROSES"
    PERLU_PERBAIKAN = "PERLU_PERBAIKAN"
    DIJADWALKAN = "DIJADWALKAN"
    SELESAI = "SELESAI"
    DITOLAK = "DITOLAK"
    DIBATALKAN = "DIBATALKAN"


OPEN = frozenset({Status.BARU, Status.DIPROSES, Status.PERLU_PERBAIKAN, Status.DIJADWALKAN})
CLOSED = frozenset({Status.SELESAI, Status.DITOLAK, Status.DIBATALKAN})
# action -> statuses it may start from
_FROM: dict[str, frozenset[Status]] = {
    "claim": frozenset({Status.BARU}),
    "ask_fix": frozenset({Status.DIPROSES}),
    "correct": frozenset({Status.PERLU_PERBAIKAN}),
    "amend": frozenset({Status.BARU}),
    "schedule": frozenset({Status.DIPROSES}),
    "complete": frozenset({Status.DIJADWALKAN}),
    "reject": OPEN,
    "cancel": frozenset({Status.BARU}),
    "note": OPEN,
    "attach": OPEN,
    "purge": CLOSED,
}
# Events a resident's message can add to an open ticket (the officer sees them in the timeline).
RESIDENT_NOTES = frozenset({"catatan_warga", "minta_jadwal_ulang", "ingin_batal"})
_VERBS = {
    "claim": "diambil",
    "ask_fix": "dimintakan perbaikan",
    "correct": "diperbaiki",
    "amend": "diubah pemohon",
    "schedule": "dijadwalkan",
    "complete": "diselesaikan",
    "reject": "ditolak",
    "cancel": "dibatalkan",
    "note": "diberi catatan",
    "attach": "diberi lampiran",
    "purge": "dihapus data pribadinya",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def identity_key(layanan: str, fields: Mapping[str, str]) -> str | None:
    """Hash of service + the number that identifies the request (the NIK, else the No. KK,
    else the document number: `Service.key_field`), for the duplicate guard."""
    service = default_catalog().services.get(layanan)
    number = fields.get(service.key_field) if service and service.key_field else None
    if not number:
        return None
    return hashlib.sha256(f"{layanan}:{number}".encode()).hexdigest()


@dataclass(frozen=True)
class Appointment:
    at: datetime
    place: str
    bring: str | None = None


class TicketEvent:
    """One append-only line of a ticket's history."""

    def __init__(
        self,
        seq: int,
        type: str,
        actor: Actor,
        at: datetime,
        from_status: str | None,
        to_status: str,
        note: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.id: int | None = None
        self.seq = seq
        self.type = type
        self.actor_kind = actor.kind.value
        self.actor_id = actor.id
        self.via = actor.via
        self.at = at
        self.from_status = from_status
        self.to_status = to_status
        self.note = note
        self.data = data


class Ticket:
    """A resident's request in an officer queue, with its history and its notifications."""

    def __init__(
        self,
        code: str,
        layanan: str,
        title: str,
        queue: str,
        fields: Mapping[str, str],
        canonical: str | None,
        warnings: list[dict[str, str]],
        channel: str,
        chat_id: str,
        at: datetime,
        helper: Mapping[str, str | None] | None = None,
    ) -> None:
        self.id: int | None = None
        self.code, self.layanan, self.title, self.queue = code, layanan, title, queue
        self.fields = dict(fields)
        self.canonical, self.warnings = canonical, list(warnings)
        self.channel = channel
        self.chat_id: str | None = str(chat_id)
        helper = helper or {}
        self.helper_name = helper.get("helper_name")
        self.resident_name = helper.get("resident_name")
        self.resident_phone = helper.get("resident_phone")
        self.status = Status.BARU
        self.assignee_id: int | None = None
        self.appointment_at: datetime | None = None
        self.appointment_place: str | None = None
        self.appointment_bring: str | None = None
        self.created_at = self.last_activity_at = at
        self.first_action_at: datetime | None = None
        self.scheduled_at: datetime | None = None
        self.closed_at: datetime | None = None
        self.purged_at: datetime | None = None
        self.open_key = identity_key(layanan, fields)
        self.seq = 0
        self.events: list[TicketEvent] = []
        self.outbox: list[OutboxMessage] = []
        self.attachments: list[Attachment] = []

    @classmethod
    def open(
        cls, actor: Actor, officer: Officer | None, code: str, at: datetime, **kwargs: Any
    ) -> Ticket:
        """A new BARU ticket and its `created` event."""
        authorise(actor, "submit", None, officer)
        ticket = cls(code=code, at=at, **kwargs)
        ticket._record(actor, "created", at, None)
        return ticket

    # --- officer actions ------------------------------------------------------------
    def claim(self, actor: Actor, officer: Officer | None, at: datetime) -> None:
        self.check(actor, "claim", officer)
        assert officer is not None  # authorise() refused otherwise
        self.assignee_id = officer.id
        self._record(
            actor,
            "claimed",
            at,
            Status.DIPROSES,
            notice=for_residents.claimed(self.code, self.title),
        )

    def ask_fix(self, actor: Actor, officer: Officer | None, note: str, at: datetime) -> None:
        self.check(actor, "ask_fix", officer)
        note = _required(note, "catatan perbaikan", "foto KK belum jelas, mohon kirim ulang")
        self._record(
            actor,
            "fix_requested",
            at,
            Status.PERLU_PERBAIKAN,
            note=note,
            notice=for_residents.fix_needed(self.code, note),
        )

    def schedule(
        self, actor: Actor, officer: Officer | None, appointment: Appointment, at: datetime
    ) -> None:
        self.check(actor, "schedule", officer)
        place = _required(appointment.place, "tempat", "Kantor Disdukcapil, loket 3")
        if appointment.at <= at:
            raise InvalidInput([], "Waktu jadwal sudah lewat; pilih waktu yang akan datang.")
        self.appointment_at, self.appointment_place = appointment.at, place
        self.appointment_bring = (appointment.bring or "").strip() or None
        self.scheduled_at = at
        data = {"at": appointment.at.isoformat(), "place": place, "bring": self.appointment_bring}
        text = for_residents.scheduled(self.code, appointment.at, place, self.appointment_bring)
        self._record(actor, "scheduled", at, Status.DIJADWALKAN, data=data, notice=text)

    def complete(
        self, actor: Actor, officer: Officer | None, at: datetime, note: str | None = None
    ) -> None:
        self.check(actor, "complete", officer)
        note = (note or "").strip() or None
        text = for_residents.completed(self.code, note)
        self._record(actor, "completed", at, Status.SELESAI, note=note, notice=text)

    def reject(self, actor: Actor, officer: Officer | None, reason: str, at: datetime) -> None:
        self.check(actor, "reject", officer)
        example = f"NIK tidak terdaftar di {default_office().short}"
        reason = _required(reason, "alasan penolakan", example)
        text = for_residents.rejected(self.code, reason)
        self._record(actor, "rejected", at, Status.DITOLAK, note=reason, notice=text)

    # --- resident and assistant actions ---------------------------------------------
    def cancel(self, actor: Actor, at: datetime, note: str | None = None) -> None:
        self.check(actor, "cancel", None)
        self._record(actor, "cancelled", at, Status.DIBATALKAN, note=note)

    def resident_note(self, actor: Actor, kind: str, note: str, at: datetime) -> None:
        """A note from the resident for the ticket's officer (a message, a wish to cancel, a
        request for a new appointment); the status does not change: the officer decides."""
        if kind not in RESIDENT_NOTES:
            raise ValueError(f"unknown resident note kind {kind!r}")
        self.check(actor, "note", None)
        self._record(actor, kind, at, None, note=_required(note, "Pesan", "tidak bisa datang"))

    def correct(
        self,
        actor: Actor,
        fields: Mapping[str, str],
        canonical: str | None,
        warnings: list[dict[str, str]],
        at: datetime,
    ) -> None:
        """Apply a re-validated correction; back to DIPROSES with the same officer."""
        self.check(actor, "correct", None)
        self._replace_fields(actor, fields, canonical, warnings, at, Status.DIPROSES)

    def amend(
        self,
        actor: Actor,
        fields: Mapping[str, str],
        canonical: str | None,
        warnings: list[dict[str, str]],
        at: datetime,
    ) -> None:
        """The resident's own re-validated correction while no officer has the ticket
        ("ralat, desanya Parahu" right after sending); it stays BARU."""
        self.check(actor, "amend", None)
        self._replace_fields(actor, fields, canonical, warnings, at, None)

    def _replace_fields(
        self,
        actor: Actor,
        fields: Mapping[str, str],
        canonical: str | None,
        warnings: list[dict[str, str]],
        at: datetime,
        to: Status | None,
    ) -> None:
        changed = sorted(k for k in fields if fields[k] != self.fields.get(k))
        data = {
            "old": {k: self.fields.get(k) for k in changed},
            "new": {k: fields[k] for k in changed},
        }
        self.fields, self.canonical, self.warnings = dict(fields), canonical, list(warnings)
        self.open_key = identity_key(self.layanan, fields)
        note = "Perbaikan: " + (", ".join(changed) or "tidak ada perubahan")
        self._record(actor, "corrected", at, to, note=note, data=data)

    def attach(self, actor: Actor, officer: Officer | None, attachment: Attachment) -> None:
        self.check(actor, "attach", officer)
        self.attachments.append(attachment)
        data = {"sha256": attachment.sha256, "type": attachment.content_type}
        data["size"] = str(attachment.size)
        self._record(actor, "attachment_added", attachment.created_at, None, data=data)

    def note_disclosure(self, actor: Actor, at: datetime, note: str) -> None:
        """Record that someone saw the personal data in full (not an activity on it)."""
        last_activity = self.last_activity_at
        self._record(actor, "data_dibuka", at, None, note=note)
        self.last_activity_at = last_activity

    def expire(self, actor: Actor, at: datetime, days: int) -> None:
        """Close a ticket left open and untouched for the retention period (the system, for
        `adminduk purge`), so that its personal data can be erased like a closed one's."""
        authorise(actor, "purge", self, None)
        if self.status in CLOSED:
            return
        note = f"Tidak ada kegiatan selama {days} hari; ditutup otomatis oleh sistem (retensi)."
        self._record(actor, "kedaluwarsa", at, Status.DIBATALKAN, note=note)

    def purge(self, actor: Actor, at: datetime) -> None:
        """Erase personal data of a closed ticket; status, service and times stay for counts."""
        self.check(actor, "purge", None)
        self.fields, self.canonical, self.warnings = {}, None, []
        self.helper_name = self.resident_name = self.resident_phone = None
        self.chat_id = None
        self.appointment_place = self.appointment_bring = None
        for event in self.events:
            event.note, event.data = None, None
        for message in self.outbox:
            message.text, message.chat_id = "", None
        self.attachments.clear()
        self.purged_at = at
        self._record(actor, "purged", at, None)

    # --- the one place a change is written ------------------------------------------
    def check(self, actor: Actor, action: str, officer: Officer | None) -> None:
        """Raise NotAllowed or IllegalTransition unless `action` may happen now."""
        authorise(actor, action, self, officer)
        allowed = _FROM[action]
        if action == "complete" and self.queue == GENERAL_QUEUE:
            allowed = frozenset({Status.DIPROSES})  # a forwarded question: answered is done
        if self.status not in allowed or (action == "purge" and self.purged_at):
            raise IllegalTransition(self.code, self.status.value, action, self._refusal(action))

    def _refusal(self, action: str) -> str:
        if action == "claim" and self.status != Status.BARU and self.status in OPEN:
            return f"Tiket {self.code} sudah diambil petugas lain (status {self.status.value})."
        return (
            f"Tiket {self.code} berstatus {self.status.value}, jadi tidak dapat {_VERBS[action]}."
        )

    def _record(
        self,
        actor: Actor,
        type: str,
        at: datetime,
        to: Status | None,
        note: str | None = None,
        data: dict[str, Any] | None = None,
        notice: str | None = None,
    ) -> None:
        before = None if type == "created" else self.status
        if to is not None:
            self.status = to
        self.seq += 1
        self.events.append(
            TicketEvent(self.seq, type, actor, at, _value(before), self.status.value, note, data)
        )
        self.last_activity_at = at
        if actor.kind == ActorKind.OFFICER and self.first_action_at is None:
            self.first_action_at = at
        if to in CLOSED:
            self.closed_at, self.open_key = at, None
        if notice is not None:
            key = f"{self.code}:{self.seq}:{type}"
            self.outbox.append(OutboxMessage(self.channel, self.chat_id, type, notice, key, at))


def _value(status: Status | None) -> str | None:
    return None if status is None else Status(status).value


def _required(text: str | None, what: str, example: str) -> str:
    value = (text or "").strip()
    if not value:
        issue = Issue(what, "kosong", f"Mohon isi {what}, contoh: {example}.")
        raise InvalidInput([issue], f"{what.capitalize()} wajib diisi.")
    return value
