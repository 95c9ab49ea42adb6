"""NIK and No. KK: normalisation, structural checks and derived facts.

Layout (see `bot/reference/data/nik_kk_notes.md`): `PP KK CC DDMMYY SSSS` — region code of first
registration, a date (NIK: birth date, day +40 for women; KK: recording date, no +40),
and a serial that is never 0000. There is no check digit. A region outside the office's
(Kab. Tangerang) is normal for newcomers, so it is a warning for the officer, never an error.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from datetime import date

from bot.errors import InvalidNumber
from bot.reference.gazetteer import Gazetteer, default_gazetteer
from bot.reference.text import clean

__all__ = [
    "IdentityNumber",
    "install_log_masking",
    "mask",
    "mask_text",
    "normalise_number",
    "number_part",
    "parse_kk",
    "parse_nik",
    "repair_lookalikes",
]

_SEPARATORS = re.compile(r"[\s.\-_/,]+")
_PARTS = re.compile(r"[\s.\-_/,:;=#()]+")
_WORD_THEN_DIGIT = re.compile(r"([^\W\d_]{2,})(?=\d)|(?<=\d)([^\W\d_]{2,})")
_LOOKALIKES = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "I": "1",
    "l": "1",
    "i": "1",
    "|": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "G": "6",
    "b": "6",
}
LABELS = {"nik": "NIK", "no_kk": "No. KK"}


@dataclass(frozen=True)
class IdentityNumber:
    """A structurally valid NIK or No. KK and what its digits say."""

    kind: str  # "nik" or "no_kk"
    digits: str
    region_code: str  # "36.03.18"
    date: dt.date  # birth date (NIK) or recording date (KK)
    sex: str | None  # "P" (perempuan) / "L" (laki-laki) for a NIK, None for a KK
    province: str
    kabkota: str
    kecamatan: str | None  # None when the code is not a current kecamatan (e.g. before a split)
    office_code: str = (
        "36.03"  # the kab/kota of the office that checked it (bot/reference/office.yml)
    )

    @property
    def in_office(self) -> bool:
        """Whether it was first registered in the office's own kabupaten / kota."""
        return self.region_code.startswith(self.office_code + ".")

    def age_on(self, today: dt.date) -> int:
        born = self.date
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    @property
    def masked(self) -> str:
        return mask(self.digits)


def mask(number: str) -> str:
    """`360318******0003`: region and serial kept, the date hidden. Safe for logs and lists."""
    digits = re.sub(r"\D", "", number)
    if len(digits) != 16:
        return "*" * min(len(number), 16)
    return digits[:6] + "*" * 6 + digits[12:]


# Digit groups joined by up to three separators: "3603 1857 0899 0002", "3603.18-57/08…".
_DIGIT_RUN = re.compile(r"\d+(?:[ \t.\-_/]{1,3}\d+)*")
_GROUP = re.compile(r"\d+")


def _looks_like_number(chunk: str) -> bool:
    """16 digits spread over groups that read as a NIK / No. KK (province, day, month), so
    that a date or a phone number beside a grouped NIK is not what gets masked."""
    digits = re.sub(r"\D", "", chunk)
    day, month = int(digits[6:8]), int(digits[8:10])
    return 11 <= int(digits[:2]) <= 96 and 1 <= day % 40 <= 31 and 1 <= month <= 12


def _mask_run(run: str) -> str:
    """Every 16 digits in a run, however grouped, masked; the separators between are kept."""
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(run)]
    digits = sum(end - start for start, end in groups)
    if 14 <= digits <= 18 and digits != 16:  # a NIK with a digit too many or too few
        return re.sub(r"\d", "*", run)
    out, done, i = [], 0, 0
    while i < len(groups):
        total, j = 0, i
        while j < len(groups) and total < 16:
            total += groups[j][1] - groups[j][0]
            j += 1
        start, end = groups[i][0], groups[j - 1][1]
        whole = j == i + 1 or (i == 0 and j == len(groups))
        if total == 16 and (whole or _looks_like_number(run[start:end])):
            out += [run[done:start], mask(run[start:end])]
            done, i = end, j
        elif total > 16 and j == i + 1:  # one group longer than 16 digits: hide it all
            out += [run[done:start], "*" * (end - start)]
            done, i = end, j
        else:
            i += 1
    return "".join(out) + run[done:]


def mask_text(text: str) -> str:
    """Text with every NIK / No. KK masked, written in one piece or in groups with spaces,
    dots, dashes or slashes (`3603 1857 0899 0002` -> `360318******0002`). For anything
    that leaves to a group chat, a log or a list."""
    return _DIGIT_RUN.sub(lambda m: _mask_run(m.group(0)), text)


