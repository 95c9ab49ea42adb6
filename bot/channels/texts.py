"""What residents read from the channel core, on every channel, in polite plain Bahasa Indonesia.

Everything is plain text (no markup), so text a resident wrote can never break the formatting
of a message that echoes it.
"""

from __future__ import annotations

__all__ = [
    "ALREADY_RATED",
    "ATTACHMENT_EXPIRED",
    "ATTACHMENT_FAILED",
    "ATTACHMENT_TOO_BIG",
    "ATTACHMENT_WRONG_TYPE",
    "COMMENT_SAVED",
    "NO_OPEN_TICKET",
    "NOT_UNDERSTOOD_KIND",
    "OUTAGE",
    "RATING_LABELS",
    "UNDERSTOOD",
    "attachment_saved",
    "rating_request",
    "rating_thanks",
    "which_request",
]

OUTAGE = (
    "Mohon maaf, layanan sedang gangguan, pesan Bapak/Ibu sudah kami simpan. "
    "Kami akan membalas segera setelah layanan pulih."
)

UNDERSTOOD = (
    "Mohon maaf, saya hanya dapat membaca pesan teks, foto (JPG/PNG) dan dokumen PDF. "
    "Silakan tulis keperluan Bapak/Ibu, contoh: ktp saya hilang."
)

NOT_UNDERSTOOD_KIND = (
    "Mohon maaf, pesan suara, stiker dan lokasi belum bisa kami baca. "
    "Silakan tulis keperluan Bapak/Ibu, contoh: ktp saya hilang. "
    "Foto (JPG/PNG) dan dokumen PDF bisa dikirim setelah permohonan dibuat."
)

NO_OPEN_TICKET = (
    "Terima kasih. Belum ada permohonan yang sedang berjalan dari percakapan ini, "
    "jadi lampiran belum dapat kami simpan. Mulai dulu dengan menulis keperluan Bapak/Ibu, "
    "contoh: ktp saya hilang, lalu kirim lagi lampirannya."
)

ATTACHMENT_WRONG_TYPE = "Mohon maaf, lampiran harus berupa foto (JPG/PNG) atau dokumen PDF."
ATTACHMENT_TOO_BIG = "Mohon maaf, ukuran lampiran paling besar 10 MB."
ATTACHMENT_FAILED = "Mohon maaf, lampiran belum berhasil kami terima. Mohon kirim ulang."


ATTACHMENT_EXPIRED = (
    "Mohon maaf, lampiran itu sudah tidak tersimpan (lebih dari sehari menunggu pilihan). "
    "Mohon kirim ulang lampirannya."
)


def attachment_saved(code: str) -> str:
    return f"Terima kasih, lampiran sudah kami simpan untuk permohonan {code}."


def which_request(open_requests: list[tuple[str, str, str | None]]) -> str:
    """The question when a chat with several open requests sends a file: (code, title, name)."""
    lines = [
        f"- {code}: {title}" + (f" atas nama {name}" if name else "")
        for code, title, name in open_requests
    ]
    return (
        "Terima kasih, lampiran sudah kami terima. Ada beberapa permohonan yang sedang berjalan "
        "dari percakapan ini:\n" + "\n".join(lines) + "\nLampiran ini untuk permohonan yang mana? "
        "Silakan pilih kodenya."
    )


RATING_LABELS = {
    1: "Sangat kurang",
    2: "Kurang",
    3: "Cukup",
    4: "Baik",
    5: "Sangat baik",
}


def rating_request(code: str) -> str:
    return (
        f"Permohonan {code} sudah selesai. Bagaimana pelayanan kami? Mohon beri nilai "
        "1 (sangat kurang) sampai 5 (sangat baik) dengan memilih salah satu pilihan."
    )


def rating_thanks(score: int) -> str:
    return (
        f"Terima kasih atas nilai {score} ({RATING_LABELS[score].lower()}). Bila ada saran, "
        "tulis dalam satu pesan, contoh: petugasnya ramah, antreannya cepat. "
        "Atau pilih Lewati."
    )


COMMENT_SAVED = "Terima kasih, saran Bapak/Ibu sudah kami catat."
ALREADY_RATED = "Terima kasih, permohonan ini sudah Bapak/Ibu nilai sebelumnya."
