"""Privacy holes closed (issue 11): retention everywhere, `queue show` masked unless
--reveal (recorded), attachments typed by their bytes and capped, office hours from the one
settings object on the assistant's path. Real SQLite files, the real CLI."""

from __future__ import annotations

import json
import os
import pwd
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine

from actions.queue_port import AssistantPort
from bot.channels import tables as channel_tables
from bot.errors import InvalidInput
from bot.maintenance.retention import purge_expired
from bot.queue import migrations, services, tables
from bot.queue.config import load_settings, make_engine, make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 09.00 WIB
LONG_AGO = NOW - timedelta(days=200)
RESIDENT = Actor.resident("telegram", "1001")
PDF = b"%PDF-1.4 synthetic scan"


def ktp_line(serial: int) -> str:
    nik, kk = make_nik(female=True, serial=serial), make_kk(serial=serial)
    return f"#KTP#{nik}#{kk}#siti aminah#bitungjaya#cikupa#hilang"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))


def tracker_with(path: Path, conversations: dict[str, float]) -> Engine:
    """A tracker store shaped like Rasa's `events` table: sender -> last event time."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, timestamp REAL)")
        for sender, at in conversations.items():
            db.executemany(
                "INSERT INTO events (sender_id, timestamp) VALUES (?, ?)",
                [(sender, at - 60), (sender, at)],
            )
    return make_engine(f"sqlite:///{path}")


def test_retention_erases_personal_data_everywhere_and_keeps_the_counts(
    uow: UnitOfWork, engine: Engine, tmp_path: Path
) -> None:
    closed = services.submit_request(uow, ktp_line(8101), RESIDENT, now=LONG_AGO).code
    services.add_attachment(uow, closed, RESIDENT, PDF, "application/pdf", tmp_path, now=LONG_AGO)
    services.cancel_by_resident(uow, closed, RESIDENT, now=LONG_AGO + timedelta(hours=1))
    stale = services.submit_request(uow, ktp_line(8102), RESIDENT, now=LONG_AGO).code
    services.add_attachment(
        uow, stale, RESIDENT, PDF + b"2", "application/pdf", tmp_path, now=LONG_AGO
    )
    fresh = services.submit_request(uow, ktp_line(8103), RESIDENT, now=NOW).code
    with engine.begin() as connection:
        for at, text in ((LONG_AGO, "nik saya 3603 1857 0899 8101"), (NOW, "halo")):
            connection.execute(
                insert(channel_tables.inbox).values(
                    channel="telegram", chat_id="1001", message_id=str(at), text=text,
                    state="done", attempts=1, created_at=at,
                )
            )  # fmt: skip
    tracker = tracker_with(
        tmp_path / "tracker.sqlite3", {"old": LONG_AGO.timestamp(), "new": NOW.timestamp()}
    )

    report = purge_expired(uow, engine, 90, tmp_path, tracker=tracker, now=NOW)

    assert report.counts["tiket_kedaluwarsa"] == 1 and report.counts["tiket_dihapus"] == 2
    assert report.counts["lampiran"] == 2 and report.counts["chat_inbox"] == 1
    assert report.counts["percakapan_rasa"] == 2  # both events of the old conversation
    assert not (tmp_path / "attachments" / closed).exists()
    assert not (tmp_path / "attachments" / stale).exists()
    for code in (closed, stale):
        detail = services.show_ticket(uow, code).to_dict()
        assert detail["fields"] == {} and detail["canonical"] is None
        assert detail["status"] == "DIBATALKAN"
    assert services.show_ticket(uow, fresh).to_dict()["fields"]["nik"] == make_nik(
        female=True, serial=8103
    )
    with engine.connect() as connection:
        texts = connection.execute(select(channel_tables.inbox.c.text)).scalars().all()
        assert texts == ["halo"]
        assert connection.execute(select(func.count()).select_from(tables.tickets)).scalar() == 3
    with tracker.connect() as connection:
        senders = {row[0] for row in connection.exec_driver_sql("SELECT sender_id FROM events")}
    assert senders == {"new"}
    assert services.anonymous_counts(uow) == {"KTP/DIBATALKAN": 2, "KTP/BARU": 1}
    tracker.dispose()


def test_purging_twice_changes_nothing_the_second_time(
    uow: UnitOfWork, engine: Engine, tmp_path: Path
) -> None:
    services.submit_request(uow, ktp_line(8111), RESIDENT, now=LONG_AGO)
    assert purge_expired(uow, engine, 90, tmp_path, now=NOW).total == 2  # expired + purged
    assert purge_expired(uow, engine, 90, tmp_path, now=NOW).total == 0


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_queue_show_masks_numbers_unless_revealed_and_a_reveal_is_recorded(tmp_path: Path) -> None:
    env = {"ADMINDUK_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assert cli(env, "db", "upgrade").returncode == 0
    nik, kk = make_nik(female=True, serial=8121), make_kk(serial=8121)
    line = f"#KTP#{nik}#{kk}#siti aminah#bitungjaya#cikupa#hilang"
    submitted = cli(env, "queue", "submit", line, "--chat", "7", "--json")
    code = json.loads(submitted.stdout)["code"]
    for args in ((), ("--json",)):
        shown = cli(env, "queue", "show", code, *args).stdout
        assert nik not in shown and kk not in shown and nik[:6] + "******" + nik[12:] in shown
    revealed = json.loads(cli(env, "queue", "show", code, "--reveal", "--json").stdout)
    assert revealed["fields"]["nik"] == nik and revealed["canonical"].startswith(
        f"#KTP#{nik}#{kk}#"
    )
    events = json.loads(cli(env, "queue", "show", code, "--json").stdout)["events"]
    user = pwd.getpwuid(os.getuid()).pw_name
    assert events[-1]["type"] == "data_dibuka" and user in events[-1]["note"]
    assert events[-1]["actor_id"] == f"os:{user}"


def test_purge_runs_from_the_command_line_with_the_retention_setting(tmp_path: Path) -> None:
    env = {
        "ADMINDUK_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/q.db",
        "ADMINDUK_RETENTION_DAYS": "30",
    }
    assert cli(env, "db", "upgrade").returncode == 0
    done = cli(env, "purge", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["counts"]["tiket_dihapus"] == 0
    cutoff = datetime.fromisoformat(report["cutoff"])
    assert (
        timedelta(days=29, hours=23)
        < datetime.now(timezone.utc) - cutoff
        < timedelta(days=30, hours=1)
    )
    assert not (tmp_path / "rasa-tracker.sqlite3").exists()  # purging creates no tracker store


def test_an_attachment_is_judged_by_its_bytes_not_by_the_type_it_claims(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    code = services.submit_request(uow, ktp_line(8131), RESIDENT, now=NOW).code
    script = b"MZ\x90\x00 not a picture"
    for claimed in ("image/jpeg", "image/png", "application/pdf"):
        with pytest.raises(InvalidInput) as refused:
            services.add_attachment(uow, code, RESIDENT, script, claimed, tmp_path)
        assert refused.value.errors[0].code == "isi_tidak_sesuai"
    with pytest.raises(InvalidInput):  # a real PDF claimed to be a photo
        services.add_attachment(uow, code, RESIDENT, PDF, "image/jpeg", tmp_path)
    services.add_attachment(uow, code, RESIDENT, b"\xff\xd8\xff\xe0 jpeg", "image/jpeg", tmp_path)
    assert len(services.show_ticket(uow, code).to_dict()["attachments"]) == 1


def test_a_ticket_holds_at_most_the_configured_number_of_attachments(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    code = services.submit_request(uow, ktp_line(8141), RESIDENT, now=NOW).code
    for n in range(3):
        services.add_attachment(
            uow, code, RESIDENT, PDF + bytes([n]), "application/pdf", tmp_path, max_files=3
        )
    with pytest.raises(InvalidInput) as refused:
        services.add_attachment(
            uow, code, RESIDENT, PDF + b"x", "application/pdf", tmp_path, max_files=3
        )
    assert refused.value.errors[0].code == "terlalu_banyak"
    assert len(list((tmp_path / "attachments" / code).iterdir())) == 3


def test_the_assistant_uses_the_office_hours_of_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env = {
        "ADMINDUK_DATA_DIR": str(tmp_path),
        "ADMINDUK_WORK_DAYS": "0-5",
        "ADMINDUK_WORK_HOURS": "07:30-12:00",
        "ADMINDUK_CLOSED_DAYS": "2026-12-02",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    port = AssistantPort.from_environment()
    assert port.hours == load_settings(env).hours
    assert port.hours != load_settings({}).hours
