"""What the ticket page shows, built from the service layer's `TicketDetail`.

Labels and event names in Bahasa Indonesia, the requirement checklist of the request, the
attachments (images inline, PDFs as downloads), the chat transcript for Telegram tickets and
the timeline with officers' names. Attachments are served from the path the queue stored
(never one the resident chose), with a checked content type and `Content-Disposition`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import FileResponse, Response

from bot.errors import AdmindukError, TicketNotFound
from bot.queue import reads, tables
from bot.queue.admin import ALLOWED_TYPES
from bot.queue.domain import GENERAL_QUEUE
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.queue.views import TicketDetail
from bot.reference.knowledge import default_knowledge

__all__ = ["EVENT_NAMES", "FIELD_LABELS", "context_for", "file_response"]

FIELD_LABELS = {
    "nik": "NIK",
    "no_kk": "No. KK",
    "nama": "Nama",
    "nama_kepala_keluarga": "Nama kepala keluarga",
    "desa": "Desa/kelurahan",
    "kecamatan": "Kecamatan",
    "alasan": "Alasan",
    "alamat_pindah": "Alamat pindah",
    "no_skpwni": "No. SKPWNI",
    "keperluan": "Keperluan",
    "pertanyaan": "Pertanyaan",
}
EVENT_NAMES = {
    "created": "Permohonan masuk",
    "claimed": "Diambil petugas",
    "fix_requested": "Diminta perbaikan",
    "corrected": "Diperbaiki pemohon",
    "scheduled": "Dijadwalkan",
    "completed": "Diselesaikan",
    "rejected": "Ditolak",
    "cancelled": "Dibatalkan pemohon",
    "attachment_added": "Lampiran ditambahkan",
    "purged": "Data pribadi dihapus (retensi)",
    "rated": "Dinilai pemohon",
    "rating_commented": "Komentar pemohon",
}
ACTOR_KINDS = {"resident": "Pemohon", "assistant": "Asisten", "system": "Sistem"}
CHANNELS = {
    "telegram": "Telegram",
    "rest": "Obrolan web",
    "rasa": "asisten",
    "cli": "Loket (CLI)",
    "web": "Konsol",
}


def context_for(uow: UnitOfWork, detail: TicketDetail, hours: WorkingHours) -> dict[str, Any]:
    d = detail.to_dict()
    o = tables.officers.c
    with uow:  # one transaction for everything beside the ticket itself
        names = {int(i): str(n) for i, n in uow.session.execute(select(o.id, o.name)).all()}
        transcript = _transcript(uow.session, d)
        views = reads.views_in(uow.session, d["code"])
    return {
        "t": d,
        "fields": [(FIELD_LABELS.get(k, k), v) for k, v in d["fields"].items()],
        "checklist": _checklist(d),
        "attachments": [_attachment(d["code"], a) for a in d["attachments"]],
        "timeline": [_event(e, names) for e in d["events"]],
        "assignee": names.get(d["assignee_id"]) if d["assignee_id"] else None,
        "transcript": transcript,
        "views": views,
        "channel": CHANNELS.get(d["channel"], d["channel"]),
        "outbox": d["outbox"],
        "today": datetime.now(hours.tz).date().isoformat(),
        "opens": hours.start.strftime("%H:%M"),
        "closes": hours.end.strftime("%H:%M"),
    }


def _checklist(d: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    if d["layanan"] == GENERAL_QUEUE or not d["fields"]:
        return None
    try:
        topic = default_knowledge().requirements_for(d["layanan"], d["fields"].get("alasan"))
    except (AdmindukError, KeyError):
        return None
    return topic.title, tuple(topic.checklist)


def _attachment(code: str, a: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": f"/tiket/{code}/lampiran/{a['sha256']}",
        "image": str(a["type"]).startswith("image/"),
        "type": a["type"],
        "size_kb": max(1, int(a["size"]) // 1024),
        "sender": ACTOR_KINDS.get(a["sender"], "Petugas"),
    }


def _event(e: dict[str, Any], names: dict[int, str]) -> dict[str, Any]:
    if e["actor_kind"] == "officer":
        who = (
            names.get(int(e["actor_id"]), f"Petugas {e['actor_id']}")
            if e["actor_id"].isdigit()
            else "Petugas"
        )
    else:
        who = ACTOR_KINDS.get(e["actor_kind"], e["actor_kind"])
    return {
        "at": e["at"],
        "name": EVENT_NAMES.get(e["type"], e["type"]),
        "status": e["to_status"],
        "who": who,
        "via": CHANNELS.get(e["via"], e["via"]),
        "note": e["note"],
    }


def _transcript(session: Session, d: dict[str, Any]) -> list[tuple[str, str, datetime]]:
    """The chat (any channel) up to shortly after the ticket was made: (who, text, when)."""
    if not d["chat_id"]:
        return []
    from bot.channels import tables as ct

    until = datetime.fromisoformat(d["created_at"]) + timedelta(minutes=5)
    i, r = ct.inbox.c, ct.replies.c
    chat = d["chat_id"]
    said = session.execute(
        select(i.text, i.created_at)
        .where(i.channel == d["channel"], i.chat_id == chat, i.created_at <= until)
        .order_by(i.id.desc())
        .limit(30)
    ).all()
    answered = session.execute(
        select(r.text, r.created_at)
        .where(r.channel == d["channel"], r.chat_id == chat, r.created_at <= until)
        .order_by(r.id.desc())
        .limit(30)
    ).all()
    lines = [("Pemohon", str(text), at) for text, at in said]
    lines += [("Asisten", str(text), at) for text, at in answered]
    return sorted(lines, key=lambda line: line[2])[-40:]


def file_response(data_dir: Path, found: reads.AttachmentFile) -> Response:
    """The stored file, if it is where the queue put it; images inline, PDFs downloaded."""
    root = data_dir.resolve()
    path = (root.parent / found.path).resolve() if found.path.startswith("attachments") else None
    ext = ALLOWED_TYPES.get(found.content_type)
    if path is None or ext is None or root not in path.parents or not path.is_file():
        raise TicketNotFound(found.code)
    disposition = "inline" if found.content_type.startswith("image/") else "attachment"
    name = f"{found.code}-{found.sha256[:8]}.{ext}"
    return FileResponse(
        path,
        media_type=found.content_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{name}"',
            "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )
