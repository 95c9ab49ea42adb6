"""Service-layer functions for operators: officers, attachments, the outbox, purging.

Re-exported by `bot.queue.services`; split off only to keep modules short.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from bot.errors import InvalidInput, Issue, TicketNotFound
from bot.queue.codes import normalise_code
from bot.queue.domain import (
    QUEUES,
    ROLES,
    Actor,
    ActorKind,
    Attachment,
    Officer,
    OutboxMessage,
    utcnow,
)
from bot.queue.passwords import check_login, check_password_rules, login_taken
from bot.queue.persistence import Conflict, UnitOfWork
from bot.queue.views import OfficerView, OutboxView

__all__ = [
    "ALLOWED_TYPES",
    "MAX_ATTACHMENTS",
    "MAX_ATTACHMENT_BYTES",
    "add_attachment",
    "add_officer",
    "anonymous_counts",
    "due_notifications",
    "enqueue_notification",
    "list_officers",
    "mark_failed",
    "mark_sent",
    "purge_closed",
    "record_reveal",
    "sniff_type",
]

log = logging.getLogger("bot.queue")
ALLOWED_TYPES = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 10
_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG", "image/png"))


def sniff_type(content: bytes) -> str | None:
    """What the bytes are: JPEG, PNG, PDF (a header within its first KB), or None."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    return "application/pdf" if b"%PDF-" in content[:1024] else None


def _refuse(field: str, code: str, message: str) -> InvalidInput:
    return InvalidInput([Issue(field, code, message)], "Data belum benar.")


def add_officer(
    uow: UnitOfWork,
    name: str,
    queues: Sequence[str],
    role: str = "officer",
    telegram_user_id: int | None = None,
    password: str | None = None,
    login: str | None = None,
) -> OfficerView:
    name = " ".join(name.split())
    login = check_login(login) if login is not None else None
    wanted = sorted({q.upper() for q in queues})
    if not name:
        raise _refuse("name", "kosong", "Nama petugas wajib diisi, contoh: Rina Wulandari.")
    if role not in ROLES:
        raise _refuse(
            "role", "peran_tidak_dikenal", f"Peran harus salah satu dari: {', '.join(ROLES)}."
        )
    if not wanted and role == "officer":
        raise _refuse(
            "queue", "kosong", "Petugas harus melayani minimal satu antrean, contoh: KTP."
        )
    if unknown := [q for q in wanted if q not in QUEUES]:
        raise _refuse(
            "queue",
            "antrean_tidak_dikenal",
            f"Antrean tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(QUEUES)}.",
        )
    officer = Officer(name, wanted, role, telegram_user_id)
    officer.login = login
    if password:
        officer.set_password(check_password_rules(password))
    try:
        with uow:
            if login is not None and login_taken(uow.session, login):
                raise _refuse(
                    "login", "sudah_terdaftar", f"Nama login {login} sudah dipakai petugas lain."
                )
            uow.officers.add(officer)
            uow.commit()
            view = OfficerView.of(officer)
    except Conflict:
        raise _refuse(
            "telegram_id",
            "sudah_terdaftar",
            f"ID Telegram {telegram_user_id} sudah dipakai petugas lain.",
        ) from None
    log.info("officer %s added (%s)", view.id, role)
    return view


def list_officers(uow: UnitOfWork) -> list[OfficerView]:
    with uow:
        return [OfficerView.of(o) for o in uow.officers.all()]


