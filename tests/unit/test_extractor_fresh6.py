"""What the fresh6 part showed the extractor missing (our own wordings): names after
"kenalin", Sundanese "nami", a title "teh", "kepalanya", "anaknya", "ananda ... mohon", a
short name also written in full, the KK's head told as "atas nama saya", talk after a name
before a line break, regional words for a lost card, and a purpose with a clause about the
writer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import corrections, extract
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360328", date(1996, 2, 27), serial=7951)
KK = make_kk("360328", date(2018, 10, 9), serial=7952)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"bang kenalin gue Rizky Maulana, ktp gue rusak. nik {NIK}", "RIZKY MAULANA"),
        ("kenalin, aku Dewi Anggraini. ktp aku ilang kemarin", "DEWI ANGGRAINI"),
        ("kenalan dulu ya min, saya Budi Hartono, mau bikin ktp baru", "BUDI HARTONO"),
    ],
)
def test_a_name_after_kenalin_is_the_residents(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Punten, KTP abdi rusak. nami Tatang Sutarman, desa Peusar", "TATANG SUTARMAN"),
        ("nami abdi Ujang Sopandi, ktp abdi ical", "UJANG SOPANDI"),
        ("ktp leungit, namina Euis Komariah", "EUIS KOMARIAH"),
    ],
)
def test_sundanese_nami_is_a_name_label(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_abdi_after_nama_is_a_given_name() -> None:
    assert extract("nama Abdi Prasetyo ktp hilang").values.get("nama") == "ABDI PRASETYO"


@pytest.mark.parametrize("word", ["leungit", "ical", "kelangan"])
def test_regional_words_for_a_lost_card_are_hilang(word: str) -> None:
    ex = extract(f"ktp istri sy teh Euis Rohaeti {word} pas di angkot")
    assert ex.alasan == "HILANG"
    assert ex.values.get("nama") == "EUIS ROHAETI"


def test_kepalanya_names_the_head_of_the_family() -> None:
    ex = extract(f"KK kami diperbarui, kepalanya Jajang Nurjaman, no kk {KK}")
    assert ex.values.get("nama_kepala_keluarga") == "JAJANG NURJAMAN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ibu Siti Maryam mau KIA untuk anaknya Farhan Maulana, 12 thn.", "FARHAN MAULANA"),
        ("Nenek Onah mau bikin kia buat cucunya Alif Ramadhan, umur 8", "ALIF RAMADHAN"),
        ("pak budi mau bikin ktp untuk istrinya Siti Aminah, nik " + NIK, "SITI AMINAH"),
    ],
)
def test_a_name_after_a_relation_of_someone_named(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_a_child_after_ananda_ends_before_mohon() -> None:
    text = "Saya selaku orang tua dari ananda Nabila Putri Ramadhani mohon dibantu buat KIA"
    assert extract(text).values.get("nama") == "NABILA PUTRI RAMADHANI"


@pytest.mark.parametrize(
    "text",
    [
        "Saya Agus Salim, ayahnya Naura Khairunnisa. Mau buat KIA untuk Naura, umur 13.",
        "kia untuk Naura ya. lengkapnya di akta Naura Khairunnisa",
    ],
)
def test_a_short_name_also_written_in_full_is_the_full_one(text: str) -> None:
    assert extract(text).values.get("nama") == "NAURA KHAIRUNNISA"


def test_a_name_is_not_stretched_over_a_desa() -> None:
    assert extract(f"Siti Aminah Sukanagara, {NIK}").values.get("nama") == "SITI AMINAH"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "halo sy maemunah, suami sy udah meninggal, kk harus diganti jadi atas nama sy",
            "MAEMUNAH",
        ),
        ("saya Rohani. suami wafat, kepala keluarga jadi saya, mau ganti kk", "ROHANI"),
    ],
)
def test_the_head_told_as_atas_nama_saya_is_the_writer(text: str, name: str) -> None:
    assert extract(text).values.get("nama_kepala_keluarga") == name


def test_atas_nama_saya_without_a_name_fills_nothing() -> None:
    assert "nama_kepala_keluarga" not in extract("sy mau ganti kk, atas nama sy").values


@pytest.mark.parametrize("talk", ["ya kak", "ya", "nih min", "kak"])
def test_talk_after_a_name_before_a_line_break_ends_it(talk: str) -> None:
    text = f"kia anak saya Keanu Ardiansyah {talk}\nnik {NIK}\nkk {KK}"
    assert extract(text).values.get("nama") == "KEANU ARDIANSYAH"


@pytest.mark.parametrize(
    "text",
    [
        "keperluannya diganti aja jadi ikut orang tua, sy balik ke rumah ortu",
        "keperluan ganti jadi ikut orang tua aja",
        "keperluannya ikut orang tua, soalnya rumah kontrakan habis",
    ],
)
def test_a_purpose_corrected_ends_before_talk_about_the_writer(text: str) -> None:
    assert corrections(text, layanan="SKDWN") == {"keperluan": "IKUT ORANG TUA"}
