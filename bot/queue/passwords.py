"""Rules for the console's login names and passwords (checked before anything is stored)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput, Issue
from bot.queue import tables

__all__ = ["MIN_PASSWORD", "check_login", "check_password_rules", "login_taken"]

MIN_PASSWORD = 10
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")


def _refuse(field: str, code: str, message: str) -> InvalidInput:
    return InvalidInput([Issue(field, code, message)], "Data belum benar.")


def check_login(login: str) -> str:
    """The login name in lower case; 3–60 letters, digits, `.`, `_` or `-`."""
    value = login.strip().lower()
    if not _LOGIN.match(value):
        raise _refuse(
            "login",
            "login_salah",
            "Nama login 3–60 huruf kecil, angka, titik, garis bawah atau tanda minus, "
            "contoh: rina.w",
        )
    return value


def check_password_rules(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise _refuse(
            "password",
            "terlalu_pendek",
            f"Kata sandi minimal {MIN_PASSWORD} karakter, contoh: loket-tiga-2026.",
        )
    if password != password.strip() or "\n" in password:
        raise _refuse(
            "password", "spasi_tepi", "Kata sandi tidak boleh diawali atau diakhiri spasi."
        )
    return password


def login_taken(session: Session, login: str, except_id: int | None = None) -> bool:
    o = tables.officers.c
    query = select(func.count()).where(o.login == login)
    if except_id is not None:
        query = query.where(o.id != except_id)
    return bool(session.execute(query).scalar_one())