def install_log_masking() -> None:
    """Mask NIK / No. KK in every log record of this process, whoever logs it."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "masks_numbers", False):
        return

    def masked_record(*args: object, **kwargs: object) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return record
        record.msg, record.args = mask_text(message), ()
        return record

    masked_record.masks_numbers = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(masked_record)


EXAMPLES = {"nik": "3603185708990002", "no_kk": "3603181204150003"}
WHERE = {"nik": "tertulis di KTP atau Kartu Keluarga", "no_kk": "di bagian atas Kartu Keluarga"}


def _is_word(token: str) -> bool:
    """A word beside the number ("iya", "nik", "saya"), not a mistyped part of it."""
    letters = sum(ch.isalpha() for ch in token)
    digits = sum(ch.isdigit() for ch in token)
    return letters >= 2 and letters > digits


def number_part(text: str) -> str:
    """The characters of the typed number: separators dropped, and the words beside it
    ("nik saya 3603 ...", "iya 3603...") left out. Look-alike letters stay (to be named)
    only inside or beside tokens that hold digits."""
    spaced = _WORD_THEN_DIGIT.sub(lambda m: f" {m.group()} ", clean(text))
    tokens = [t for t in _PARTS.split(spaced) if t]
    kept = [t for t in tokens if not _is_word(t)]
    if not any(ch.isdigit() for t in kept for ch in t):
        return ""
    return "".join(t for t in kept if any(ch.isdigit() for ch in t) or t in _LOOKALIKES)


def repair_lookalikes(text: str) -> str | None:
    """The digits of a token that is mostly digits with look-alike letters (O->0, I/l->1,
    S->5, B->8 ...), or None when it is not such a token ("oke", "iya siap")."""
    raw = _SEPARATORS.sub("", clean(text))
    digits = sum(ch.isdigit() for ch in raw)
    if (
        len(raw) < 8
        or digits * 5 < len(raw) * 3
        or any(not ch.isdigit() and ch not in _LOOKALIKES for ch in raw)
    ):
        return None
    return "".join(_LOOKALIKES.get(ch, ch) for ch in raw)


def normalise_number(text: str, kind: str = "nik") -> str:
    """The 16 ASCII digits of a typed number, or InvalidNumber saying what is wrong."""
    label = LABELS[kind]
    if not clean(text):
        raise InvalidNumber("kosong", f"{label} belum diisi.")
    raw = number_part(text)
    if not raw:
        raise InvalidNumber(
            "bukan_angka",
            f"Mohon tulis {label} 16 angka ({WHERE[kind]}). Contoh: {EXAMPLES[kind]}",
        )
    for position, ch in enumerate(raw, start=1):
        if ch.isdigit():
            continue
        if ch in _LOOKALIKES:
            raise InvalidNumber(
                "huruf_mirip_angka",
                f"{label} hanya berisi angka; di posisi ke-{position} ada huruf '{ch}' "
                f"(mungkin maksudnya angka {_LOOKALIKES[ch]}).",
                position,
            )
        raise InvalidNumber(
            "karakter_salah",
            f"{label} hanya berisi angka; di posisi ke-{position} ada '{ch}'.",
            position,
        )
    if len(raw) != 16:
        raise InvalidNumber(
            "panjang_salah",
            f"{label} harus 16 angka; yang Bapak/Ibu kirim {len(raw)} angka.",
        )
    return raw


def _infer_date(day: int, month: int, yy: int, today: date) -> date | None:
    """The latest real date with these digits that is not after today."""
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _parse(text: str, kind: str, gazetteer: Gazetteer | None, today: date | None) -> IdentityNumber:
    label = LABELS[kind]
    digits = normalise_number(text, kind)
    gazetteer = gazetteer or default_gazetteer()
    today = today or date.today()
    province, kabkota, kecamatan = gazetteer.region_names(digits[:6])
    if province is None:
        raise InvalidNumber(
            "provinsi_tidak_dikenal",
            f"{label} diawali kode provinsi {digits[:2]} yang tidak dikenal; mohon periksa "
            f"dua angka pertama.",
        )
    if kabkota is None:
        raise InvalidNumber(
            "kabkota_tidak_dikenal",
            f"Angka ke-3 dan ke-4 {label} ({digits[2:4]}) bukan kode kabupaten/kota di {province}.",
        )
    if digits[4:6] == "00":
        raise InvalidNumber("kecamatan_kosong", f"Angka ke-5 dan ke-6 {label} tidak boleh 00.")
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = None
    if kind == "nik":
        sex = "P" if day > 40 else "L"
        day = day - 40 if day > 40 else day
    when = _infer_date(day, month, yy, today) if 1 <= day <= 31 and 1 <= month <= 12 else None
    if when is None:
        what = "tanggal lahir" if kind == "nik" else "tanggal pencatatan"
        raise InvalidNumber(
            "tanggal_salah",
            f"Angka ke-7 sampai ke-12 {label} ({digits[6:12]}) bukan {what} yang benar.",
        )
    if digits[12:] == "0000":
        raise InvalidNumber("nomor_urut_nol", f"Empat angka terakhir {label} tidak boleh 0000.")
    code = f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}"
    return IdentityNumber(
        kind, digits, code, when, sex, province, kabkota, kecamatan, gazetteer.office.code
    )


def parse_nik(
    text: str, *, gazetteer: Gazetteer | None = None, today: date | None = None
) -> IdentityNumber:
    """Check a NIK; raises InvalidNumber with a stable code and an Indonesian message."""
    return _parse(text, "nik", gazetteer, today)


def parse_kk(
    text: str, *, gazetteer: Gazetteer | None = None, today: date | None = None
) -> IdentityNumber:
    """Check a No. KK (no +40 rule; the date must not be in the future)."""
    return _parse(text, "no_kk", gazetteer, today)
