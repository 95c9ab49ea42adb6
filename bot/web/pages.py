"""Login, the queue page, a ticket's detail and the officer actions on it."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.errors import (
    InvalidInput,
    Issue,
    NotAllowed,
    OfficerNotFound,
    QueueError,
    TicketNotFound,
)
from bot.queue import accounts, reads, services
from bot.queue.domain import GENERAL_QUEUE, Actor, Appointment, Status
from bot.queue.reads import TABS, TicketFilter
from bot.reference.catalog import default_catalog
from bot.web import detail as detail_view
from bot.web.context import (
    FORBIDDEN_CSRF,
    SESSION_AGE,
    back,
    call,
    console,
    flash,
    officer_page,
    render,
    safe_target,
    visitor_of,
)
from bot.web.security import SESSION_COOKIE, csrf_matches, same_origin

__all__ = ["ROUTES"]

SERVICES = (*default_catalog().codes, GENERAL_QUEUE)


def _actor(request: Request) -> Actor:
    return Actor.officer(request.state.visitor.officer.id, "web")


def _form(request: Request) -> FormData:
    form: FormData = request.state.form
    return form


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


# --- login -----------------------------------------------------------------------------
async def login_page(request: Request) -> Response:
    visitor = await visitor_of(request)
    request.state.visitor = visitor
    if visitor.session is not None:
        return RedirectResponse("/antrean", status_code=303)
    lanjut = safe_target(request.query_params.get("lanjut"))
    return render(request, "masuk.html", {"lanjut": lanjut})


async def login_submit(request: Request) -> Response:
    visitor = await visitor_of(request)
    request.state.visitor = visitor
    form = await request.form()
    lanjut = safe_target(_text(form, "lanjut"))
    if not same_origin(request) or not csrf_matches(visitor.csrf, _text(form, "csrf")):
        return render(request, "masuk.html", {"galat": FORBIDDEN_CSRF, "lanjut": lanjut}, 403)
    app = console(request)
    try:
        session = await call(
            accounts.log_in, app.uow(), _text(form, "login"), str(form.get("password") or "")
        )
    except accounts.LoginRefused as exc:
        context = {"galat": str(exc), "lanjut": lanjut, "login": _text(form, "login")}
        return render(request, "masuk.html", context, status=401)
    if visitor.session is not None:  # a second login from the same browser: end the first
        await call(accounts.log_out, app.uow(), visitor.session.token)
    response = RedirectResponse(lanjut, status_code=303)
    app.cookies.write(response, request, SESSION_COOKIE, {"t": session.token}, SESSION_AGE)
    return response


@officer_page
async def logout_page(request: Request) -> Response:
    return render(request, "keluar.html")


@officer_page
async def logout_submit(request: Request) -> Response:
    app = console(request)
    await call(accounts.log_out, app.uow(), request.state.visitor.session.token)
    response = RedirectResponse("/login", status_code=303)
    app.cookies.clear(response, request, SESSION_COOKIE)
    return flash(response, request, "info", "Anda sudah keluar dari konsol.")


async def home(request: Request) -> Response:
    return RedirectResponse("/antrean", status_code=303)


async def health(request: Request) -> Response:
    from starlette.responses import PlainTextResponse

    return PlainTextResponse("ok")


# --- the queue -------------------------------------------------------------------------
def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _filter(request: Request) -> TicketFilter:
    q = request.query_params
    tab = q.get("tab") if q.get("tab") in TABS else "baru"
    status = q.get("status") if q.get("status") in {s.value for s in Status} else None
    layanan = q.get("layanan") if q.get("layanan") in SERVICES else None
    page = int(q["hal"]) if (q.get("hal") or "").isdigit() else 1
    code = (q.get("kode") or "").strip()[:24] or None
    return TicketFilter(
        tab=tab or "baru",
        layanan=layanan,
        status=status,
        since=_date(q.get("dari")),
        until=_date(q.get("sampai")),
        code=code,
        page=page,
    )


def _query(f: TicketFilter, **changes: Any) -> str:
    values = {
        "tab": f.tab,
        "layanan": f.layanan or "",
        "status": f.status or "",
        "dari": f.since.isoformat() if f.since else "",
        "sampai": f.until.isoformat() if f.until else "",
        "kode": f.code or "",
        "hal": str(f.page),
    }
    values.update({k: str(v) for k, v in changes.items()})
    return urlencode({k: v for k, v in values.items() if v and not (k == "hal" and v == "1")})


async def _queue_context(request: Request) -> dict[str, Any]:
    app, f = console(request), _filter(request)
    actor = _actor(request)
    page, overview = await call(reads.queue_page, app.uow(), actor, f, app.hours)
    checked = set(request.query_params.getlist("pilih"))
    return {
        "f": f,
        "page": page,
        "overview": overview,
        "checked": checked,
        "query": _query(f),
        "query_of": lambda **c: _query(f, **c),
        "tabs": (("baru", "Belum diambil"), ("saya", "Milik saya"), ("semua", "Semua")),
        "services": SERVICES,
        "statuses": [s.value for s in Status],
    }


@officer_page
async def queue_page(request: Request) -> Response:
    return render(request, "antrean.html", await _queue_context(request))


@officer_page
async def queue_rows(request: Request) -> Response:
    """The part of the queue page that htmx refreshes every few seconds."""
    return render(request, "_antrean_isi.html", await _queue_context(request))


@officer_page
async def bulk_claim(request: Request) -> Response:
    codes = [c for c in _form(request).getlist("pilih") if isinstance(c, str)]
    if not codes:
        return back(request, "galat", "Pilih dulu tiket yang akan diambil.")
    result = await call(services.claim_many, console(request).uow(), codes, _actor(request))
    parts = []
    if result.claimed:
        parts.append(f"Diambil: {', '.join(result.claimed)}.")
    for code, reason in result.refused:
        parts.append(f"{code}: {reason}")
    return back(request, "ok" if result.claimed else "galat", " ".join(parts))


# --- one ticket ------------------------------------------------------------------------
@officer_page
async def ticket_page(request: Request) -> Response:
    app, code = console(request), request.path_params["code"]
    detail = await call(services.show_ticket, app.uow(), code, _actor(request))
    context = await call(detail_view.context_for, app.uow(), detail, app.hours)
    return render(request, "tiket.html", context)


def _appointment(form: FormData, tz: Any) -> Appointment:
    try:
        day = date.fromisoformat(_text(form, "tanggal"))
        at = time.fromisoformat(_text(form, "jam"))
    except ValueError:
        issue = Issue("waktu", "format_salah", "Isi tanggal dan jam, contoh: 2026-12-03 09.00.")
        raise InvalidInput([issue], "Tanggal dan jam jadwal belum diisi dengan benar.") from None
    return Appointment(
        datetime.combine(day, at, tzinfo=tz), _text(form, "tempat"), _text(form, "bawa")
    )


_DONE = {
    "ambil": "Tiket sudah Bapak/Ibu ambil.",
    "perbaikan": "Permintaan perbaikan sudah dikirim ke pemohon.",
    "jadwal": "Jadwal sudah dikirim ke pemohon.",
    "selesai": "Tiket selesai; pesan sudah dikirim ke pemohon.",
    "tolak": "Tiket ditolak; alasannya sudah dikirim ke pemohon.",
    "jawab": "Jawaban sudah dikirim ke pemohon.",
}


@officer_page
async def ticket_action(request: Request) -> Response:
    app, code, action = console(request), request.path_params["code"], request.path_params["aksi"]
    actor, form, uow = _actor(request), _form(request), app.uow()
    target = f"/tiket/{code}"
    try:
        if action == "ambil":
            await call(services.claim, uow, code, actor)
        elif action == "perbaikan":
            await call(services.ask_fix, uow, code, actor, _text(form, "catatan"))
        elif action == "jadwal":
            appointment = _appointment(form, app.hours.tz)
            await call(services.schedule, uow, code, actor, appointment, hours=app.hours)
        elif action == "selesai":
            await call(services.complete, uow, code, actor, _text(form, "pesan") or None)
        elif action == "tolak":
            await call(services.reject, uow, code, actor, _text(form, "alasan"))
        elif action == "jawab":
            await call(services.answer_question, uow, code, actor, _text(form, "jawaban"))
        else:
            return render(request, "galat.html", {"pesan": "Aksi tidak dikenal."}, status=404)
    except services.AlreadyClaimed as exc:
        return back(request, "info", str(exc), target)
    except (NotAllowed, OfficerNotFound, TicketNotFound):
        raise
    except QueueError as exc:
        if isinstance(exc, InvalidInput) and exc.errors:
            return back(request, "galat", "; ".join(e.message for e in exc.errors), target)
        return back(request, "galat", str(exc), target)
    return back(request, "ok", _DONE[action], target)


@officer_page
async def attachment(request: Request) -> Response:
    app = console(request)
    code, digest = request.path_params["code"], request.path_params["sha"]
    found = await call(reads.attachment_of, app.uow(), code, digest, _actor(request))
    return detail_view.file_response(app.config.settings.attachments_dir, found)


from starlette.routing import Route  # noqa: E402

ROUTES = [
    Route("/", home),
    Route("/sehat", health),
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login_submit, methods=["POST"]),
    Route("/logout", logout_page, methods=["GET"]),
    Route("/logout", logout_submit, methods=["POST"]),
    Route("/antrean", queue_page, methods=["GET"]),
    Route("/antrean/isi", queue_rows, methods=["GET"]),
    Route("/antrean/ambil", bulk_claim, methods=["POST"]),
    Route("/tiket/{code}", ticket_page, methods=["GET"]),
    Route("/tiket/{code}/lampiran/{sha}", attachment, methods=["GET"]),
    Route("/tiket/{code}/{aksi}", ticket_action, methods=["POST"]),
]
