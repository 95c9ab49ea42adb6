"""Statistik (supervisors), Ekspor (CSV) and Petugas (admins)."""

from __future__ import annotations

import csv
import io
import threading

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.queue import accounts, reads, stats
from bot.queue.domain import QUEUES, ROLES, Actor
from bot.web import charts
from bot.web.context import back, call, console, officer_page, render

__all__ = ["ROUTES"]

_chart_lock = threading.Lock()  # matplotlib's state is process-wide


def _actor(request: Request) -> Actor:
    return Actor.officer(request.state.visitor.officer.id, "web")


def _form(request: Request) -> FormData:
    form: FormData = request.state.form
    return form


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


# --- statistics ------------------------------------------------------------------------
async def _figures(request: Request) -> stats.Statistics:
    app = console(request)
    return await call(stats.statistics, app.uow(), _actor(request), hours=app.hours)


@officer_page
async def stats_page(request: Request) -> Response:
    figures = await _figures(request)
    opened = {s: sum(v) for s, v in figures.opened.items()}
    closed = {s: sum(v) for s, v in figures.closed.items()}
    keys = (stats.ALL, *figures.services)
    return render(
        request,
        "statistik.html",
        {"s": figures, "opened": opened, "closed": closed, "keys": keys, "ALL": stats.ALL},
    )


def _chart(name: str, figures: stats.Statistics) -> bytes | None:
    with _chart_lock:
        if name == "dibuka":
            return charts.per_day_chart(figures.days, figures.opened, "Tiket masuk per hari")
        if name == "ditutup":
            return charts.per_day_chart(figures.days, figures.closed, "Tiket ditutup per hari")
        if name == "umur":
            return charts.backlog_chart(figures.backlog)
    return None


@officer_page
async def stats_chart(request: Request) -> Response:
    figures = await _figures(request)
    svg = await call(_chart, request.path_params["name"], figures)
    if svg is None:
        return render(request, "galat.html", {"pesan": "Grafik tidak dikenal."}, status=404)
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"},
    )


# --- export ----------------------------------------------------------------------------
@officer_page
async def export_page(request: Request) -> Response:
    return render(request, "ekspor.html")


@officer_page
async def export_csv(request: Request) -> Response:
    app, full = console(request), _text(_form(request), "lengkap") == "1"
    rows = await call(reads.export_tickets, app.uow(), _actor(request), full=full, hours=app.hours)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=reads.EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.values.items()})
    name = "tiket-lengkap.csv" if full else "tiket.csv"
    return Response(
        "\ufeff" + buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _cell(value: str) -> str:
    """No formula injection in a spreadsheet: a cell never starts with = + - @."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# --- officers --------------------------------------------------------------------------
@officer_page
async def officers_page(request: Request) -> Response:
    officers = await call(accounts.officers_for, console(request).uow(), _actor(request))
    return render(request, "petugas.html", {"officers": officers, "queues": QUEUES, "roles": ROLES})


@officer_page
async def officer_add(request: Request) -> Response:
    form = _form(request)
    queues = [q for q in form.getlist("antrean") if isinstance(q, str)]
    view = await call(
        accounts.add_officer_by,
        console(request).uow(),
        _actor(request),
        _text(form, "nama"),
        queues,
        _text(form, "peran") or "officer",
        _text(form, "login") or None,
        str(form.get("password") or "") or None,
    )
    return back(request, "ok", f"Petugas {view.name} terdaftar (nomor {view.id}).", "/petugas")


@officer_page
async def officer_change(request: Request) -> Response:
    form, officer_id = _form(request), int(request.path_params["id"])
    app, actor = console(request), _actor(request)
    if _text(form, "aksi") == "sandi":
        await call(
            accounts.set_password,
            app.uow(),
            officer_id,
            str(form.get("password") or ""),
            actor=actor,
        )
        return back(request, "ok", "Kata sandi sudah diganti; sesi lamanya berakhir.", "/petugas")
    active = {"aktifkan": True, "nonaktifkan": False}.get(_text(form, "aksi"))
    queues = [q for q in form.getlist("antrean") if isinstance(q, str)]
    view = await call(
        accounts.update_officer,
        app.uow(),
        actor,
        officer_id,
        queues=queues if active is None else None,
        role=(_text(form, "peran") or None) if active is None else None,
        active=active,
    )
    return back(request, "ok", f"Data petugas {view.name} tersimpan ({view.status}).", "/petugas")


ROUTES = [
    Route("/statistik", stats_page, methods=["GET"]),
    Route("/statistik/{name}.svg", stats_chart, methods=["GET"]),
    Route("/ekspor", export_page, methods=["GET"]),
    Route("/ekspor", export_csv, methods=["POST"]),
    Route("/petugas", officers_page, methods=["GET"]),
    Route("/petugas", officer_add, methods=["POST"]),
    Route("/petugas/{id:int}", officer_change, methods=["POST"]),
]
