"""The queue page and a ticket's detail: what an officer sees, and what they may not."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from bot.queue import services, tables
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik
from tests.web.web_helpers import Officer, add_officer, kk_line, ktp_line, make_app, submit


def _views(uow: UnitOfWork) -> int:
    with uow:
        return int(
            uow.session.execute(select(func.count()).select_from(tables.data_views)).scalar_one()
        )


def test_the_queue_shows_counts_masked_numbers_and_only_the_officers_queues(
    engine: Engine, tmp_path: object
) -> None:
    uow = UnitOfWork(make_session_factory(engine))
    add_officer(uow, "rina.w", ["KTP"])
    nik = make_nik(serial=9321)
    ktp = submit(uow, ktp_line(nik))
    kk = submit(uow, kk_line(), chat="2002")
    officer = Officer(make_app(engine, tmp_path))  # type: ignore[arg-type]
    officer.log_in("rina.w")
    page = officer.get("/antrean").text
    assert ktp in page and kk not in page
    assert nik not in page and "360318******9321" in page
    assert re.search(r"<h2>KTP</h2>\s*<p class=\"big\">1 <small>menunggu", page)
    assert "<h2>KK</h2>" not in page


def test_the_detail_shows_the_full_numbers_and_records_each_view(
    engine: Engine, tmp_path: object
) -> None:
    uow = UnitOfWork(make_session_factory(engine))
    add_officer(uow, "rina.w", ["KTP"], name="Rina Wulandari")
    nik = make_nik(serial=9321)
    code = submit(uow, ktp_line(nik))
    officer = Officer(make_app(engine, tmp_path))  # type: ignore[arg-type]
    officer.log_in("rina.w")
    page = officer.get(f"/tiket/{code}").text
    assert nik in page and 'id="baris"' in page and "Salin baris" in page
    assert "Persyaratan" in page and "Permohonan masuk" in page
    officer.get(f"/tiket/{code}")
    assert _views(uow) == 2
    assert "Rina Wulandari" in officer.get(f"/tiket/{code}").text.split("Data lengkap dilihat")[1]


def test_a_ktp_officer_gets_403_on_a_kk_ticket_and_its_attachment(
    uow: UnitOfWork, app: Starlette, tmp_path: object
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    kk = submit(uow, kk_line())
    digest = services.add_attachment(
        uow,
        kk,
        Actor.resident("telegram", "1001"),
        b"\x89PNG fake",
        "image/png",
        tmp_path,  # type: ignore[arg-type]
    )
    officer = Officer(app)
    officer.log_in("rina.w")
    assert officer.get(f"/tiket/{kk}").status_code == 403
    assert officer.get(f"/tiket/{kk}/lampiran/{digest}").status_code == 403
    claim = officer.post(f"/tiket/{kk}/ambil")
    assert claim.status_code == 403 and "tidak melayani antrean KK" in claim.text
    assert services.show_ticket(uow, kk).status == "BARU"
    assert _views(uow) == 0


def test_an_unknown_ticket_is_404(uow: UnitOfWork, officer_client: Officer) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    officer_client.log_in("rina.w")
    assert officer_client.get("/tiket/KTP-ZZZZZZ").status_code == 404


def test_what_a_resident_typed_is_shown_as_text_never_as_markup(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "umum.u", ["UMUM", "KTP"])
    evil = "<script>alert('x')</script>"
    question = services.forward_question(
        uow, f"boleh diwakilkan? {evil}", Actor.assistant("telegram", "77")
    ).code
    helped = submit(uow, ktp_line(), helper={"helper_name": evil, "resident_name": "<b>Siti</b>"})
    officer_client.log_in("umum.u")
    for code in (question, helped):
        page = officer_client.get(f"/tiket/{code}").text
        assert evil not in page and "&lt;script&gt;alert(" in page
    assert "<b>Siti</b>" not in officer_client.get(f"/tiket/{helped}").text


def test_every_page_has_the_security_headers_and_no_inline_script(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    for path in ("/login",):
        assert "script-src 'self'" in officer_client.get(path).headers["content-security-policy"]
    officer_client.log_in("rina.w")
    for path in ("/antrean", f"/tiket/{code}", "/ekspor"):
        response = officer_client.get(path)
        headers = response.headers
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["cache-control"] == "no-store"
        assert "<script>" not in response.text and " on" + "click=" not in response.text
        assert all('src="/static/' in tag for tag in re.findall(r"<script[^>]*>", response.text))


def test_the_htmx_part_of_the_queue_brings_new_tickets_and_keeps_the_boxes_ticked(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    first = submit(uow, ktp_line())
    officer_client.log_in("rina.w")
    page = officer_client.get("/antrean").text
    assert 'hx-get="/antrean/isi?tab=baru"' in page and 'hx-trigger="every 5s"' in page
    second = submit(uow, ktp_line(), chat="1002")
    part = officer_client.client.get(
        f"/antrean/isi?tab=baru&pilih={first}", headers={"HX-Request": "true"}
    ).text
    assert second in part and "<html" not in part
    assert re.search(rf'value="{first}" aria-label="Pilih {first}" checked', part)
    assert not re.search(rf'value="{second}" aria-label="Pilih {second}" checked', part)


def test_the_htmx_poll_after_the_session_ended_redirects_to_the_login(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    response = officer_client.client.get("/antrean/isi", headers={"HX-Request": "true"})
    assert response.status_code == 401 and response.headers["hx-redirect"] == "/login"


def test_tabs_filters_and_the_code_search(uow: UnitOfWork, officer_client: Officer) -> None:
    me = add_officer(uow, "rina.w", ["KTP", "KK"])
    ktp = submit(uow, ktp_line())
    kk = submit(uow, kk_line(), chat="2")
    mine = submit(uow, ktp_line(), chat="3")
    services.claim(uow, mine, Actor.officer(me, "web"))
    officer_client.log_in("rina.w")
    waiting = officer_client.get("/antrean").text
    assert ktp in waiting and kk in waiting and mine not in waiting
    own = officer_client.get("/antrean?tab=saya").text
    assert mine in own and ktp not in own
    only_kk = officer_client.get("/antrean?tab=semua&layanan=KK").text
    assert kk in only_kk and ktp not in only_kk
    processing = officer_client.get("/antrean?tab=semua&status=DIPROSES").text
    assert mine in processing and ktp not in processing
    found = officer_client.get(f"/antrean?tab=semua&kode={ktp.lower()}").text
    assert ktp in found and kk not in found and mine not in found
    future = officer_client.get("/antrean?tab=semua&dari=2099-01-01").text
    assert "Tidak ada tiket untuk pilihan ini." in future


def test_a_telegram_ticket_shows_the_chat_transcript(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    from datetime import datetime, timezone

    from bot.channels import tables as tg

    add_officer(uow, "rina.w", ["KK"])
    code = submit(uow, kk_line(make_kk()), chat="555")
    now = datetime.now(timezone.utc)
    with uow:
        uow.session.execute(
            tg.inbox.insert().values(
                channel="telegram",
                chat_id="555",
                message_id="1",
                text="mau urus KK baru",
                state="done",
                attempts=1,
                created_at=now,
            )
        )
        uow.session.execute(
            tg.replies.insert().values(
                channel="telegram",
                chat_id="555",
                text="Berapa nomor KK Bapak/Ibu?",
                state="sent",
                attempts=1,
                created_at=now,
            )
        )
        uow.commit()
    officer_client.log_in("rina.w")
    page = officer_client.get(f"/tiket/{code}").text
    assert "Percakapan" in page and "mau urus KK baru" in page and "Berapa nomor KK" in page


def test_attachments_are_served_with_a_fixed_type_images_inline_pdfs_as_downloads(
    uow: UnitOfWork, officer_client: Officer, tmp_path: object
) -> None:
    from pathlib import Path

    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    resident = Actor.resident("telegram", "1001")
    data_dir = Path(str(tmp_path))
    image = services.add_attachment(
        uow,
        code,
        resident,
        b"\x89PNG\r\n\x1a\nfoto",
        "image/png",
        data_dir,
        filename="../../etc/passwd",
    )
    pdf = services.add_attachment(
        uow, code, resident, b"%PDF-1.4 surat", "application/pdf", data_dir
    )
    officer_client.log_in("rina.w")
    page = officer_client.get(f"/tiket/{code}").text
    assert f'<img src="/tiket/{code}/lampiran/{image}"' in page
    assert f'href="/tiket/{code}/lampiran/{pdf}"' in page and "Unduh PDF" in page
    shown = officer_client.get(f"/tiket/{code}/lampiran/{image}")
    assert shown.status_code == 200 and shown.content == b"\x89PNG\r\n\x1a\nfoto"
    assert shown.headers["content-type"] == "image/png"
    assert shown.headers["content-disposition"] == f'inline; filename="{code}-{image[:8]}.png"'
    assert shown.headers["x-content-type-options"] == "nosniff"
    download = officer_client.get(f"/tiket/{code}/lampiran/{pdf}")
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert officer_client.get(f"/tiket/{code}/lampiran/{'0' * 64}").status_code == 404
    assert officer_client.get(f"/tiket/{code}/lampiran/..%2F..%2Fetc%2Fpasswd").status_code == 404
