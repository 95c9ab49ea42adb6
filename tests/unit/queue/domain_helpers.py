from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.queue.domain import Actor, Appointment, Officer, Ticket

__all__ = [
    "APPOINTMENT",
    "ASSISTANT",
    "FIELDS",
    "NOW",
    "RESIDENT",
    "SYSTEM",
    "later",
    "new_ticket",
    "officer",
]
from devtools.synthetic import make_kk, make_nik

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 09.00 WIB
RESIDENT = Actor.resident("telegram", "1001")
ASSISTANT = Actor.assistant("telegram", "1001")
SYSTEM = Actor.system()
FIELDS = {
    "nik": make_nik(),
    "no_kk": make_kk(),
    "nama": "SITI AMINAH",
    "desa": "BITUNG JAYA",
    "kecamatan": "CIKUPA",
    "alasan": "HILANG",
}


def officer(
    officer_id: int = 1, queues: tuple[str, ...] = ("KTP",), role: str = "officer"
) -> Officer:
    o = Officer(f"Petugas {officer_id}", list(queues), role)
    o.id = officer_id
    return o


def later(hours: float = 1) -> datetime:
    return NOW + timedelta(hours=hours)


APPOINTMENT = Appointment(NOW + timedelta(days=3), "Kantor Disdukcapil, loket 3", "KK asli")


def new_ticket(queue: str = "KTP") -> Ticket:
    return Ticket.open(
        RESIDENT,
        None,
        f"{queue}-7QX4M2",
        NOW,
        layanan="KTP" if queue == "KTP" else queue,
        title="KTP Elektronik",
        queue=queue,
        fields=FIELDS,
        canonical="#KTP#...#",
        warnings=[],
        channel="telegram",
        chat_id="1001",
    )
