"""What the fresh4 and dev6 parts showed the extractor missing (our own wordings): labels
after a comma, names closed by talk to the officer, lower-case letters, arrivals told by
their words or numbers, reasons changed mid-message and a letter's closing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dialogue.request import free_text
from bot.intake.extractor import extract
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360311", date(2009, 4, 2), serial=7601)
KK = make_kk("360311", date(2018, 1, 12), serial=7602)


def test_a_label_after_a_comma_belongs_to_the_next_number() -> None:
    text = f"KIA anak kami: NIK anak {NIK}, nomor KK orang tua {KK}, desa Sukamanah"
    values = extract(text).values
    assert (values["nik"], values["no_kk"]) == (NIK, KK)


def test_a_label_already_used_does_not_pair_with_the_next_number() -> None:
    grouped = f"{KK[:8]} {KK[8:]}"
    values = extract(f"rekam ktp. {NIK} itu nik, kk {grouped}, nama Doni").values
    assert (values["nik"], values["no_kk"]) == (NIK, KK)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tolong buatkan KIA untuk Keisha Anindita ya kak", "KEISHA ANINDITA"),
        ("sy Rendi Saputra min, umur udh 17, mau rekam ktp", "RENDI SAPUTRA"),
        ("siang. ini dengan Wulan Sari ya, warga Sukamulya", "WULAN SARI"),
        ("dengan hormat saya agus salim, warga desa kemuning, ingin mengganti ktp", "AGUS SALIM"),
        (f"sy ketua RT. ibu Sarinah warga sy ktp nya rusak, nik {NIK} kk {KK}", "SARINAH"),
        ("halo min, sy Kang Dadang Sunandar mau bikin ktp", "DADANG SUNANDAR"),
        ("nama saya Putri Amelia kelas 12, mau rekam ktp", "PUTRI AMELIA"),
    ],
)
def test_names_closed_by_talk_or_introduced_in_everyday_ways(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_a_helpers_own_name_before_the_office_is_not_the_residents() -> None:
    text = f"saya Bu Yayah dari kantor desa Kemuning, ktp rusak warga: {NIK} {KK} Dodi"
    assert extract(text).values.get("nama") != "YAYAH"


@pytest.mark.parametrize(
    "text",
    [
        "udah pegang skpwni dari Bekasi, mau daftar datang ke sini",
        "saya sudah punya skpwni, mau lapor datang",
        "kami pindah dari Kab Serang ke Kab Tangerang, mau urus suratnya",
    ],
)
def test_words_of_arriving_name_the_pindah_datang(text: str) -> None:
    assert extract(text).layanan == "SKDWN"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("nomor skpwni saya 3275PWN20269011 keperluan kerja", "3275PWN20269011"),
        ("no skpwni 3201-0105-2026-9012 keperluan ikut suami", "3201010520269012"),
    ],
)
def test_letter_numbers_typed_together_or_with_dashes(text: str, number: str) -> None:
    ex = extract(text)
    assert ex.values.get("no_skpwni") == number
    assert ex.layanan == "SKDWN"


def test_a_letters_closing_is_not_part_of_the_purpose() -> None:
    text = "No SKPWNI 3201/PWN/2026/9013, keperluan bekerja. Demikian surat ini saya buat."
    assert extract(text).values.get("keperluan") == "BEKERJA"


def test_the_purpose_answer_loses_its_label() -> None:
    assert free_text("alasan pindahnya ikut suami", "keperluan") == "IKUT SUAMI"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("tadi sy bilang rusak, tapi sebenernya hilang", "HILANG"),
        ("alasannya hilang, eh bukan, ralat: rusak", "RUSAK"),
        ("ktp saya remuk keinjek", "RUSAK"),
        ("anak sy udah 17 mau bikin ktp", "PEMULA"),
    ],
)
def test_the_reason_meant_is_read(text: str, reason: str) -> None:
    assert extract(text, layanan="KTP").alasan == reason


def test_a_new_family_card_is_no_ktp_reason() -> None:
    assert extract(f"nik {NIK}, kk baru {KK}", layanan="KTP").alasan is None


def test_pemula_alone_means_a_ktp() -> None:
    assert extract(f"pemula kak, nik {NIK} kk {KK}").layanan == "KTP"


def test_an_rt_in_a_city_kelurahan_is_referred() -> None:
    text = "sy ketua RT di Kunciran Indah, warga sy mau ngurus surat pindah keluar"
    assert extract(text).referral


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("ga jadi ktp deh, yang mau dibikin kia anak saya", "KIA"),
        ("bukan kk min, maksudnya ktp", "KTP"),
    ],
)
def test_a_service_given_up_is_not_the_one_asked(text: str, service: str) -> None:
    assert extract(text).layanan == service
