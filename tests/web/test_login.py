"""Logging in and out: signed session cookie, a new session at login, CSRF, lockout."""

from __future__ import annotations

from starlette.applications import Starlette

from bot.queue import accounts
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from tests.web.web_helpers import PASSWORD, Officer, add_officer


def _cookie_header(response: object) -> str:
    return "; ".join(response.headers.get_list("set-cookie"))  # type: ignore[attr-defined]


def test_a_page_without_a_session_leads_to_the_login_form(officer_client: Officer) -> None:
    response = officer_client.get("/antrean?tab=saya")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?lanjut=%2Fantrean%3Ftab%3Dsaya"
    page = officer_client.get("/login")
    assert 'action="/login"' in page.text and 'name="password"' in page.text


def test_an_officer_logs_in_with_a_new_signed_httponly_lax_session_cookie(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"], name="Rina Wulandari")
    before = officer_client.client.get("/login")
    anonymous = before.cookies.get("adminduk_sesi")
    response = officer_client.log_in("Rina.W")
    assert response.status_code == 303 and response.headers["location"] == "/antrean"
    cookie = _cookie_header(response)
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # plain HTTP on loopback
    assert response.cookies.get("adminduk_sesi") not in (None, anonymous)
    page = officer_client.get("/antrean")
    assert page.status_code == 200 and "Rina Wulandari" in page.text


def test_behind_https_the_session_cookie_is_secure_and_hsts_is_sent(
    uow: UnitOfWork, app: Starlette
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    officer = Officer(app)
    officer.client.base_url = "https://testserver"  # type: ignore[assignment]
    response = officer.log_in("rina.w")
    assert response.status_code == 303 and "Secure" in _cookie_header(response)
    assert "max-age" in response.headers["strict-transport-security"]


def test_a_login_without_the_csrf_token_is_refused(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    response = officer_client.client.post("/login", data={"login": "rina.w", "password": PASSWORD})
    assert response.status_code == 403 and "kedaluwarsa" in response.text
    assert officer_client.get("/antrean").status_code == 303


def test_a_wrong_password_is_refused_with_one_message_for_every_cause(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    wrong = officer_client.log_in("rina.w", "salah-sekali-123")
    unknown = officer_client.log_in("tidak.ada", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert "Nama login atau kata sandi salah" in wrong.text
    assert "Nama login atau kata sandi salah" in unknown.text


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    for _ in range(accounts.MAX_FAILED - 1):
        assert officer_client.log_in("rina.w", "bukan-sandinya-1").status_code == 401
    locked = officer_client.log_in("rina.w", "bukan-sandinya-1")
    assert "dikunci sementara" in locked.text
    right = officer_client.log_in("rina.w", PASSWORD)
    assert right.status_code == 401 and "dikunci sementara" in right.text


def test_a_deactivated_officer_cannot_log_in_and_their_open_session_ends(
    uow: UnitOfWork, app: Starlette
) -> None:
    admin = add_officer(uow, "admin.a", [], role="admin")
    rina = add_officer(uow, "rina.w", ["KTP"])
    officer = Officer(app)
    officer.log_in("rina.w")
    assert officer.get("/antrean").status_code == 200
    accounts.update_officer(uow, Actor.officer(admin, "web"), rina, active=False)
    assert officer.get("/antrean").status_code == 303
    again = Officer(app).log_in("rina.w")
    assert again.status_code == 401


def test_logout_ends_the_session_so_the_old_cookie_opens_nothing(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    officer_client.log_in("rina.w")
    cookie = officer_client.client.cookies.get("adminduk_sesi")
    assert officer_client.get("/logout").status_code == 200
    response = officer_client.post("/logout", page="/antrean")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert "Anda sudah keluar" in officer_client.get("/login").text
    officer_client.client.cookies.set("adminduk_sesi", cookie)
    assert officer_client.get("/antrean").status_code == 303


def test_a_forged_cookie_is_not_a_session(uow: UnitOfWork, officer_client: Officer) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    officer_client.client.cookies.set("adminduk_sesi", "eyJ0IjoiYWJjIn0.forged.sig")
    assert officer_client.get("/antrean").status_code == 303


def test_after_login_the_officer_goes_back_to_the_page_asked_for_but_never_off_site(
    uow: UnitOfWork, app: Starlette
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    officer = Officer(app)
    token = officer.csrf("/login")
    data = {"login": "rina.w", "password": PASSWORD, "csrf": token, "lanjut": "//evil.example/x"}
    assert officer.client.post("/login", data=data).headers["location"] == "/antrean"
    officer = Officer(app)
    token = officer.csrf("/login")
    data = {**data, "csrf": token, "lanjut": "/antrean?tab=saya"}
    assert officer.client.post("/login", data=data).headers["location"] == "/antrean?tab=saya"
