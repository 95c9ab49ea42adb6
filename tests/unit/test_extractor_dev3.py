"""Extraction classes found in the third dev corpus (dev3), each in wordings of our own: bare
names in a list of values, name-introducing phrases, addresses that end where the address
ends, desa typos inside the kecamatan given, a document outranking "pindah" words in an
aside, and corrections that name their field."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import corrections, extract
from bot.reference.gazetteer import Gazetteer
from devtools.synthetic import make_kk, make_nik

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
        (f"ktp hilang, Budi Santoso Cikupa, nik {NIK}", "BUDI SANTOSO"),
        (f"ktp hilang, Budi Santoso Bitung Jaya Cikupa, nik {NIK}", "BUDI SANTOSO"),
        (f"ktp hilang, Rudi Hermawan, Saga Balaraja, nik {NIK}", "RUDI HERMAWAN"),
        (f"ktp rusak. Rudi Hermawan desa Saga, nik {NIK}", "RUDI HERMAWAN"),
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
        f"ktp rusak, kelindes motor, nik {NIK}",
        f"Urgent, nik {NIK}, kk {KK}",
        f"ktp ilang, lapor polisi udah, nik {NIK}",
        f"ktp hilang. Dompet Saya Dicopet. nik {NIK}",
        f"ktp rusak, nik {NIK}, kk {KK}, makasih kak",
        f"ktp hilang, Kemarin Jatuh, Saga Balaraja, nik {NIK}",
        f"ktp hilang, Bitung Jaya Cikupa, nik {NIK}",
    ],
)
def test_talk_places_and_fillers_in_a_list_are_not_a_name(
    message: str, gazetteer: Gazetteer
) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer).values


# --- 2. name-introducing phrases -------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "slot", "name"),
    [
        (f"nik {NIK} kk {KK} nm Joko Susilo ds Saga kec Balaraja, ktp hilang", "nama", "JOKO SUSILO"),
        (f"ktp rusak, nm lengkap Ratna Sari, nik {NIK}", "nama", "RATNA SARI"),
        (f"kk rusak, no kk {KK} nama kepala kel Sutarno, desa Saga", "nama_kepala_keluarga", "SUTARNO"),
        (f"kk hilang. kep. keluarga Bambang Sutrisno, no kk {KK}", "nama_kepala_keluarga",
         "BAMBANG SUTRISNO"),
        (f"kk ilang, kepala kel: Ujang Sopandi, kk {KK}", "nama_kepala_keluarga", "UJANG SOPANDI"),
    ],
)  # fmt: skip
def test_short_name_labels_introduce_the_name(
    message: str, slot: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get(slot) == name


def test_a_name_after_numbers_labelled_in_brackets(gazetteer: Gazetteer) -> None:
    message = f"{NIK[:4]}–{NIK[4:8]}–{NIK[8:12]}–{NIK[12:]} (nik) {KK} (kk) a.n. Eko Wahyudi, Saga"
    found = extract(message, gazetteer=gazetteer, layanan="KTP")
    assert found.layanan == "KTP"
    assert (found.values.get("nik"), found.values.get("no_kk")) == (NIK, KK)
    assert found.values.get("nama") == "EKO WAHYUDI"


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("perkenalkan saya Yusuf Hidayat dari desa Saga Balaraja, ktp saya rusak", "YUSUF HIDAYAT"),
        ("Perkenalkan, saya Maya Sari dari Kec. Cikupa, mau bikin ktp", "MAYA SARI"),
        (f"bersama ini saya Ahmad Fauzi sebagai pemohon, nik {NIK}", "AHMAD FAUZI"),
        ("Dengan hormat, pada kesempatan ini saya Rahmat Hidayat selaku pemohon mengajukan KTP",
         "RAHMAT HIDAYAT"),
    ],
)  # fmt: skip
def test_a_self_introduction_gives_the_name(message: str, name: str, gazetteer: Gazetteer) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        f"Dengan hormat, saya Darmawan Saputra selaku kepala keluarga memohon dibuatkan "
        f"kembali Kartu Keluarga kami yang rusak. Nomor KK {KK}",
        f"saya Sutrisno sebagai kepala keluarga mau cetak ulang kk, no kk {KK}",
    ],
)
def test_a_head_of_family_by_role_is_the_person_before_the_role(
    message: str, gazetteer: Gazetteer
) -> None:
    name = extract(message, gazetteer=gazetteer).values.get("nama_kepala_keluarga")
    assert name in {"DARMAWAN SAPUTRA", "SUTRISNO"}


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("Dengan hormat, saya selaku ibu dari ananda Nayla Putri bermaksud mengajukan KIA",
         "NAYLA PUTRI"),
        ("saya Budi Hartono, mau urus KIA anak saya yg kedua, Zidan Alfarizqi", "ZIDAN ALFARIZQI"),
        ("Saya Rina Marlina, mau bikin KIA buat anak saya, namanya Keisha Aulia", "KEISHA AULIA"),
        ("saya Hendra Wijaya mau daftar kia ananda Rafa Pratama", "RAFA PRATAMA"),
        (f"kia utk ananda Rafa, nik {NIK}", "RAFA"),
        (f"kia, nama anak: ananda Keisha Putri, nik {NIK}", "KEISHA PUTRI"),
    ],
)  # fmt: skip
def test_a_kia_name_is_the_childs_not_the_parents(
    message: str, name: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == name


@pytest.mark.parametrize(
    "message",
    [
        f"mengajukan KIA untuk anak warga desa Onyam: Fikri Ramadhan, NIK {NIK}, No KK {KK}. "
        "Orang tua: Bapak Karim, HP 0877 0000 9617",
        f"kia anak, Fikri Ramadhan, nik {NIK}, kk {KK}, ayah: Karim",
        f"daftar KIA. Fikri Ramadhan nik {NIK} kk {KK}, ibunya bu Sumiati",
    ],
)
def test_a_parents_name_in_a_kia_request_is_not_the_childs(
    message: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).values.get("nama") == "FIKRI RAMADHAN"


def test_a_parent_introducing_themselves_for_a_kia_is_not_the_name(gazetteer: Gazetteer) -> None:
    found = extract("saya Budi Hartono, mau urus KIA anak saya", gazetteer=gazetteer)
    assert "nama" not in found.values


# --- 3. addresses end where the address ends -------------------------------------------------
_ADDRESS = "Jl. Melati No. 9 RT 002 RW 005 Kel. Sukasari Kec. Tangerang Kota Tangerang"


@pytest.mark.parametrize(
    "message",
    [
        f"surat pindah\nnik {NIK}\nkk {KK}\nnama Sugiono\npindah ke {_ADDRESS}\nikut suami",
        f"skpwni nik {NIK} kk {KK}\nalamat tujuan: {_ADDRESS}\nkarena kerja",
        f"mau pindah keluar nik {NIK} kk {KK} pindah ke {_ADDRESS}. Atas bantuan Bapak/Ibu "
        "saya ucapkan terima kasih.",
        f"surat pindah, tujuan pindah {_ADDRESS}. Atas kerjasamanya terima kasih",
        f"pindah keluar nik {NIK} kk {KK}, pindah ke {_ADDRESS}. Terima kasih banyak",
    ],
)
def test_an_address_stops_at_a_new_line_or_a_closing_sentence(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("alamat_pindah") == _ADDRESS.upper()


def test_an_address_over_several_lines_is_one_address(gazetteer: Gazetteer) -> None:
    message = (
        f"skpwni nik {NIK} kk {KK}\npindah ke Jl. Melati No. 9\nRT 002 RW 005 Kel. Sukasari\n"
        "Kec. Tangerang Kota Tangerang"
    )
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("alamat_pindah") == _ADDRESS.upper()


@pytest.mark.parametrize("mark", [" / ", "/", " # ", ", "])
def test_values_separated_by_marks_give_the_address(mark: str, gazetteer: Gazetteer) -> None:
    parts = [NIK, KK, "Irfan Hakim", _ADDRESS]
    found = extract("mau pindah keluar, data: " + mark.join(parts), gazetteer=gazetteer)
    assert found.values.get("alamat_pindah") == _ADDRESS.upper()
    assert found.values.get("nama") == "IRFAN HAKIM"


@pytest.mark.parametrize(
    "message",
    [
        f"domisili sekarang: {_ADDRESS}",
        f"rumah saya, {_ADDRESS}",
    ],
)
def test_the_present_address_after_a_mark_is_not_the_destination(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="SKPWNI")
    assert "alamat_pindah" not in found.values


@pytest.mark.parametrize(
    "message",
    [
        f"alamat tujuannya ganti ya, kontrakannya pindah: {_ADDRESS}",
        f"alamat tujuan salah kak, rumah barunya di {_ADDRESS}",
        f"ganti alamat tujuan, yang baru: {_ADDRESS}",
    ],
)
def test_an_address_correction_takes_only_the_address(message: str, gazetteer: Gazetteer) -> None:
    found = corrections(message, layanan="SKPWNI", current={}, gazetteer=gazetteer)
    assert found.get("alamat_pindah") == _ADDRESS.upper()


# --- 4. a desa typo read inside the kecamatan given ------------------------------------------
@pytest.mark.parametrize(
    ("message", "typed", "label"),
    [
        (f"kk robek, no kk {KK}, ds salembaran jya kosambi", "SALEMBARAN JYA",
         "Salembaran Jaya (Kec. Kosambi)"),
        (f"ktp hilang, nik {NIK}, desa lengkong kulom pagedangan", "LENGKONG KULOM",
         "Lengkong Kulon (Kec. Pagedangan)"),
        (f"kia anak, nik {NIK}, kk {KK}, lengkong kulom kec pagedangan", "LENGKONG KULOM",
         "Lengkong Kulon (Kec. Pagedangan)"),
        ("ktp ilang, salembarn jaya, kecamatan kosambi", "SALEMBARN JAYA",
         "Salembaran Jaya (Kec. Kosambi)"),
        (f"kk rusak, no kk {KK}, salembaran jya kosambi", "SALEMBARAN JYA",
         "Salembaran Jaya (Kec. Kosambi)"),
        (f"ktp hilang, nik {NIK}, lengkong kulom pagedangan", "LENGKONG KULOM",
         "Lengkong Kulon (Kec. Pagedangan)"),
    ],
)  # fmt: skip
def test_a_desa_typo_next_to_its_kecamatan_is_offered_inside_it(
    message: str, typed: str, label: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.unresolved.get("desa") == typed
    assert found.suggestions.get("desa") == (label,)
    assert found.place is not None and found.place.status == "suggest"


@pytest.mark.parametrize(
    "message",
    [
        f"ktp hilang nik {NIK} kec pagedangan",
        "ktp ilang. kec pagedangan",
        "mau bikin ktp kec pagedangan",
    ],
)
def test_no_desa_is_made_up_before_a_kecamatan(message: str, gazetteer: Gazetteer) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert "desa" not in found.unresolved and "desa" not in found.suggestions
    assert found.values.get("kecamatan") == "PAGEDANGAN"


# --- 5. a document asked for outranks "pindah" told in an aside ------------------------------
@pytest.mark.parametrize(
    ("message", "layanan"),
    [
        (f"mau cetak ulang KK a/n Bpk Sarmin no {KK}, desa Saga. kk nya ilang pas pindahan rumah",
         "KK"),
        (f"tolong bikin ktp lagi, nik {NIK}. ktp saya hilang waktu pindahan kemarin", "KTP"),
        ("mau urus KIA anak saya. berkasnya kececer pas pindah rumah", "KIA"),
        (f"mohon dibuatkan kembali kartu keluarga, no kk {KK}; rusak waktu pindahan", "KK"),
    ],
)  # fmt: skip
def test_a_document_asked_for_outranks_a_move_in_an_aside(
    message: str, layanan: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).layanan == layanan


@pytest.mark.parametrize(
    ("message", "layanan"),
    [
        ("mau bikin surat pindah, kk saya ikut", "SKPWNI"),
        ("saya pindahan dari bogor, mau lapor", "SKDWN"),
        ("mau bikin KK baru, karena pindah datang dari bogor", "SKDWN"),
    ],
)
def test_a_move_named_as_the_request_stays_the_request(
    message: str, layanan: str, gazetteer: Gazetteer
) -> None:
    assert extract(message, gazetteer=gazetteer).layanan == layanan


# --- 6. corrections that name their field ----------------------------------------------------
NEW_KK = make_kk("360315", date(2019, 1, 5), serial=9313)
NEW_NIK = make_nik("360315", date(2016, 2, 20), serial=9314)


@pytest.mark.parametrize(
    "message",
    [
        f"no kk nya ketuker sama punya ortu, ini yg bener: {NEW_KK}",
        f"kk nya salah kak, punya mertua. yang benar {NEW_KK}",
        f"nomor kk keliru ketik, harusnya {NEW_KK}",
        f"nomor kk yang tadi salah ketik kak. yang benar {NEW_KK}",
        f"kk saya yang tadi keliru. Harusnya {NEW_KK} kak",
    ],
)
def test_a_number_correction_goes_to_the_number_it_names(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="KTP")
    assert found.values.get("no_kk") == NEW_KK and "nik" not in found.values
    fixed = corrections(message, layanan="KTP", current={"nik": NIK, "no_kk": KK})
    assert fixed.get("no_kk") == NEW_KK and "nik" not in fixed


@pytest.mark.parametrize(
    "message",
    [
        f"nik nya salah ketik kak, yang benar {NEW_NIK}",
        f"nik nya ketuker sama punya adik, yang bener {NEW_NIK}",
    ],
)
def test_a_nik_correction_far_from_its_label_stays_the_nik(
    message: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer)
    assert found.values.get("nik") == NEW_NIK and "no_kk" not in found.values


def test_a_right_number_after_both_labels_is_not_guessed(gazetteer: Gazetteer) -> None:
    found = extract(f"nik atau kk ya yang salah, ini yg bener {NEW_KK}", gazetteer=gazetteer)
    assert "nomor_tanpa_label" in found.notes


@pytest.mark.parametrize(
    "message",
    [
        f"eh itu nama kakaknya. yang mau dibikin KIA adiknya: Rayyan Alfatih, nik {NEW_NIK}",
        f"maaf salah orang, yg mau dibuatkan KIA adiknya: Rayyan Alfatih, nik {NEW_NIK}",
    ],
)
def test_a_kia_for_another_child_changes_the_name_and_the_nik(
    message: str, gazetteer: Gazetteer
) -> None:
    current = {"nik": NIK, "no_kk": KK, "nama": "RAFFI AHMAD FAUZI"}
    fixed = corrections(message, layanan="KIA", current=current, gazetteer=gazetteer)
    assert (fixed.get("nama"), fixed.get("nik")) == ("RAYYAN ALFATIH", NEW_NIK)


@pytest.mark.parametrize(
    ("message", "slot", "value"),
    [
        ("namanya salah ketik kak, yg bener Nurul Aini", "nama", "NURUL AINI"),
        ("nama saya salah, harusnya Siti Aminah", "nama", "SITI AMINAH"),
        ("maaf kecamatannya Panongan, bukan Sepatan", "kecamatan", "PANONGAN"),
        ("kecamatannya salah min, yang benar Panongan", "kecamatan", "PANONGAN"),
        ("desanya salah, yg bener Saga", "desa", "SAGA"),
    ],
)
def test_a_correction_read_outside_the_confirmation_names_its_field(
    message: str, slot: str, value: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="KTP")
    assert found.values.get(slot) == value
    assert slot not in found.ambiguous
    assert slot == "nama" or "nama" not in found.values


def test_a_kecamatan_correction_is_never_a_name_in_the_conversation() -> None:
    from tests.unit.conversation.chat import Chat

    chat = Chat()
    chat.says(f"ktp patah, nik {NIK}, kk {KK}, Mekar Jaya, Sepatan")
    chat.says("maaf kecamatannya Panongan, bukan Sepatan")
    assert chat.state.fields.get("kecamatan") == "PANONGAN"
    assert "nama" not in chat.state.fields


def test_a_name_typo_fixed_at_the_name_question_is_the_name_not_a_complaint() -> None:
    from tests.unit.conversation.chat import Chat

    chat = Chat()
    chat.says(f"ktp patah, nik {NIK}, kk {KK}, Mekar Jaya, Panongan")
    chat.says("namanya salah ketik kak, yg bener Nurul Aini")
    assert chat.state.fields.get("nama") == "NURUL AINI"
    assert not chat.port.forwarded


@pytest.mark.parametrize(
    "message",
    [
        "namanya salah ketik",
        "nama salah cetak kak",
        "kia anak saya namanya salah cetak, blm dibenerin",
    ],
)
def test_a_wrong_name_without_the_new_one_gives_no_name(message: str, gazetteer: Gazetteer) -> None:
    assert "nama" not in extract(message, gazetteer=gazetteer, layanan="KTP").values
    assert "nama" not in corrections(message, layanan="KTP", current={"nama": "ALIA"})


@pytest.mark.parametrize(
    ("message", "desa", "kecamatan"),
    [
        ("eh desanya salah, harusnya Sukanagara bukan Sukamulya", "SUKANAGARA", "CIKUPA"),
        ("desanya bukan Saga tapi Sentul, kec Balaraja", "SENTUL", "BALARAJA"),
        ("kecamatannya bukan Cikupa, yang benar Balaraja, desa Saga", "SAGA", "BALARAJA"),
    ],
)
def test_a_place_correction_leaves_the_old_place_out(
    message: str, desa: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    found = extract(message, gazetteer=gazetteer, layanan="KTP")
    assert (found.values.get("desa"), found.values.get("kecamatan")) == (desa, kecamatan)
    assert not found.ambiguous and not found.suggestions
