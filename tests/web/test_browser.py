"""The console in a real browser: Playwright for Python driving Debian's chromium.

`make test` installs chromium with apt-get when it is missing (scripts/ensure-system-packages);
Playwright never downloads a browser here. The console runs as `adminduk web` in a child
process over the same SQLite queue as the real assistant (the session's `servers`).
Screenshots of the main pages are kept in `var/screenshots/` (printed at the end).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
import uuid
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bot.cli.runtime import Servers
from bot.queue import services
from bot.queue.config import make_engine, make_session_factory
from bot.queue.domain import Actor
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk
from tests.e2e.conftest import Resident, adminduk, free_port

PASSWORD = "loket-tiga-2026"
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CODE = re.compile(r"\bKK-[A-HJ-NP-Z2-9]{6,}\b")


def _officer(env: dict[str, str], name: str, queue: str, login: str, role: str = "officer") -> None:
    args = ["officer", "add", "--name", name, "--login", login, "--role", role]
    if queue:
        args += ["--queue", queue]
    done = adminduk(env, *args)
    assert done.returncode == 0, done.stderr
    number = re.search(r"nomor (\d+)", done.stdout)
    assert number, done.stdout
    set_pw = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "officer", "set-password", number.group(1)],
        env={**os.environ, **env},
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert set_pw.returncode == 0, set_pw.stderr


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "chromium is missing: run scripts/ensure-system-packages as root"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


def _start_console(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli.main", "web", "--port", str(port)],
        env={**os.environ, **env, "ADMINDUK_WEB_POLL_SECONDS": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/sehat", timeout=1).text == "ok":
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("adminduk web did not start")


@pytest.fixture(scope="module")
def console(queue_env: dict[str, str]) -> Iterator[str]:
    process, url = _start_console(queue_env)
    yield url
    process.terminate()
    process.wait(timeout=20)


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _log_in(page: Page, url: str, login: str) -> None:
    page.goto(f"{url}/login")
    page.get_by_label("Nama login").fill(login)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("heading", name="Antrean tiket")).to_be_visible()


def _png(width: int = 120, height: int = 80) -> bytes:
    """A small real PNG (a blue card with a white band), made without any image library."""
    rows = b""
    for y in range(height):
        colour = b"\xff\xff\xff" if 30 <= y < 40 else b"\x1f\x5f\x8b"
        rows += b"\x00" + colour * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _working_day() -> date:
    hours, day = WorkingHours(), date.today() + timedelta(days=1)
    while not hours.is_working_day(day):
        day += timedelta(days=1)
    return day


def test_an_officer_watches_a_ticket_from_the_assistant_arrive_claims_and_schedules_it(
    servers: Servers, queue_env: dict[str, str], console: str, browser: Browser
) -> None:
    _officer(queue_env, "Rina Wulandari", "KK", "rina.kk")
    _officer(queue_env, "Tono Kurniawan", "KTP", "tono.ktp")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(f"{console}/antrean")
    expect(page.get_by_role("heading", name="Masuk ke konsol petugas")).to_be_visible()
    _shot(page, "masuk")
    _log_in(page, console, "rina.kk")

    no_kk = make_kk(serial=9871)
    sender = f"e2e:konsol{uuid.uuid4().hex[:8]}"
    replies = Resident(servers, sender).says(f"#KK#{no_kk}#BUDI SANTOSO#TALAGASARI#BALARAJA")
    code = next(m.group(0) for r in replies if (m := CODE.search(r)))
    link = page.get_by_role("link", name=code)
    expect(link).to_be_visible(timeout=20_000)  # htmx polling, no reload
    _shot(page, "antrean")

    uow = UnitOfWork(make_session_factory(make_engine(queue_env["DATABASE_URL"])))
    services.add_attachment(
        uow,
        code,
        Actor.resident("e2e", sender.split(":", 1)[1]),
        _png(),
        "image/png",
        Path(queue_env["ADMINDUK_DATA_DIR"]),
    )
    link.click()
    expect(page.get_by_role("heading", name=re.compile(code))).to_be_visible()
    expect(page.locator("#baris")).to_have_text(f"#KK#{no_kk}#BUDI SANTOSO#TALAGASARI#BALARAJA")
    image = page.get_by_alt_text("Lampiran foto dari Pemohon")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") == 120

    page.get_by_role("button", name="Ambil").click()
    expect(page.get_by_role("status")).to_have_text("Tiket sudah Bapak/Ibu ambil.")
    page.get_by_label("Tanggal").fill(_working_day().isoformat())
    page.get_by_label(re.compile("^Jam")).fill("09:30")
    page.get_by_label("Yang dibawa").fill("KK asli")
    page.get_by_role("button", name="Jadwalkan").click()
    expect(page.get_by_role("status")).to_have_text("Jadwal sudah dikirim ke pemohon.")
    expect(page.locator(".outbox")).to_contain_text("menunggu dikirim")
    _shot(page, "tiket")
    outbox = services.show_ticket(uow, code).to_dict()["outbox"]
    assert [(m["kind"], m["state"]) for m in outbox] == [
        ("claimed", "pending"),
        ("scheduled", "pending"),
    ]
    assert "Yang perlu dibawa: KK asli" in outbox[-1]["text"]

    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("heading", name="Masuk ke konsol petugas")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Anda sudah keluar dari konsol.")
    assert page.goto(f"{console}/tiket/{code}").url.startswith(f"{console}/login")

    _log_in(page, console, "tono.ktp")
    refused = page.goto(f"{console}/tiket/{code}")
    assert refused is not None and refused.status == 403
    expect(page.get_by_role("alert")).to_contain_text("tidak melayani antrean KK")
    assert no_kk not in page.content()
    _shot(page, "ditolak-403")
    page.close()
    print(f"\nscreenshots: {SHOTS}")


def test_supervisor_and_admin_pages_render_in_the_browser(tmp_path: Path, browser: Browser) -> None:
    env = {"ADMINDUK_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assert adminduk(env, "db", "upgrade").returncode == 0
    _officer(env, "Dewi Lestari", "", "dewi.admin", role="admin")
    uow = UnitOfWork(make_session_factory(make_engine(env["DATABASE_URL"])))
    admin = Actor.officer(1, "cli")
    for serial in range(9900, 9912):
        line = f"#KK#{make_kk(serial=serial)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
        code = services.submit_request(uow, line, Actor.resident("telegram", str(serial))).code
        if serial % 3:
            services.claim(uow, code, admin)
    process, url = _start_console(env)
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        _log_in(page, url, "dewi.admin")
        page.get_by_role("link", name="Statistik", exact=True).click()
        expect(page.get_by_role("heading", name=re.compile("^Statistik"))).to_be_visible()
        chart = page.get_by_alt_text("Grafik tiket masuk per hari menurut layanan")
        expect(chart).to_be_visible()
        page.wait_for_function(
            "() => [...document.images].every(i => i.complete && i.naturalWidth > 300)",
            timeout=60_000,
        )
        _shot(page, "statistik")
        page.get_by_role("link", name="Petugas", exact=True).click()
        expect(page.get_by_role("heading", name="Tambah petugas")).to_be_visible()
        _shot(page, "petugas")
        page.get_by_role("link", name="Ekspor", exact=True).click()
        with page.expect_download() as download:
            page.get_by_role("button", name="Unduh CSV").click()
        assert download.value.suggested_filename == "tiket.csv"
        _shot(page, "ekspor")
        page.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
