"""What residents and officers read on Telegram, in polite plain Bahasa Indonesia.

Everything is sent as plain text (no parse mode), so text a resident wrote can never break
the formatting of a message that echoes it.
"""

from __future__ import annotations

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
]

START = (
    "Selamat datang di Asisten Adminduk Disdukcapil Kabupaten Tangerang.\n"
    "Tulis keperluan Bapak/Ibu, contoh: ktp saya hilang, atau ketik /bantuan."
)

HELP = (
    "Asisten ini membantu permohonan KTP-el, Kartu Keluarga, KIA dan surat pindah.\n"
    "Tulis keperluan Bapak/Ibu dengan kalimat biasa, contoh: mau urus KK baru.\n"
    "Atau kirim format lengkap, contoh: "
    "#KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#PEMULA/HILANG/RUSAK#\n"
    "Cek status: /status KODE, contoh: /status KTP-7QX4M2\n"
    "Foto atau PDF dokumen (KK, surat kehilangan, akta) bisa dikirim setelah permohonan dibuat.\n"
    "Keputusan ada pada petugas Disdukcapil."
)

STATUS_USAGE = "Mohon sebutkan kode permohonan, contoh: /status KTP-7QX4M2"

OUTAGE = (
    "Mohon maaf, layanan sedang gangguan, pesan Bapak/Ibu sudah kami simpan. "
    "Kami akan membalas segera setelah layanan pulih."
)

UNDERSTOOD = (
    "Mohon maaf, saya hanya dapat membaca pesan teks, foto (JPG/PNG) dan dokumen PDF. "
    "Silakan tulis keperluan Bapak/Ibu, contoh: ktp saya hilang."
)

NO_OPEN_TICKET = (
    "Terima kasih. Belum ada permohonan yang sedang berjalan dari percakapan ini, "
    "jadi lampiran belum dapat kami simpan. Mulai dulu dengan menulis keperluan Bapak/Ibu, "
    "contoh: ktp saya hilang, lalu kirim lagi lampirannya."
)

ATTACHMENT_WRONG_TYPE = "Mohon maaf, lampiran harus berupa foto (JPG/PNG) atau dokumen PDF."
ATTACHMENT_TOO_BIG = "Mohon maaf, ukuran lampiran paling besar 10 MB."
ATTACHMENT_FAILED = "Mohon maaf, lampiran belum berhasil kami terima. Mohon kirim ulang."


def attachment_saved(code: str) -> str:
    return f"Terima kasih, lampiran sudah kami simpan untuk permohonan {code}."


NOT_AN_OFFICER = (
    "Mohon maaf, Bapak/Ibu belum terdaftar sebagai petugas, jadi tombol dan perintah ini "
    "tidak dapat dipakai. Tidak ada yang diubah."
)
