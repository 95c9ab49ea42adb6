"""Text normalisation shared by the parser, the gazetteer and the identity checks.

Residents type on phones: full-width characters, Arabic-Indic digits, control characters,
doubled spaces. Everything here is pure and fast; nothing raises on any input.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "clean",
    "fold_key",
    "normalise_digits",
    "squash_spaces",
    "strip_place_prefix",
]

_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")
_PLACE_PREFIX = re.compile(
    r"^(?:(?:DESA|DS|KEL|KELURAHAN|KECAMATAN|KEC)\b\.?\s*)+",
)
# Abbreviations seen in the Kemendagri source itself and in residents' messages.
_ABBREVIATIONS = {
    "KMP": "KAMPUNG",
    "KAMP": "KAMPUNG",
    "TIM": "TIMUR",
    "TMR": "TIMUR",
    "BRT": "BARAT",
    "BAR": "BARAT",
    "UTR": "UTARA",
    "SEL": "SELATAN",
    "SLT": "SELATAN",
    "TGH": "TENGAH",
    "PSR": "PASAR",
    "TLK": "TELUK",
    "GN": "GUNUNG",
    "GNG": "GUNUNG",
}


def normalise_digits(text: str) -> str:
    """Map every Unicode decimal digit (full-width, Arabic-Indic, ...) to ASCII 0-9."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else ch)
    return "".join(out)


# Dashes and minus signs typed by phones and word processors: all a plain '-'.
_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-")
)


def clean(text: str) -> str:
    """NFKC, ASCII digits, control characters turned into spaces, single spaces, trimmed."""
    if not text.isascii():
        text = normalise_digits(unicodedata.normalize("NFKC", text)).translate(_DASHES)
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return squash_spaces(text)


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace into one space and trim."""
    if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
        return text  # the common case, without a regex
    return _SPACES.sub(" ", text).strip()


def strip_place_prefix(text: str) -> str:
    """Drop leading 'desa', 'ds.', 'kel.', 'kelurahan', 'kec.', 'kecamatan' (upper-cased input)."""
    return _PLACE_PREFIX.sub("", text).strip()


@lru_cache(maxsize=8192)
def fold_key(text: str) -> str:
    """A comparison key for place names: upper case, prefixes and abbreviations resolved,
    and everything but letters and digits removed, so 'Bitung Jaya', 'BITUNGJAYA' and
    'ds. bitung-jaya' meet."""
    upper = strip_place_prefix(clean(text).upper())
    words = _NON_ALNUM.sub(" ", upper).split()
    return "".join(_ABBREVIATIONS.get(word, word) for word in words)
