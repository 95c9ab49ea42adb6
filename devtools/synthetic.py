"""Synthetic NIK / No. KK numbers for tests, demos and benchmarks.

Structurally valid (region code + date + serial) and never a real person's: the serial
range 9xxx is used, which the tests and demos own.
"""

from __future__ import annotations

import random
from datetime import date

__all__ = ["make_kk", "make_nik", "random_kk", "random_nik"]


def make_nik(
    region: str = "360318", born: date = date(1999, 8, 17), female: bool = False, serial: int = 9001
) -> str:
    """A NIK: region (6 digits) + DDMMYY (day +40 for women) + serial."""
    day = born.day + 40 if female else born.day
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def make_kk(region: str = "360318", recorded: date = date(2015, 4, 12), serial: int = 9003) -> str:
    """A No. KK: region (6 digits) + recording date DDMMYY (no +40) + serial."""
    return f"{region}{recorded.day:02d}{recorded.month:02d}{recorded.year % 100:02d}{serial:04d}"


def random_nik(rng: random.Random, region: str = "360318", adult: bool = True) -> str:
    year = rng.randint(1950, 2004) if adult else rng.randint(2012, 2022)
    born = date(year, rng.randint(1, 12), rng.randint(1, 28))
    return make_nik(region, born, rng.random() < 0.5, rng.randint(9000, 9999))


def random_kk(rng: random.Random, region: str = "360318") -> str:
    recorded = date(rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return make_kk(region, recorded, rng.randint(9000, 9999))
