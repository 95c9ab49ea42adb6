"""Everything an officer reads from the chat side, in Bahasa Indonesia: the Telegram officer
group's refusals and the posts of residents' notes (the console's words are in its
templates, bot/web/templates)."""

from __future__ import annotations

from bot.reference.office import default_office

# The buttons under a ticket post: (callback key, label).
BUTTONS = (
    ("a", "Ambil"),
    ("f", "Minta perbaikan"),
    ("j", "Jadwalkan"),
    ("s", "Selesai"),
    ("t", "Tolak"),
)

# The ticket fields as a post names them.
LABELS = {
    "nik": "NIK",
    "no_kk": "No. KK",
    "nama": "Nama",
    "nama_kepala_keluarga": "Kepala keluarga",
    "desa": "Desa",
    "kecamatan": "Kecamatan",
    "alasan": "Alasan",
    "alamat_pindah": "Alamat pindah",
    "no_skpwni": "No. SKPWNI",
    "keperluan": "Keperluan",
    "pertanyaan": "Pertanyaan",
}

# What an officer is asked to reply after a button: (what, example).
PROMPTS = {
    "f": ("catatan perbaikan", "foto KK belum jelas, mohon kirim ulang"),
    "j": (
        "jadwal: tanggal jam tempat; bawa",
        "2026-12-03 09:00 Kantor Disdukcapil loket 3; KK asli",
    ),
    "t": ("alasan penolakan", f"NIK tidak terdaftar di {default_office().short}"),
}

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


REPLY_AWAITED_FROM_PRESSER = "Balasan ini ditunggu dari petugas yang menekan tombol."
NO_NEW_TICKETS = "Tidak ada tiket BARU di antrean Bapak/Ibu."
SUBMITTED_BY_HELPER = "Diajukan oleh petugas desa: {name}"
