"""Issue 13 end to end on the real servers: the resident's side of open requests."""

from __future__ import annotations

from bot.cli.runtime import Servers
from devtools.synthetic import make_kk
from tests.e2e.conftest import adminduk, queue_json
from tests.e2e.test_conversations import code_in, resident


def kk_line(serial: int, desa: str = "TALAGASARI", kecamatan: str = "BALARAJA") -> str:
    return f"#KK#{make_kk(serial=serial)}#BUDI SANTOSO#{desa}#{kecamatan}"


def test_status_lists_the_chats_own_requests_and_a_third_chat_sees_neither(
    servers: Servers,
) -> None:
    owner = resident(servers)
    first = code_in(owner.says(kk_line(8301)))
    second = code_in(owner.says(kk_line(8302, "BINONG", "CURUG")))
    listing = "\n".join(owner.says("status permohonan saya"))
    assert first in listing and second in listing
    stranger = resident(servers)
    seen = "\n".join(stranger.says("status permohonan saya"))
    assert first not in seen and second not in seen


def test_a_withdrawal_before_a_claim_cancels_and_after_it_is_a_note(
    servers: Servers, queue_env: dict[str, str]
) -> None:
    chat = resident(servers)
    code = code_in(chat.says(kk_line(8303)))
    assert any(code in r for r in chat.says("batal"))
    chat.says("ya")
    assert queue_json(queue_env, "queue", "show", code)["status"] == "DIBATALKAN"

    code = code_in(chat.says(kk_line(8304)))
    added = adminduk(
        queue_env, "officer", "add", "--name", "Rina", "--queue", "KK", "--role", "officer"
    )
    assert added.returncode == 0, added.stderr
    officer = str(queue_json(queue_env, "officer", "list")[-1]["id"])
    assert adminduk(queue_env, "queue", "claim", code, "--officer", officer).returncode == 0
    chat.says(f"batalkan {code}")
    replies = chat.says("iya")
    assert any("petugas yang memutuskan" in r for r in replies), replies
    ticket = queue_json(queue_env, "queue", "show", code)
    assert ticket["status"] == "DIPROSES"
    assert ticket["events"][-1]["type"] == "ingin_batal"


def test_a_reschedule_request_reaches_the_officers_view(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    code = code_in(chat.says(kk_line(8305)))
    text = "maaf hari kamis saya tidak bisa datang, bisanya senin pagi"
    assert any("jadwal ulang" in r.lower() for r in chat.says(text))
    last = queue_json(queue_env, "queue", "show", code)["events"][-1]
    assert (last["type"], last["note"]) == ("minta_jadwal_ulang", text)


def test_a_helpers_list_names_each_resident(servers: Servers) -> None:
    chat = resident(servers)
    chat.says("saya petugas desa, mau daftarkan warga")
    chat.says(
        f"kk hilang no kk {make_kk(serial=8306)} kepala keluarga rudi salim desa binong kec curug"
    )
    chat.says("0812 3456 7890")
    code = code_in(chat.says("ya"))
    chat.says("tidak")
    listing = "\n".join(chat.says("status"))
    assert code in listing and "RUDI SALIM" in listing


def test_a_correction_right_after_sending_amends_the_ticket_until_an_officer_takes_it(
    servers: Servers, queue_env: dict[str, str]
) -> None:
    chat = resident(servers)
    code = code_in(chat.says(kk_line(8391)))
    replies = chat.says("ralat, desanya Sentul")
    assert any("sudah saya perbaiki" in r for r in replies), replies
    ticket = queue_json(queue_env, "queue", "show", code)
    assert ticket["status"] == "BARU" and ticket["canonical"].endswith("#SENTUL#BALARAJA")
    assert ticket["events"][-1]["type"] == "corrected"

    added = adminduk(
        queue_env, "officer", "add", "--name", "Dewi", "--queue", "KK", "--role", "officer"
    )
    assert added.returncode == 0, added.stderr
    officer = str(queue_json(queue_env, "officer", "list")[-1]["id"])
    assert adminduk(queue_env, "queue", "claim", code, "--officer", officer).returncode == 0
    replies = chat.says("eh salah lagi, kepala keluarganya Budi Santoso Wijaya")
    assert any("ditangani petugas" in r for r in replies), replies
    ticket = queue_json(queue_env, "queue", "show", code)
    assert ticket["canonical"].endswith("#BUDI SANTOSO#SENTUL#BALARAJA")
    assert ticket["events"][-1]["type"] == "catatan_warga"
