"""Extractor and signal fixes found on the dev4 part of the corpus (issue 8), each tried in
wordings of our own, not the corpus sentences."""

from __future__ import annotations

import pytest

from bot.dialogue.signals import agrees_restating, complaint
from bot.intake.extractor import extract

NIK, KK = "3603032707889227", "3603031407149228"


@pytest.mark.parametrize(
    "text",
    [
        f"formatnya gini kan? #KTP#NIK#KK#nama .... {NIK} {KK} andri wijaya",
        f"#KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#ALASAN# {NIK} {KK} andri wijaya",
        f"contoh #ktp#nik#no kk#nama# saya isi: {NIK} {KK} andri wijaya",
    ],
)
def test_the_template_field_names_a_resident_copies_do_not_label_the_numbers(text: str) -> None:
    ex = extract(text)
    assert ex.values["nik"] == NIK and ex.values["no_kk"] == KK


def test_a_filled_hash_line_still_reads_its_numbers_in_order() -> None:
    ex = extract(f"#KTP#{NIK}#{KK}#Andri Wijaya#Pasir Nangka#Tigaraksa#RUSAK#")
    assert ex.values["nik"] == NIK and ex.values["no_kk"] == KK


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("alamat pasir gadungg kec cikupa", "Pasir Gadung (Kec. Cikupa)"),
        ("ds bojong nagka, kecamatan kelapa dua", "Bojong Nangka (Kec. Kelapa Dua)"),
        ("desa rajeg mulia kec rajeg", "Rajeg Mulya (Kec. Rajeg)"),
    ],
)
def test_a_desa_typo_that_starts_like_another_desa_is_matched_inside_the_kecamatan_named(
    text: str, suggested: str
) -> None:
    ex = extract(text)
    assert ex.suggestions["desa"] == (suggested,)
    assert "desa" not in ex.values


@pytest.mark.parametrize(
    ("text", "desa", "kecamatan"),
    [
        ("desa rajeg kec rajeg", "RAJEG", "RAJEG"),
        ("desa pasir kecamatan kronjo", "PASIR", "KRONJO"),
        ("desa pasir gadung kecamatan cikupa", "PASIR GADUNG", "CIKUPA"),
    ],
)
def test_a_desa_named_exactly_stays_as_it_was(text: str, desa: str, kecamatan: str) -> None:
    ex = extract(text)
    assert (ex.values["desa"], ex.values["kecamatan"]) == (desa, kecamatan)


def test_a_desa_typo_after_tinggal_di_is_suggested_in_the_kecamatan_that_follows() -> None:
    ex = extract("ktp sy hilang, rumah sy di pisangn jaya sepatan")
    assert ex.suggestions["desa"] == ("Pisangan Jaya (Kec. Sepatan)",)


@pytest.mark.parametrize(
    "text", ["ya benar talagasari", "iya itu maksudnya", "betul, desa talagasari kec balaraja"]
)
def test_agreeing_with_a_suggested_place_may_restate_it(text: str) -> None:
    assert agrees_restating(text, "TALAGASARI BALARAJA")


@pytest.mark.parametrize(
    "text", ["iya tapi desanya cikupa", "ya bukan itu", "ya desa sukamulya kecamatan sukamulya"]
)
def test_agreement_with_a_but_or_another_place_is_not_agreement(text: str) -> None:
    assert not agrees_restating(text, "TALAGASARI BALARAJA")


