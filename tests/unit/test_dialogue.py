"""One step of a request form, without Rasa."""

from __future__ import annotations

import pytest

from bot.answers import topic_for
from bot.catalog import Catalog
from bot.dialogue import fill, is_no, is_yes
from bot.replies import question_for
from bot.synthetic import make_kk, make_nik

NIK = make_nik(female=True, serial=9301)
KK = make_kk(serial=9302)


def test_a_first_message_fills_what_it_holds(catalog: Catalog) -> None:
    step = fill(
        catalog["KTP"], {}, f"ktp sy ilang, nik {NIK} kk {KK} nama siti aminah ds bitung jaya", None
    )
    assert step.values == {
        "nik": NIK,
        "no_kk": KK,
        "nama": "SITI AMINAH",
        "alasan": "HILANG",
        "desa": "BITUNG JAYA",
        "kecamatan": "CIKUPA",
    }
    assert step.messages == []


def test_the_asked_slot_gets_the_whole_answer(catalog: Catalog) -> None:
    assert fill(catalog["KK"], {}, "budi santoso", "nama_kepala_keluarga").values == {
        "nama_kepala_keluarga": "BUDI SANTOSO"
    }


def test_a_wrong_answer_clears_the_slot_with_a_precise_message(catalog: Catalog) -> None:
    step = fill(catalog["KTP"], {}, "siti 2", "nama")
    assert step.values == {"nama": None}
    assert step.messages[0].startswith("Nama tidak boleh berisi angka")


def test_a_failed_guess_does_not_erase_a_given_value(catalog: Catalog) -> None:
    step = fill(catalog["KTP"], {"nama": "SITI AMINAH"}, "123", "nik")
    assert "nama" not in step.values


def test_an_ambiguous_desa_lists_its_kecamatan(catalog: Catalog) -> None:
    step = fill(catalog["KTP"], {}, "talagasari", "desa")
    assert step.values == {"desa": "TALAGASARI"}
    assert "Kec. Balaraja" in step.messages[0] and "Kec. Cikupa" in step.messages[0]


def test_a_desa_in_another_kecamatan_names_where_it_is(catalog: Catalog) -> None:
    step = fill(catalog["KTP"], {}, "binong cikupa", "desa")
    assert step.values == {"desa": None}
    assert "Kec. Curug" in step.messages[0]


def test_a_near_miss_is_offered_and_yes_takes_it(catalog: Catalog) -> None:
    offer = fill(catalog["KIA"], {}, "bitun jaya", "desa")
    assert offer.values["saran_tempat"] == "Bitung Jaya|Cikupa"
    taken = fill(catalog["KIA"], {"saran_tempat": "Bitung Jaya|Cikupa"}, "iya", "desa")
    assert taken.values == {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA", "saran_tempat": None}


def test_no_to_a_near_miss_asks_again(catalog: Catalog) -> None:
    step = fill(catalog["KIA"], {"saran_tempat": "Bitung Jaya|Cikupa"}, "bukan", "desa")
    assert step.values == {"desa": None, "saran_tempat": None}
    assert "tulis lagi" in step.messages[0]


def test_a_city_resident_is_referred_to_their_own_office(catalog: Catalog) -> None:
    step = fill(catalog["KTP"], {}, "saya warga ciledug ktp hilang", None)
    assert "Disdukcapil Kota Tangerang" in step.messages[0]


def test_a_hash_line_inside_the_form_fills_its_fields(catalog: Catalog) -> None:
    step = fill(catalog["KK"], {}, f"#KK#{KK}#BUDI SANTOSO#BINONG#CURUG", "no_kk")
    assert step.values == {
        "no_kk": KK,
        "nama_kepala_keluarga": "BUDI SANTOSO",
        "desa": "BINONG",
        "kecamatan": "CURUG",
    }


@pytest.mark.parametrize("text", ["ya", "Iya", "betul", "ok", "ya benar"])
def test_yes_words(text: str) -> None:
    assert is_yes(text) and not is_no(text)


@pytest.mark.parametrize("text", ["tidak", "Bukan", "gak", "salah"])
def test_no_words(text: str) -> None:
    assert is_no(text) and not is_yes(text)


def test_questions_carry_the_service_example(catalog: Catalog) -> None:
    assert question_for("nik", catalog["KIA"]).endswith(catalog["KIA"].field("nik").example)
    assert "anak" in question_for("nama", catalog["KIA"])


@pytest.mark.parametrize(
    ("intent", "text", "topic"),
    [
        ("tanya_syarat", "syarat ktp hilang apa aja", "syarat_ktp_hilang"),
        ("tanya_syarat", "syarat kia anak umur 3 tahun", "syarat_kia_balita"),
        ("tanya_syarat", "syarat kia anak 7 tahun", "syarat_kia_anak"),
        ("tanya_syarat", "perlu surat kehilangan dari polisi gak", "surat_kehilangan"),
        ("tanya_syarat", "pindah antar kecamatan syaratnya apa", "pindah_dalam_kabupaten"),
        ("tanya_syarat", "syarat pindah datang", "syarat_pindah_datang"),
        ("tanya_format", "format ktp gimana", "format_ktp"),
        ("tanya_format", "formatnya gimana", "format_umum"),
        ("tanya_istilah", "apa itu pemula", "arti_alasan"),
        ("tanya_biaya", "biayanya berapa", "biaya"),
        ("tanya_jam", "jam buka kapan", "jam_layanan"),
        ("tanya_lokasi", "kantornya dimana", "lokasi_layanan"),
        ("tanya_lama", "berapa lama jadinya", "lama_proses"),
    ],
)
def test_a_question_finds_its_topic(intent: str, text: str, topic: str) -> None:
    assert topic_for(intent, text).id == topic
