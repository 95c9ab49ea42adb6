"""Queue throughput: tickets created, then claimed + scheduled + completed, by 8 officers.

    python bench/queue_throughput.py [--tickets 2000] [--officers 8]

Runs on a SQLite file (WAL) and on a temporary PostgreSQL 15 server (durable settings:
fsync on), both created with the migrations. Each ticket is four transactions: submit,
next ticket (claim), schedule, complete. Synthetic NIK / KK only.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.queue import migrations, services
from bot.queue.config import make_engine, make_session_factory
from bot.queue.domain import Actor, Appointment, utcnow
from bot.queue.persistence import UnitOfWork
from devtools.postgres import TemporaryPostgres
from devtools.synthetic import make_kk, make_nik


def _lines(count: int) -> list[str]:
    rng = random.Random(7)
    serials = rng.sample(range(9000, 10000), 1000)
    lines = []
    for i in range(count):
        nik = make_nik(
            born=date(1960 + i // 1000 % 40, 1 + i % 12, 1 + i % 28), serial=serials[i % 1000]
        )
        lines.append(f"#KTP#{nik}#{make_kk()}#siti aminah#bitungjaya#cikupa#ilang")
    return lines


def _parallel(workers: int, job: Callable[[int], int]) -> float:
    barrier = threading.Barrier(workers)

    def run(index: int) -> int:
        barrier.wait()
        return job(index)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        done = sum(pool.map(run, range(workers)))
    return done / (time.perf_counter() - start)


def measure(engine: Engine, tickets: int, officers: int) -> tuple[float, float, float]:
    migrations.upgrade(engine)
    factory = make_session_factory(engine)
    lines = _lines(tickets)
    actors = [
        Actor.officer(
            services.add_officer(UnitOfWork(factory), f"Petugas {i}", ["KTP"]).id, "bench"
        )
        for i in range(officers)
    ]
    when = Appointment(utcnow() + timedelta(days=3), "Kantor Disdukcapil, loket 3", "KK asli")

    def create(index: int) -> int:
        uow, mine = UnitOfWork(factory), lines[index::officers]
        for n, line in enumerate(mine):
            services.submit_request(uow, line, Actor.resident("telegram", f"{index}-{n}"))
        return len(mine)

    def work(index: int) -> int:
        uow, actor, done = UnitOfWork(factory), actors[index], 0
        while (detail := services.next_ticket(uow, actor)) is not None:
            services.schedule(uow, detail.code, actor, when)
            services.complete(uow, detail.code, actor)
            done += 1
        return done

    created = _parallel(officers, create)
    worked = _parallel(officers, work)
    lifecycle = 1 / (1 / created + 1 / worked)
    return created, worked, lifecycle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--officers", type=int, default=8)
    args = parser.parse_args()
    print(f"{args.tickets} tickets, {args.officers} concurrent officers")
    print(
        f"{'backend':<12} {'created/s':>10} {'claimed+completed/s':>20} {'whole lifecycle/s':>18}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        row = measure(engine, args.tickets, args.officers)
        engine.dispose()
        print(f"{'SQLite':<12} {row[0]:>10.0f} {row[1]:>20.0f} {row[2]:>18.0f}")
    with TemporaryPostgres(durable=True) as server:
        engine = make_engine(server.url, pool_size=args.officers + 2)
        row = measure(engine, args.tickets, args.officers)
        engine.dispose()
        print(f"{'PostgreSQL':<12} {row[0]:>10.0f} {row[1]:>20.0f} {row[2]:>18.0f}")


if __name__ == "__main__":
    main()
