"""Read models the service layer returns: plain frozen data, safe outside a transaction.

List views (`TicketSummary`) mask NIK and No. KK; `TicketDetail` is the officer's full view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.intake.identity import mask
from bot.queue.domain import Officer, OutboxMessage, Status, Ticket, TicketEvent
from bot.queue.hours import format_when

__all__ = [
    "Amendment",
    "BulkClaim",
    "OfficerView",
    "OutboxView",
    "Receipt",
    "StatusView",
    "TicketDetail",
    "TicketSummary",
]


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


@dataclass(frozen=True)
class Receipt:
    """What the resident is told when a request is queued."""

    code: str
    layanan: str
    status: str
    text: str
    open_now: bool


@dataclass(frozen=True)
class Amendment:
    """A resident's correction of a sent request: applied, or (an officer has the ticket)
    left for the officer as a note."""

    code: str
    applied: bool
    canonical: str | None  # the ticket's line after it


@dataclass(frozen=True)
class BulkClaim:
    """What a bulk claim changed: the codes claimed, and each refusal with its reason."""

    claimed: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TicketSummary:
    code: str
    status: str
    layanan: str
    queue: str
    nik: str | None  # masked
    no_kk: str | None  # masked
    assignee_id: int | None
    created_at: datetime
    last_activity_at: datetime

    @classmethod
    def of(cls, t: Ticket) -> TicketSummary:
        nik, kk = t.fields.get("nik"), t.fields.get("no_kk")
        return cls(
            t.code,
            Status(t.status).value,
            t.layanan,
            t.queue,
            mask(nik) if nik else None,
            mask(kk) if kk else None,
            t.assignee_id,
            t.created_at,
            t.last_activity_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status,
            "layanan": self.layanan,
            "queue": self.queue,
            "nik": self.nik,
            "no_kk": self.no_kk,
            "assignee_id": self.assignee_id,
            "created_at": _iso(self.created_at),
            "last_activity_at": _iso(self.last_activity_at),
        }


def _event(e: TicketEvent) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "type": e.type,
        "actor_kind": e.actor_kind,
        "actor_id": e.actor_id,
        "via": e.via,
        "from_status": e.from_status,
        "to_status": e.to_status,
        "note": e.note,
        "data": e.data,
        "at": _iso(e.at),
    }


@dataclass(frozen=True)
class TicketDetail:
    """The whole ticket for an officer: fields in full, history oldest first."""

    summary: TicketSummary
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, t: Ticket) -> TicketDetail:
        data = {
            "code": t.code,
            "status": Status(t.status).value,
            "layanan": t.layanan,
            "title": t.title,
            "queue": t.queue,
            "fields": dict(t.fields),
            "canonical": t.canonical,
            "warnings": list(t.warnings),
            "channel": t.channel,
            "chat_id": t.chat_id,
            "helper": {
                "helper_name": t.helper_name,
                "resident_name": t.resident_name,
                "resident_phone": t.resident_phone,
            },
            "assignee_id": t.assignee_id,
            "appointment": _appointment(t),
            "created_at": _iso(t.created_at),
            "first_action_at": _iso(t.first_action_at),
            "scheduled_at": _iso(t.scheduled_at),
            "closed_at": _iso(t.closed_at),
            "last_activity_at": _iso(t.last_activity_at),
            "purged_at": _iso(t.purged_at),
            "events": [_event(e) for e in sorted(t.events, key=lambda e: e.seq)],
            "attachments": [
                {
                    "sha256": a.sha256,
                    "type": a.content_type,
                    "size": a.size,
                    "sender": a.sender_kind,
                }
                for a in t.attachments
            ],
            "outbox": [{"kind": m.kind, "state": m.state, "text": m.text} for m in t.outbox],
        }
        return cls(TicketSummary.of(t), data)

    @property
    def code(self) -> str:
        return self.summary.code

    @property
    def status(self) -> str:
        return self.summary.status

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)


def _appointment(t: Ticket) -> dict[str, Any] | None:
    if t.appointment_at is None:
        return None
    return {
        "at": _iso(t.appointment_at),
        "place": t.appointment_place,
        "bring": t.appointment_bring,
    }


_STATUS_TEXT = {
    Status.BARU: "sudah diterima dan menunggu diambil petugas.",
    Status.DIPROSES: "sedang diproses petugas.",
    Status.PERLU_PERBAIKAN: "perlu diperbaiki; mohon kirim perbaikan sesuai catatan petugas.",
    Status.DIJADWALKAN: "sudah dijadwalkan.",
    Status.SELESAI: "sudah selesai.",
    Status.DITOLAK: "tidak dapat diproses.",
    Status.DIBATALKAN: "sudah dibatalkan atas permintaan Bapak/Ibu.",
}


@dataclass(frozen=True)
class StatusView:
    """What a resident may see about their own ticket."""

    code: str
    status: str
    text: str

    @classmethod
    def of(cls, t: Ticket) -> StatusView:
        status = Status(t.status)
        text = f"Permohonan {t.title} dengan kode {t.code} {_STATUS_TEXT[status]}"
        if status == Status.DIJADWALKAN and t.appointment_at is not None:
            text += f" Jadwal: {format_when(t.appointment_at)} di {t.appointment_place}."
            if t.appointment_bring:
                text += f" Yang perlu dibawa: {t.appointment_bring}."
        last_note = next((e.note for e in reversed(t.events) if e.note), None)
        if status in (Status.PERLU_PERBAIKAN, Status.DITOLAK) and last_note:
            text += f" Catatan petugas: {last_note}"
        return cls(t.code, status.value, text)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "status": self.status, "text": self.text}


@dataclass(frozen=True)
class OfficerView:
    id: int
    name: str
    role: str
    queues: tuple[str, ...]
    telegram_user_id: int | None
    active: bool
    status: str
    login: str | None = None
    has_password: bool = False

    @classmethod
    def of(cls, o: Officer) -> OfficerView:
        assert o.id is not None
        status = "aktif" if o.active else "nonaktif"
        return cls(
            o.id,
            o.name,
            o.role,
            tuple(o.queues),
            o.telegram_user_id,
            o.active,
            status,
            o.login,
            bool(o.password_hash),
        )

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "queues": list(self.queues),
            "layanan": list(self.queues),
            "telegram_user_id": self.telegram_user_id,
            "active": self.active,
            "status": self.status,
            "login": self.login,
        }


@dataclass(frozen=True)
class OutboxView:
    id: int
    channel: str
    chat_id: str | None
    kind: str
    text: str
    dedup_key: str
    state: str
    attempts: int

    @classmethod
    def of(cls, m: OutboxMessage) -> OutboxView:
        assert m.id is not None
        return cls(m.id, m.channel, m.chat_id, m.kind, m.text, m.dedup_key, m.state, m.attempts)
