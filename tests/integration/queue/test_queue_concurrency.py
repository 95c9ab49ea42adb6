from __future__ import annotations

import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from queue_helpers import officer_actor, random_line, submit
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.errors import ConcurrentChange, IllegalTransition
from bot.queue import services, tables
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork


def _drain(engine: Engine, actor: Actor, barrier: threading.Barrier) -> list[str]:
    uow = UnitOfWork(make_session_factory(engine))  # one unit of work per thread
    barrier.wait()
    taken: list[str] = []
    while (detail := services.next_ticket(uow, actor)) is not None:
        taken.append(detail.code)
    return taken


def _claims(engine: Engine) -> Counter[str]:
    e, t = tables.events.c, tables.tickets.c
    query = (
        select(t.code).select_from(tables.events.join(tables.tickets)).where(e.type == "claimed")
    )
    with engine.connect() as connection:
        return Counter(connection.execute(query).scalars())


def _race(engine: Engine, tickets: int, officers: int) -> None:
    uow = UnitOfWork(make_session_factory(engine))
    rng = random.Random(tickets)
    codes = {submit(uow, random_line(rng)) for _ in range(tickets)}
    actors = [officer_actor(uow) for _ in range(officers)]
    barrier = threading.Barrier(officers)
    with ThreadPoolExecutor(officers) as pool:
        results = list(pool.map(lambda a: _drain(engine, a, barrier), actors))
    taken = [code for result in results for code in result]
    assert sorted(taken) == sorted(codes)  # every ticket claimed, none twice
    claims = _claims(engine)
    assert set(claims) == codes and set(claims.values()) == {1}
    assert sum(1 for r in results if r) > 1  # the work really was shared


@pytest.mark.postgres
@pytest.mark.timeout(120)
def test_sixteen_officers_claim_five_hundred_tickets_each_exactly_once_on_postgresql(
    pg_engine: Engine,
) -> None:
    _race(pg_engine, tickets=500, officers=16)


@pytest.mark.timeout(120)
def test_eight_officers_share_a_sqlite_queue_without_double_claims(sqlite_engine: Engine) -> None:
    _race(sqlite_engine, tickets=120, officers=8)


def test_sixteen_officers_racing_for_one_ticket_one_wins(uow: UnitOfWork, engine: Engine) -> None:
    code = submit(uow)
    actors = [officer_actor(uow) for _ in range(16)]
    barrier = threading.Barrier(16)

    def attempt(actor: Actor) -> str:
        own = UnitOfWork(make_session_factory(engine))
        barrier.wait()
        try:
            services.claim(own, code, actor)
        except (IllegalTransition, ConcurrentChange):
            return "refused"
        return "won"

    with ThreadPoolExecutor(16) as pool:
        outcomes = Counter(pool.map(attempt, actors))
    assert outcomes == {"won": 1, "refused": 15}
    assert _claims(engine) == {code: 1}
