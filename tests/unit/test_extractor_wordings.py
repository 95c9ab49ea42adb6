"""Issue 8 extraction classes, each in many wordings: numbers in the template's order,
names ending in an everyday word, labels inside a line's field, loose pindah lines, labelled
free-text answers, city places after "di", and corrections at confirmation."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import corrections, extract
from bot.intake.parser import parse, parse_loose
from bot.reference.gazetteer import Gazetteer
from devtools.synthetic import make_kk, make_nik

MAN = make_nik("360307", date(1994, 4, 4), serial=9589)  # day 04: a KK could look the same
WOMAN = make_nik("360309", date(1998, 7, 7), female=True, serial=9357)
KK = make_kk("360307", date(2016, 3, 9), serial=9590)
DOC = "SKPWNI/3674/02112026/0031"


# --- class 3: two unlabelled numbers after a service word ------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        f"skpwni {MAN} {KK} ahmad baihaki, pindah ke Jl. Cendana No. 4 Kota Serang",
        f"SKPWNI {MAN} {KK}",
        f"mau bikin skpwni {MAN} {KK} ahmad baihaki",
        f"surat pindah {MAN} {KK}, pindah ke Jl. Mawar No 5 RT 002 RW 003 Kota Bogor",
        f"ktp hilang {MAN} {KK}",
        f"kia {MAN}, {KK}",
    ],
)
def test_two_unlabelled_numbers_are_the_nik_then_the_kk(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("nik"), found.values.get("no_kk")) == (MAN, KK)
    assert "no_skpwni" not in found.values


@pytest.mark.parametrize(
    "message",
    [f"skpwni {KK} {WOMAN}", f"ktp rusak {KK} {WOMAN}", f"surat pindah {KK} {WOMAN} wulan"],
)
def test_a_womans_nik_second_is_still_the_nik(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("nik"), found.values.get("no_kk")) == (WOMAN, KK)


@pytest.mark.parametrize(
    ("message", "layanan"),
    [(f"skpwni {DOC}", None), ("no skpwni 3674021120260031", None), (f"skpwni {KK}", "SKDWN")],
)
def test_an_skpwni_number_is_read_where_one_belongs(
    message: str, layanan: str | None, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan=layanan)
    assert found.values.get("no_skpwni") in {DOC, "3674021120260031", KK}
    assert "nik" not in found.values


# --- class 5: an SKDWN line with labels inside -----------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        f"#skdwn#no {DOC} keperluan ikut suami",
        f"#SKDWN#no {DOC}#ikut suami",
        f"#SKDWN#nomor: {DOC}#keperluan: ikut suami",
        f"#SKDWN#{DOC}#untuk ikut suami",
        f"#skdwn nomor {DOC} keperluannya ikut suami",
        f"#SKDWN#No. {DOC}#Keperluan ikut suami",
    ],
)
def test_labels_inside_a_lines_fields_are_not_part_of_the_values(line: str) -> None:
    assert parse(line).canonical == f"#SKDWN#{DOC}#IKUT SUAMI"


@pytest.mark.parametrize(
    "message",
    [
        f"#skdwn#no {DOC} keperluan ikut suami",
        f"pindah datang nomor {DOC} untuk ikut suami",
        f"skdwn no skpwni {DOC}, keperluannya adalah ikut suami",
        f"lapor datang, no {DOC} keperluan: ikut suami",
    ],
)
def test_the_extractor_reads_the_skpwni_number_and_the_purpose(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.layanan == "SKDWN"
    assert found.values == {"no_skpwni": DOC, "keperluan": "IKUT SUAMI"}


# --- class 6: a loose pindah line ------------------------------------------------------------
ADDRESS = "JL. DIPONEGORO NO. 45 RT 004 RW 003 KEL. KOTABARU KEC. SERANG KOTA SERANG"


@pytest.mark.parametrize(
    "line",
    [
        f"#SKPWNI {MAN} {KK} Agus Salim, pindah ke {ADDRESS.title()}",
        f"#skpwni {MAN} {KK} agus salim pindah ke {ADDRESS.lower()}",
        f"SKPWNI {MAN} {KK} Agus Salim, alamat tujuan: {ADDRESS}",
        f"#SKPWNI {MAN} {KK} Agus Salim pindahnya ke {ADDRESS}",
        f"skpwni {MAN} {KK} AGUS SALIM {ADDRESS}",
    ],
)
def test_a_loose_pindah_line_gives_all_four_fields(line: str, gazetteer: Gazetteer) -> None:
    verdict = parse_loose(line, gazetteer=gazetteer)
    assert verdict is not None
    assert verdict.canonical == f"#SKPWNI#{MAN}#{KK}#AGUS SALIM#{ADDRESS}"
    found = extract(line, gazetteer=gazetteer)
    assert found.values == {"nik": MAN, "no_kk": KK, "nama": "AGUS SALIM", "alamat_pindah": ADDRESS}


# --- class 1: a name whose last word is also an everyday word --------------------------------
@pytest.mark.parametrize(
    ("message", "slot", "name"),
    [
        (f"skpwni atas nama Wulan Dari, nik {WOMAN}, kk {KK}", "nama", "WULAN DARI"),
        ("atas nama Wulan Dari", "nama", "WULAN DARI"),
        (f"a.n. Sri Dari nik {WOMAN}", "nama", "SRI DARI"),
        (f"ktp hilang, nama saya Wulan Dari {WOMAN}", "nama", "WULAN DARI"),
        ("ktp atas nama Wulan Dari hilang", "nama", "WULAN DARI"),
        ("nama lengkap: Sri Dari. desa bitung jaya", "nama", "SRI DARI"),
        (f"kk atas nama bapak Joko Dari, no kk {KK}", "nama_kepala_keluarga", "JOKO DARI"),
        ("kepala keluarganya bapak Slamet Dari", "nama_kepala_keluarga", "SLAMET DARI"),
        ("bernama Siti Kasih; desa bitung jaya", "nama", "SITI KASIH"),
        ("namanya Siti Kasih", "nama", "SITI KASIH"),
        (f"atas nama Sri Dari Wulandari, nik {WOMAN}", "nama", "SRI DARI WULANDARI"),
        ("atas nama Sri Dari Wulandari", "nama", "SRI DARI WULANDARI"),
        ("ktp sy rusak, atas nama saya sendiri Siti Kasih", "nama", "SITI KASIH"),
    ],
)
def test_a_name_ending_in_an_everyday_word_is_kept_whole(
    message: str, slot: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get(slot) == name


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("a.n. Dewi Sartika dari Bitung Jaya", "DEWI SARTIKA"),
        ("nama saya siti dari cikupa mau bikin ktp", "SITI"),
        ("nama saya siti dari tadi nunggu", "SITI"),
        ("atas nama Wulan dari desa bitung jaya", "WULAN"),
        ("atas nama wulan dari kecamatan cikupa", "WULAN"),
        ("nama saya budi terima kasih", "BUDI"),
        ("atas nama andi dari kota tangerang", "ANDI"),
        (f"nama saya budi dari jakarta, nik {MAN}", "BUDI"),
        ("nama saya budi dari bogor", "BUDI"),
        ("nama andi dari kantor desa", "ANDI"),
    ],
)
def test_an_everyday_word_followed_by_more_words_ends_the_name(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


# --- class 2: corrections at confirmation ----------------------------------------------------
KTP_NOW = {"nik": MAN, "no_kk": KK, "nama": "M IQBAL", "desa": "CIPAEH",
           "kecamatan": "GUNUNG KALER", "alasan": "HILANG"}  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        "ganti nama jadi Muhammad Iqbal sesuai kk",
        "namanya harusnya Muhammad Iqbal",
        "salah nama, yang bener Muhammad Iqbal",
        "ubah nama menjadi Muhammad Iqbal",
        "namanya salah kak, seharusnya Muhammad Iqbal",
        "yang bener namanya Muhammad Iqbal ya kak",
        "salah kak, namanya Muhammad Iqbal bukan M Iqbal",
        "nama yg benar: Muhammad Iqbal (sesuai ktp)",
        "tolong ganti namanya jadi Muhammad Iqbal, sesuai yang tertera di kk",
        "nama saya bukan M Iqbal tapi Muhammad Iqbal",
        "maaf kak namanya kurang lengkap, Muhammad Iqbal",
        "nama lengkapnya Muhammad Iqbal kak",
        "nama ditulis Muhammad Iqbal aja",
        "nama M Iqbal salah, harusnya Muhammad Iqbal",
        "namanya tidak sesuai, yang benar Muhammad Iqbal",
        "revisi nama: Muhammad Iqbal",
        "namanya kurang huruf, harusnya Muhammad Iqbal",
        "nama lengkap saya kurang, yang benar Muhammad Iqbal",
    ],
)
def test_a_name_correction_gives_the_new_name(message: str, gazetteer: Gazetteer) -> None:
    found = corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer)
    assert found == {"nama": "MUHAMMAD IQBAL"}


def test_a_name_correction_in_a_kk_request_is_the_head(gazetteer: Gazetteer) -> None:
    found = corrections("ganti nama jadi Budi Santoso sesuai kk", layanan="KK", gazetteer=gazetteer)
    assert found == {"nama_kepala_keluarga": "BUDI SANTOSO"}


@pytest.mark.parametrize(
    "message",
    [
        "tolong ganti alasannya jadi rusak",
        "eh ktp nya bukan ilang, rusak kak patah",
        "alasannya salah, harusnya rusak",
        "bukan hilang tapi rusak",
        "salah alasan, yang benar rusak",
    ],
)
def test_a_reason_correction_gives_the_new_reason(message: str, gazetteer: Gazetteer) -> None:
    found = corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer)
    assert found == {"alasan": "RUSAK"}


@pytest.mark.parametrize(
    "message",
    [
        "desanya salah, harusnya Pasir Ampo",
        "salah desa, yang bener pasir ampo",
        "desa nya harusnya pasir ampo bukan cipaeh",
        "ganti desa jadi Pasir Ampo",
        "desa cipaeh salah, yang benar desa pasir ampo",
        "desanya bukan cipaeh tapi pasir ampo",
    ],
)
def test_a_desa_correction_gives_the_new_desa(message: str, gazetteer: Gazetteer) -> None:
    now = {**KTP_NOW, "desa": "CIPAEH", "kecamatan": "KRESEK"}
    found = corrections(message, layanan="KTP", current=now, gazetteer=gazetteer)
    assert found.get("desa") == "PASIR AMPO"
    assert found.get("kecamatan", "KRESEK") == "KRESEK"


@pytest.mark.parametrize(
    "message",
    [
        "kecamatannya Kronjo bukan Gunung Kaler",
        "kecamatannya salah, harusnya kronjo",
        "kec nya bukan gunung kaler, kronjo",
        "salah kecamatan, yang benar Kronjo",
    ],
)
def test_a_kecamatan_correction_drops_the_old_value(message: str, gazetteer: Gazetteer) -> None:
    found = corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer)
    assert found == {"kecamatan": "KRONJO"}


# --- class 7: labels at the start of a free-text answer --------------------------------------
SERANG = "JL. CENDANA NO. 4 RT 002 RW 006 KEL. SUKASARI KEC. SERANG KOTA SERANG"


@pytest.mark.parametrize(
    "message",
    [
        f"alamatnya lengkapnya gini kak: {SERANG.title()}",
        f"alamat lengkap: {SERANG}",
        f"alamat tujuan yaitu {SERANG}",
        f"pindahnya ke {SERANG}",
        f"tujuannya {SERANG}",
        f"tujuan pindah: {SERANG}",
        f"alamat barunya {SERANG.lower()}",
    ],
)
def test_a_labelled_address_answer_loses_its_label(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="SKPWNI")
    assert found.values.get("alamat_pindah") == SERANG


@pytest.mark.parametrize(
    ("message", "layanan"),
    [
        ("alamat saya sekarang di desa bitung jaya kec cikupa", "SKPWNI"),
        ("alamat desa bitung jaya kec cikupa", "KTP"),
        ("alamatnya ds bitung jaya kec cikupa", None),
    ],
)
def test_a_present_address_is_not_the_destination(
    message: str, layanan: str | None, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan=layanan)
    assert "alamat_pindah" not in found.values
    assert (found.values.get("desa"), found.values.get("kecamatan")) == ("BITUNG JAYA", "CIKUPA")


# --- class 4: a city place after "di" in a request or question -------------------------------
@pytest.mark.parametrize(
    ("message", "city"),
    [
        ("urus kk di periuk bisa disini kak?", "Kota Tangerang"),
        ("bikin ktp di larangan bisa?", "Kota Tangerang"),
        ("saya mau rekam ktp di kenanga", "Kota Tangerang"),
        ("mau buat kia di pinang gimana", "Kota Tangerang"),
        ("mau urus ktp di ciater gimana", "Kota Tangerang Selatan"),
        ("saya tinggal di pondok aren, mau bikin kk", "Kota Tangerang Selatan"),
        ("saya orang periuk mau bikin ktp", "Kota Tangerang"),
        ("saya dari larangan, mau urus kk", "Kota Tangerang"),
    ],
)
def test_a_city_place_after_di_refers_when_the_talk_is_about_documents(
    message: str, city: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.referral is not None
    assert f"warga {city} ada" in found.referral


@pytest.mark.parametrize(
    "message",
    [
        "ktp jatuh di pasar baru",
        "kk saya hilang di periuk",
        "ktp saya ketinggalan di larangan",
        "saya kerja di periuk",
        "ktp saya rusak, mau diurus",
        "ktp hilang pas pulang dari periuk",
        "orang tua saya mau bikin ktp",
    ],
)
def test_an_everyday_place_word_elsewhere_does_not_refer(
    message: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).referral is None


# --- a name where the template has it, right after the numbers --------------------------------
@pytest.mark.parametrize(
    ("message", "slot", "name"),
    [
        (f"mau bikin surat pindah {MAN} {KK} budi santoso", "nama", "BUDI SANTOSO"),
        (f"ktp hilang {MAN} {KK} siti aminah bitung jaya cikupa", "nama", "SITI AMINAH"),
        (f"ktp hilang {MAN} {KK} sumarni kandawati gunung kaler", "nama", "SUMARNI"),
        (f"kk rusak {KK} budi santoso, desa bitung jaya kec cikupa", "nama_kepala_keluarga",
         "BUDI SANTOSO"),
        (f"ktp rusak {MAN} {KK} Yoyoh", "nama", "YOYOH"),
        (f"kia anak {MAN} {KK} putri ayu desa bitung jaya kec cikupa", "nama", "PUTRI AYU"),
        (f"mo cetak kk, no kk {KK}, an ujang rahmat, ds bitung jaya", "nama_kepala_keluarga",
         "UJANG RAHMAT"),
    ],
)  # fmt: skip
def test_a_name_after_the_numbers_is_read_by_position(
    message: str, slot: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get(slot) == name


@pytest.mark.parametrize(
    "message",
    [
        f"ktp hilang {MAN} {KK} dibantu",
        f"ktp hilang {MAN} {KK} mohon dibantu ya kak",
        f"ktp {MAN} {KK} hilang",
        f"ktp hilang nik {MAN} kk {KK} gimana caranya",
        f"kk {KK} cikupa",
        f"ktp hilang {MAN} {KK} segera ya kak",
        f"mau bikin kia {MAN} {KK} juga",
        f"mau bikin kia {MAN} {KK} kapan selesai",
        f"mau urus ktp {MAN} {KK} dicek dulu",
        f"surat pindah {MAN} {KK} sekalian",
        f"mau urus kia {MAN} {KK} hehe",
    ],
)
def test_words_after_the_numbers_that_are_not_a_name_are_left(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert not {"nama", "nama_kepala_keluarga"} & set(found.values), found.values


def test_a_one_word_desa_followed_by_its_kecamatan_ends_a_name(gazetteer: Gazetteer) -> None:
    found = extract("nama sumarni kandawati gunung kaler", gazetteer=gazetteer)
    assert found.values == {"nama": "SUMARNI", "desa": "KANDAWATI", "kecamatan": "GUNUNG KALER"}


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        (f"#KK {KK} kepala keluarga Budi Santoso desa bitung jaya kec cikupa",
         f"#KK#{KK}#BUDI SANTOSO#BITUNG JAYA#CIKUPA"),
        (f"#KK#{KK}#kepala keluarganya bapak rahmat#bitung jaya#cikupa",
         f"#KK#{KK}#RAHMAT#BITUNG JAYA#CIKUPA"),
        (f"#KIA#nik {MAN}#kk {KK}#nama anak: putri ayu#ds bitung jaya#kec. cikupa",
         f"#KIA#{MAN}#{KK}#PUTRI AYU#BITUNG JAYA#CIKUPA"),
        (f"#KTP#{MAN}#{KK}#a.n. siti aminah#bitung jaya#cikupa#hilang#",
         f"#KTP#{MAN}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"),
        (f"#KTP#{MAN}#{KK}#Namira#bitung jaya#cikupa#hilang#",
         f"#KTP#{MAN}#{KK}#NAMIRA#BITUNG JAYA#CIKUPA#HILANG#"),
        (f"#SKPWNI#nik {MAN}#no kk {KK}#nama Ahmad#alamat pindah: Jl. Kenari No 8 RT 3 Kota Bandung",
         f"#SKPWNI#{MAN}#{KK}#AHMAD#JL. KENARI NO 8 RT 3 KOTA BANDUNG"),
    ],
)  # fmt: skip
def test_a_name_or_address_label_inside_a_field_is_dropped(line: str, canonical: str) -> None:
    assert parse(line).canonical == canonical


@pytest.mark.parametrize(
    ("message", "keperluan"),
    [
        ("keperluannya gini kak: ikut suami", "IKUT SUAMI"),
        ("keperluan saya untuk ikut suami", "IKUT SUAMI"),
        ("keperluannya yaitu pindah kerja", "PINDAH KERJA"),
        ("alasannya ikut orang tua", "IKUT ORANG TUA"),
        ("keperluan pindah datang sekeluarga", "PINDAH DATANG SEKELUARGA"),
    ],
)
def test_a_labelled_purpose_answer_loses_its_label(
    message: str, keperluan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="SKDWN")
    assert found.values == {"keperluan": keperluan}


@pytest.mark.parametrize(
    ("message", "layanan", "expected"),
    [
        ("nama kepala keluarga budi salah, harusnya Budi Santoso", "KK",
         {"nama_kepala_keluarga": "BUDI SANTOSO"}),
        ("nama kepala keluarganya harusnya Budi Santoso", "KK",
         {"nama_kepala_keluarga": "BUDI SANTOSO"}),
        ("alamat tujuan salah tulis, yang bener jl mawar no 5 rt 2 rw 3 kota bogor", "SKPWNI",
         {"alamat_pindah": "JL MAWAR NO 5 RT 2 RW 3 KOTA BOGOR"}),
        (f"kk: {KK} (yang tadi salah ketik)", "KTP", {"no_kk": KK}),
        (f"nik nya salah satu angka, harusnya {MAN}", "KTP", {"nik": MAN}),
        (f"no kk bukan itu, ini {KK}", "KIA", {"no_kk": KK}),
    ],
)  # fmt: skip
def test_a_correction_of_other_fields_gives_the_new_value(
    message: str, layanan: str, expected: dict[str, str], gazetteer: Gazetteer
) -> None:
    assert corrections(message, layanan=layanan, gazetteer=gazetteer) == expected


@pytest.mark.parametrize(
    "message",
    [
        f"ktp hilang {KK} (kk) {MAN} (nik)",
        f"ktp hilang, {KK} itu kk, {MAN} nik",
        f"ktp hilang nik/kk: {MAN} / {KK}",
        f"ktp hilang nik dan kk {MAN} {KK}",
        f"ktp rusak kk/nik {KK} {MAN}",
        f"ktp hilang nik {MAN} kk {KK}",
        f"ktp hilang no kk {KK}, nik {MAN}",
    ],
)
def test_labels_after_or_paired_before_the_numbers_name_them(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("nik"), found.values.get("no_kk")) == (MAN, KK)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("kecamatannya yaitu cikupa", {"kecamatan": "CIKUPA"}),
        ("desanya gini kak: bitung jaya", {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"}),
        ("kec. cikupa, desa nya yaitu talagasari", {"desa": "TALAGASARI", "kecamatan": "CIKUPA"}),
        (
            "kelurahan: bitung jaya, kecamatan: cikupa",
            {"desa": "BITUNG JAYA", "kecamatan": "CIKUPA"},
        ),
    ],
)
def test_a_labelled_place_answer_loses_its_fillers(
    message: str, expected: dict[str, str], gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values == expected
