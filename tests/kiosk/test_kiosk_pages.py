"""The kiosk's pages over HTTP (no browser): helper mode, exactly-once sends, CSRF, the end."""

from __future__ import annotations

import re

from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.web.kiosk.channel import HELPER_CUE
from bot.web.security import CSP
from devtools.fake_rasa import FakeRasa

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _csrf(page: str) -> str:
    found = CSRF.search(page)
    assert found, page
    return found.group(1)


def test_a_session_starts_in_helper_mode_and_a_double_submit_counts_once(
    app: Starlette, rasa: FakeRasa
) -> None:
    with TestClient(app) as client:
        page = client.get("/kiosk/")
        assert page.status_code == 200 and page.headers["content-security-policy"] == CSP
        assert "<script>" not in page.text and "Mode petugas desa" in page.text
        assert "Anda menulis: saya petugas desa" in page.text  # the assistant's first answer
        assert HELPER_CUE not in page.text.replace("Anda menulis: saya petugas desa", "")
        csrf = _csrf(page.text)
        form = {"csrf": csrf, "urutan": "1", "teks": "KTP warga hilang <b>tolong</b>"}
        first = client.post("/kiosk/kirim", data=form, headers={"HX-Request": "true"})
        again = client.post("/kiosk/kirim", data=form, headers={"HX-Request": "true"})
        assert first.status_code == again.status_code == 200
        assert '"urutan": 2' in first.headers["hx-trigger"]
        assert "&lt;b&gt;tolong&lt;/b&gt;" in first.text and "<b>tolong" not in first.text
        pressed = {"csrf": csrf, "balasan": "2", "tombol": "ya"}
        client.post("/kiosk/kirim", data=pressed)
        client.post("/kiosk/kirim", data=pressed)  # the same button again: once
        later = client.get("/kiosk/pesan").text
    senders = {who for who, _ in rasa.seen}
    assert len(senders) == 1 and next(iter(senders)).startswith("kiosk:")
    assert [text for _, text in rasa.seen] == [HELPER_CUE, "KTP warga hilang <b>tolong</b>", "ya"]
    assert later.count("Anda menulis:") == 3


def test_a_post_without_the_sessions_csrf_token_is_refused(app: Starlette, rasa: FakeRasa) -> None:
    with TestClient(app) as client:
        client.get("/kiosk/")
        refused = client.post("/kiosk/kirim", data={"csrf": "salah", "urutan": "1", "teks": "halo"})
        foreign = client.post(
            "/kiosk/kirim",
            data={"csrf": "x", "teks": "halo"},
            headers={"Origin": "https://contoh.invalid"},
        )
    assert refused.status_code == 403 and foreign.status_code == 403
    assert [text for _, text in rasa.seen] == [HELPER_CUE]


def test_selesai_ends_the_session_and_a_new_visit_starts_a_new_one(
    app: Starlette, rasa: FakeRasa
) -> None:
    with TestClient(app) as client:
        csrf = _csrf(client.get("/kiosk/").text)
        client.post("/kiosk/kirim", data={"csrf": csrf, "urutan": "1", "teks": "halo"})
        done = client.post("/kiosk/selesai", data={"csrf": csrf})
        assert "Terima kasih" in done.text and "Tidak ada permohonan" in done.text
        assert "Sesi sudah selesai" in client.get("/kiosk/pesan").text
        fresh = client.get("/kiosk/").text
        assert "Anda menulis: halo" not in fresh  # the screen is clear
    assert len({who for who, _ in rasa.seen}) == 2
