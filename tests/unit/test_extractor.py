"""The free-text extractor: what a resident's first message already says, and nothing more."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.intake.extractor import Extraction, corrections, extract
from bot.reference.gazetteer import Gazetteer
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360318", date(1999, 8, 17), female=True, serial=9002)  # day 57: a woman's NIK
NIK_MAN = make_nik("360318", date(1988, 7, 15), serial=9001)  # day 15: looks like a KK too
KK = make_kk("360318", date(2015, 4, 12), serial=9003)
CHILD = make_nik("360318", date(2018, 3, 4), female=True, serial=9005)


def grouped(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def arabic(number: str) -> str:
    return number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def fullwidth(number: str) -> str:
    return number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# (test id, message, expected): expected keys are Extraction attributes; "values" is a
# subset check, "absent" lists slots that must not be filled.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "the_issue_example_is_ktp_hilang",
        "ktp sy ilang gmn",
        {"layanan": "KTP", "alasan": "HILANG", "values": {}},
    ),
    ("e_ktp_rusak", "e-ktp saya patah", {"layanan": "KTP", "alasan": "RUSAK"}),
    ("ktp_el_chip", "ktp-el chipnya rusak, gak kebaca", {"layanan": "KTP", "alasan": "RUSAK"}),
    ("ktp_elektronik_luntur", "KTP elektronik saya luntur", {"layanan": "KTP", "alasan": "RUSAK"}),
    ("ktp_retak", "ktp retak min", {"layanan": "KTP", "alasan": "RUSAK"}),
    ("typo_hilng", "ktp hilng kemarin", {"layanan": "KTP", "alasan": "HILANG"}),
    ("kecopetan", "dompet kecopetan, ktp ikut", {"layanan": "KTP", "alasan": "HILANG"}),
    ("dicuri", "ektp saya dicuri", {"layanan": "KTP", "alasan": "HILANG"}),
    (
        "pemula_17_tahun",
        "mau bikin ktp, anak sy udah 17 tahun",
        {"layanan": "KTP", "alasan": "PEMULA"},
    ),
    ("pemula_belum_punya", "sy belum punya ktp", {"layanan": "KTP", "alasan": "PEMULA"}),
    ("pemula_rekam", "mau rekam ktp", {"layanan": "KTP", "alasan": "PEMULA"}),
    (
        "baru_hilang_means_just_lost",
        "ktp saya baru hilang kemarin",
        {"layanan": "KTP", "alasan": "HILANG"},
    ),
    ("negated_reason_is_dropped", "ktp rusak bukan hilang", {"alasan": "RUSAK"}),
    (
        "two_reasons_are_ambiguous",
        "ktp hilang dan rusak",
        {"alasan": None, "ambiguous": {"alasan": ("HILANG", "RUSAK")}},
    ),
    (
        "kk_kartu_keluarga",
        "kartu keluarga saya rusak kena banjir",
        {"layanan": "KK", "alasan": "RUSAK"},
    ),
    ("kia_kartu_anak", "mau bikin kartu anak", {"layanan": "KIA"}),
    ("kia_kartu_identitas_anak", "kartu identitas anak gmn caranya", {"layanan": "KIA"}),
    ("surat_pindah_is_skpwni", "mau bikin surat pindah", {"layanan": "SKPWNI"}),
    (
        "pindah_ke_fills_alamat",
        "mau pindah ke Jl. Mawar No 5 RT 002/RW 003, Kota Bogor",
        {
            "layanan": "SKPWNI",
            "values": {"alamat_pindah": "JL. MAWAR NO 5 RT 002/RW 003, KOTA BOGOR"},
            "referral": None,
        },
    ),
    (
        "baru_pindah_ke_sini_is_skdwn",
        "sy baru pindah ke sini dari bogor",
        {"layanan": "SKDWN", "alasan": None, "absent": ["alamat_pindah"]},
    ),
    (
        "pindah_datang_with_skpwni_number",
        "pindah datang, no skpwni SKPWNI/3201/12012026/0045 keperluan pindah datang sekeluarga",
        {
            "layanan": "SKDWN",
            "values": {
                "no_skpwni": "SKPWNI/3201/12012026/0045",
                "keperluan": "PINDAH DATANG SEKELUARGA",
            },
        },
    ),
    ("mau_pindah_is_moving_out", "mau pindah", {"layanan": "SKPWNI"}),
    (
        "pindah_alone_asks_which",
        "soal pindah gmn",
        {"layanan": None, "ambiguous": {"layanan": ("SKPWNI", "SKDWN")}},
    ),
    (
        "ktp_and_kia_are_ambiguous",
        "mau bikin ktp dan kia",
        {"layanan": None, "ambiguous": {"layanan": ("KTP", "KIA")}},
    ),
    ("kk_as_requirement_does_not_win", "ktp ilang, kk masih ada", {"layanan": "KTP"}),
    (
        "akta_is_another_service",
        "mau bikin akta kelahiran",
        {"layanan": None, "notes": ["layanan_lain"]},
    ),
    # numbers
    ("labelled_nik_and_kk", f"ktp hilang nik {NIK} kk {KK}", {"values": {"nik": NIK, "no_kk": KK}}),
    (
        "labels_win_over_order",
        f"ktp hilang no kk {KK} nik {NIK}",
        {"values": {"nik": NIK, "no_kk": KK}},
    ),
    (
        "grouped_with_spaces",
        f"nik {grouped(NIK)} no kk {grouped(KK)}",
        {"values": {"nik": NIK, "no_kk": KK}},
    ),
    (
        "grouped_with_dots",
        f"nik {grouped(NIK, '.')}, nomor kk {grouped(KK, '.')}",
        {"values": {"nik": NIK, "no_kk": KK}},
    ),
    ("grouped_with_dashes", f"NIK: {grouped(NIK, '-')}", {"values": {"nik": NIK}}),
    ("grouped_six_six_four", f"nik {NIK[:6]} {NIK[6:12]} {NIK[12:]}", {"values": {"nik": NIK}}),
    ("arabic_indic_digits", f"nik {arabic(NIK)}", {"values": {"nik": NIK}}),
    (
        "full_width_digits",
        f"nik {fullwidth(NIK)} kk {fullwidth(KK)}",
        {"values": {"nik": NIK, "no_kk": KK}},
    ),
    ("label_glued_to_digits", f"nik{NIK} kk{KK}", {"values": {"nik": NIK, "no_kk": KK}}),
    ("label_with_nya", f"niknya {NIK}, kk nya {KK}", {"values": {"nik": NIK, "no_kk": KK}}),
    ("kartu_keluarga_label", f"nomor kartu keluarga {KK}", {"values": {"no_kk": KK}}),
    (
        "unlabelled_first_nik_then_kk",
        f"ktp hilang {NIK_MAN} {KK}",
        {"values": {"nik": NIK_MAN, "no_kk": KK}},
    ),
    (
        "unlabelled_day_over_40_is_nik_whatever_the_order",
        f"ktp hilang {KK} {NIK}",
        {"values": {"nik": NIK, "no_kk": KK}},
    ),
    (
        "lone_number_in_a_kk_request_is_no_kk",
        f"kk saya rusak {KK}",
        {"layanan": "KK", "values": {"no_kk": KK}, "absent": ["nik"]},
    ),
    (
        "labelled_wrong_length_is_kept_for_the_validator",
        "nik 360318570899900",
        {"values": {"nik": "360318570899900"}},
    ),
    ("phone_numbers_are_not_nik", "hubungi 0812 8237 2016 ya", {"values": {}}),
    (
        "the_whole_hash_line_typed_loosely",
        f"ektp # {grouped(NIK)} # {KK} # siti aminah # ds bitungjaya # kec cikupa # ilang",
        {
            "layanan": "KTP",
            "alasan": "HILANG",
            "values": {"nik": NIK, "no_kk": KK, "desa": "BITUNG JAYA", "kecamatan": "CIKUPA"},
        },
    ),
    # names
    (
        "nama_saya",
        f"nama saya Budi Santoso, nik {NIK_MAN}",
        {"values": {"nama": "BUDI SANTOSO", "nik": NIK_MAN}},
    ),
    ("nama_colon", "nama: siti aminah", {"values": {"nama": "SITI AMINAH"}}),
    (
        "atas_nama",
        "ktp atas nama Ahmad Fauzi hilang",
        {"values": {"nama": "AHMAD FAUZI"}, "alasan": "HILANG"},
    ),
    ("a_n_abbreviation", "a.n. siti aminah", {"values": {"nama": "SITI AMINAH"}}),
    (
        "namanya",
        "namanya siti aminah desa bitung jaya",
        {"values": {"nama": "SITI AMINAH", "desa": "BITUNG JAYA"}},
    ),
    (
        "name_stops_at_a_place",
        "nama siti aminah bitung jaya cikupa",
        {"values": {"nama": "SITI AMINAH", "desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}},
    ),
    (
        "a_kecamatan_like_given_name_stays_in_the_name",
        "nama saya Siti Jayanti",
        {"values": {"nama": "SITI JAYANTI"}, "absent": ["kecamatan"]},
    ),
    (
        "honorific_is_not_part_of_the_name",
        "nama saya bu siti aminah",
        {"values": {"nama": "SITI AMINAH"}},
    ),
    (
        "kk_request_name_is_the_head",
        "kk rusak, nama saya Budi Santoso",
        {"values": {"nama_kepala_keluarga": "BUDI SANTOSO"}, "absent": ["nama"]},
    ),
    (
        "kepala_keluarga_phrase",
        "ktp hilang, kepala keluarga Budi Santoso",
        {"values": {"nama_kepala_keluarga": "BUDI SANTOSO"}},
    ),
    (
        "nama_anak_for_kia",
        "kia, nama anak Putri Lestari umur 7",
        {"layanan": "KIA", "values": {"nama": "PUTRI LESTARI"}},
    ),
    # places
    (
        "desa_and_kecamatan_with_prefixes",
        "ds bitung jaya kec cikupa",
        {"values": {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}},
    ),
    (
        "desa_written_as_one_word",
        "desa bitungjaya kecamatan cikupa",
        {"values": {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}},
    ),
    (
        "kelurahan_prefix",
        "kel. bitung jaya, kec. cikupa",
        {"values": {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}},
    ),
    (
        "unique_desa_alone_brings_its_kecamatan",
        "tinggal di bitung jaya",
        {
            "values": {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"},
            "notes": ["kecamatan_dari_desa"],
        },
    ),
    (
        "bare_kecamatan",
        "saya warga pasar kemis",
        {"values": {"kecamatan": "PASAR KEMIS"}, "absent": ["desa"]},
    ),
    (
        "talagasari_without_kecamatan_stays_open",
        "tinggal di talagasari",
        {
            "absent": ["desa", "kecamatan"],
            "ambiguous": {"desa": ("Talagasari (Kec. Balaraja)", "Talagasari (Kec. Cikupa)")},
            "unresolved": {"desa": "TALAGASARI"},
        },
    ),
    (
        "talagasari_with_kecamatan_resolves",
        "desa talagasari kec balaraja",
        {"values": {"desa": "TALAGASARI", "kecamatan": "BALARAJA"}},
    ),
    (
        "desa_in_another_kecamatan_is_not_accepted",
        "ds bitung jaya kec balaraja",
        {"values": {"kecamatan": "BALARAJA"}, "absent": ["desa"], "notes": ["desa_beda_kecamatan"]},
    ),
    (
        "keyword_miss_gives_suggestions_not_a_guess",
        "kec cikupaa",
        {
            "absent": ["kecamatan"],
            "suggestions": {"kecamatan": ("CIKUPA",)},
            "unresolved": {"kecamatan": "CIKUPAA"},
        },
    ),
    (
        "desa_miss_gives_suggestions",
        "ds bitung jayaa kec cikupa",
        {
            "values": {"kecamatan": "CIKUPA"},
            "absent": ["desa"],
            "suggestions": {"desa": ("Bitung Jaya (Kec. Cikupa)",)},
        },
    ),
    (
        "mekar_baru_is_a_place_not_a_reason",
        "kec mekar baru, ktp rusak",
        {"values": {"kecamatan": "MEKAR BARU"}, "alasan": "RUSAK"},
    ),
    (
        "kabupaten_tangerang_is_not_a_referral",
        "saya warga kabupaten tangerang, kec cikupa",
        {"values": {"kecamatan": "CIKUPA"}, "referral": None},
    ),
    (
        "kota_tangerang_place_is_not_a_kab_desa",
        "kel sukasari kota tangerang, mau bikin ktp",
        {"absent": ["desa", "kecamatan"], "notes": ["luar_kabupaten"]},
    ),
    (
        "tangsel_resident_is_referred",
        "sy tinggal di tangsel mau urus kk",
        {"layanan": "KK", "notes": ["luar_kabupaten"]},
    ),
    (
        "karawaci_is_kota_tangerang",
        "ktp hilang, tinggal di karawaci",
        {"absent": ["desa", "kecamatan"], "notes": ["luar_kabupaten"]},
    ),
    ("common_word_desa_is_not_taken_bare", "ktp saya jatuh di pasir", {"absent": ["desa"]}),
    # odd input
    ("empty", "", {"layanan": None, "alasan": None, "values": {}}),
    ("only_spaces", "   \n\t ", {"layanan": None, "values": {}}),
    (
        "control_characters",
        f"ktp\x00 hilang\x1b nik\u200b {NIK}",
        {"layanan": "KTP", "alasan": "HILANG", "values": {"nik": NIK}},
    ),
    ("very_long_text", "ktp hilang " + "bla " * 5000, {"layanan": "KTP", "alasan": "HILANG"}),
    ("emoji", "ktp ilang 😭🙏", {"layanan": "KTP", "alasan": "HILANG"}),
]


def _check(found: Extraction, expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        if key == "values":
            if want:
                assert {k: found.values.get(k) for k in want} == want
            else:
                assert found.values == {}
        elif key == "absent":
            assert not set(want) & set(found.values), found.values
        elif key == "notes":
            assert set(want) <= set(found.notes), found.notes
        elif key == "referral":
            assert (found.referral is None) == (want is None), found.referral
        elif key in {"ambiguous", "suggestions", "unresolved"}:
            got = getattr(found, key)
            assert {k: got.get(k) for k in want} == want, got
        else:
            assert getattr(found, key) == want, (key, getattr(found, key))


@pytest.mark.parametrize(("message", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_extractor_reads_what_the_message_says(
    message: str, expected: dict[str, Any], gazetteer: Gazetteer
) -> None:
    _check(extract(message, gazetteer=gazetteer), expected)


def test_a_message_with_everything_fills_every_ktp_slot(gazetteer: Gazetteer) -> None:
    found = extract(
        f"ktp sy ilang, nik {grouped(NIK)} kk {grouped(KK, '.')} nama siti aminah "
        "ds bitung jaya kec cikupa",
        gazetteer=gazetteer,
    )
    assert found.slots() == {
        "layanan": "KTP",
        "nik": NIK,
        "no_kk": KK,
        "nama": "SITI AMINAH",
        "desa": "BITUNG JAYA",
        "kecamatan": "CIKUPA",
        "alasan": "HILANG",
    }


def test_slots_keep_only_the_fields_of_the_service(gazetteer: Gazetteer) -> None:
    found = extract(f"kk rusak no kk {KK} nik {NIK} ds bitung jaya", gazetteer=gazetteer)
    assert found.slots() == {
        "layanan": "KK",
        "no_kk": KK,
        "desa": "BITUNG JAYA",
        "kecamatan": "CIKUPA",
    }


def test_the_form_under_way_gives_the_service_to_a_bare_answer(gazetteer: Gazetteer) -> None:
    found = extract("nama saya Budi Santoso", gazetteer=gazetteer, layanan="KK")
    assert found.layanan == "KK"
    assert found.values == {"nama_kepala_keluarga": "BUDI SANTOSO"}


def test_a_kota_tangerang_resident_gets_the_referral_text(gazetteer: Gazetteer) -> None:
    found = extract("sy warga kota tangerang mau bikin ktp", gazetteer=gazetteer)
    assert found.referral is not None
    assert "Disdukcapil Kota Tangerang" in found.referral


@pytest.mark.parametrize(
    ("message", "kwargs", "expected"),
    [
        ("salah, namanya Siti Aminah", {}, {"nama": "SITI AMINAH"}),
        (
            "salah, namanya Budi Santoso",
            {"layanan": "KK"},
            {"nama_kepala_keluarga": "BUDI SANTOSO"},
        ),
        ("ubah desa Bitung Jaya", {"current": {"kecamatan": "CIKUPA"}}, {"desa": "BITUNG JAYA"}),
        ("ubah desa talagasari", {"current": {"kecamatan": "CIKUPA"}}, {"desa": "TALAGASARI"}),
        (
            "ganti desanya jadi talagasari",
            {"current": {"kecamatan": "BALARAJA"}},
            {"desa": "TALAGASARI"},
        ),
        ("ubah desa bitung jayaa", {"current": {"kecamatan": "CIKUPA"}}, {"desa": "BITUNG JAYAA"}),
        ("ganti kecamatan jadi cikupaa", {}, {"kecamatan": "CIKUPAA"}),
        ("kecamatannya pasar kemis", {}, {"kecamatan": "PASAR KEMIS"}),
        (f"nik nya {grouped(NIK)}", {}, {"nik": NIK}),
        (f"kk nya salah, yang bener {KK}", {}, {"no_kk": KK}),
        (f"salah, yang benar {KK}", {"layanan": "KK"}, {"no_kk": KK}),
        (f"salah, yang benar {NIK_MAN}", {"layanan": "KTP"}, {}),
        ("alasannya rusak bukan hilang", {}, {"alasan": "RUSAK"}),
        ("salah semua", {}, {}),
    ],
)
def test_corrections_return_the_slots_named(
    message: str, kwargs: dict[str, Any], expected: dict[str, str], gazetteer: Gazetteer
) -> None:
    assert corrections(message, gazetteer=gazetteer, **kwargs) == expected


def test_a_desa_correction_into_another_kecamatan_brings_it_along(gazetteer: Gazetteer) -> None:
    found = corrections("ubah desa bitung jaya", current={"kecamatan": "BALARAJA"})
    assert found == {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_extract_never_raises(text: str) -> None:
    found = extract(text)
    assert "galat_ekstraksi" not in found.notes
    assert all(isinstance(v, str) and v for v in found.values.values())
    corrections(text)


_WORDS = st.sampled_from(
    ["ktp", "kk", "nik", "no", "kec", "ds", "desa", "nama", "saya", "hilang", "baru", "pindah",
     "ke", "sini", "cikupa", "talagasari", "bitung", "jaya", NIK, KK, grouped(KK, "."), ",",
     "#", "atas", "a.n.", "kota", "tangerang", "17", "tahun", "skpwni", "keperluan"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=25))
def test_extract_never_raises_on_keyword_soup(words: list[str]) -> None:
    found = extract(" ".join(words))
    assert "galat_ekstraksi" not in found.notes
    for slot in ("nik", "no_kk"):
        value = found.values.get(slot)
        assert value is None or value.isdigit()


# --- issue 8, category 1: a complete request in one message ---------------------------------
FULL_KTP = {"nik": NIK, "no_kk": KK, "nama": "SITI AMINAH", "desa": "BITUNG JAYA",
            "kecamatan": "CIKUPA"}  # fmt: skip
ONE_MESSAGE = [
    (
        "Dengan hormat, saya bermaksud memperbarui KTP elektronik saya yang rusak. Berikut data "
        f"saya: NIK: {grouped(NIK, '-')}, No. KK: {grouped(KK, '.')}, Nama: Siti Aminah, "
        "Alamat: Desa Bitung Jaya, Kecamatan Cikupa. Atas perhatiannya saya ucapkan terima kasih.",
        "RUSAK",
    ),
    (
        "Assalamualaikum wr wb. Saya yang bertanda tangan di bawah ini: Nama: Siti Aminah, "
        f"NIK: {grouped(NIK, '.')}, No. KK: {grouped(KK)}, Alamat: Ds. Bitung Jaya, Kec. Cikupa. "
        "Bermaksud mengajukan penggantian KTP-el karena hilang. Demikian, terima kasih.",
        "HILANG",
    ),
    (
        "Selamat pagi Bapak/Ibu. Saya ingin mengajukan pembuatan KTP karena KTP saya hilang. "
        f"NIK {NIK} KK {KK} nama lengkap: Siti Aminah. Alamat Ds. Bitung Jaya Kec. Cikupa.",
        "HILANG",
    ),
    (f"ktp hilang an. siti aminah nik {NIK} kk {KK} bitung jaya cikupa", "HILANG"),
    (f"ktp rusak a.n Siti Aminah, {NIK}, {KK}, ds bitung jaya, kec cikupa", "RUSAK"),
    (
        f"KTP hilang a/n SITI AMINAH nik {grouped(NIK, '-')} kk {grouped(KK, '-')} "
        "bitung jaya cikupa",
        "HILANG",
    ),  # fmt: skip
    (
        f"ktp saya rusak mohon dibantu nik {NIK[:6]}.{NIK[6:12]}.{NIK[12:]} kk {KK[:6]}.{KK[6:12]}."
        f"{KK[12:]} atas nama Siti Aminah Bitung Jaya Cikupa",
        "RUSAK",
    ),  # fmt: skip
    (
        f"ktp hilang. NIK {NIK} KK {KK} nama: SITI AMINAH desa: bitung jaya kecamatan: cikupa",
        "HILANG",
    ),  # fmt: skip
    (
        f"Mohon bantuannya, e-KTP sy patah. NIK: {NIK}; No KK: {KK}; Nama lengkap: Siti Aminah; "
        "Desa: Bitung Jaya; Kecamatan: Cikupa. Terima kasih",
        "RUSAK",
    ),  # fmt: skip
    (f"#KTP {NIK} {KK} siti aminah bitung jaya cikupa hilang", "HILANG"),
    (f"KTP#{NIK}#{KK}#siti aminah#bitung jaya#cikupa#hilang", "HILANG"),
    (f"#KTP#{NIK}/{KK}/siti aminah/bitung jaya/cikupa/hilang", "HILANG"),
    (f"#KTP#{NIK};{KK};siti aminah;bitung jaya;cikupa;rusak#", "RUSAK"),
    (f"#KTP#{NIK}, {KK}, siti aminah, bitung jaya, cikupa, hilang", "HILANG"),
    (f"#KTP#{NIK} - {KK} - siti aminah - bitung jaya - cikupa - rusak", "RUSAK"),
    (f"KTP {grouped(NIK)} {grouped(KK)} siti aminah bitung jaya cikupa hilang", "HILANG"),
]


@pytest.mark.parametrize(("message", "alasan"), ONE_MESSAGE)
def test_every_field_of_a_complete_ktp_message_is_read(
    message: str, alasan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.layanan, found.alasan) == ("KTP", alasan)
    assert {k: found.values.get(k) for k in FULL_KTP} == FULL_KTP


@pytest.mark.parametrize(
    ("message", "want"),
    [
        (
            "Yth. Petugas, mohon dibantu pembuatan KK baru karena KK kami rusak terkena banjir. "
            f"No KK {grouped(KK, '-')}, nama kepala keluarga: Budi Santoso, alamat Desa Bitung "
            "Jaya Kecamatan Cikupa. Terima kasih.",
            {"layanan": "KK", "no_kk": KK, "nama_kepala_keluarga": "BUDI SANTOSO"},
        ),
        (
            f"#KK {KK} budi santoso bitung jaya cikupa",
            {"layanan": "KK", "no_kk": KK, "nama_kepala_keluarga": "BUDI SANTOSO"},
        ),
        (
            f"kk {grouped(KK, '.')} budi santoso bitung jaya cikupa",
            {"layanan": "KK", "no_kk": KK, "nama_kepala_keluarga": "BUDI SANTOSO"},
        ),
        (
            f"Selamat siang, saya ingin mengajukan KIA untuk anak saya. NIK anak {CHILD}, nomor "
            f"KK {KK}, nama anak Putri Lestari, alamat desa Bitung Jaya kec Cikupa.",
            {"layanan": "KIA", "nik": CHILD, "no_kk": KK, "nama": "PUTRI LESTARI"},
        ),
        (
            f"#KIA {CHILD} {KK} putri lestari bitung jaya cikupa",
            {"layanan": "KIA", "nik": CHILD, "no_kk": KK, "nama": "PUTRI LESTARI"},
        ),
        (
            f"Permisi, mau mengurus surat pindah. NIK {NIK_MAN} KK {KK} atas nama Ahmad Fauzi, "
            "pindah ke Jl. Mawar No. 5 RT 002 RW 003 Kel. Sukasari Kec. Bogor Tengah Kota Bogor.",
            {
                "layanan": "SKPWNI",
                "nik": NIK_MAN,
                "nama": "AHMAD FAUZI",
                "alamat_pindah": "JL. MAWAR NO. 5 RT 002 RW 003 KEL. SUKASARI KEC. BOGOR TENGAH "
                "KOTA BOGOR",
            },
        ),
    ],
)
def test_every_field_of_other_complete_messages_is_read(
    message: str, want: dict[str, str], gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    got = {"layanan": found.layanan, **found.values}
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    "typed",
    [
        grouped(NIK, "-"),
        grouped(NIK, "."),
        grouped(NIK, " "),
        grouped(NIK, " - "),
        f"{NIK[:4]}-{NIK[4:6]}-{NIK[6:12]}-{NIK[12:]}",
        f"{NIK[:6]} {NIK[6:12]} {NIK[12:]}",
        f"{NIK[:6]}.{NIK[6:12]}.{NIK[12:]}",
    ],
)
def test_a_number_with_dashes_dots_or_spaces_is_read_whole(
    typed: str, gazetteer: Gazetteer
) -> None:
    assert extract(f"nik saya {typed}", gazetteer=gazetteer).values.get("nik") == NIK


@pytest.mark.parametrize(
    "typed",
    [NIK.replace("0", "O", 1), NIK[:12] + "9OO2", grouped(NIK.replace("1", "l", 1))],
)
def test_look_alike_letters_inside_a_number_are_repaired(typed: str, gazetteer: Gazetteer) -> None:
    assert extract(f"nik {typed}", gazetteer=gazetteer).values.get("nik") == NIK


@pytest.mark.parametrize(
    "message", ["iya siap", "oke", "oke min", "siap", "iya", "sudah", "SISI", "BOLO", "ok sip"]
)
def test_words_are_never_taken_as_numbers(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert not {"nik", "no_kk"} & set(found.values)


# --- category 3: names introduced by phrases --------------------------------------------
@pytest.mark.parametrize(
    ("message", "slot", "name"),
    [
        ("kepala keluarganya bapak rahmat", "nama_kepala_keluarga", "RAHMAT"),
        ("atas nama istri saya, wati", "nama", "WATI"),
        ("kepala keluarga sekarang kakak saya yusuf", "nama_kepala_keluarga", "YUSUF"),
        ("anak saya namanya Putri Ayu umur 5", "nama", "PUTRI AYU"),
        ("nama suami saya Joko Widodo", "nama", "JOKO WIDODO"),
        ("ktp atas nama ibu saya siti aminah", "nama", "SITI AMINAH"),
        ("nama kepala keluarga: bpk. Ahmad Fauzi", "nama_kepala_keluarga", "AHMAD FAUZI"),
        ("nama lengkap saya adalah Siti Aminah", "nama", "SITI AMINAH"),
        ("namanya sdri. rina marlina", "nama", "RINA MARLINA"),
        (
            "kk rusak, kepala keluarganya suami saya, namanya Budi Santoso",
            "nama_kepala_keluarga",
            "BUDI SANTOSO",
        ),  # fmt: skip
        ("nama ibu kandung saya siti aminah", "nama", "SITI AMINAH"),
        ("atas nama adik saya Rudi Hartono", "nama", "RUDI HARTONO"),
        ("a.n. kakak ipar saya dedi", "nama", "DEDI"),
        ("ktp atas nama sdr. Rudi Hartono hilang", "nama", "RUDI HARTONO"),
        ("kia untuk anak saya yang bernama Putri Ayu Lestari", "nama", "PUTRI AYU LESTARI"),
        ("nama anak: Muhammad Rizki, umur 6 tahun", "nama", "MUHAMMAD RIZKI"),
        ("kepala keluarga baru yaitu Joko Susilo", "nama_kepala_keluarga", "JOKO SUSILO"),
        ("kepala keluarganya sekarang istri saya wati", "nama_kepala_keluarga", "WATI"),
        ("namaku Andi Saputra", "nama", "ANDI SAPUTRA"),
        ("nama sy Bpk. H. Ahmad Fauzi", "nama", "AHMAD FAUZI"),
        ("atas nama mertua saya, pak Darmo", "nama", "DARMO"),
        ("nama cucu saya Aisyah, mau bikin kia", "nama", "AISYAH"),
        ("namanya ponakan saya Fajar", "nama", "FAJAR"),
        ("nama: om hendra", "nama", "HENDRA"),
        ("a.n tante Lina Marlina", "nama", "LINA MARLINA"),
        ("nama anaknya Dimas Pratama yang sekarang umur 10", "nama", "DIMAS PRATAMA"),
        ("nama istrinya nurul hidayah", "nama", "NURUL HIDAYAH"),
        ("nama sesuai ktp: Siti Aminah", "nama", "SITI AMINAH"),
        ("nama warganya bu Rina", "nama", "RINA"),
        ("nama saya Siti Aminah istri dari Budi", "nama", "SITI AMINAH"),
        ("nama Putri Ayu anak saya", "nama", "PUTRI AYU"),
        ("nama Budi Santoso dulu kepala keluarga", "nama", "BUDI SANTOSO"),
    ],
)
def test_relations_fillers_and_time_words_are_not_part_of_a_name(
    message: str, slot: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get(slot) == name


def test_a_kk_request_takes_the_named_person_as_the_head(gazetteer: Gazetteer) -> None:
    found = extract("kk hilang, atas nama suami saya Budi Santoso", gazetteer=gazetteer)
    assert found.values.get("nama_kepala_keluarga") == "BUDI SANTOSO"


# --- category 4: surat pindah -----------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "typed"),
    [
        ("mau pindah ke depok, bikin surat pindahnya", "DEPOK"),
        ("pindah ke bandung bulan depan, gimana caranya", "BANDUNG"),
        ("mau bikin surat pindah ke bekasi", "BEKASI"),
        ("pindah ke Jakarta Selatan gimana syaratnya", "JAKARTA SELATAN"),
        ("mau pindah keluar ke surabaya", "SURABAYA"),
        ("skpwni ke bandung", "BANDUNG"),
        ("saya sekeluarga mau pindah ke kota bogor karena kerja", "KOTA BOGOR"),
        ("mau pindah ke semarang ikut suami", "SEMARANG"),
    ],
)
def test_a_bare_city_is_not_a_destination_address(
    message: str, typed: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.layanan == "SKPWNI"
    assert "alamat_pindah" not in found.values
    assert found.unresolved.get("alamat_pindah") == typed
    assert "alamat_pindah_kurang_lengkap" in found.notes


@pytest.mark.parametrize(
    ("message", "address"),
    [
        (
            "mau pindah ke Jl. Mawar No 5 RT 002/RW 003, Kota Bogor",
            "JL. MAWAR NO 5 RT 002/RW 003, KOTA BOGOR",
        ),  # fmt: skip
        (
            "alamat tujuan: Jl. Melati 3 RT 01/02 Kel. Cilodong, Depok",
            "JL. MELATI 3 RT 01/02 KEL. CILODONG, DEPOK",
        ),  # fmt: skip
        (
            "pindah ke Perum Griya Asri Blok C2 No 5, Cibinong, Kab. Bogor ya min",
            "PERUM GRIYA ASRI BLOK C2 NO 5, CIBINONG, KAB. BOGOR",
        ),  # fmt: skip
        (
            "alamat pindah kp. sawah rt 3 rw 4 desa sukamaju kec. cibungbulang kab bogor",
            "KP. SAWAH RT 3 RW 4 DESA SUKAMAJU KEC. CIBUNGBULANG KAB BOGOR",
        ),  # fmt: skip
    ],
)
def test_a_full_destination_address_is_kept_as_typed(
    message: str, address: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("alamat_pindah") == address
    assert "alamat_pindah" not in found.unresolved


# --- category 7: referral by place name (every row of the neighbours' table) -------------
def _neighbour_rows() -> list[dict[str, str]]:
    text = resources.files("bot.reference.data").joinpath("wilayah_tetangga.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _neighbour_names() -> list[tuple[str, str, str]]:
    seen: dict[str, set[str]] = {}
    for row in _neighbour_rows():
        for level in ("kecamatan", "kelurahan_desa"):
            seen.setdefault(row[level], set()).add(row["kabkota"])
    return [(name, level, city) for name, cities in seen.items() for city in cities
            for level in ("any",)]  # fmt: skip


NEIGHBOURS = _neighbour_names()
CUES = [
    "mau bikin ktp, saya tinggal di {}",
    "alamat sy di kel. {}",
    "domisili {}, ktp hilang",
    "rumah di {} kk rusak",
    "mau urus kia, warga {}",
]


def _in_kabupaten(name: str, g: Gazetteer) -> bool:
    return bool(g.find_desa(name) or g.find_kecamatan(name))


@pytest.mark.parametrize(("name", "level", "city"), NEIGHBOURS, ids=[n for n, _, _ in NEIGHBOURS])
def test_every_city_place_refers_kindly_to_its_office(
    name: str, level: str, city: str, gazetteer: Gazetteer
) -> None:
    kab = _in_kabupaten(name, gazetteer)
    # a bare "Tangerang" is the Kabupaten; its city's kecamatan needs the "kec." keyword
    for template in CUES if name != "Tangerang" else ["alamat sy di kec. {}"]:
        found = extract(template.format(name.lower()), gazetteer=gazetteer)
        if kab:  # a name of both: the Kabupaten wins unless the city is said
            assert found.referral is None, template
            continue
        assert found.referral is not None, template
        assert city in found.referral and "Disdukcapil" in found.referral, template
        assert not {"desa", "kecamatan"} & set(found.values), template
    said = "tangsel" if city.endswith("Selatan") else "kota tangerang"
    found = extract(f"ktp hilang, tinggal di {name.lower()} {said}", gazetteer=gazetteer)
    assert found.referral is not None and city in found.referral


@pytest.mark.parametrize(
    "message",
    [
        "saya tinggal di Ciputat mau bikin ktp",
        "alamat sy di kel. Sudimara Barat",
        "domisili pamulang",
        "rumah di Karawaci",
        "ktp hilang, saya warga serpong utara",
        "kk rusak, kami di Pondok Aren",
        "mau rekam ktp, tinggal di jurangmangu timur",
        "saya dari Cipondoh mau bikin kk",
    ],
)
def test_a_city_place_inside_free_text_is_found_without_a_prefix(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.referral is not None
    assert "luar_kabupaten" in found.notes


@pytest.mark.parametrize(
    "message",
    [
        "ktp saya hilang waktu ke sawah",
        "ada larangan foto pakai kerudung?",
        "muncul tulisan error di aplikasi",
        "saya mau pinang dulu",
        "kk rusak, kena air periuk",
        "tinggal di tangerang, ktp hilang",
        "ktp hilang, saya warga pasir jaya",
        "alamat desa babakan kec legok",
    ],
)
def test_everyday_words_and_kabupaten_names_are_not_referred(
    message: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).referral is None


def test_a_name_in_both_cities_names_both_offices(gazetteer: Gazetteer) -> None:
    found = extract("tinggal di pondok pucung mau bikin ktp", gazetteer=gazetteer)
    assert found.referral is not None
    assert "Kota Tangerang Selatan" in found.referral and "Disdukcapil Kota Tangerang " in (
        found.referral
    )
    said = extract("tinggal di pondok pucung tangsel", gazetteer=gazetteer).referral
    assert said is not None and "Kota Tangerang Selatan" in said
    assert " atau " not in said and "Kota Tangerang dan" not in said


# --- category 10 and the resolver: desa typo with the kecamatan given ---------------------
@pytest.mark.parametrize(
    ("message", "kec", "suggestion"),
    [
        ("desa bitung jayaa kec cikupa", "CIKUPA", "Bitung Jaya (Kec. Cikupa)"),
        ("ds talagsari kecamatan balaraja", "BALARAJA", "Talagasari (Kec. Balaraja)"),
        ("ds talagsari kecamatan cikupa", "CIKUPA", "Talagasari (Kec. Cikupa)"),
        ("ds sukamulia kec cikupa", "CIKUPA", "Sukamulya (Kec. Cikupa)"),
        ("kel. bitun jaya kec. cikupa", "CIKUPA", "Bitung Jaya (Kec. Cikupa)"),
    ],
)
def test_a_desa_typo_is_matched_inside_the_kecamatan_given(
    message: str, kec: str, suggestion: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("kecamatan") == kec
    assert "desa" not in found.values
    assert found.suggestions.get("desa") == (suggestion,)
    assert found.place is not None and found.place.status == "suggest"


def test_the_resolver_verdict_travels_with_the_extraction(gazetteer: Gazetteer) -> None:
    found = extract("tinggal di talagasari", gazetteer=gazetteer)
    assert found.place is not None and found.place.status == "ambiguous"
    assert found.place.options == (("TALAGASARI", "BALARAJA"), ("TALAGASARI", "CIKUPA"))


# --- restating a known value -------------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "kecamatannya cikupa",
        "kec cikupa",
        "cikupa",
        "iya betul kecamatan cikupa",
        "kecamatan Cikupa ya min",
        "Kec. Cikupa",
    ],  # fmt: skip
)
def test_a_restated_kecamatan_comes_back_as_stated(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values == {"kecamatan": "CIKUPA"}
    assert found.stated == {"kecamatan"}
    assert found.place is not None and found.place.status == "kecamatan_only"


def test_an_inferred_kecamatan_is_not_stated(gazetteer: Gazetteer) -> None:
    found = extract("tinggal di bitung jaya", gazetteer=gazetteer)
    assert found.values == {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}
    assert found.stated == {"desa"}
    assert found.inferred == {"kecamatan"}


def test_stated_names_the_service_and_the_reason(gazetteer: Gazetteer) -> None:
    found = extract(f"ktp hilang nik {NIK}", gazetteer=gazetteer)
    assert found.stated == {"layanan", "alasan", "nik"}


@pytest.mark.parametrize(
    ("message", "kec", "typed", "suggestion"),
    [
        (
            f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYAA#CIKUPA#HILANG#",
            "CIKUPA",
            "BITUNG JAYAA",
            "Bitung Jaya (Kec. Cikupa)",
        ),  # fmt: skip
        (
            f"#KTP {NIK} {KK} siti aminah bitung jaya balaraja hilang",
            "BALARAJA",
            "BITUNG JAYA",
            "Bitung Jaya (Kec. Cikupa)",
        ),  # fmt: skip
    ],
)
def test_a_line_with_a_wrong_place_still_gives_its_other_fields(
    message: str, kec: str, typed: str, suggestion: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.layanan, found.alasan) == ("KTP", "HILANG")
    assert {k: found.values.get(k) for k in ("nik", "no_kk", "nama", "kecamatan")} == {
        "nik": NIK,
        "no_kk": KK,
        "nama": "SITI AMINAH",
        "kecamatan": kec,
    }
    assert "desa" not in found.values
    assert found.unresolved.get("desa") == typed
    assert found.suggestions.get("desa") == (suggestion,)


@pytest.mark.parametrize(
    "message",
    [
        f"#KTP {NIK} {KK} siti aminah bitung jaya cikupa",
        f"KTP#{NIK}#{KK}#siti aminah#bitung jaya#cikupa",
        f"ktp {grouped(NIK, '-')} {grouped(KK, '-')} siti aminah bitung jaya cikupa",
    ],
)
def test_a_line_missing_its_trailing_field_gives_the_rest(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.layanan == "KTP" and found.alasan is None
    assert {k: found.values.get(k) for k in FULL_KTP} == FULL_KTP


@pytest.mark.parametrize(
    "message",
    [
        f"kk {KK} mau ganti kepala keluarga",
        f"ktp {NIK} hilang kemarin di pasar",
        f"ktp hilang {NIK} tolong dibantu ya",
        f"kk nya salah, yang bener {KK}",
        f"ktp {NIK} gimana cara perpanjang",
    ],
)
def test_words_after_a_code_and_a_number_are_not_read_as_a_name(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert not {"nama", "nama_kepala_keluarga"} & set(found.values), found.values
