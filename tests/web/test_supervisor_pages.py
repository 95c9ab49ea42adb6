"""Statistik, Ekspor and Petugas: who may see them, what they show."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from sqlalchemy import select

from bot.queue import services, tables
from bot.queue.domain import Actor, utcnow
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_nik
from tests.web.web_helpers import PASSWORD, Officer, add_officer, kk_line, ktp_line, submit


def _views(uow: UnitOfWork) -> list[tuple[str, int | None]]:
    v = tables.data_views.c
    with uow:
        return [(r.kind, r.rows) for r in uow.session.execute(select(v.kind, v.rows)).all()]


def test_statistics_are_for_supervisors_with_svg_charts_beside_the_numbers(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "kepala.s", [], role="supervisor")
    rina = add_officer(uow, "rina.w", ["KTP"], name="Rina Wulandari")
    code = submit(uow, ktp_line())
    submit(uow, kk_line(), chat="2")
    services.claim(uow, code, Actor.officer(rina, "cli"), now=utcnow() + timedelta(minutes=1))
    officer = Officer(officer_client.client.app)  # type: ignore[arg-type]
    officer.log_in("rina.w")
    assert officer.get("/statistik").status_code == 403
    assert officer.get("/statistik/dibuka.svg").status_code == 403
    officer_client.log_in("kepala.s")
    page = officer_client.get("/statistik").text
    assert '<img src="/statistik/dibuka.svg"' in page and "Rina Wulandari" in page
    assert "Semua layanan" in page and "Belum ada penilaian kepuasan" in page
    first = officer_client.get("/statistik/dibuka.svg")
    second = officer_client.get("/statistik/dibuka.svg")
    assert first.headers["content-type"] == "image/svg+xml"
    assert first.content.startswith(b"<?xml") and first.content == second.content
    assert "script-src" not in first.headers["content-security-policy"]
    assert officer_client.get("/statistik/umur.svg").status_code == 200
    assert officer_client.get("/statistik/apa.svg").status_code == 404


def test_the_export_masks_by_default_and_is_full_only_for_supervisors_and_recorded(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "kepala.s", [], role="supervisor")
    add_officer(uow, "rina.w", ["KTP"])
    nik = make_nik(serial=9555)
    submit(uow, ktp_line(nik))
    submit(uow, kk_line(), chat="2")
    officer = Officer(officer_client.client.app)  # type: ignore[arg-type]
    officer.log_in("rina.w")
    masked = officer.post("/ekspor", page="/ekspor")
    assert masked.headers["content-type"].startswith("text/csv")
    assert 'filename="tiket.csv"' in masked.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(masked.text.lstrip("\ufeff"))))
    assert [r["layanan"] for r in rows] == ["KTP"]  # only the officer's queue
    assert rows[0]["nik"] == "360318******9555" and nik not in masked.text
    refused = officer.post("/ekspor", {"lengkap": "1"}, page="/ekspor")
    assert refused.status_code == 403 and _views(uow) == []
    officer_client.log_in("kepala.s")
    full = officer_client.post("/ekspor", {"lengkap": "1"}, page="/ekspor")
    full_rows = list(csv.DictReader(io.StringIO(full.text.lstrip("\ufeff"))))
    assert len(full_rows) == 2 and nik in full.text
    assert full_rows[0]["baris"].startswith("#KTP#") or full_rows[1]["baris"].startswith("#KTP#")
    assert _views(uow) == [("export", 2)]


def test_a_cell_that_looks_like_a_formula_is_defused(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "umum.u", ["UMUM"])
    services.forward_question(uow, "=HYPERLINK(1) boleh?", Actor.assistant("telegram", "5"))
    officer_client.log_in("umum.u")
    text = officer_client.post("/ekspor", page="/ekspor").text
    assert ",=" not in text


def test_an_admin_adds_changes_deactivates_and_resets_officers(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "admin.a", [], role="admin")
    add_officer(uow, "rina.w", ["KTP"])
    rina = Officer(officer_client.client.app)  # type: ignore[arg-type]
    rina.log_in("rina.w")
    assert rina.get("/petugas").status_code == 403
    assert rina.post("/petugas", {"nama": "X", "login": "x.x"}, page="/antrean").status_code == 403
    officer_client.log_in("admin.a")
    page = officer_client.get("/petugas").text
    assert "rina.w" in page and "Tambah petugas" in page
    added = officer_client.post(
        "/petugas",
        {
            "nama": "Budi Santoso",
            "login": "budi.s",
            "peran": "officer",
            "antrean": ["KK", "KIA"],
            "password": "sandi-budi-2026",
        },
        page="/petugas",
    )
    assert "Petugas Budi Santoso terdaftar" in officer_client.message(added)
    short = officer_client.post(
        "/petugas",
        {"nama": "Ani", "login": "ani", "antrean": ["KK"], "password": "pendek"},
        page="/petugas",
    )
    assert "minimal 10 karakter" in officer_client.message(short)
    taken = officer_client.post(
        "/petugas",
        {"nama": "Rina Dua", "login": "RINA.W", "antrean": ["KK"], "password": "sandi-baru-2026"},
        page="/petugas",
    )
    assert "sudah dipakai" in officer_client.message(taken)
    officers = {o.login: o for o in services.list_officers(uow)}
    budi = officers["budi.s"]
    assert budi.queues == ("KIA", "KK")
    officer_client.post(
        f"/petugas/{budi.id}", {"peran": "supervisor", "antrean": ["KK"]}, page="/petugas"
    )
    officer_client.post(
        f"/petugas/{officers['rina.w'].id}", {"aksi": "nonaktifkan"}, page="/petugas"
    )
    after = {o.login: o for o in services.list_officers(uow)}
    assert after["budi.s"].role == "supervisor" and after["budi.s"].queues == ("KK",)
    assert not after["rina.w"].active
    assert rina.get("/antrean").status_code == 303  # her session ended
    officer_client.post(
        f"/petugas/{budi.id}", {"aksi": "sandi", "password": "sandi-ganti-2026"}, page="/petugas"
    )
    fresh = Officer(officer_client.client.app)  # type: ignore[arg-type]
    assert fresh.log_in("budi.s", "sandi-budi-2026").status_code == 401
    assert fresh.log_in("budi.s", "sandi-ganti-2026").status_code == 303
    me = officers["admin.a"]
    self_off = officer_client.post(f"/petugas/{me.id}", {"aksi": "nonaktifkan"}, page="/petugas")
    assert "tidak dapat menonaktifkan diri sendiri" in officer_client.message(self_off)
    assert PASSWORD  # the fixtures' password stays the admin's


def test_the_statistics_page_shows_the_ratings_once_there_are_some(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    from datetime import datetime

    from bot.queue import ratings
    from bot.queue.domain import Appointment
    from bot.queue.hours import WIB

    add_officer(uow, "kepala.s", [], role="supervisor")
    rina = Actor.officer(add_officer(uow, "rina.w", ["KTP"]), "cli")
    code = submit(uow, ktp_line())
    services.claim(uow, code, rina)
    services.schedule(
        uow, code, rina, Appointment(datetime(2030, 1, 7, 9, 0, tzinfo=WIB), "Loket 3")
    )
    services.complete(uow, code, rina)
    assert ratings.record_score(uow, code, Actor.resident("telegram", "1001"), 5)
    officer_client.log_in("kepala.s")
    page = officer_client.get("/statistik").text
    assert "1 penilaian · rata-rata 5.0" in page and "Nilai 5" in page
