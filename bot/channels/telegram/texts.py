"""What residents and officers read on Telegram, in polite plain Bahasa Indonesia (the
channel core's texts, shared by every channel, are re-exported here).

Everything is sent as plain text (no parse mode), so text a resident wrote can never break
the formatting of a message that echoes it.
"""

from __future__ import annotations

from bot.catalog import default_catalog
from bot.channels.texts import (
    ATTACHMENT_FAILED,
    ATTACHMENT_TOO_BIG,
    ATTACHMENT_WRONG_TYPE,
    NO_OPEN_TICKET,
    OUTAGE,
    UNDERSTOOD,
    attachment_saved,
)
from bot.office import default_office

__all__ = [
    "ATTACHMENT_FAILED",
    "ATTACHMENT_TOO_BIG",
    "ATTACHMENT_WRONG_TYPE",
    "HELP",
    "NO_OPEN_TICKET",
    "NOT_AN_OFFICER",
    "OUTAGE",
    "START",
    "STATUS_USAGE",
    "UNDERSTOOD",
    "attachment_saved",
    "resident_note_post",
]

START = (
    f"Selamat datang di Asisten Adminduk {default_office().agency}.\n"
    "Tulis keperluan Bapak/Ibu, contoh: ktp saya hilang, atau ketik /bantuan."
)

HELP = (
    f"Asisten ini membantu permohonan {default_catalog().listing()}.\n"
    "Tulis keperluan Bapak/Ibu dengan kalimat biasa, contoh: mau urus KK baru.\n"
    "Atau kirim format lengkap, contoh: "
    "#KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#PEMULA/HILANG/RUSAK#\n"
    "Cek status: /status KODE, contoh: /status KTP-7QX4M2\n"
    "Foto atau PDF dokumen (KK, surat kehilangan, akta) bisa dikirim setelah permohonan dibuat.\n"
    "Keputusan ada pada petugas Disdukcapil."
)

STATUS_USAGE = "Mohon sebutkan kode permohonan, contoh: /status KTP-7QX4M2"

NOT_AN_OFFICER = (
    "Mohon maaf, Bapak/Ibu belum terdaftar sebagai petugas, jadi tombol dan perintah ini "
    "tidak dapat dipakai. Tidak ada yang diubah."
)


_NOTE_HEADINGS = {
    "catatan_warga": "Pesan warga untuk tiket {code}",
    "minta_jadwal_ulang": "Warga meminta jadwal ulang untuk tiket {code} (petugas yang menentukan)",
    "ingin_batal": "Warga ingin membatalkan tiket {code} (petugas yang memutuskan)",
}


def resident_note_post(code: str, kind: str, masked_note: str) -> str:
    """The officer-chat post of a resident's note (the note already masked)."""
    heading = _NOTE_HEADINGS.get(kind, _NOTE_HEADINGS["catatan_warga"]).format(code=code)
    return f"{heading}:\n{masked_note}"
