"""Officers' console accounts: logging in (with lockout), sessions, passwords, administration.

    session = log_in(uow, "rina.w", password)    # LoginRefused on any failure, same message
    again = session_of(uow, session.token)        # None when ended, idle, or officer inactive

A session's token lives only in the officer's (signed) cookie; storage keeps its sha256, so a
copy of the database opens no session. Every login makes a new token (no session fixation).
After `MAX_FAILED` wrong passwords in a row the account is locked for `LOCK_FOR`. Deactivating
an officer or setting their password ends their sessions. Who may manage officers is decided
in `access` (`manage_officers`: admins); `set_password` without an actor is the operator's CLI.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import delete, select, update

from bot.errors import InvalidInput, Issue, OfficerNotFound, QueueError
from bot.queue import tables
from bot.queue.access import authorise
from bot.queue.admin import add_officer
from bot.queue.domain import QUEUES, ROLES, Actor, Officer, utcnow
from bot.queue.hours import WIB
from bot.queue.passwords import check_login, check_password_rules, login_taken
from bot.queue.persistence import UnitOfWork
from bot.queue.reads import officer_of
from bot.queue.records import burn_password_check
from bot.queue.views import OfficerView

__all__ = [
    "IDLE",
    "LOCK_FOR",
    "MAX_FAILED",
    "LoginRefused",
    "WebSession",
    "add_officer_by",
    "log_in",
    "log_out",
    "officers_for",
    "session_of",
    "set_password",
    "update_officer",
]

log = logging.getLogger("bot.queue")
MAX_FAILED = 5
LOCK_FOR = timedelta(minutes=15)
IDLE = timedelta(hours=8)
_TOUCH_EVERY = timedelta(minutes=1)


class LoginRefused(QueueError):
    """Wrong login name or password, an inactive account, or a locked one."""

    def __init__(self, locked_until: datetime | None = None) -> None:
        if locked_until is None:
            text = "Nama login atau kata sandi salah, atau akun tidak aktif."
        else:
            until = locked_until.astimezone(WIB).strftime("%H.%M")
            text = (
                "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; "
                f"silakan coba lagi setelah pukul {until} WIB."
            )
        super().__init__(text)
        self.locked_until = locked_until


@dataclass(frozen=True)
class WebSession:
    token: str  # only ever in the officer's cookie
    csrf: str
    officer: OfficerView


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _by_login(uow: UnitOfWork, login: str) -> Officer | None:
    query = select(Officer).where(tables.officers.c.login == login).with_for_update()
    return cast("Officer | None", uow.session.execute(query).scalars().first())


def log_in(
    uow: UnitOfWork, login: str, password: str, *, now: datetime | None = None
) -> WebSession:
    """A new session for the officer, or LoginRefused (counted towards the lockout)."""
    now = now or utcnow()
    name = login.strip().lower()
    with uow:
        officer = _by_login(uow, name)
        if officer is None or officer.id is None:
            burn_password_check(password)
            raise LoginRefused()
        if officer.locked_until is not None and officer.locked_until > now:
            burn_password_check(password)
            raise LoginRefused(officer.locked_until)
        if not officer.check_password(password):
            locked = _count_failure(officer, now)
            uow.commit()
            log.info("console login refused for officer %s", officer.id)
            raise LoginRefused(officer.locked_until if locked else None)
        officer.failed_logins, officer.locked_until = 0, None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        uow.session.execute(
            tables.web_sessions.insert().values(
                id=_digest(token),
                officer_id=officer.id,
                csrf=csrf,
                created_at=now,
                last_seen_at=now,
            )
        )
        view = OfficerView.of(officer)
        uow.commit()
    log.info("officer %s logged in to the console", view.id)
    return WebSession(token, csrf, view)


def _count_failure(officer: Officer, now: datetime) -> bool:
    officer.failed_logins = (officer.failed_logins or 0) + 1
    if officer.failed_logins < MAX_FAILED:
        return False
    officer.failed_logins, officer.locked_until = 0, now + LOCK_FOR
    return True


def session_of(uow: UnitOfWork, token: str, *, now: datetime | None = None) -> WebSession | None:
    """The live session of `token`; ended, idle and inactive officers' sessions are removed."""
    now = now or utcnow()
    s = tables.web_sessions.c
    with uow:
        row = uow.session.execute(
            select(Officer, s.csrf, s.last_seen_at)
            .join(tables.web_sessions, s.officer_id == tables.officers.c.id)
            .where(s.id == _digest(token))
        ).first()
        if row is None:
            return None
        officer: Officer = row[0]
        if not officer.active or row.last_seen_at + IDLE < now:
            uow.session.execute(delete(tables.web_sessions).where(s.id == _digest(token)))
            uow.commit()
            return None
        if now - row.last_seen_at > _TOUCH_EVERY:
            uow.session.execute(
                update(tables.web_sessions).where(s.id == _digest(token)).values(last_seen_at=now)
            )
            uow.commit()
        return WebSession(token, str(row.csrf), OfficerView.of(officer))


