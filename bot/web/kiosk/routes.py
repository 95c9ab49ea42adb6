"""The kiosk's pages, mounted into the console's app at /kiosk (`install`).

GET  /kiosk            the chat page; starts a session (signed cookie) in helper mode
GET  /kiosk/pesan      the conversation (htmx polls it every 2 s; it also runs the core)
POST /kiosk/kirim      a typed message (`teks`, `urutan`: the form's number, so a double
                       submit counts once) or a pressed button (`tombol`, `balasan`)
POST /kiosk/selesai    ends the session: the screen is cleared, the ticket code shown large

Every POST carries the session's CSRF token and must come from this site. No inline script:
`kiosk.js` (idle timeout, scrolling) and htmx come from /static and /kiosk/static.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.reference.office import default_office
from bot.web.kiosk.channel import KioskChannel, button_id
from bot.web.security import CookieJar, csrf_matches, same_origin

__all__ = ["COOKIE", "install"]

HERE = Path(__file__).resolve().parent
COOKIE = "adminduk_kiosk"
COOKIE_AGE = 12 * 3600
_templates = Environment(
    loader=FileSystemLoader(str(HERE / "templates")),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_templates.globals["office"] = default_office()  # bot/reference/office.yml


def _idle_seconds() -> int:
    """ADMINDUK_KIOSK_IDLE_SECONDS: the screen ends an untouched session, default 180."""
    try:
        return max(5, int(os.environ.get("ADMINDUK_KIOSK_IDLE_SECONDS") or 180))
    except ValueError:
        return 180


def _kiosk(request: Request) -> KioskChannel:
    found: KioskChannel = request.app.state.kiosk
    return found


def _jar(request: Request) -> CookieJar:
    jar: CookieJar = request.app.state.console.cookies
    return jar


def _page(name: str, status: int = 200, **values: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(values), status_code=status)


def _session(request: Request) -> tuple[str, str] | None:
    data = _jar(request).read(request, COOKIE, COOKIE_AGE) or {}
    session, csrf = data.get("s"), data.get("c")
    valid = isinstance(session, str) and isinstance(csrf, str) and session and csrf
    if valid and _kiosk(request).is_open(str(session)):
        return str(session), str(csrf)
    return None


async def _conversation(request: Request, session: str) -> dict[str, Any]:
    kiosk = _kiosk(request)
    await kiosk.refresh(session)
    lines = await run_in_threadpool(kiosk.transcript, session)
    waiting = await run_in_threadpool(kiosk.waiting, session)
    last_said = max((i for i, x in enumerate(lines) if x.who == "warga"), default=-1)
    return {"lines": lines, "menunggu": waiting, "tombol_dari": last_said}


async def page(request: Request) -> Response:
    found = _session(request)
    kiosk = _kiosk(request)
    if found is None:
        session = await run_in_threadpool(kiosk.new_session)
        found = (session, secrets.token_urlsafe(24))
    session, csrf = found
    values = await _conversation(request, session)
    count = sum(1 for line in values["lines"] if line.who == "warga")
    response = _page("kiosk.html", csrf=csrf, urutan=count + 1, idle=_idle_seconds(), **values)
    _jar(request).write(response, request, COOKIE, {"s": session, "c": csrf}, COOKIE_AGE)
    return response


async def messages(request: Request) -> Response:
    found = _session(request)
    if found is None:
        return _page("_berakhir.html", status=200)
    return _page("_percakapan.html", csrf=found[1], **await _conversation(request, found[0]))


async def _checked(request: Request) -> tuple[str, str, Any] | Response:
    found = _session(request)
    form = await request.form()
    if found is None:
        return _page("_berakhir.html", status=200)
    if not same_origin(request) or not csrf_matches(found[1], str(form.get("csrf") or "")):
        return HTMLResponse("Formulir kedaluwarsa; muat ulang halaman.", status_code=403)
    return found[0], found[1], form


async def send(request: Request) -> Response:
    checked = await _checked(request)
    if isinstance(checked, Response):
        return checked
    session, csrf, form = checked
    kiosk = _kiosk(request)
    if form.get("tombol"):
        reply_id = int(str(form.get("balasan") or "0"))
        await run_in_threadpool(kiosk.say, session, button_id(reply_id), str(form["tombol"]))
    else:
        number = str(form.get("urutan") or "0")
        await run_in_threadpool(kiosk.say, session, f"ketik:{number}", str(form.get("teks") or ""))
    values = await _conversation(request, session)
    count = sum(1 for line in values["lines"] if line.who == "warga")
    response = _page("_percakapan.html", csrf=csrf, **values)
    response.headers["HX-Trigger"] = json.dumps({"kiosk-terkirim": {"urutan": count + 1}})
    return response


async def finish(request: Request) -> Response:
    checked = await _checked(request)
    if isinstance(checked, Response):
        return _page("selesai.html", codes=[])
    session, _csrf, _form = checked
    kiosk = _kiosk(request)
    codes = await run_in_threadpool(kiosk.codes, session)
    await run_in_threadpool(kiosk.end, session)
    response = _page("selesai.html", codes=codes)
    _jar(request).clear(response, request, COOKIE)
    return response


ROUTES = [
    Route("/", page, methods=["GET"], name="kiosk"),
    Route("/pesan", messages, methods=["GET"], name="kiosk_pesan"),
    Route("/kirim", send, methods=["POST"], name="kiosk_kirim"),
    Route("/selesai", finish, methods=["POST"], name="kiosk_selesai"),
    Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="kiosk_static"),
]


def install(app: Starlette, engine: Engine) -> None:
    """Mount the kiosk at /kiosk into the console's app."""
    app.state.kiosk = KioskChannel.from_environment(engine)
    app.router.routes.insert(0, Mount("/kiosk", routes=ROUTES))
