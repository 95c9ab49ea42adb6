"""`adminduk stats [--days 30] [--json]`: counts, median times and the residents' ratings.

`--json` prints one object:
    {"days", "counts": {"KTP/SELESAI": n, …}, "opened": {service: n}, "closed": {service: n},
     "open": n, "median_first_action_seconds": {"SEMUA"|service: s|null},
     "median_completion_seconds": {…}, "ratings": {"count", "mean", "median",
     "distribution": {"1": n, … "5": n}}}
Times count office hours only; ratings are those given in the period.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

__all__ = ["register", "stats_document"]


def stats_document(days: int) -> dict[str, Any]:
    from bot.queue import services
    from bot.queue.config import load_settings, make_engine, make_session_factory
    from bot.queue.persistence import UnitOfWork
    from bot.queue.stats import machine_statistics

    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        uow = UnitOfWork(make_session_factory(engine))
        figures = machine_statistics(uow, hours=settings.hours, days=days)
        counts = services.anonymous_counts(uow)
    finally:
        engine.dispose()
    return {
        "days": days,
        "counts": counts,
        "opened": {s: sum(v) for s, v in figures.opened.items()},
        "closed": {s: sum(v) for s, v in figures.closed.items()},
        "open": figures.open_total,
        "median_first_action_seconds": {k: d.median for k, d in figures.first_action.items()},
        "median_completion_seconds": {k: d.median for k, d in figures.completion.items()},
        "ratings": figures.ratings,
    }


def _minutes(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 60:.0f} menit kerja"


def cmd_stats(args: argparse.Namespace) -> int:
    doc = stats_document(args.days)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False))
        return 0
    print(f"Statistik {doc['days']} hari terakhir")
    print(
        f"Tiket dibuat: {sum(doc['opened'].values())}, selesai/ditutup: "
        f"{sum(doc['closed'].values())}, masih terbuka: {doc['open']}"
    )
    print(
        f"Median sampai ditangani petugas: {_minutes(doc['median_first_action_seconds']['SEMUA'])}"
    )
    print(f"Median sampai selesai: {_minutes(doc['median_completion_seconds']['SEMUA'])}")
    r = doc["ratings"] or {"count": 0}
    if r["count"]:
        spread = ", ".join(f"{k}: {n}" for k, n in r["distribution"].items())
        print(
            f"Penilaian warga: {r['count']} (rata-rata {r['mean']}, median {r['median']}; {spread})"
        )
    else:
        print("Penilaian warga: belum ada")
    return 0


def register(sub: Any) -> None:
    stats = sub.add_parser("stats", help="statistik tiket dan penilaian warga")
    stats.add_argument("--days", type=int, default=30, help="berapa hari ke belakang (30)")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)