@pytest.mark.parametrize(
    "text",
    [
        "adik saya udah 17 tahun blm punya ktp, caranya gimana",
        "umur anak saya sudah 5 tahun tapi belum ada kia",
    ],
)
def test_an_age_with_belum_is_not_a_complaint(text: str) -> None:
    assert not complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "udah 3 minggu ktp saya ga jadi jadi",
        "sejak bulan lalu belum ada kabar soal kk saya",
        "sudah seminggu pengajuan kia tidak diproses",
    ],
)
def test_waiting_for_a_document_that_is_not_done_is_a_complaint(text: str) -> None:
    assert complaint(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("nomor surat pindahnya 3604-PD-2026-7781", "3604-PD-2026-7781"),
        (
            "Nomor SKPWNI kami 3201-PWNI-10112026-0055, datang minggu lalu",
            "3201-PWNI-10112026-0055",
        ),
        ("no skp saya: SKPWNI/3201/12012026/0045", "SKPWNI/3201/12012026/0045"),
    ],
)
def test_the_skpwni_number_is_read_after_its_label_with_a_possessive(
    text: str, number: str
) -> None:
    assert extract(text, layanan="SKDWN").values["no_skpwni"] == number


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("no skpwni 3174-SKP-2026-004411, keperluan pindah: pekerjaan", "PEKERJAAN"),
        ("no skpwni 3174-SKP-2026-004411, alasan pindahnya ikut orang tua", "IKUT ORANG TUA"),
        ("no skpwni 3174-SKP-2026-004411, keperluan pindah kerja", "PINDAH KERJA"),
    ],
)
def test_the_purpose_after_keperluan_pindah_with_a_mark_is_what_follows_the_mark(
    text: str, purpose: str
) -> None:
    assert extract(text, layanan="SKDWN").values["keperluan"] == purpose


@pytest.mark.parametrize(
    ("text", "layanan", "name"),
    [
        ("selamat siang, saya Pak Darsono dari desa Kemuning, mau urus kk", "KK", "DARSONO"),
        ("min aku Citra Maharani, baru 17 tahun, mau rekam ktp", "KTP", "CITRA MAHARANI"),
        (
            "Dengan hormat, saya Hendra Gunawan warga Desa Cisereh ingin pindah",
            "SKPWNI",
            "HENDRA GUNAWAN",
        ),
        ("Nama murid: Bagas Saputra, NIK 3603220707119189", "KIA", "BAGAS SAPUTRA"),
    ],
)
def test_a_resident_who_introduces_themself_with_capitals_is_named(
    text: str, layanan: str, name: str
) -> None:
    ex = extract(text, layanan=layanan)
    assert ex.values.get("nama", ex.values.get("nama_kepala_keluarga")) == name


@pytest.mark.parametrize(
    "text",
    [
        "saya warga Cikupa mau tanya",
        "Saya Mau Tanya Syarat KTP",
        "kak saya dari desa bitung jaya",
        "aku baru pindah dari Serang",
    ],
)
def test_talk_after_saya_is_not_a_name(text: str) -> None:
    assert "nama" not in extract(text, layanan="KTP").values


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ktp istri saya kececer pas mudik", "HILANG"),
        ("ktpnya ga ketemu dari minggu lalu", "HILANG"),
        ("ktp saya tulisannya hilang kena air", "RUSAK"),
        ("ktp lama sudah rusak, hurufnya hilang semua", "RUSAK"),
    ],
)
def test_everyday_words_for_a_lost_or_damaged_card_give_one_reason(text: str, reason: str) -> None:
    ex = extract(text)
    assert ex.alasan == reason and "alasan" not in ex.ambiguous


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("skpwni saya 3674-SKPWNI-2026-0999, untuk kuliah", "3674-SKPWNI-2026-0999"),
        ("pindah datang, surat pindahnya 3604/PD/2026/7781", "3604/PD/2026/7781"),
    ],
)
def test_a_document_number_right_after_the_documents_name_is_the_skpwni_number(
    text: str, number: str
) -> None:
    assert extract(text, layanan="SKDWN").values["no_skpwni"] == number


def test_digits_after_the_service_word_stay_a_nik_and_a_no_kk() -> None:
    ex = extract(f"mau bikin skpwni {NIK} {KK}", layanan="SKPWNI")
    assert "no_skpwni" not in ex.values
    assert (ex.values["nik"], ex.values["no_kk"]) == (NIK, KK)
