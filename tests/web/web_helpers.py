from __future__ import annotations

import itertools
from datetime import datetime, timezone

from bot.queue import services
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from bot.synthetic import make_kk, make_nik

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 09.00 WIB
RESIDENT = Actor.resident("telegram", "1001")
_serials = itertools.count(9001)


def fresh_nik() -> str:
    return make_nik(serial=next(_serials))


def fresh_kk() -> str:
    return make_kk(serial=next(_serials))


def ktp_line(nik: str | None = None) -> str:
    return f"#KTP#{nik or fresh_nik()}#{make_kk()}#siti aminah#bitungjaya#cikupa#ilang"


def kk_line(kk: str | None = None) -> str:
    return f"#KK#{kk or fresh_kk()}#budi santoso#talagasari#balaraja"


def submit(uow: UnitOfWork, line: str, chat: str = "1001", **kwargs: object) -> str:
    actor = Actor.resident("telegram", chat)
    return services.submit_request(uow, line, actor, **kwargs).code  # type: ignore[arg-type]
