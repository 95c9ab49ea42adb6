from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from bot.queue import services
from bot.queue.domain import Actor, Appointment
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik, random_kk, random_nik

__all__ = ["NOW", "RESIDENT", "appointment", "ktp_line", "officer_actor", "random_line", "submit"]

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 09.00 WIB
RESIDENT = Actor.resident("telegram", "1001")


def ktp_line(nik: str | None = None, kk: str | None = None) -> str:
    return f"#KTP#{nik or make_nik()}#{kk or make_kk()}#siti aminah#bitungjaya#cikupa#ilang"


def random_line(rng: random.Random) -> str:
    return ktp_line(random_nik(rng), random_kk(rng))


def submit(
    uow: UnitOfWork, line: str | None = None, actor: Actor = RESIDENT, at: datetime = NOW
) -> str:
    return services.submit_request(uow, line or ktp_line(), actor, now=at).code


def officer_actor(
    uow: UnitOfWork, queues: tuple[str, ...] = ("KTP",), role: str = "officer"
) -> Actor:
    view = services.add_officer(uow, "Rina Wulandari", list(queues), role)
    return Actor.officer(view.id, "cli")


def appointment() -> Appointment:
    return Appointment(NOW + timedelta(days=6), "Kantor Disdukcapil, loket 3", "KK asli")
