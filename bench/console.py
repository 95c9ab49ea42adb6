"""Console page times with 10,000 tickets: the queue list and a ticket's detail.

    python bench/console.py [--tickets 10000] [--requests 200]

Runs on a SQLite file (WAL) and on a temporary PostgreSQL 15 server (durable settings), both
created with the migrations. Tickets are spread over KTP, KK and KIA over 60 days, like an
office's history: 8 in 10 closed, 1 in 10 being handled, 1 in 10 waiting (BARU). Pages are
requested in-process through Starlette's TestClient by a logged-in officer of the three
queues (the time includes the session check, every query and the template; no network).
Besides wall-clock p50 / p95 it prints the mean CPU time of the process per request (with
SQLite that includes the database; with PostgreSQL not the server's share), which a busy
shared machine inflates far less than wall-clock time.
Synthetic NIK / KK only.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from bot.intake.parser import parse
from bot.queue import migrations, services
from bot.queue.codes import new_code
from bot.queue.config import Settings, make_engine, make_session_factory
from bot.queue.domain import Actor, Appointment, Officer, Ticket, utcnow
from bot.queue.persistence import UnitOfWork
from bot.web.app import create_app
from bot.web.config import WebConfig
from devtools.postgres import TemporaryPostgres
from devtools.synthetic import make_kk, make_nik

PASSWORD = "bench-password-2026"


def _line(i: int) -> str:
    nik = make_nik(born=date(1960 + i // 9000 % 40, 1 + i % 12, 1 + i % 28), serial=1000 + i % 9000)
    kk = make_kk(
        serial=1000 + i % 9000, recorded=date(2010 + i // 9000 % 10, 1 + i % 12, 1 + i % 28)
    )
    kind = i % 3
    if kind == 0:
        return f"#KTP#{nik}#{kk}#siti aminah#bitungjaya#cikupa#ilang"
    if kind == 1:
        return f"#KK#{kk}#budi santoso#talagasari#balaraja"
    child = make_nik(born=date(2018, 1 + i % 12, 1 + i % 28), serial=1000 + i % 9000)
    return f"#KIA#{child}#{kk}#ani#bitungjaya#cikupa"


def _history(ticket: Ticket, i: int, officer: Officer | None, at: datetime) -> None:
    """An office's history: 8 in 10 tickets closed, 1 in 10 being handled, 1 in 10 waiting."""
    assert officer is not None
    actor = Actor.officer(str(officer.id), "bench")
    if i % 10 == 0:
        return
    ticket.claim(actor, officer, at + timedelta(hours=1))
    if i % 10 == 1:
        return
    if i % 10 == 2:
        ticket.reject(actor, officer, "Data tidak sesuai.", at + timedelta(hours=2))
        return
    visit = Appointment(at + timedelta(days=2), "Loket 3")
    ticket.schedule(actor, officer, visit, at + timedelta(hours=2))
    ticket.complete(actor, officer, at + timedelta(days=2, hours=1))


def fill(engine: Engine, count: int) -> list[str]:
    """`count` tickets written straight through the domain (bulk, not one transaction each)."""
    uow = UnitOfWork(make_session_factory(engine))
    officer = services.add_officer(
        uow, "Bench KTP", ["KTP", "KK", "KIA"], login="bench.ktp", password=PASSWORD
    )
    codes: list[str] = []
    start = utcnow() - timedelta(days=60)
    batch = 1000
    for first in range(0, count, batch):
        with uow:
            for i in range(first, min(count, first + batch)):
                verdict = parse(_line(i))
                assert verdict.ok and verdict.service is not None, _line(i)
                s = verdict.service
                at = start + timedelta(minutes=8 * i // 10)
                actor = Actor.resident("telegram", str(100_000 + i))
                ticket = Ticket.open(
                    actor,
                    None,
                    new_code(s.queue),
                    at,
                    layanan=s.code,
                    title=s.title,
                    queue=s.queue,
                    fields=verdict.fields,
                    canonical=verdict.canonical,
                    warnings=[],
                    channel="telegram",
                    chat_id=str(100_000 + i),
                )
                ticket.open_key = None  # bench data: duplicates allowed
                _history(ticket, i, uow.officers.get(officer.id), at)
                uow.tickets.add(ticket)
                codes.append(ticket.code)
            uow.commit()
    return codes


Figures = tuple[float, float, float]  # p50, p95 (wall, ms), mean CPU of this process (ms)


def _time(client: TestClient, paths: Callable[[int], str], requests: int) -> Figures:
    wall: list[float] = []
    cpu = 0.0
    for i in range(requests + 5):
        began, used = time.perf_counter(), time.process_time()
        response = client.get(paths(i))
        elapsed = (time.perf_counter() - began) * 1000
        assert response.status_code == 200, (paths(i), response.status_code)
        if i >= 5:  # warm-up
            wall.append(elapsed)
            cpu += (time.process_time() - used) * 1000
    ordered = sorted(wall)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95, cpu / requests


def measure(
    engine: Engine, data_dir: Path, tickets: int, requests: int
) -> dict[str, tuple[float, float]]:
    migrations.upgrade(engine)
    began = time.perf_counter()
    codes = fill(engine, tickets)
    print(f"  {tickets} tickets written in {time.perf_counter() - began:.1f} s", flush=True)
    config = WebConfig(Settings(data_dir=data_dir, database_url=str(engine.url)), secret="bench")
    client = TestClient(create_app(config, engine), follow_redirects=False)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert token
    login = client.post(
        "/login", data={"login": "bench.ktp", "password": PASSWORD, "csrf": token.group(1)}
    )
    assert login.status_code == 303
    rng = random.Random(3)
    picks = [rng.choice(codes) for _ in range(requests + 5)]
    return {
        "list, belum diambil (page 1 of BARU)": _time(client, lambda i: "/antrean", requests),
        "list, semua, page 40": _time(client, lambda i: "/antrean?tab=semua&hal=40", requests),
        "list, htmx refresh": _time(client, lambda i: "/antrean/isi?tab=baru", requests),
        "detail (full NIK, view recorded)": _time(client, lambda i: f"/tiket/{picks[i]}", requests),
    }


def report(name: str, figures: dict[str, Figures]) -> None:
    for page, (p50, p95, cpu) in figures.items():
        print(f"| {name} | {page} | {p50:.1f} ms | {p95:.1f} ms | {cpu:.1f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite (WAL):", flush=True)
        engine = make_engine(f"sqlite:///{folder}/bench.sqlite3")
        results["SQLite"] = measure(engine, Path(folder), args.tickets, args.requests)
        engine.dispose()
    with TemporaryPostgres(durable=True) as pg, tempfile.TemporaryDirectory() as folder:
        print("PostgreSQL 15:", flush=True)
        engine = make_engine(pg.url)
        results["PostgreSQL 15"] = measure(engine, Path(folder), args.tickets, args.requests)
        engine.dispose()
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (1 min, 2 cores)")
    print(f"| backend | page ({args.tickets} tickets) | p50 | p95 | CPU of the app process |")
    print("| --- | --- | --- | --- | --- |")
    for name, figures in results.items():
        report(name, figures)


if __name__ == "__main__":
    main()
