"""Issue 8's categories end to end: real messages to the real Rasa and action servers, and
the queue checked afterwards. The full measurement is bench/conversations.py."""

from __future__ import annotations

from bot.cli.runtime import Servers
from devtools.synthetic import make_kk, make_nik
from tests.e2e.conftest import queue_json
from tests.e2e.test_conversations import code_in, resident


def tickets_of(queue_env: dict[str, str], chat_id: str) -> list[dict[str, object]]:
    return [t for t in queue_json(queue_env, "queue", "list") if chat_id in str(t)]


def test_a_long_formal_message_with_dashed_numbers_is_one_request(
    servers: Servers, queue_env: dict[str, str]
) -> None:
    nik, kk = make_nik(female=True, serial=8101), make_kk(serial=8102)
    dashed_nik = "-".join(nik[i : i + 4] for i in range(0, 16, 4))
    chat = resident(servers)
    replies = chat.says(
        "Dengan hormat, saya bermaksud memperbarui KTP elektronik saya yang rusak. Berikut "
        f"data saya: NIK {dashed_nik}, No. KK {kk}, nama Dewi Sartika, alamat Desa Binong "
        "Kecamatan Curug. Atas perhatiannya saya ucapkan terima kasih."
    )
    line = f"#KTP#{nik}#{kk}#DEWI SARTIKA#BINONG#CURUG#RUSAK#"
    assert line in replies, replies
    code = code_in(chat.says("iya betul"))
    assert queue_json(queue_env, "queue", "show", code)["canonical"] == line


def test_restating_the_kecamatan_continues_the_form(servers: Servers, queue_env) -> None:
    kk = make_kk(serial=8103)
    chat = resident(servers)
    chat.says(f"mau cetak ulang kk, no kk {kk}, kepala keluarga budi santoso")
    line = f"#KK#{kk}#BUDI SANTOSO#BITUNG JAYA#CIKUPA"
    assert line in chat.says("desa bitung jaya")
    replies = chat.says("kecamatan cikupa")
    assert not any("belum paham" in r for r in replies), replies
    assert any("sudah sama" in r for r in replies), replies
    code = code_in(chat.says("ya"))
    assert queue_json(queue_env, "queue", "show", code)["canonical"] == line


def test_a_question_is_answered_and_the_request_offered(servers: Servers) -> None:
    chat = resident(servers)
    replies = chat.says("ktp rusak gimana ngurusnya")
    assert any("rusak" in r.lower() for r in replies), replies
    assert any("mulai permohonan" in r for r in replies), replies
    assert any("NIK" in r for r in chat.says("iya"))


def test_a_city_place_is_referred_and_makes_no_ticket(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    replies = chat.says("mau bikin ktp, saya tinggal di ciputat")
    assert any("Kota Tangerang Selatan" in r for r in replies), replies
    assert tickets_of(queue_env, chat.sender.split(":", 1)[1]) == []


def test_a_complaint_reaches_an_officer_with_the_transcript(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    complaint = "sudah dua minggu kk saya belum selesai, kecewa"
    code = code_in(chat.says(complaint))
    assert code.startswith("UMUM-")
    assert complaint in str(queue_json(queue_env, "queue", "show", code))


def test_surat_pindah_asks_the_full_destination_address(servers: Servers, queue_env) -> None:
    nik, kk = make_nik(serial=8104), make_kk(serial=8105)
    chat = resident(servers)
    chat.says("mau pindah ke depok, bikin surat pindahnya")
    assert any("16 angka" in r for r in chat.says("iya siap"))
    chat.says(f"nik {nik} kk {kk}")
    chat.says("ahmad fauzi")
    address = "JL. MERDEKA NO. 5 RT 01 RW 02 KEL. DEPOK KEC. PANCORAN MAS KOTA DEPOK"
    replies = chat.says(address.lower())
    assert any(r.startswith("#SKPWNI#") for r in replies), replies
    code = code_in(chat.says("ya"))
    assert queue_json(queue_env, "queue", "show", code)["fields"]["alamat_pindah"].startswith("JL")


def test_a_helper_pastes_the_request_first(servers: Servers, queue_env) -> None:
    nik, kk = make_nik(female=True, serial=8106), make_kk(serial=8107)
    chat = resident(servers)
    chat.says("assalamualaikum, saya kader posyandu mau bantu daftarkan warga")
    replies = chat.says(f"KIA anak: nik {nik} kk {kk} nama putri ayu desa binong kec curug")
    assert any("nama warga" in r for r in replies), replies
    chat.says("bu rina")
    assert any(r.startswith("#KIA#") for r in chat.says("0813 1111 2222"))
    code = code_in(chat.says("ya"))
    assert queue_json(queue_env, "queue", "show", code)["helper"]["resident_name"] == "RINA"