def add_attachment(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    content: bytes,
    content_type: str,
    data_dir: Path,
    *,
    filename: str | None = None,
    now: datetime | None = None,
    max_files: int = MAX_ATTACHMENTS,
) -> str:
    """Store a file under `<data_dir>/attachments/<code>/<sha256>.<ext>`; returns the sha256.
    The content must really be the type claimed (magic bytes); at most `max_files` per ticket
    (ADMINDUK_MAX_ATTACHMENTS)."""
    code, now = normalise_code(code), now or utcnow()
    if content_type not in ALLOWED_TYPES:
        raise _refuse(
            "lampiran", "jenis_tidak_didukung", "Lampiran harus berupa foto (JPG/PNG) atau PDF."
        )
    if not 0 < len(content) <= MAX_ATTACHMENT_BYTES:
        raise _refuse("lampiran", "ukuran_salah", "Ukuran lampiran paling besar 10 MB.")
    if sniff_type(content) != content_type:  # the bytes decide, not the sender's claim
        raise _refuse(
            "lampiran", "isi_tidak_sesuai", "Isi berkas bukan foto (JPG/PNG) atau PDF yang utuh."
        )
    digest = hashlib.sha256(content).hexdigest()
    relative = Path("attachments") / code / f"{digest}.{ALLOWED_TYPES[content_type]}"
    with uow:
        ticket = uow.tickets.get(code, lock=True)
        if ticket is None or (
            actor.kind != ActorKind.OFFICER and actor.chat != (ticket.channel, ticket.chat_id)
        ):
            raise TicketNotFound(code)
        if len(ticket.attachments) >= max_files:
            raise _refuse(
                "lampiran",
                "terlalu_banyak",
                f"Satu permohonan paling banyak {max_files} lampiran; "
                "yang sudah terkirim tetap tersimpan.",
            )
        officer = uow.officers.get(int(actor.id)) if actor.kind == ActorKind.OFFICER else None
        attachment = Attachment(
            digest, content_type, len(content), str(relative), filename, actor, now
        )
        ticket.attach(actor, officer, attachment)
        target = data_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        uow.commit()
    return digest


def purge_closed(
    uow: UnitOfWork, before: datetime, data_dir: Path | None = None, *, now: datetime | None = None
) -> int:
    """Erase personal fields of tickets closed before `before`; returns how many changed."""
    actor, now = Actor.system("retensi"), now or utcnow()
    with uow:
        tickets = uow.tickets.closed_before(before)
        files = [Path(a.path) for t in tickets for a in t.attachments]
        for ticket in tickets:
            ticket.purge(actor, now)
        uow.commit()
    for relative in files if data_dir is not None else []:
        (data_dir / relative).unlink(missing_ok=True)  # type: ignore[operator]
    log.info("purged personal data of %d closed tickets", len(tickets))
    return len(tickets)


def record_reveal(
    uow: UnitOfWork, code: str, os_user: str, via: str = "cli", *, now: datetime | None = None
) -> None:
    """`queue show --reveal`: an event on the ticket naming the operating-system user who
    printed its NIK / No. KK in full."""
    code = normalise_code(code)
    with uow:
        ticket = uow.tickets.get(code, lock=True)
        if ticket is None:
            raise TicketNotFound(code)
        note = f"NIK/No. KK ditampilkan penuh di {via} oleh pengguna sistem operasi {os_user}"
        ticket.note_disclosure(Actor.system(f"os:{os_user}", via), now or utcnow(), note)
        uow.commit()
    log.info("ticket %s shown in full to OS user %s", code, os_user)


def anonymous_counts(uow: UnitOfWork) -> dict[str, int]:
    with uow:
        return {f"{layanan}/{status}": n for (layanan, status), n in uow.tickets.counts().items()}


# --- outbox ----------------------------------------------------------------------------
def enqueue_notification(
    uow: UnitOfWork, code: str, kind: str, text: str, dedup_key: str, *, now: datetime | None = None
) -> bool:
    """Queue an extra message for a ticket's chat; False when `dedup_key` was already queued."""
    now = now or utcnow()
    try:
        with uow:
            ticket = uow.tickets.get(normalise_code(code))
            if ticket is None:
                raise TicketNotFound(code)
            if uow.outbox.by_key(dedup_key) is not None:
                return False
            ticket.outbox.append(
                OutboxMessage(ticket.channel, ticket.chat_id, kind, text, dedup_key, now)
            )
            uow.commit()
    except Conflict:
        return False  # queued by someone else at the same moment
    return True


def due_notifications(
    uow: UnitOfWork, *, channel: str | None = None, now: datetime | None = None, limit: int = 50
) -> list[OutboxView]:
    with uow:
        due = uow.outbox.due(now or utcnow(), limit)
        return [OutboxView.of(m) for m in due if channel is None or m.channel == channel]


def mark_sent(uow: UnitOfWork, message_id: int, *, now: datetime | None = None) -> None:
    with uow:
        message = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        if message is not None and message.state == "pending":
            message.mark_sent(now or utcnow())
        uow.commit()


def mark_failed(
    uow: UnitOfWork, message_id: int, error: str, *, now: datetime | None = None
) -> None:
    with uow:
        message = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        if message is not None and message.state == "pending":
            message.mark_failed(error, now or utcnow())
        uow.commit()
