"""The kiosk in a real browser: Playwright for Python driving Debian's chromium (no browser
download), the console app with the kiosk under uvicorn in a thread, a fake Rasa on loopback.
Screenshots go to `var/screenshots/`."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.channels import tables as ct
from bot.queue import services
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.fake_rasa import FakeRasa
from devtools.synthetic import make_kk, make_nik
from tests.e2e.conftest import free_port
from tests.kiosk.conftest import kiosk_app
from tests.whatsapp.wa_helpers import finish

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "chromium is missing: run scripts/ensure-system-packages as root"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def kiosk_url(engine: Engine, tmp_path: Path, rasa: FakeRasa) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(
        kiosk_app(engine, tmp_path, rasa.url),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ws="none",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/sehat", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(10)


def _session_of(engine: Engine) -> str:
    i = ct.inbox.c
    with engine.connect() as conn:
        return str(conn.execute(select(i.chat_id).where(i.channel == "kiosk")).scalars().first())


def test_a_village_helper_makes_a_request_rates_it_and_ends_with_the_code_shown_large(
    browser: Browser, kiosk_url: str, engine: Engine
) -> None:
    page: Page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{kiosk_url}/kiosk/")
    expect(page.get_by_text("Mode petugas desa")).to_be_visible()
    expect(page.get_by_text("Anda menulis: saya petugas desa")).to_be_visible()
    page.get_by_label("Pesan").fill("KTP warga hilang")
    page.get_by_role("button", name="Kirim").click()
    expect(page.get_by_text("Anda menulis: KTP warga hilang")).to_be_visible()
    expect(page.get_by_label("Pesan")).to_have_value("")  # ready for the next message
    page.get_by_role("button", name="Ya").last.click()
    expect(page.get_by_text("Anda menulis: ya", exact=True)).to_be_visible()
    expect(page.locator(".baris-warga p").last).to_have_text("Ya")  # the title, not "ya"

    # The assistant files the request for this kiosk chat; an officer finishes it.
    session = _session_of(engine)
    nik, kk = make_nik(female=True, serial=9801), make_kk(serial=9802)
    line = f"#KTP#{nik}#{kk}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
    uow = UnitOfWork(make_session_factory(engine))
    code = services.submit_request(uow, line, Actor.assistant("kiosk", session)).code
    officer = services.add_officer(uow, "Rina Wulandari", ["KTP"])
    finish(engine, code, Actor.officer(officer.id, "cli"))

    expect(page.get_by_text(f"Permohonan {code} sudah selesai.").first).to_be_visible(timeout=10000)
    page.get_by_role("button", name="5 – Sangat baik").click()
    expect(page.get_by_text("Terima kasih atas nilai 5")).to_be_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "kiosk-percakapan.png"), full_page=True)

    page.get_by_role("button", name="Selesai").click()
    expect(page.get_by_text(code, exact=True)).to_be_visible()
    assert (
        page.locator(".kode").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 48
    )
    page.screenshot(path=str(SHOTS / "kiosk-selesai.png"), full_page=True)
    page.get_by_role("link", name="Mulai percakapan baru").click()
    expect(page.get_by_text("Anda menulis: KTP warga hilang")).to_have_count(0)
    detail = services.show_ticket(uow, code).to_dict()
    assert [e["type"] for e in detail["events"]][-1] == "rated"
    page.close()


def test_an_untouched_screen_ends_its_session_by_itself(
    browser: Browser, kiosk_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADMINDUK_KIOSK_IDLE_SECONDS", "5")
    page = browser.new_page()
    page.goto(f"{kiosk_url}/kiosk/")
    page.get_by_label("Pesan").fill("halo")
    page.get_by_role("button", name="Kirim").click()
    expect(page.get_by_text("Anda menulis: halo")).to_be_visible()
    expect(page.get_by_role("heading", name="Terima kasih")).to_be_visible(timeout=15000)
    expect(page.get_by_text("Anda menulis: halo")).to_have_count(0)
    page.close()
