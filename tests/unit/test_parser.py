"""Parser cases from the office's own templates: valid, repairable and wrong lines."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import FieldError
from bot.intake.fields import check_field
from bot.intake.parser import looks_like_hash_line, parse, parse_loose, render
from bot.reference.catalog import Catalog
from bot.reference.gazetteer import default_gazetteer
from devtools.synthetic import make_kk, make_nik
from tests.conftest import TODAY

NIK = make_nik("360318", date(1999, 8, 17), female=True, serial=9002)  # 3603185708999002
NIK_MAN = make_nik("360318", date(1988, 7, 15), serial=9001)
CHILD = make_nik("360318", date(2018, 3, 4), female=True, serial=9005)
TEEN = make_nik("360318", date(2011, 2, 1), serial=9006)
KK = make_kk("360318", date(2015, 4, 12), serial=9003)
NEWCOMER = make_nik("320101", date(1990, 1, 1), serial=9007)
OTHER_KEC = make_nik("360301", date(1990, 1, 1), serial=9008)

KTP = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
KK_LINE = f"#KK#{KK}#BUDI SANTOSO#BITUNG JAYA#CIKUPA"
KIA = f"#KIA#{CHILD}#{KK}#PUTRI LESTARI#BITUNG JAYA#CIKUPA"
SKPWNI = f"#SKPWNI#{NIK_MAN}#{KK}#AHMAD FAUZI#JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR"
SKDWN = "#SKDWN#SKPWNI/3201/12012026/0045#PINDAH DATANG SEKELUARGA"


def grouped(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


VALID = [
    # exact templates
    (KTP, KTP),
    (KK_LINE, KK_LINE),
    (KIA, KIA),
    (SKPWNI, SKPWNI),
    (SKDWN, SKDWN),
    # case and spacing
    (KTP.lower(), KTP),
    (f"# ktp # {NIK} # {KK} # siti   aminah # bitung jaya # cikupa # hilang #", KTP),
    (f"#Ktp#{NIK}#{KK}#Siti Aminah#Bitung Jaya#Cikupa#Hilang#", KTP),
    # missing leading / trailing #
    (KTP.lstrip("#"), KTP),
    (KTP.rstrip("#"), KTP),
    (KK_LINE + "#", KK_LINE),
    (KK_LINE.lstrip("#"), KK_LINE),
    (KIA + "#", KIA),
    (SKDWN.lstrip("#") + "#", SKDWN),
    # doubled #
    (KTP.replace("#", "##"), KTP),
    (KK_LINE.replace("#B", "##B"), KK_LINE),
    # full-width
    (KTP.replace("#", "＃"), KTP),
    (
        f"#KTP#{NIK.translate(str.maketrans('0123456789', '０１２３４５６７８９'))}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#",
        KTP,
    ),
    # grouped digits
    (f"#KTP#{grouped(NIK)}#{grouped(KK, '.')}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#", KTP),
    (f"#KK#{grouped(KK, '-')}#BUDI SANTOSO#BITUNG JAYA#CIKUPA", KK_LINE),
    (f"#KIA#{grouped(CHILD)}#{grouped(KK)}#PUTRI LESTARI#BITUNG JAYA#CIKUPA", KIA),
    # code aliases
    (KTP.replace("#KTP#", "#E-KTP#"), KTP),
    (KTP.replace("#KTP#", "#ektp#"), KTP),
    (KTP.replace("#KTP#", "#KTP-EL#"), KTP),
    (KTP.replace("#KTP#", "#ktpel#"), KTP),
    (KK_LINE.replace("#KK#", "#KARTU KELUARGA#"), KK_LINE),
    (SKPWNI.replace("#SKPWNI#", "#PINDAH KELUAR#"), SKPWNI),
    (SKDWN.replace("#SKDWN#", "#pindah datang#"), SKDWN),
    # reason synonyms
    (KTP.replace("#HILANG#", "#ilang#"), KTP),
    (KTP.replace("#HILANG#", "#kehilangan#"), KTP),
    (KTP.replace("#HILANG#", "#kecopetan#"), KTP),
    (KTP.replace("#HILANG#", "#PATAH#"), KTP.replace("#HILANG#", "#RUSAK#")),
    (KTP.replace("#HILANG#", "#rusak#"), KTP.replace("#HILANG#", "#RUSAK#")),
    (KTP.replace("#HILANG#", "#baru#"), KTP.replace("#HILANG#", "#PEMULA#")),
    (KTP.replace("#HILANG#", "#pertama#"), KTP.replace("#HILANG#", "#PEMULA#")),
    # place prefixes and spellings
    (KTP.replace("#BITUNG JAYA#CIKUPA#", "#Ds. Bitung Jaya#Kec. Cikupa#"), KTP),
    (KTP.replace("#BITUNG JAYA#CIKUPA#", "#desa bitungjaya#kecamatan cikupa#"), KTP),
    (
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "KEL. SUKAASIH#PASARKEMIS"),
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "SUKA ASIH#PASAR KEMIS"),
    ),
    (
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "TALAGA SARI#BALARAJA"),
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "TALAGASARI#BALARAJA"),
    ),
    (
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "Kampung Melayu Timur#Teluk Naga"),
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "KMP MELAYU TIM#TELUKNAGA"),
    ),
    (
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "Ranga Rengas#Kosambi"),
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "RAWA RENGAS#KOSAMBI"),
    ),
    # names with allowed punctuation
    (KTP.replace("SITI AMINAH", "siti nur'aini"), KTP.replace("SITI AMINAH", "SITI NUR'AINI")),
    (
        KTP.replace("SITI AMINAH", "Muh. Rizki-Pratama"),
        KTP.replace("SITI AMINAH", "MUH. RIZKI-PRATAMA"),
    ),
    # control characters become spaces
    (KTP.replace("SITI AMINAH", "SITI\tAMINAH"), KTP),
]


@pytest.mark.parametrize(("line", "canonical"), VALID)
def test_a_valid_or_repairable_line_gives_its_canonical_form(line: str, canonical: str) -> None:
    verdict = parse(line, today=TODAY)
    assert verdict.errors == []
    assert verdict.ok
    assert verdict.canonical == canonical


WRONG = [
    # layanan
    ("", "layanan", "tanpa_pagar"),
    ("ktp saya hilang", "layanan", "tanpa_pagar"),
    ("###", "layanan", "layanan_kosong"),
    (f"#{NIK}#{KK}#SITI#BITUNG JAYA#CIKUPA#HILANG#", "layanan", "layanan_kosong"),
    ("#SIM#123#BUDI", "layanan", "layanan_tidak_dikenal"),
    ("#PASPOR#BUDI", "layanan", "layanan_tidak_dikenal"),
    ("x" * 2000 + "#", "layanan", "terlalu_panjang"),
    (KK_LINE + "#EXTRA#LAGI", "layanan", "bagian_berlebih"),
    # nik
    (KTP.replace(NIK, NIK[:-1]), "nik", "panjang_salah"),
    (KTP.replace(NIK, NIK + "1"), "nik", "panjang_salah"),
    (KTP.replace(NIK, NIK[:8] + "O" + NIK[9:]), "nik", "huruf_mirip_angka"),
    (KTP.replace(NIK, "99" + NIK[2:]), "nik", "provinsi_tidak_dikenal"),
    (KTP.replace(NIK, "3699" + NIK[4:]), "nik", "kabkota_tidak_dikenal"),
    (KTP.replace(NIK, NIK[:6] + "3102" + NIK[10:]), "nik", "tanggal_salah"),
    (KTP.replace(NIK, NIK[:6] + "7202" + NIK[10:]), "nik", "tanggal_salah"),
    (KTP.replace(NIK, NIK[:12] + "0000"), "nik", "nomor_urut_nol"),
    (KIA.replace(CHILD, CHILD[:-2]), "nik", "panjang_salah"),
    (SKPWNI.replace(NIK_MAN, NIK_MAN[:5]), "nik", "panjang_salah"),
    # no_kk
    (KTP.replace(KK, KK[:-1]), "no_kk", "panjang_salah"),
    (KK_LINE.replace(KK, KK[:6] + "5204" + KK[10:]), "no_kk", "tanggal_salah"),
    (KK_LINE.replace(KK, KK[:12] + "0000"), "no_kk", "nomor_urut_nol"),
    (KK_LINE.replace(KK, KK[:3] + "l" + KK[4:]), "no_kk", "huruf_mirip_angka"),
    (KTP.replace(KK, NIK), "no_kk", "kk_sama_dengan_nik"),
    (KIA.replace(KK, "12345"), "no_kk", "panjang_salah"),
    # names
    (KTP.replace("SITI AMINAH", "SITI AMINAH 2"), "nama", "nama_ada_angka"),
    (KTP.replace("SITI AMINAH", "SITI@AMINAH"), "nama", "nama_ada_simbol"),
    (KTP.replace("SITI AMINAH", "S"), "nama", "nama_terlalu_pendek"),
    (KTP.replace("SITI AMINAH", "A" * 90), "nama", "nama_terlalu_panjang"),
    (KK_LINE.replace("BUDI SANTOSO", "BUDI_SANTOSO"), "nama_kepala_keluarga", "nama_ada_simbol"),
    (KK_LINE.replace("BUDI SANTOSO", "B4DI"), "nama_kepala_keluarga", "nama_ada_angka"),
    (KIA.replace("PUTRI LESTARI", "PUTRI :)"), "nama", "nama_ada_simbol"),
    (SKPWNI.replace("AHMAD FAUZI", "AHMAD 99"), "nama", "nama_ada_angka"),
    # places
    (KTP.replace("BITUNG JAYA", "BINONG"), "desa", "desa_beda_kecamatan"),
    (KTP.replace("BITUNG JAYA", "BITUN JAYA"), "desa", "desa_tidak_ditemukan"),
    (KTP.replace("BITUNG JAYA", "ZZZZZ"), "desa", "desa_tidak_ditemukan"),
    (KTP.replace("#CIKUPA#", "#CIKUPAH RAYA#"), "kecamatan", "kecamatan_tidak_ditemukan"),
    (KTP.replace("BITUNG JAYA#CIKUPA", "SUKASARI#CILEDUG"), "kecamatan", "luar_kabupaten"),
    (
        KK_LINE.replace("BITUNG JAYA#CIKUPA", "PONDOK KACANG TIMUR#PONDOK AREN"),
        "kecamatan",
        "luar_kabupaten",
    ),
    (
        KIA.replace("BITUNG JAYA", "TALAGASARI").replace("#CIKUPA", "#CURUG"),
        "desa",
        "desa_beda_kecamatan",
    ),
    # alasan
    (KTP.replace("#HILANG#", "#HILANG RUSAK#"), "alasan", "alasan_ganda"),
    (KTP.replace("#HILANG#", "#HILANG/RUSAK#"), "alasan", "alasan_ganda"),
    (KTP.replace("#HILANG#", "#HILANG#RUSAK#"), "alasan", "alasan_ganda"),
    (KTP.replace("#HILANG#", "#GANTI FOTO#"), "alasan", "alasan_tidak_dikenal"),
    # free text and document numbers
    (
        SKPWNI.replace("JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR", "JL"),
        "alamat_pindah",
        "terlalu_pendek",
    ),
    (
        SKPWNI.replace("JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR", "X" * 250),
        "alamat_pindah",
        "terlalu_panjang",
    ),
    (SKDWN.replace("SKPWNI/3201/12012026/0045", "SKPWNI"), "no_skpwni", "nomor_dokumen_salah"),
    (SKDWN.replace("SKPWNI/3201/12012026/0045", "12"), "no_skpwni", "nomor_dokumen_salah"),
    (SKDWN.replace("PINDAH DATANG SEKELUARGA", "OK"), "keperluan", "terlalu_pendek"),
]


@pytest.mark.parametrize(("line", "field", "code"), WRONG)
def test_a_wrong_line_names_the_field_and_a_stable_code(line: str, field: str, code: str) -> None:
    verdict = parse(line, today=TODAY)
    assert not verdict.ok
    assert verdict.canonical is None
    assert (field, code) in [(e.field, e.code) for e in verdict.errors]


MISSING = [
    (f"#KTP#{NIK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#", "no_kk"),
    (f"#KTP#{KK}#{NIK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#".replace(f"#{KK}", ""), "no_kk"),
    (f"#KTP#{NIK}#{KK}#BITUNG JAYA#CIKUPA#HILANG#", "nama"),
    (f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#", "alasan"),
    (f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#HILANG#", "kecamatan"),
    (f"#KTP#{NIK}#{KK}#SITI AMINAH#CURUG#HILANG#", "desa"),
    (f"#KTP#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#".replace(KK, NIK_MAN), "no_kk"),
    ("#KK#BUDI SANTOSO#BITUNG JAYA#CIKUPA", "no_kk"),
    (f"#KK#{KK}#BITUNG JAYA#CIKUPA", "nama_kepala_keluarga"),
    (f"#KK#{KK}#BUDI SANTOSO#CIKUPA RAYA", "kecamatan"),
    (f"#KIA#{CHILD}#{KK}#BITUNG JAYA#CIKUPA", "nama"),
    (f"#KIA#{CHILD}#PUTRI LESTARI#BITUNG JAYA#CIKUPA", "no_kk"),
    (f"#SKPWNI#{NIK_MAN}#{KK}#JL. MAWAR NO 5 BOGOR", "nama"),
    (f"#SKPWNI#{NIK_MAN}#{KK}#AHMAD FAUZI", "alamat_pindah"),
    ("#SKDWN#PINDAH KERJA", "no_skpwni"),
    ("#SKDWN#SKPWNI/3201/12012026/0045", "keperluan"),
]


@pytest.mark.parametrize(("line", "missing"), MISSING)
def test_a_short_line_names_the_missing_field_from_what_the_others_are(
    line: str, missing: str
) -> None:
    verdict = parse(line, today=TODAY)
    assert [(e.field, e.code) for e in verdict.errors if e.code == "bagian_kurang"] == [
        (missing, "bagian_kurang")
    ]


def test_a_missing_kk_is_named_even_when_the_nik_came_first() -> None:
    verdict = parse(f"#KTP#{NIK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#", today=TODAY)
    assert verdict.fields["nik"] == NIK
    assert "No. KK belum ada" in verdict.errors[0].message


def test_every_error_message_shows_the_template_and_an_example() -> None:
    verdict = parse(KTP.replace(NIK, NIK[:-1]).replace("SITI AMINAH", "SITI 1"), today=TODAY)
    assert len(verdict.errors) == 2
    for error in verdict.errors:
        assert "Format: #KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#PEMULA/HILANG/RUSAK#" in error.message
        assert "Contoh" in error.message


def test_the_length_error_says_how_many_digits_were_sent() -> None:
    verdict = parse(KTP.replace(NIK, NIK[:-1]), today=TODAY)
    assert verdict.errors[0].message.startswith(
        "NIK harus 16 angka; yang Bapak/Ibu kirim 15 angka."
    )


def test_an_unknown_code_lists_the_formats_that_exist() -> None:
    message = parse("#SIM#BUDI", today=TODAY).errors[0].message
    for template in ("#KK#NO_KK", "#KTP#NIK", "#KIA#NIK", "#SKPWNI#NIK", "#SKDWN#NO_SKPWNI"):
        assert template in message


WARNINGS = [
    (KTP.replace(NIK, NEWCOMER), "nik", "nik_luar_kabupaten"),
    (KTP.replace(NIK, OTHER_KEC), "nik", "nik_beda_kecamatan"),
    (KTP.replace(NIK, make_nik("360321", date(1990, 1, 1))), "nik", "nik_kecamatan_lama"),
    (KTP.replace(NIK, TEEN).replace("HILANG", "PEMULA"), "alasan", "pemula_di_bawah_17"),
    (KIA.replace(CHILD, NIK), "nik", "kia_usia_17"),
    (KK_LINE.replace(KK, make_kk("320101")), "no_kk", "kk_luar_kabupaten"),
]


@pytest.mark.parametrize(("line", "field", "code"), WARNINGS)
def test_doubtful_facts_are_warnings_for_the_officer_not_errors(
    line: str, field: str, code: str
) -> None:
    verdict = parse(line, today=TODAY)
    assert verdict.ok, verdict.errors
    assert (field, code) in [(w.field, w.code) for w in verdict.warnings]


def test_a_fine_line_has_no_warnings() -> None:
    assert parse(KTP, today=TODAY).warnings == []


def test_the_verdict_carries_derived_facts_as_data() -> None:
    verdict = parse(KTP, today=TODAY)
    nik = verdict.numbers["nik"]
    assert (nik.sex, nik.date, nik.age_on(TODAY)) == ("P", date(1999, 8, 17), 27)
    assert verdict.place is not None and verdict.place.code == "36.03.18.2009"


def test_render_builds_the_office_line(catalog: Catalog) -> None:
    fields = {
        "nik": NIK,
        "no_kk": KK,
        "nama": "siti  aminah",
        "desa": "Bitung Jaya",
        "kecamatan": "Cikupa",
        "alasan": "hilang",
    }
    assert render(catalog["KTP"], fields) == KTP


def test_render_refuses_a_missing_field(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="keperluan"):
        render(catalog["SKDWN"], {"no_skpwni": "SKPWNI/1/2"})


def test_the_json_shape_is_the_documented_one() -> None:
    data = parse(KTP, today=TODAY).to_dict()
    assert set(data) == {"ok", "layanan", "canonical", "fields", "errors", "warnings"}
    assert data["layanan"] == "KTP" and data["fields"]["alasan"] == "HILANG"


@pytest.mark.parametrize(
    "address",
    [
        "JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR",
        "Jl Melati 3 RT 1/2 Kel. Sukamaju Depok",
        "Kp. Sawah RT 03/04 Desa Sukamaju Kec. Cilodong Kota Depok",
        "perum griya asri blok c2 no 5 cibinong kab bogor",
        "Jalan Merdeka 10, Kelurahan Babakan, Kecamatan Sumur Bandung, Bandung",
        "gg. haji naim rt 5 rw 1 jakarta selatan",
        "Desa Bitung Jaya Kec. Cikupa",
    ],
)
def test_a_full_destination_address_is_accepted(address: str, catalog: Catalog) -> None:
    service = catalog["SKPWNI"]
    value = check_field(service, service.field("alamat_pindah"), address, default_gazetteer())
    assert value == " ".join(address.upper().split())


@pytest.mark.parametrize(
    ("address", "missing"),
    [
        ("depok", "jalan/RT/RW"),
        ("Kota Depok", "jalan/RT/RW"),
        ("bandung", "jalan/RT/RW"),
        ("rumah suami di bekasi", "jalan/RT/RW"),
        ("jl mawar no 5", "kota/kabupaten"),
        ("RT 02 RW 05 gang kelinci", "kota/kabupaten"),
        ("rumah mertua", "jalan/RT/RW, kelurahan dan kota/kabupaten"),
    ],
)
def test_an_incomplete_destination_address_says_what_is_missing(
    address: str, missing: str, catalog: Catalog
) -> None:
    service = catalog["SKPWNI"]
    with pytest.raises(FieldError) as caught:
        check_field(service, service.field("alamat_pindah"), address, default_gazetteer())
    assert caught.value.code == "alamat_kurang_lengkap"
    assert f"belum ada {missing}" in caught.value.message
    assert "Contoh: JL. MAWAR" in caught.value.message


def test_a_city_alone_in_a_hash_line_is_not_a_destination(catalog: Catalog) -> None:
    verdict = parse(SKPWNI.replace("JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR", "DEPOK"), today=TODAY)
    assert ("alamat_pindah", "alamat_kurang_lengkap") in [(e.field, e.code) for e in verdict.errors]


@pytest.mark.parametrize("answer", ["iya siap", "oke", "siap pak", "ya", "nanti saya cek dulu"])
@pytest.mark.parametrize("slot", ["nik", "no_kk"])
def test_words_at_a_number_question_get_a_gentle_request_for_digits(
    answer: str, slot: str, catalog: Catalog
) -> None:
    service = catalog["KTP"]
    with pytest.raises(FieldError) as caught:
        check_field(service, service.field(slot), answer, default_gazetteer(), TODAY)
    assert caught.value.code == "bukan_angka"
    assert caught.value.message.startswith("Mohon tulis ")
    assert "posisi" not in caught.value.message and "huruf" not in caught.value.message


HALF_REMEMBERED = [
    (f"#KTP {NIK} {KK} siti aminah bitung jaya cikupa hilang", KTP),
    (f"#KTP {grouped(NIK)} {grouped(KK, '.')} siti aminah bitung jaya cikupa hilang", KTP),
    (f"#ktp {NIK} {KK} siti aminah ds bitung jaya kec cikupa ilang", KTP),
    (f"KTP#{NIK}#{KK}#siti aminah#bitung jaya#cikupa#hilang", KTP),
    (f"#KTP#{NIK}/{KK}/siti aminah/bitung jaya/cikupa/hilang", KTP),
    (f"#KTP#{NIK};{KK};siti aminah;bitung jaya;cikupa;hilang#", KTP),
    (f"#KTP#{NIK}, {KK}, siti aminah, bitung jaya, cikupa, hilang", KTP),
    (f"#KTP#{NIK} - {KK} - siti aminah - bitung jaya - cikupa - hilang", KTP),
    (f"#KTP#{grouped(NIK, '-')}#{KK}#siti aminah bitung jaya cikupa hilang", KTP),
    (f"#e-ktp {NIK} / {KK} / Siti Aminah / Bitung Jaya / Cikupa / hilang", KTP),
    (f"#KK {KK} budi santoso bitung jaya cikupa", KK_LINE),
    (f"#KK#{KK}/budi santoso/bitung jaya/cikupa", KK_LINE),
    (f"#KK#{KK}; budi santoso; bitung jaya; cikupa", KK_LINE),
    (f"#KIA {CHILD} {KK} putri lestari bitung jaya cikupa", KIA),
    (f"#KIA#{CHILD},{KK},putri lestari,bitung jaya,cikupa", KIA),
    (f"#SKPWNI {NIK_MAN} {KK} ahmad fauzi jl. mawar no 5 rt 002 rw 003 kota bogor", SKPWNI),
    (
        f"#SKPWNI#{NIK_MAN}; {KK}; ahmad fauzi; JL. MAWAR NO 5 RT 002 RW 003 KOTA BOGOR",
        SKPWNI,
    ),
    ("#SKDWN SKPWNI/3201/12012026/0045 pindah datang sekeluarga", SKDWN),
]


@pytest.mark.parametrize(("line", "canonical"), HALF_REMEMBERED)
def test_a_half_remembered_line_is_repaired(line: str, canonical: str) -> None:
    assert parse(line, today=TODAY).canonical == canonical


@pytest.mark.parametrize(("line", "canonical"), HALF_REMEMBERED[:3] + HALF_REMEMBERED[10:11])
def test_a_half_remembered_line_is_routed_as_a_line(line: str, canonical: str) -> None:
    assert looks_like_hash_line(line)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (f"KTP {NIK} {KK} siti aminah bitung jaya cikupa hilang", KTP),
        (f"kk {KK} budi santoso bitung jaya cikupa", KK_LINE),
        (f"KIA {CHILD} {KK} putri lestari bitung jaya cikupa", KIA),
    ],
)
def test_a_line_typed_without_any_hash_is_read_loosely(text: str, canonical: str) -> None:
    verdict = parse_loose(text, today=TODAY)
    assert verdict is not None and verdict.canonical == canonical


@pytest.mark.parametrize("text", ["ktp hilang gimana", "iya siap", "kk rusak, nik belum tau", ""])
def test_a_message_without_a_code_and_a_number_is_not_a_loose_line(text: str) -> None:
    assert parse_loose(text, today=TODAY) is None


def test_a_missing_trailing_field_is_named_after_the_repair() -> None:
    verdict = parse(f"#KTP {NIK} {KK} siti aminah bitung jaya cikupa", today=TODAY)
    assert [(e.field, e.code) for e in verdict.errors] == [("alasan", "bagian_kurang")]
    assert verdict.fields["nama"] == "SITI AMINAH"


def test_a_place_with_an_extra_word_is_not_cut_into_two_fields() -> None:
    verdict = parse(f"#KK#{KK}#BUDI SANTOSO#CIKUPA RAYA", today=TODAY)
    assert "desa" not in verdict.fields or verdict.fields["desa"] != "CIKUPA"


@pytest.mark.parametrize(
    "text",
    [
        f"KTP HILANG. {NIK}. {KK}. SITI AMINAH. BITUNG JAYA. CIKUPA.",
        f"#KTP hilang {NIK} {KK} siti aminah bitung jaya cikupa",
        f"ktp ilang {grouped(NIK)} {grouped(KK)} siti aminah bitung jaya cikupa",
    ],
)
def test_a_reason_written_right_after_the_code_goes_to_its_field(text: str) -> None:
    verdict = parse_loose(text, today=TODAY)
    assert verdict is not None and verdict.canonical == KTP
