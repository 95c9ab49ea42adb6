"""What the fresh3 part (moved to dev) showed the extractor missing: exclamations and
"sudah meninggal" read as names, a spaced dash inside a list, elder titles, abbreviated
kecamatan, the direction of a "pindah", and a destination after "/ ke"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import extract, name_in_answer
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360315", date(1988, 2, 14), serial=7501)
KK = make_kk("360315", date(2017, 5, 3), serial=7502)


@pytest.mark.parametrize(
    "text",
    [
        f"astaghfirullah, no kk nya salah ketik, yang benar {KK}",
        f"waduh nik saya kurang satu angka, harusnya {NIK}",
        f"duh maaf nomor kk keliru yg bener {KK}",
        f"ya ampun nik nya salah, yang bener {NIK}",
    ],
)
def test_an_exclamation_before_a_correction_is_not_a_name(text: str) -> None:
    values = extract(text, layanan="KTP").values
    assert "nama" not in values
    assert NIK in values.values() or KK in values.values()


@pytest.mark.parametrize(
    "text",
    [
        "mau ganti kepala keluarga, bapak sy udh meninggal",
        "kepala keluarga suami saya meninggal tahun lalu",
        "kepala keluarganya istri saya, suami dah wafat",
    ],
)
def test_a_death_is_not_the_new_head_of_family(text: str) -> None:
    assert "nama_kepala_keluarga" not in extract(text, layanan="KK").values


def test_a_spaced_dash_ends_a_name_in_a_list() -> None:
    text = f"KTP hilang - {NIK} - {KK} - Rohimah - kohod pakuhaji"
    assert extract(text).values.get("nama") == "ROHIMAH"


def test_a_hyphen_inside_a_name_still_joins_it() -> None:
    text = f"ktp rusak nik {NIK} kk {KK} nama Nur-Aini"
    assert extract(text).values.get("nama", "").replace(" ", "-") == "NUR-AINI"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"ktp rusak punya abah Karta, nik {NIK} kk {KK}", "KARTA"),
        (f"mau daftarin ktp hilang milik mbah Sukinah. nik {NIK} kk {KK}", "SUKINAH"),
        (f"ktp hilang punya emak Rukiah (sudah tua), nik {NIK}, kk {KK}", "RUKIAH"),
    ],
)
def test_an_elder_title_introduces_the_name(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


@pytest.mark.parametrize(
    ("text", "kecamatan"),
    [
        ("desa sukamantri kec psr kemis", "PASAR KEMIS"),
        ("ds kampung melayu timur kec tlk naga", "TELUKNAGA"),
    ],
)
def test_abbreviated_kecamatan_words_are_read(text: str, kecamatan: str) -> None:
    assert extract(text).values.get("kecamatan") == kecamatan


def test_a_letter_number_and_a_purpose_make_pindah_an_arrival() -> None:
    text = (
        "kami baru pindah dari Kab Garut, mau lapor. No SKPWNI 3205/PWN/2026/00871, "
        "keperluan ikut orang tua"
    )
    ex = extract(text)
    assert ex.layanan == "SKDWN"
    assert ex.values["no_skpwni"] == "3205/PWN/2026/00871"


def test_a_destination_makes_pindah_a_departure() -> None:
    ex = extract(
        "mau urus pindah, alamat tujuan Jl. Kenanga No. 4 RT 01 RW 02 Kel. Sukasari Kota Bogor"
    )
    assert ex.layanan == "SKPWNI"


def test_a_destination_after_a_slash_and_ke_is_read() -> None:
    text = (
        f"surat pindah: {NIK} / {KK} / Ujang Sopandi / ke Perum Griya Asri Blok B No. 7 "
        "Desa Cibatu Kec. Cikarang Selatan Kab. Bekasi"
    )
    address = extract(text).values.get("alamat_pindah", "")
    assert address.startswith("PERUM GRIYA ASRI BLOK B")
    assert address.endswith("KAB. BEKASI")


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("sekarang saya sendiri, Rosidah", "Rosidah"),
        ("Rosidah (saya sendiri)", "Rosidah"),
        ("istri saya: Rosidah", "Rosidah"),
        ("Rosidah Wulandari", "Rosidah Wulandari"),
        ("Rosidah, Wulandari", "Rosidah, Wulandari"),
    ],
)
def test_an_answer_to_the_name_question_keeps_the_name_part(answer: str, name: str) -> None:
    assert name_in_answer(answer) == name
