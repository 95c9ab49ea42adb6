"""Dates and times as Indonesian readers write them: `Senin, 6 April 2026 pukul 09.00 WIB`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

__all__ = ["DAY_NAMES", "MONTH_NAMES", "WIB", "format_when", "zone_label"]

WIB = ZoneInfo("Asia/Jakarta")
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_when(at: datetime, tz: ZoneInfo = WIB) -> str:
    """`Senin, 6 April 2026 pukul 09.00 WIB`."""
    local = at.astimezone(tz)
    day = DAY_NAMES[local.weekday()]
    return (
        f"{day}, {local.day} {MONTH_NAMES[local.month - 1]} {local.year} "
        f"pukul {local:%H.%M} {zone_label(tz)}"
    )


def zone_label(tz: ZoneInfo) -> str:
    return {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}.get(
        tz.key, tz.key
    )
