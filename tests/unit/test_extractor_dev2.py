"""Extraction classes found in the second dev corpus (dev2), each in several wordings:
numbers typed with slashes, SKPWNI numbers with spaced slashes, a letter's closing after an
address, talk after a purpose or a name, names after relations, names next to places."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import corrections, extract
from bot.reference.gazetteer import Gazetteer
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360322", date(1990, 5, 17), serial=9137)
KK = make_kk("360322", date(2016, 3, 9), serial=9138)


def _slashed(number: str) -> str:
    return "/".join(number[i : i + 4] for i in range(0, 16, 4))


# --- numbers typed with slashes -------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "slot"),
    [
        (f"KK hilang. No KK: {_slashed(KK)} a.n Sri Wahyuni", "no_kk"),
        (f"nik {_slashed(NIK)} ktp rusak", "nik"),
        (f"ktp hilang, NIK: {_slashed(NIK)}, kk {KK}", "nik"),
        (f"kk {_slashed(KK)}", "no_kk"),
    ],
)
def test_a_number_typed_with_tight_slashes_is_one_number(
    message: str, slot: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get(slot) == (NIK if slot == "nik" else KK)


@pytest.mark.parametrize(
    "message",
    [
        "pindah datang, nomornya 3201/12012026/0045 keperluan kerja",
        "skdwn 3201/12012026/0045 ikut suami",
        "lahir 12/01/2026, rt 02/05",
    ],
)
def test_slashed_digits_not_in_groups_of_four_are_not_a_nik(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert "nik" not in found.values and "no_kk" not in found.values


def test_two_numbers_separated_by_a_spaced_slash_stay_two(gazetteer: Gazetteer) -> None:
    found = extract(f"nik/kk: {NIK} / {KK}", gazetteer=gazetteer)
    assert (found.values.get("nik"), found.values.get("no_kk")) == (NIK, KK)


@pytest.mark.parametrize(
    "message",
    [
        "Surat pindah datang. No. SKPWNI : SKPWNI / 3172 / 02102026 / 9014, keperluan: kerja",
        "pindah datang skpwni / 3172 / 02102026 / 9014 keperluan kerja",
        "pindah datang, nomor skpwni SKPWNI /3172/ 02102026 /9014 keperluan kerja",
    ],
)
def test_an_skpwni_number_with_spaces_around_its_slashes_is_read_whole(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("no_skpwni") == "SKPWNI/3172/02102026/9014"
    assert found.layanan == "SKDWN"


# --- free text: closings, particles, spelling asides ----------------------------------------
ADDRESS = "Jl. Cendana No. 8 RT 004 RW 002 Kel. Jatimulya Kec. Tambun Selatan Kab. Bekasi"


@pytest.mark.parametrize(
    "closing",
    [
        ". Demikian permohonan saya.",
        ". Atas perhatiannya saya ucapkan terima kasih.",
        ". Terima kasih.",
        ". Sekian dan terima kasih",
        ". Atas perhatian Bapak/Ibu, terima kasih",
        ". Hormat saya, Dedi",
    ],
)
def test_an_address_in_a_letter_stops_before_the_closing(
    closing: str, gazetteer: Gazetteer
) -> None:
    found = extract(f"surat pindah, alamat tujuan: {ADDRESS}{closing}", gazetteer=gazetteer)
    assert found.values.get("alamat_pindah") == ADDRESS.upper()


@pytest.mark.parametrize(
    "message",
    [
        "keperluannya ganti jadi ikut orang tua aja",
        "keperluan ikut orang tua aja kak",
        "keperluan: ikut orang tua ya",
        "keperluan ikut orang tua saja",
    ],
)
def test_a_particle_after_a_purpose_is_not_part_of_it(message: str) -> None:
    assert corrections(message, layanan="SKDWN") == {"keperluan": "IKUT ORANG TUA"}


@pytest.mark.parametrize(
    "message",
    [
        "namanya salah, yg bener Aliya Safitri pake i",
        "nama Aliya Safitri pakai i",
        "salah nama, harusnya Aliya Safitri pake huruf i",
        "namanya Aliya Safitri, pake i ya",
    ],
)
def test_a_spelling_aside_is_not_part_of_the_name(message: str) -> None:
    assert corrections(message, layanan="KIA") == {"nama": "ALIYA SAFITRI"}


# --- names after a relation, an honorific, a self-introduction or a label --------------------
@pytest.mark.parametrize(
    ("message", "name"),
    [
        (f"ktp adik ipar saya, Rizal Fahmi, hilang. nik {NIK}", "RIZAL FAHMI"),
        (f"mau bikin kia anak pertama saya, Keisha Humaira, nik {NIK}", "KEISHA HUMAIRA"),
        (f"kia buat cucu saya, Putra Ramadhan. nik {NIK}", "PUTRA RAMADHAN"),
        ("mau bikin surat pindah buat kakak saya yusuf hidayat", "YUSUF HIDAYAT"),
        ("anak kedua saya Indah Lestari udah 17 tahun, mau rekam ktp", "INDAH LESTARI"),
        ("kia anak bungsu saya si bagas aditya bisa dibikinin?", "BAGAS ADITYA"),
        (f"kia a/n anak saya Dari Ramadhani nik {NIK}", "DARI RAMADHANI"),
        (f"ktp suami saya: Joko Susilo, nik {NIK}", "JOKO SUSILO"),
        (f"yg pertama ktp rusak ibu rukmini, nik {NIK}", "RUKMINI"),
        ("warga kami pak endang kosasih mau pindah ke sukabumi", "ENDANG KOSASIH"),
        (f"anak: Alfian Nur Hidayat, nik {NIK}", "ALFIAN NUR HIDAYAT"),
        (f"Kia utk anak: Naufal Hakim\nnik: {NIK}", "NAUFAL HAKIM"),
        ("Perkenalkan, saya Nurul Aulia, usia 17 tahun, mau rekam KTP", "NURUL AULIA"),
        (f"Saya Budi Santoso, NIK {NIK}, KTP saya hilang", "BUDI SANTOSO"),
        (f"KTP anak saya yg pertama, Muhammad Rizky, rusak. NIK {NIK}", "MUHAMMAD RIZKY"),
        ("buat mertua saya bapak H. Dadang Suherman, ktp hilang", "DADANG SUHERMAN"),
        (f"kia anak ke 3 saya, Nabila Putri, nik {NIK}", "NABILA PUTRI"),
        (f"ktp anak saya yang kedua Budi Santoso hilang, nik {NIK}", "BUDI SANTOSO"),
    ],
)
def test_a_name_after_a_relation_an_honorific_or_a_label_is_read(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        "ibu saya meninggal dunia, mau urus ktp",
        "pak saya mau tanya ktp",
        "pak lurah bilang harus ke sini bikin ktp",
        "istri saya mau rekam ktp",
        "anak saya baru lahir mau bikin kia",
        "ktp ibu saya hilang",
        "bu, ktp saya hilang",
        "pak rt suruh lapor dulu",
        "anak saya umur 5 tahun mau bikin kia",
        "saya petugas pelayanan di kantor desa jengkol, mau daftarin kia warga",
        "Saya Bermaksud Mengajukan KTP",
        "anak saya dari tadi nunggu kia",
        "Ibu Dukcapil yth, mau tanya ktp",
        "maaf bu ganggu, mau tanya kk",
        "halo pak selamat pagi, ktp saya hilang",
        "siap pak laksanakan",
        "pak izin tanya soal kia",
        "anak saya 2 orang mau bikin kia",
        "anak saya yg kecil mau bikin kia",
    ],
)
def test_talk_after_a_relation_or_an_honorific_is_not_a_name(
    message: str, gazetteer: Gazetteer
) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer).values


@pytest.mark.parametrize(
    "message",
    ["kk hilang, nama kk samsudin", "nama kk samsudin", "kk rusak nama kepala kk samsudin"],
)
def test_nama_kk_names_the_head_of_the_family(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="KK")
    assert found.values.get("nama_kepala_keluarga") == "SAMSUDIN"


def test_changing_the_head_of_the_family_is_the_kk_service(gazetteer: Gazetteer) -> None:
    found = extract("mau ganti kepala keluarga soalnya suami saya sudah almarhum")
    assert found.layanan == "KK"
    assert "nama_kepala_keluarga" not in found.values


# --- a name next to a place, after the numbers ----------------------------------------------
@pytest.mark.parametrize(
    ("tail", "name", "desa"),
    [
        ("rohmat hidayat cukanggalih", "ROHMAT HIDAYAT", "CUKANGGALIH"),
        ("zahra aulia sukanagara", "ZAHRA AULIA", "SUKANAGARA"),
        ("Budi Santoso Bitung Jaya Cikupa", "BUDI SANTOSO", "BITUNG JAYA"),
        ("nurhasanah tegal angus teluknaga", "NURHASANAH", "TEGAL ANGUS"),
        ("siti aminah / sukanagara", "SITI AMINAH", "SUKANAGARA"),
    ],
)
def test_a_desa_after_a_name_ends_the_name(
    tail: str, name: str, desa: str, gazetteer: Gazetteer
) -> None:
    found = extract(f"{NIK} {KK} {tail}", gazetteer=gazetteer, layanan="KTP")
    assert (found.values.get("nama"), found.values.get("desa")) == (name, desa)


def test_an_everyday_word_that_is_also_a_desa_stays_in_the_name(gazetteer: Gazetteer) -> None:
    found = extract(f"ktp hilang {NIK} {KK} siti karet", gazetteer=gazetteer)
    assert found.values.get("nama") == "SITI KARET"


def test_a_name_between_slashes_after_the_numbers_is_read(gazetteer: Gazetteer) -> None:
    message = (
        f"surat pindah, NIK {NIK} / KK {KK} / Lina Herlina / pindah ke Jl. Raya Bogor KM 30 "
        "RT 02 RW 05 Kel. Mekarsari Kec. Cimanggis Kota Depok"
    )
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("nama") == "LINA HERLINA"
    assert found.values.get("alamat_pindah", "").endswith("KOTA DEPOK")


@pytest.mark.parametrize(
    ("message", "name"),
    [
        (f"kia anak dafa pratama nik {NIK} kk {KK} desa caringin", "DAFA PRATAMA"),
        (f"mau bikin kia buat rafa alfarizi, nik {NIK}, kk {KK}", "RAFA ALFARIZI"),
        (f"ktp istri siti aminah, nik {NIK}", "SITI AMINAH"),
        (f"untuk anak saya Budi Hartono, nik {NIK}", "BUDI HARTONO"),
        (f"untuk Bapak Ahmad Fauzi, nik {NIK}", "AHMAD FAUZI"),
        (f"ktp buat ahmad fauzi, nik {NIK}", "AHMAD FAUZI"),
    ],
)
def test_a_name_after_buat_or_a_service_and_a_relation_is_read_when_it_is_closed(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        f"untuk keperluan kerja, nik {NIK}",
        f"buat perpanjang ktp, nik {NIK}",
        f"buat syarat sekolah, nik {NIK}",
        f"kia anak kembar, nik {NIK}",
        f"buat ktp baru, nik {NIK}",
        "buat jaga jaga aja",
        f"mau daftar kia buat si kecil, nik {NIK}",
        f"untuk persyaratan bank, nik {NIK}",
        f"untuk pembuatan paspor, nik {NIK}",
        f"buat urusan bpjs, nik {NIK}",
        f"mau bikin ktp untuk persyaratan kerja, nik {NIK}",
        "mau urus kia, warga Tanah Tinggi",
        "ktp warga Bitung Jaya hilang",
    ],
)
def test_talk_after_buat_is_not_a_name(message: str, gazetteer: Gazetteer) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer).values


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("rizki firmansyah, desa talok kecamatan kresek", "RIZKI FIRMANSYAH"),
        (f"Nayla Azzahra {NIK} {KK} blukbuk kronjo", "NAYLA AZZAHRA"),
        ("Siti Aminah, Bitung Jaya, Cikupa", "SITI AMINAH"),
        (f"Budi, {NIK}", "BUDI"),
        (f"ahmad fauzi, nik {NIK}", "AHMAD FAUZI"),
        (f"siti aminah sukanagara {NIK} {KK}", "SITI AMINAH"),
        (f"Siti Aminah Sukanagara, {NIK}", "SITI AMINAH"),
        (f"siti karet {NIK} {KK}", "SITI KARET"),
    ],
)
def test_a_name_opening_a_list_of_values_is_read(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer, layanan="KTP").values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        f"selamat pagi, nik {NIK}",
        f"berikut datanya, nik {NIK}",
        f"oke kak {NIK}",
        f"budi {NIK}",
        f"mohon bantuannya {NIK}",
        f"sudah saya kirim, nik {NIK}",
        "iya betul, desa talok",
        "terima kasih, kec kresek",
        f"data lengkap, nik {NIK}",
        f"Lanjut, nik {NIK}",
        f"Tunggu, nik {NIK}",
        f"Alhamdulillah, nik {NIK}",
        f"Punten, nik {NIK}",
        f"Hatur nuhun, nik {NIK}",
        "Bitung Jaya, kec cikupa",
        f"Tanah Tinggi, nik {NIK}",
    ],
)
def test_talk_opening_a_message_is_not_a_name(message: str, gazetteer: Gazetteer) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer, layanan="KTP").values


# --- corrections at confirmation -------------------------------------------------------------
KTP_NOW = {"nik": NIK, "no_kk": KK, "nama": "BUDI", "desa": "SUKATANI", "kecamatan": "CISOKA",
           "alasan": "HILANG"}  # fmt: skip


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("bukan budi tapi budiman", {"nama": "BUDIMAN"}),
        ("bukan Budi, tapi Budiman", {"nama": "BUDIMAN"}),
        ("budiman, bukan budi", {"nama": "BUDIMAN"}),
        ("bukan budi yg bener budiman ya", {"nama": "BUDIMAN"}),
        ("bukan hilang tapi rusak", {"alasan": "RUSAK"}),
        ("eh bukan cisoka tp balaraja", {"kecamatan": "BALARAJA"}),
        ("maaf kak, bukan budi tapi budiman", {"nama": "BUDIMAN"}),
        ("aduh bukan hilang tapi rusak", {"alasan": "RUSAK"}),
    ],
)
def test_a_correction_without_a_label_names_the_field_holding_the_old_value(
    message: str, expected: dict[str, str], gazetteer: Gazetteer
) -> None:
    assert corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer) == expected


def test_a_correction_without_a_label_in_a_kk_request_is_the_head_of_the_family(
    gazetteer: Gazetteer,
) -> None:
    now = {"no_kk": KK, "nama_kepala_keluarga": "BUDI", "desa": "SUKATANI"}
    found = corrections("bukan budi tapi budiman", layanan="KK", current=now, gazetteer=gazetteer)
    assert found == {"nama_kepala_keluarga": "BUDIMAN"}


@pytest.mark.parametrize("message", ["bukan itu", "bukan yang itu tapi yang lain"])
def test_a_correction_whose_old_value_is_not_in_the_request_names_nothing(
    message: str, gazetteer: Gazetteer
) -> None:
    assert corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer) == {}


@pytest.mark.parametrize(
    "message",
    [
        f"kk nya bukan itu, ini {KK}",
        f"no kk nya salah, harusnya {KK}",
        f"kk nya salah kak, yg bener {KK}",
    ],
)
def test_a_kk_number_correction_is_the_number_not_the_kk_service(
    message: str, gazetteer: Gazetteer
) -> None:
    assert corrections(message, layanan="KTP", current=KTP_NOW, gazetteer=gazetteer) == {
        "no_kk": KK
    }


@pytest.mark.parametrize(
    "message",
    [
        f"alamatnya kurang lengkap, yg bener: {ADDRESS}",
        f"alamat tujuannya kurang lengkap. yang benar {ADDRESS}",
        f"alamat pindahnya salah, harusnya {ADDRESS}",
    ],
)
def test_an_address_correction_drops_the_label_words(message: str, gazetteer: Gazetteer) -> None:
    found = corrections(message, layanan="SKPWNI", gazetteer=gazetteer)
    assert found == {"alamat_pindah": ADDRESS.upper()}


# --- places -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "desa"),
    [
        ("ratna sari kampung melayu timur kec teluk naga", "KMP MELAYU TIM"),
        ("ktp hilang desa kampung melayu barat", "KMP MELAYU BRT"),
        ("alamat kampung melayu timur teluknaga", "KMP MELAYU TIM"),
    ],
)
def test_a_desa_written_out_in_full_meets_the_tables_abbreviation(
    message: str, desa: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("desa"), found.values.get("kecamatan")) == (desa, "TELUKNAGA")


@pytest.mark.parametrize(
    ("message", "city"),
    [
        ("domisili ciledug mau bikin surat pindah keluar", "Kota Tangerang"),
        ("saya tinggal di ciledug mau bikin surat pindah ke depok", "Kota Tangerang"),
        ("berdomisili di pamulang, mau urus surat pindah keluar", "Kota Tangerang Selatan"),
        (
            "Alamat saya Jl. Cempaka II No. 4, Kel. Pondok Kacang Timur, Kec. Pondok Aren. "
            "Mau perpanjang kk yang rusak.",
            "Kota Tangerang Selatan",
        ),
        ("rumah di Jl. Cempaka, kel. Pondok Kacang Timur, mau bikin ktp", "Kota Tangerang Selatan"),
    ],
)
def test_a_city_place_where_the_resident_lives_is_referred(
    message: str, city: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.referral is not None and city in found.referral
    assert "desa" not in found.values


@pytest.mark.parametrize(
    "message",
    [
        "pindah datang dari ciledug",
        "mau pindah ke ciledug, bikin surat pindah",
        "ktp hilang jl cempaka desa cempaka kec cisoka",
    ],
)
def test_a_city_place_as_origin_goal_or_street_is_not_referred(
    message: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).referral is None


def test_a_street_named_like_a_desa_is_not_the_desa(gazetteer: Gazetteer) -> None:
    found = extract("ktp hilang, alamat jl cempaka no 4 desa bitung jaya", gazetteer=gazetteer)
    assert found.values.get("desa") == "BITUNG JAYA"


@pytest.mark.parametrize(
    ("message", "desa", "kecamatan"),
    [
        ("kk hilang ds kemuning kec kersek", "KEMUNING", "KRESEK"),
        ("ktp rusak desa caringin kec lgeok", "CARINGIN", "LEGOK"),
        ("ktp hilang desa talok kec kersek", "TALOK", "KRESEK"),
    ],
)
def test_a_kecamatan_typo_near_one_of_the_desas_kecamatan_asks_yes_or_no_with_the_desa(
    message: str, desa: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.place is not None and found.place.status == "suggest"
    assert found.place.suggestion == (desa, kecamatan)
    assert found.unresolved.get("desa") == desa


def test_a_kecamatan_far_from_every_kecamatan_of_the_desa_stays_a_question(
    gazetteer: Gazetteer,
) -> None:
    found = extract("kk hilang ds kemuning kec xyzq", gazetteer=gazetteer)
    assert found.place is not None and found.place.status == "ambiguous"


@pytest.mark.parametrize(
    ("message", "desa", "kecamatan"),
    [
        (f"ktp rusak {NIK} {KK} Yusuf Maulana, lontar kemiri", "LONTAR", "KEMIRI"),
        ("alamatnya karet sepatan", "KARET", "SEPATAN"),
        ("medang pagedangan", "MEDANG", "PAGEDANGAN"),
    ],
)
def test_an_everyday_desa_word_followed_by_its_kecamatan_is_the_desa(
    message: str, desa: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("desa"), found.values.get("kecamatan")) == (desa, kecamatan)


def test_an_everyday_desa_word_without_its_kecamatan_is_not_a_place(gazetteer: Gazetteer) -> None:
    assert "desa" not in extract("ktp saya karet gelangnya putus", gazetteer=gazetteer).values


@pytest.mark.parametrize(
    ("message", "name"),
    [
        (f"An: Ujang Suryana\nNIK {NIK}", "UJANG SURYANA"),
        (f"an : Ujang Suryana, nik {NIK}", "UJANG SURYANA"),
        (f"assalamualaikum, sy taufik hidayat mau pindah ke bandung. nik {NIK}", "TAUFIK HIDAYAT"),
    ],
)
def test_a_name_after_an_colon_or_a_self_introduction_with_data_is_read(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        "saya kurang paham mau tanya",
        "saya ibu rumah tangga mau bikin ktp",
        f"saya kurang paham mau isi nik {NIK}",
        "saya orang awam mau tanya",
    ],
)
def test_a_self_description_is_not_a_name(message: str, gazetteer: Gazetteer) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer).values


@pytest.mark.parametrize(
    ("message", "desa", "kecamatan"),
    [
        ("desa jatimulya kec sepatan timr", "JATI MULYA", "SEPATAN TIMUR"),
        ("desa lebak wangi kec sepatan timr", "LEBAK WANGI", "SEPATAN TIMUR"),
        ("desa talok kec kresk", "TALOK", "KRESEK"),
        ("desa bitung jaya kec cikupaa", "BITUNG JAYA", "CIKUPA"),
    ],
)
def test_a_kecamatan_typo_the_desa_confirms_fills_both(
    message: str, desa: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert (found.values.get("desa"), found.values.get("kecamatan")) == (desa, kecamatan)


@pytest.mark.parametrize(
    ("message", "typed"),
    [("kec sepatan tmur", "SEPATAN TMUR"), ("kec pasar kms", "PASAR KMS")],
)
def test_a_kecamatan_with_a_mistyped_second_word_is_a_suggestion_not_the_shorter_one(
    message: str, typed: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert "kecamatan" not in found.values
    assert found.unresolved.get("kecamatan") == typed


@pytest.mark.parametrize(
    ("message", "kecamatan"),
    [("kec sepatan desa karet", "SEPATAN"), ("kec sepatan, hilang ktp", "SEPATAN")],
)
def test_a_kecamatan_followed_by_other_words_stays_itself(
    message: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("kecamatan") == kecamatan
