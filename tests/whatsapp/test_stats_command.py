"""`adminduk stats --json`: counts, median times and the rating distribution."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.queue import ratings
from bot.queue.domain import Actor
from devtools.synthetic import make_kk
from tests.e2e.conftest import adminduk
from tests.whatsapp.wa_helpers import RESIDENT, finish, officer, submit_ticket, uow_of


def test_stats_json_prints_counts_medians_and_the_rating_distribution(
    engine: Engine, tmp_path: Path
) -> None:
    actor = officer(engine)
    codes = [
        submit_ticket(
            engine, RESIDENT, f"#KK#{make_kk(serial=9700 + i)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
        )
        for i in range(3)
    ]
    for code in codes[:2]:
        finish(engine, code, actor)
    resident = Actor.resident("whatsapp", RESIDENT)
    assert ratings.record_score(uow_of(engine), codes[0], resident, 5)
    assert ratings.record_score(uow_of(engine), codes[1], resident, 3)
    assert not ratings.record_score(uow_of(engine), codes[1], resident, 1)  # never twice
    env = {"ADMINDUK_DATA_DIR": str(tmp_path), "DATABASE_URL": str(engine.url)}
    done = adminduk(env, "stats", "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["counts"] == {"KK/SELESAI": 2, "KK/BARU": 1}
    assert doc["opened"] == {"KK": 3} and doc["open"] == 1
    assert doc["median_completion_seconds"]["SEMUA"] is not None
    assert doc["ratings"]["count"] == 2 and doc["ratings"]["median"] == 4.0
    assert doc["ratings"]["distribution"] == {"1": 0, "2": 0, "3": 1, "4": 0, "5": 1}