def log_out(uow: UnitOfWork, token: str) -> None:
    with uow:
        s = tables.web_sessions.c
        uow.session.execute(delete(tables.web_sessions).where(s.id == _digest(token)))
        uow.commit()


def _end_sessions(uow: UnitOfWork, officer_id: int) -> None:
    s = tables.web_sessions.c
    uow.session.execute(delete(tables.web_sessions).where(s.officer_id == officer_id))


def _target(uow: UnitOfWork, officer_id: int) -> Officer:
    officer = uow.session.get(Officer, officer_id, with_for_update=True)
    if officer is None:
        raise OfficerNotFound(officer_id)
    return cast(Officer, officer)


def set_password(
    uow: UnitOfWork, officer_id: int, password: str, *, actor: Actor | None = None
) -> OfficerView:
    """Set (or reset) an officer's password; ends their sessions and lifts a lockout.

    Without `actor` this is the operator on the machine (`adminduk officer set-password`);
    in the console the actor must be an admin.
    """
    check_password_rules(password)
    with uow:
        if actor is not None:
            authorise(actor, "manage_officers", None, officer_of(uow, actor))
        officer = _target(uow, officer_id)
        officer.set_password(password)
        officer.failed_logins, officer.locked_until = 0, None
        _end_sessions(uow, officer_id)
        view = OfficerView.of(officer)
        uow.commit()
    log.info("password of officer %s set", officer_id)
    return view


def officers_for(uow: UnitOfWork, actor: Actor) -> list[OfficerView]:
    """Every officer, for an admin."""
    with uow:
        authorise(actor, "manage_officers", None, officer_of(uow, actor))
        return [OfficerView.of(o) for o in uow.officers.all()]


def add_officer_by(
    uow: UnitOfWork,
    actor: Actor,
    name: str,
    queues: Sequence[str],
    role: str,
    login: str | None,
    password: str | None,
) -> OfficerView:
    """An admin registers an officer from the console."""
    with uow:
        authorise(actor, "manage_officers", None, officer_of(uow, actor))
    return add_officer(uow, name, queues, role, password=password, login=login)


def update_officer(
    uow: UnitOfWork,
    actor: Actor,
    officer_id: int,
    *,
    queues: Sequence[str] | None = None,
    role: str | None = None,
    active: bool | None = None,
    login: str | None = None,
) -> OfficerView:
    """Change an officer's queues, role, login name or active flag (admins only)."""
    with uow:
        admin = officer_of(uow, actor)
        authorise(actor, "manage_officers", None, admin)
        officer = _target(uow, officer_id)
        if queues is not None:
            officer.queues = _checked_queues(queues, role or officer.role)
        if role is not None:
            officer.role = _checked_role(role)
        if login is not None:
            officer.login = _free_login(uow, login, officer_id)
        if active is not None:
            if not active and admin is not None and admin.id == officer_id:
                raise _refuse(
                    "active", "diri_sendiri", "Admin tidak dapat menonaktifkan diri sendiri."
                )
            officer.active = active
            if not active:
                _end_sessions(uow, officer_id)
        view = OfficerView.of(officer)
        uow.commit()
    log.info("officer %s changed by %s %s", officer_id, actor.kind.value, actor.id)
    return view


def _refuse(field: str, code: str, message: str) -> InvalidInput:
    return InvalidInput([Issue(field, code, message)], message)


def _checked_queues(queues: Sequence[str], role: str) -> list[str]:
    wanted = sorted({q.upper() for q in queues})
    if unknown := [q for q in wanted if q not in QUEUES]:
        raise _refuse(
            "queue", "antrean_tidak_dikenal", f"Antrean tidak dikenal: {', '.join(unknown)}."
        )
    if not wanted and role == "officer":
        raise _refuse(
            "queue", "kosong", "Petugas harus melayani minimal satu antrean, contoh: KTP."
        )
    return wanted


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise _refuse(
            "role", "peran_tidak_dikenal", f"Peran harus salah satu dari: {', '.join(ROLES)}."
        )
    return role


def _free_login(uow: UnitOfWork, login: str, officer_id: int) -> str:
    value = check_login(login)
    if login_taken(uow.session, value, except_id=officer_id):
        raise _refuse("login", "sudah_terdaftar", f"Nama login {value} sudah dipakai petugas lain.")
    return value
