"""What residents read about their ticket, in polite plain Bahasa Indonesia."""

from __future__ import annotations

from datetime import datetime

from bot.office import default_office
from bot.queue.hours import format_when

__all__ = ["claimed", "completed", "fix_needed", "receipt", "rejected", "scheduled"]


def receipt(code: str, title: str, expectation: str) -> str:
    return (
        f"Terima kasih, permohonan {title} Bapak/Ibu sudah kami terima dengan kode {code}. "
        f"{expectation} Simpan kode ini untuk menanyakan status, contoh: status {code}. "
        "Keputusan ada pada petugas Disdukcapil."
    )


def claimed(code: str, title: str) -> str:
    return (
        f"Permohonan {title} Bapak/Ibu dengan kode {code} sudah diambil petugas "
        "dan sedang diproses. Mohon ditunggu kabar berikutnya."
    )


def fix_needed(code: str, note: str) -> str:
    return (
        f"Permohonan {code} perlu diperbaiki. Catatan petugas: {note} "
        "Silakan kirim lagi permohonannya dengan data yang sudah diperbaiki (boleh dengan "
        "baris #); perbaikan akan diteruskan ke petugas yang sama."
    )


def scheduled(code: str, at: datetime, place: str, bring: str | None) -> str:
    text = f"Permohonan {code} sudah dijadwalkan. Silakan datang pada {format_when(at)} di {place}."
    if bring:
        text += f" Yang perlu dibawa: {bring}."
    return text + " Jika berhalangan, mohon kabari kami dengan menyebut kode tiket."


def completed(code: str, note: str | None) -> str:
    text = f"Permohonan {code} sudah selesai."
    if note:
        text += f" Catatan petugas: {note}"
    return text + f" Terima kasih telah menggunakan layanan {default_office().agency}."


def rejected(code: str, reason: str) -> str:
    return (
        f"Mohon maaf, permohonan {code} tidak dapat diproses. Alasan: {reason} "
        "Bapak/Ibu dapat mengajukan permohonan baru setelah persyaratannya lengkap."
    )
