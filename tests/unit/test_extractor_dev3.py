"""Extraction classes found in the third dev corpus (dev3), each in wordings of our own: bare
names in a list of values, name-introducing phrases, addresses that end where the address
ends, desa typos inside the kecamatan given, a document outranking "pindah" words in an
aside, and corrections that name their field."""

from __future__ import annotations

from datetime import date

import pytest

from bot.extractor import extract
from bot.gazetteer import Gazetteer
from bot.synthetic import make_kk, make_nik

NIK = make_nik("360315", date(1988, 4, 12), serial=9311)
KK = make_kk("360315", date(2015, 7, 2), serial=9312)


# --- 1. bare names in a list of values -------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "name"),
    [
        (
            f"ktp rusak, Dedi Kurniawan, nik {NIK}, kk {KK}, desa Saga kec Balaraja",
            "DEDI KURNIAWAN",
        ),
        (f"KTP saya hilang di pasar. Siti Nurhaliza nik {NIK} kk {KK}", "SITI NURHALIZA"),
        (f"mau bikin ktp pertama kali, Rizky Maulana, nik {NIK}, kk {KK}", "RIZKY MAULANA"),
        (f"ktp ilang kak, Wahyudi, nik {NIK} kk {KK} ds Kedung kec Gunung Kaler", "WAHYUDI"),
        (f"ktp patah gan, Agus Salim Hidayat; nik {NIK}; kk {KK}", "AGUS SALIM HIDAYAT"),
        (f"ktp rusak, nik {NIK}, kk {KK}, Yanti Susanti, desa Saga kec Balaraja", "YANTI SUSANTI"),
        (f"ktp hilang, dewi lestari, nik {NIK}, kk {KK}", "DEWI LESTARI"),
    ],
)
def test_a_bare_name_next_to_the_numbers_is_the_name(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


def test_a_bare_name_in_a_kk_request_is_the_head_of_the_family(gazetteer: Gazetteer) -> None:
    found = extract(f"kk rusak kena banjir, Hendra Gunawan, no kk {KK}", gazetteer=gazetteer)
    assert found.values.get("nama_kepala_keluarga") == "HENDRA GUNAWAN"


@pytest.mark.parametrize(
    "message",
    [
        f"ktp rusak, kena air hujan, nik {NIK}, kk {KK}",
        f"ktp hilang, Mekar Jaya, Sepatan, nik {NIK}, kk {KK}",
        f"ktp hilang ya, nik {NIK}, kk {KK}",
        f"kk rusak, UMURNYA 40, nik {NIK}, kk {KK}",
        f"ktp rusak, tidak, nik {NIK}",
        f"ktp rusak. Mohon Dibantu, nik {NIK}, kk {KK}",
        f"ktp hilang min, Terima Kasih, nik {NIK}",
        f"ktp hilang, Selamat Pagi, nik {NIK}",
        f"Ktp hilang, saya sendiri, nik {NIK}",
        f"ktp rusak, Bapak Ibu, nik {NIK}",
    ],
)
def test_talk_places_and_fillers_in_a_list_are_not_a_name(
    message: str, gazetteer: Gazetteer
) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer).values
