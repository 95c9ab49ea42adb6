"""Settings of the queue, read from the environment when asked (never at import).

    DATABASE_URL            SQLAlchemy URL; default SQLite file `<data dir>/adminduk.sqlite3`
    ADMINDUK_DATA_DIR       data directory (database, attachments); default `./var`
    ADMINDUK_WORK_DAYS      working weekdays, Monday = 0; default the office's (`0-4`)
    ADMINDUK_WORK_HOURS     default the office's (`08:00-16:00`, bot/reference/office.yml)
    ADMINDUK_TIMEZONE       default the office's (`Asia/Jakarta`, WIB)
    ADMINDUK_CLOSED_DAYS    extra closed dates, comma separated `2026-03-23,2026-03-24`
    ADMINDUK_RETENTION_DAYS days a finished ticket (or one untouched that long) keeps its
                            personal data before `adminduk purge` erases it; default 90
    ADMINDUK_MAX_ATTACHMENTS files a ticket may hold; default 10
    ADMINDUK_TRACKER_URL    Rasa's tracker store (conversations in progress), SQLAlchemy URL;
                            default SQLite file `<data dir>/rasa-tracker.sqlite3`
    ADMINDUK_REDIS_HOST     Rasa's lock store in Redis (needed for several Rasa workers);
    ADMINDUK_REDIS_PORT     port default 6379
    ADMINDUK_RASA_WORKERS   Rasa worker processes behind one port; default 1
    ADMINDUK_RASA_TOKEN     token for Rasa's HTTP API (`rasa run --auth-token`); none by default

One `Settings` object is read once per process by each entry point (CLI, action server,
gateways, console) and handed down; nothing reads these variables anywhere else.

SQLite runs with WAL, foreign keys on, a busy timeout, and `BEGIN IMMEDIATE` for every
transaction, so that concurrent writers queue up instead of failing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.future import create_engine
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import ConfigError
from bot.queue.hours import WorkingHours
from bot.reference.office import default_office

__all__ = ["Settings", "load_settings", "make_engine", "make_session_factory", "read_connection"]


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    hours: WorkingHours = field(default_factory=WorkingHours)
    retention_days: int = 90
    max_attachments: int = 10
    tracker_url: str = ""
    redis_host: str | None = None
    redis_port: int = 6379
    rasa_workers: int = 1
    rasa_token: str | None = field(default=None, repr=False)

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"


def _whole(env: Mapping[str, str], name: str, default: int, least: int) -> int:
    raw = (env.get(name) or "").strip()
    try:
        value = int(raw) if raw else default
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, e.g. {default}") from None
    if value < least:
        raise ConfigError(f"{name} must be at least {least}")
    return value


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    data_dir = Path(env.get("ADMINDUK_DATA_DIR") or "./var")
    url = env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'adminduk.sqlite3'}"
    office = default_office()  # its hours unless the environment says otherwise
    hours = WorkingHours.from_text(
        env.get("ADMINDUK_WORK_DAYS") or office.work_days,
        env.get("ADMINDUK_WORK_HOURS") or office.work_hours,
        env.get("ADMINDUK_TIMEZONE") or office.timezone,
        (env.get("ADMINDUK_CLOSED_DAYS") or "").split(","),
    )
    return Settings(
        data_dir=data_dir,
        database_url=url,
        hours=hours,
        retention_days=_whole(env, "ADMINDUK_RETENTION_DAYS", 90, 1),
        max_attachments=_whole(env, "ADMINDUK_MAX_ATTACHMENTS", 10, 1),
        tracker_url=env.get("ADMINDUK_TRACKER_URL")
        or f"sqlite:///{data_dir / 'rasa-tracker.sqlite3'}",
        redis_host=(env.get("ADMINDUK_REDIS_HOST") or "").strip() or None,
        redis_port=_whole(env, "ADMINDUK_REDIS_PORT", 6379, 1),
        rasa_workers=_whole(env, "ADMINDUK_RASA_WORKERS", 1, 1),
        rasa_token=env.get("ADMINDUK_RASA_TOKEN") or None,
    )


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine in 2.0 style; SQLite gets WAL, foreign keys and immediate transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(url, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", 60)
    connect_args.setdefault("check_same_thread", False)
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (see `_sqlite_begin`).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


READ_ONLY = "adminduk_read_only"  # an execution option: this connection only reads


def read_connection(engine: Engine) -> Connection:
    """A connection for reads only: on SQLite its transaction is deferred, so it never waits
    for (or holds up) a writer; elsewhere an ordinary connection."""
    return engine.connect().execution_options(**{READ_ONLY: True})


def _sqlite_begin(connection: Connection) -> None:
    # Writers take the write lock at BEGIN, so two of them never deadlock upgrading a read
    # lock; readers (`read_connection`) read a WAL snapshot and take no lock at all.
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN DEFERRED")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker:
    # No autoflush: a unit of work writes once, at commit, after the domain has decided.
    return sessionmaker(
        bind=engine, class_=Session, future=True, expire_on_commit=False, autoflush=False
    )
