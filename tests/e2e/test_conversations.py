"""Residents talk to the real assistant; afterwards the queue holds what they asked for."""

from __future__ import annotations

import re
import uuid

from bot.cli.runtime import Servers
from devtools.synthetic import make_kk, make_nik
from tests.e2e.conftest import Resident, queue_json

NIK = make_nik(female=True, serial=9102)
KK = make_kk(serial=9103)
CODE = re.compile(r"\b(?:KK|KTP|KIA|PINDAH|UMUM)-[A-HJ-NP-Z2-9]{6,}\b")


def resident(servers: Servers) -> Resident:
    return Resident(servers, f"e2e:{uuid.uuid4().hex[:10]}")


def code_in(replies: list[str]) -> str:
    for reply in replies:
        match = CODE.search(reply)
        if match:
            return match.group(0)
    raise AssertionError(f"no ticket code in {replies}")


def test_a_first_timer_writes_free_text_and_a_ticket_is_queued(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    assert any("NIK" in r for r in chat.says("ktp sy ilang, mau bikin lagi"))
    assert any("Kartu Keluarga" in r for r in chat.says(NIK))
    chat.says(KK)
    chat.says("siti aminah")
    confirmation = chat.says("bitung jaya")
    canonical = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
    assert canonical in confirmation, confirmation
    assert any("kehilangan" in r.lower() for r in confirmation)  # the checklist
    receipt = chat.says("ya")
    code = code_in(receipt)
    assert code.startswith("KTP-")
    assert not any("disetujui" in r.lower() for r in receipt)
    ticket = queue_json(queue_env, "queue", "show", code)
    assert ticket["status"] == "BARU"
    assert ticket["canonical"] == canonical
    assert ticket["fields"]["nik"] == NIK


def test_a_correct_hash_line_is_queued_in_one_turn(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    line = f"#KK#{make_kk(serial=9104)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
    code = code_in(chat.says(line))
    assert queue_json(queue_env, "queue", "show", code)["canonical"] == line


def test_a_message_with_everything_asks_nothing_more(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    nik = make_nik(female=True, serial=9105)
    replies = chat.says(
        f"ktp saya rusak nik {nik} kk {make_kk(serial=9106)} nama dewi sartika desa binong kec curug"
    )
    assert any(r.startswith("#KTP#") and r.endswith("#RUSAK#") for r in replies), replies
    code = code_in(chat.says("ya"))
    assert queue_json(queue_env, "queue", "show", code)["layanan"] == "KTP"


def test_cancel_creates_nothing(servers: Servers, queue_env) -> None:
    before = len(queue_json(queue_env, "queue", "list"))
    chat = resident(servers)
    chat.says("mau urus kk")
    chat.says(make_kk(serial=9107))
    assert any("dibatalkan" in r for r in chat.says("batal"))
    assert len(queue_json(queue_env, "queue", "list")) == before


def test_a_correction_at_confirmation_changes_one_field(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    kk = make_kk(serial=9108)
    chat.says(f"mau cetak kk no {kk} kepala keluarga budi santoso desa talagasari kec balaraja")
    replies = chat.says("ubah desa cangkudu")
    assert f"#KK#{kk}#BUDI SANTOSO#CANGKUDU#BALARAJA" in replies, replies
    code = code_in(chat.says("ya"))
    assert queue_json(queue_env, "queue", "show", code)["fields"]["desa"] == "CANGKUDU"


def test_status_is_told_only_to_the_chat_that_made_the_ticket(servers: Servers) -> None:
    owner = resident(servers)
    code = code_in(owner.says(f"#KK#{make_kk(serial=9109)}#BUDI SANTOSO#BINONG#CURUG"))
    assert any("BARU" in r or "menunggu" in r.lower() for r in owner.says(f"cek status {code}"))
    stranger = resident(servers)
    unknown = [r.replace("KK-ZZZZZZ", "<kode>") for r in stranger.says("cek status KK-ZZZZZZ")]
    foreign = [r.replace(code, "<kode>") for r in stranger.says(f"cek status {code}")]
    assert foreign == unknown
    assert "tidak ditemukan" in foreign[0]


def test_asking_for_a_human_forwards_the_transcript(servers: Servers, queue_env) -> None:
    chat = resident(servers)
    code = code_in(chat.says("mau bicara dengan petugas"))
    assert code.startswith("UMUM-")
    ticket = queue_json(queue_env, "queue", "show", code)
    assert "mau bicara dengan petugas" in str(ticket)


def test_a_village_helper_registers_a_resident_and_is_offered_the_next(
    servers: Servers, queue_env
) -> None:
    chat = resident(servers)
    chat.says("saya petugas desa mau daftarkan warga")
    nik = make_nik(female=True, serial=9110)
    asked = chat.says(
        f"ktp nya hilang, nik {nik} kk {make_kk(serial=9111)} nama siti aminah desa bitung jaya kec cikupa"
    )
    assert any("nomor HP warga" in r for r in asked), asked  # the resident is the applicant
    assert any(r.startswith("#KTP#") for r in chat.says("0812 3456 7890"))
    receipt = chat.says("ya")
    code = code_in(receipt)
    assert any("warga lain" in r for r in receipt)
    ticket = queue_json(queue_env, "queue", "show", code)
    assert ticket["helper"]["resident_phone"] == "081234567890"
    assert ticket["helper"]["resident_name"] == "SITI AMINAH"
