"""What the fresh6 part showed the extractor missing (our own wordings): names after
"kenalin", Sundanese "nami", a title "teh", "kepalanya", "anaknya", "ananda ... mohon", a
short name also written in full, the KK's head told as "atas nama saya", talk after a name
before a line break, regional words for a lost card, and a purpose with a clause about the
writer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import corrections, extract
from bot.intake.places import resolve_place
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


@pytest.mark.parametrize(
    ("text", "current", "name"),
    [
        ("namanya pake ch ya kak: Rachmat Hidayat. maaf typo", "RAHMAT HIDAYAT", "RACHMAT HIDAYAT"),
        ("nama anaknya z nya dua kak, Nabila Azzahra", "NABILA AZAHRA", "NABILA AZZAHRA"),
        ("eh namanya pake y dua, YULIYANTI bukan Yulianti", "YULIANTI", "YULIYANTI"),
        ("namanya pake dobel L: Lilly Marlina", "LILY MARLINA", "LILLY MARLINA"),
    ],
)
def test_a_name_corrected_by_its_spelling_is_the_name_written(
    text: str, current: str, name: str
) -> None:
    assert corrections(text, layanan="KTP", current={"nama": current}) == {"nama": name}


def test_talk_about_similar_names_corrects_only_the_desa() -> None:
    text = "eh maksud saya desa Pasir Gadung, bukan Pasir Jaya, namanya mirip jadi ketuker"
    current = {"nama": "MEGA PUSPITA", "desa": "PASIR JAYA", "kecamatan": "CIKUPA"}
    assert corrections(text, layanan="KTP", current=current) == {"desa": "PASIR GADUNG"}


def test_a_number_restated_after_kk_nya_yg_tadi_keeps_the_service() -> None:
    text = f"kk nya yg tadi ya {KK}, nik anak {NIK}, namanya Bima Arya Pratama"
    ex = extract(text, layanan="KIA")
    assert ex.layanan == "KIA"
    assert ex.values["nama"] == "BIMA ARYA PRATAMA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("aye Mpok Ijah, nama di ktp mah Khodijah. ktp aye ilang", "KHODIJAH"),
        (
            f"anak saya Rizky Maulana bulan Februari kemarin sudah 17, mau ktp. nik {NIK}",
            "RIZKY MAULANA",
        ),
        (f"laki aye, Bang Rojali, ktp-nye ilang di angkot. nik-nye {NIK}", "ROJALI"),
        ("Dari: Yulianti\nPerihal: ktp ilang\nnik " + NIK, "YULIANTI"),
    ],
)
def test_names_told_in_passing(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


@pytest.mark.parametrize(
    "text",
    [
        "Bapak/Ibu yang saya hormati, kartu keluarga kami rusak. Bersama ini saya, Maman "
        "Suparman selaku kepala keluarga, mengajukan penggantian KK.",
        "ganti kk, nama kepala keluarga ditulis nama siapa ya? suami saya namanya Maman Suparman",
    ],
)
def test_courtesy_and_questions_are_no_head_of_family(text: str) -> None:
    assert extract(text).values.get("nama_kepala_keluarga") == "MAMAN SUPARMAN"


def test_a_sender_line_naming_a_desa_is_no_name() -> None:
    assert "nama" not in extract("Dari: Desa Bitung Jaya\nktp ilang").values


@pytest.mark.parametrize(
    "text",
    [
        f"yg 16 angka di kk itu kan? {NIK}",
        f"nomor yang tertera di kk, {NIK}",
        f"nik sesuai kk {NIK}",
    ],
)
def test_a_number_said_to_be_written_on_the_kk_is_not_the_kk_number(text: str) -> None:
    assert "no_kk" not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Saya sudah dapat kode SKPWNI dari Dispendukcapil Surabaya: 3578301020269995. "
        "Keperluan: melanjutkan pendidikan",
        "sy sudah terima SKPWNI dari Kab Serang 3604092026009248 keperluan ikut suami",
        "skpwni nya udah terbit, nomor 3604092026009248, keperluan kerja",
    ],
)
def test_a_letter_received_from_elsewhere_is_an_arrival(text: str) -> None:
    ex = extract(text)
    assert ex.layanan == "SKDWN"
    assert "no_skpwni" in ex.values


def test_a_letter_asked_for_leaving_a_kabupaten_desa_is_a_departure() -> None:
    assert extract("mau bikin skpwni dari desa bitung jaya ke depok").layanan == "SKPWNI"


@pytest.mark.parametrize(
    "text",
    [
        "alamat saya desa lengkong kulon kec pagedangan, deket bsd, suka dikira tangsel "
        "padahal kabupaten. ktp saya ilang",
        "ktp hilang, desa Binong kec Curug, kerjanya di kota tangerang",
    ],
)
def test_a_city_named_in_talk_beside_the_kabupaten_desa_is_no_referral(text: str) -> None:
    ex = extract(text)
    assert ex.referral is None
    assert ex.values.get("desa") and ex.values.get("kecamatan")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "sy baru pindah ke serpong, kelurahan lengkong wetan. mau bikin kk baru disini",
            "Kota Tangerang Selatan",
        ),
        ("baru pindah ke ciledug, mau lapor datang, skpwni 3171011120269988", "Kota Tangerang"),
    ],
)
def test_an_arrival_in_a_city_is_referred_to_that_city(text: str, city: str) -> None:
    referral = extract(text).referral
    assert referral is not None and city in referral


def test_lengkapnya_after_a_name_ends_it() -> None:
    text = "tapi nama sy Ilham Maulana Yusuf lengkapnya"
    assert extract(text, layanan="KTP").values["nama"] == "ILHAM MAULANA YUSUF"


@pytest.mark.parametrize(
    ("desa", "kecamatan", "suggestion"),
    [
        ("SUKADAME", "CIKUPA", ("SUKADAMAI", "CIKUPA")),
        ("SUKAMANA", "RAJEK", ("SUKAMANAH", "RAJEG")),
        ("BINONG", "CURUK", ("BINONG", "CURUG")),
    ],
)
def test_one_near_match_in_or_near_the_kecamatan_is_a_yes_no_question(
    desa: str, kecamatan: str, suggestion: tuple[str, str]
) -> None:
    result = resolve_place(desa, kecamatan)
    assert result.status == "suggest"
    assert result.suggestion == suggestion
    assert "Balas ya atau tidak" in (result.message or "")


def test_a_change_of_data_on_the_kk_is_a_kk_request() -> None:
    text = (
        "saya ingin mengajukan perubahan data pada Kartu Keluarga saya karena status "
        f"perkawinan berubah. Nomor Kartu Keluarga: {KK}. Nama kepala keluarga: Yusuf Maulana."
    )
    assert extract(text).layanan == "KK"


def test_a_label_after_a_full_stop_belongs_to_the_next_number() -> None:
    text = f"NIK anak: {NIK}. Nomor KK orang tuanya: {KK}."
    assert extract(text).values == {"nik": NIK, "no_kk": KK}


@pytest.mark.parametrize("text", ["sy baru dateng dari lampung mau lapor", "baru pindahan nih"])
def test_baru_beside_an_arrival_is_no_first_ktp(text: str) -> None:
    assert extract(text).alasan is None


def test_the_reason_after_its_label_wins_over_one_told_about_someone_else() -> None:
    text = "alasannya hilang aja. yang patah itu punya istri saya, punya saya mah ilang di pasar"
    assert corrections(text, layanan="KTP") == {"alasan": "HILANG"}


def test_a_purpose_closed_by_talk_ends_there() -> None:
    text = "eh ganti keperluannya jadi PENDIDIKAN ya, anak saya mau mondok di pesantren sini"
    assert corrections(text, layanan="SKDWN") == {"keperluan": "PENDIDIKAN"}


def test_a_letter_number_then_where_it_comes_from_is_an_arrival() -> None:
    ex = extract("SKPWNI 3171032804259647 dari Kemayoran Jakpus")
    assert ex.layanan == "SKDWN"
    assert ex.values == {"no_skpwni": "3171032804259647"}


def test_numbers_then_a_kabupaten_desa_after_skpwni_dari_is_a_departure() -> None:
    assert extract(f"skpwni {NIK} {KK} dari desa bitung jaya").layanan == "SKPWNI"


def test_sundanese_abdi_di_says_where_the_resident_lives() -> None:
    ex = extract("Punten, abdi di Pondok Kacang Timur kec Pondok Aren. Mau urus surat pindah")
    assert ex.referral is not None and "Kota Tangerang Selatan" in ex.referral


def test_ngelupas_is_a_damaged_card() -> None:
    assert extract("mau bikin ktp lagi, yg lama udah ngelupas").alasan == "RUSAK"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dengan ini saya, Dewi Lestari Wulandari, beralamat di Desa Curug Wetan Kecamatan "
            "Curug, melaporkan bahwa KTP elektronik saya hilang",
            "DEWI LESTARI WULANDARI",
        ),
        ("Bang, ane Rahmat. Mo bikin surat pindah", "RAHMAT"),
    ],
)
def test_the_writer_named_in_commas_or_as_ane(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_nama_saya_in_a_kia_request_is_the_parents() -> None:
    text = f"Saya ibunya Dimas, nama saya Wati. KIA untuk anak saya Dimas Pratama Putra, NIK {NIK}"
    assert extract(text).values.get("nama") == "DIMAS PRATAMA PUTRA"


def test_a_lost_wallet_is_a_lost_card() -> None:
    assert extract("mau urus KTP, dompet saya jatuh di angkot").alasan == "HILANG"


def test_saya_orang_names_where_the_resident_lives() -> None:
    referral = extract(
        "saya orang Serpong Utara (Pakujaya), mau bikin surat pindah ke Bekasi"
    ).referral
    assert referral is not None and "Kota Tangerang Selatan" in referral


def test_whose_home_village_is_no_address() -> None:
    ex = extract("mau surat pindah ke kampung istri di kuningan", layanan="SKPWNI")
    assert "alamat_pindah" not in ex.values
