"""Turns the fresh4 and dev6 parts showed going wrong (our own wordings): complaints that
want an officer, a status asked by NIK, the answer to the field asked, details dropped with
"ga usah", an offer accepted with "yaudah" and a place answer that rules one out."""

from __future__ import annotations

from datetime import date

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik("360317", date(1991, 6, 21), serial=7701)
KK = make_kk("360317", date(2016, 2, 2), serial=7702)


@pytest.mark.parametrize(
    "text",
    [
        "nama ibu saya di kk salah, udah 3 kali chat ga ada tanggapan, saya mau bicara sama petugasnya",
        "permohonan warga kami sudah seminggu statusnya masih BARU, mohon ditindaklanjuti",
        "ada calo minta 300 ribu biar kk cepet, saya mau ngadu",
        "saya dipalak oknum di kecamatan, mau melaporkan oknum itu",
    ],
)
def test_a_complaint_that_wants_an_officer_is_forwarded(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert chat.port.forwarded
    assert not chat.lines


def test_a_fee_complaint_with_a_question_is_also_answered() -> None:
    chat = Chat()
    replies = chat.says("ada yang minta 50 ribu buat cetak ktp, itu resmi? saya mau ngadu")
    assert chat.port.forwarded
    assert any("gratis" in r.lower() for r in replies)


def test_a_status_asked_by_nik_is_refused_kindly() -> None:
    chat = Chat()
    replies = chat.says(f"min tolong cekin status kk adik saya, niknya {NIK}")
    assert for_residents.NO_NIK_LOOKUP in replies
    assert not chat.port.asked_status


def test_the_reason_asked_is_taken_even_when_the_message_sounds_like_a_question() -> None:
    chat = Chat()
    chat.says(f"ktp saya, nik {NIK} kk {KK} nama Rudi desa Kadu Jaya kec Curug")
    assert chat.state.diminta == "alasan"
    chat.says("hilang pak, sudah lapor polsek", "tanya_syarat", 0.95)
    assert chat.state.fields.get("alasan") == "HILANG"
    assert chat.state.menunggu_konfirmasi


def test_dropping_a_title_is_not_a_cancel() -> None:
    chat = Chat()
    chat.says(f"ktp rusak nik {NIK} kk {KK} desa Kadu Jaya kec Curug")
    chat.says("namanya Hendra Wijaya, S.Kom tapi gelarnya ga usah")
    assert chat.state.layanan == "KTP"
    assert chat.state.fields.get("nama", "").startswith("HENDRA WIJAYA")


def test_yaudah_accepts_the_offer_to_start() -> None:
    chat = Chat()
    chat.says("kia buat anak bisa lewat sini ga kak?", "tanya_syarat", 0.95)
    assert (chat.state.tawaran or "").startswith("mulai:")
    chat.says("yaudah mau bikin")
    assert chat.state.layanan == "KIA"


def test_a_cancel_after_the_offer_does_not_start_the_request() -> None:
    chat = Chat()
    chat.says("kia buat anak bisa lewat sini ga kak?", "tanya_syarat", 0.95)
    chat.says("yaudah batalin aja")
    assert chat.state.layanan is None


def test_a_kecamatan_answer_that_rules_the_other_out() -> None:
    chat = Chat()
    chat.says(f"kk hilang no {KK} kepala keluarga Sarmadi desa mekar jaya")
    chat.says("sepatan, bukan yang panongan")
    assert chat.state.fields.get("kecamatan") == "SEPATAN"


def test_if_i_remember_right_does_not_switch_the_service() -> None:
    chat = Chat()
    chat.says("ktp saya hilang")
    chat.says(f"nik {NIK}")
    chat.says(f"kk nya {KK} kalo ga salah")
    assert chat.state.layanan == "KTP"
    assert chat.state.fields.get("no_kk") == KK
