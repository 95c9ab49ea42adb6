"""A correction right after a request was sent goes to that request (issue 8, dev4/dev5)."""

from __future__ import annotations

from datetime import date

import pytest

from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik("360327", date(1985, 4, 4), female=True, serial=7501)
KK = make_kk("360327", date(2012, 4, 14), serial=7502)
SENT = f"#KTP#{NIK}#{KK}#Sri Mulyani#Buniayu#Sukamulya#HILANG#"
SENT_LINE = SENT.upper()


@pytest.mark.parametrize(
    ("correction", "line"),
    [
        ("ralat desanya Parahu", f"#KTP#{NIK}#{KK}#SRI MULYANI#PARAHU#SUKAMULYA#HILANG#"),
        ("ganti namanya jadi Sri Mulyanti, tadi typo", f"#KTP#{NIK}#{KK}#SRI MULYANTI#BUNIAYU#SUKAMULYA#HILANG#"),
        ("eh salah, bukan hilang tapi rusak", f"#KTP#{NIK}#{KK}#SRI MULYANI#BUNIAYU#SUKAMULYA#RUSAK#"),
    ],
)  # fmt: skip
def test_a_correction_after_sending_amends_the_sent_request(correction: str, line: str) -> None:
    chat = Chat()
    chat.says(SENT)
    assert len(chat.port.submitted) == 1
    replies = chat.says(correction)
    assert chat.lines == [line] and line in replies
    assert "sudah saya perbaiki" in replies[0]
    assert chat.state.layanan is None  # nothing is left half-built


def test_once_an_officer_has_it_the_correction_is_left_as_a_note() -> None:
    chat = Chat()
    chat.says(SENT)
    chat.port.taken.add("KTP-AAAAA2")
    replies = chat.says("ralat desanya Parahu")
    assert "SUKAMULYA" in chat.lines[0] and "BUNIAYU" in chat.lines[0]
    assert chat.port.notes and chat.port.notes[0][:2] == ("KTP-AAAAA2", "catatan_warga")
    assert "ditangani petugas" in replies[0]


def test_a_new_request_after_sending_is_a_new_request_not_a_correction() -> None:
    chat = Chat()
    chat.says(SENT)
    other_nik = make_nik("360327", date(1990, 1, 2), serial=7503)
    chat.says(
        f"ktp hilang juga, bukan punya saya tapi suami: nik {other_nik} kk {KK} nama Joko, desa Parahu kec Sukamulya"
    )
    assert chat.lines == [SENT_LINE]
    assert chat.state.layanan == "KTP"


def test_a_correction_the_assistant_cannot_read_is_asked_again_not_guessed() -> None:
    chat = Chat()
    chat.says(SENT)
    replies = chat.says("ralat desanya")
    assert chat.lines == [SENT_LINE]
    assert any("belum bisa saya baca" in r for r in replies)


def test_a_half_remembered_line_without_marks_keeps_the_place_apart_from_the_name() -> None:
    chat = Chat()
    nik, kk = make_nik("360318", date(1990, 10, 10), serial=7504), make_kk(serial=7505)
    replies = chat.says(f"#ktp {nik} {kk} Slamet Riyadi bojong cikupa hilang")
    assert f"#KTP#{nik}#{kk}#SLAMET RIYADI#BOJONG#CIKUPA#HILANG#" in replies


def test_a_helper_naming_a_resident_of_the_city_is_referred() -> None:
    replies = Chat().says(
        "warga saya dari kelurahan Periuk Jaya kecamatan Periuk mau urus ktp rusak"
    )
    assert any("Kota Tangerang" in r for r in replies)


@pytest.mark.parametrize(
    ("correction", "name"),
    [
        ("eh kepala keluarganya Endang Suryana, lengkapnya", "ENDANG SURYANA"),
        ("endang -> Endang Suryana", "ENDANG SURYANA"),
    ],
)
def test_a_self_correction_after_sending_amends_the_name(correction: str, name: str) -> None:
    kk = make_kk("360316", date(2013, 3, 3), serial=7506)
    chat = Chat()
    chat.says(f"kk hilang, no kk {kk}, kepala keluarga Endang, desa Karet kec Sepatan")
    chat.says("ya")
    chat.says(correction)
    assert chat.lines == [f"#KK#{kk}#{name}#KARET#SEPATAN"]


def test_a_correction_naming_a_code_goes_to_that_request() -> None:
    chat = Chat()
    chat.says(SENT)
    other = f"#KK#{KK}#BUDI#PARAHU#SUKAMULYA"
    chat.says(other)
    chat.says("ralat KTP-AAAAA2, desanya Parahu")
    assert chat.lines == [SENT_LINE.replace("#BUNIAYU#", "#PARAHU#"), other]


def test_a_correction_naming_a_stranger_code_changes_nothing() -> None:
    chat = Chat()
    chat.says(SENT)
    chat.says("ralat KTP-ZZZZZZ, desanya Parahu")
    assert chat.lines == [SENT_LINE]
