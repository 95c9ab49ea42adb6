"""A correction put in the plain form the extractor reads: "<label> <new value>".

The words between a field's label and its new value ("salah", "harusnya", "yang bener",
"jadi") are dropped, a leading "salah <label>" / "ganti <label>" becomes the label, and the
old value after "bukan" is left out. `reading.extract` and `amend.corrections` both use it.
"""

from __future__ import annotations

import re

from bot.reference.text import clean

__all__ = ["plain_correction"]

_LABEL = (
    r"(?:NAMA\s+KEPALA\s+KELUARGA(?:NYA)?|KEPALA\s+KELUARGA(?:NYA)?|NAMA(?:NYA)?"
    r"(?:\s+LENGKAP(?:NYA)?)?|DESA(?:NYA)?|KELURAHAN(?:NYA)?|KEL|DS|KECAMATAN(?:NYA)?|KEC|"
    r"ALASAN(?:NYA)?|ALAMAT(?:NYA)?(?:\s+(?:TUJUAN|PINDAH)(?:NYA)?)?|KEPERLUAN(?:NYA)?|"
    r"NIK(?:NYA)?|(?:NO\s+|NOMOR\s+)?KK(?:NYA)?)"
)
_MARK = (
    r"(?:SALAH|KELIRU|KURANG|TIDAK|GAK|BELUM|TEPAT|LENGKAP|LENGKAPNYA|YANG|YG|BENAR|BENER|"
    r"BETUL|BENARNYA|BENERNYA|HARUSNYA|SEHARUSNYA|MESTINYA|SEMESTINYA|MAKSUDNYA|JADI|JD|"
    r"MENJADI|DIGANTI|DIUBAH|GANTI|UBAH|DITULIS|TULIS|PAKAI|PAKE|TAPI|TETAPI|TP|MELAINKAN|KAK|KA|"
    r"MIN|PAK|BU|NYA|ITU|TUH|ADALAH|YAITU|SAYA|SY|MAU|TOLONG|MOHON|DONG|YA|AJA|SAJA|KETIK|DIKETIK|CETAK|"
    r"DICETAK|TULISAN|TULISANNYA|HURUF|HURUFNYA|EJA|EJAAN|EJAANNYA|BENERIN|DIBENERIN|BETULIN|"
    r"BETULKAN|DIBETULKAN|PERBAIKI|DIPERBAIKI|GANTIIN|UBAHIN|REVISI|KOREKSI)"
)
_SEP = r"[\s,.:;!\-]*"
_LABEL_THEN_MARKS = re.compile(rf"\b({_LABEL})\b(?:{_SEP}\b{_MARK}\b)+{_SEP}")
_VERB_THEN_LABEL = re.compile(
    rf"\b(?:SALAH|KELIRU|GANTI|GANTIIN|UBAH|UBAHIN|KOREKSI|REVISI|PERBAIKI|BETULKAN)\s+({_LABEL})\b"
)
_OLD_THEN_WRONG = re.compile(
    rf"\b(?=(?P<label>{_LABEL}))(?P=label)\s+[A-Z][A-Z .']{{0,40}}?\s+(?:SALAH|KELIRU)\b"
)  # a label is read whole ("alamat tujuan"), never cut short to make the rest match
_LABEL_THEN_NEW = re.compile(
    rf"\b(?=(?P<label>{_LABEL}))(?P=label)\b(?:\s+[A-Z0-9]+){{1,6}}?\s*[,.;]?\s*\b(?:HARUSNYA|"
    r"SEHARUSNYA|MESTINYA|"
    r"SEMESTINYA|(?:YANG|YG)\s+(?:BENAR|BENER|BETUL)|BENARNYA|BENERNYA)\b"
)  # "namanya kurang huruf, harusnya ...": the words between are about the old value
_SAME_LABEL_TWICE = re.compile(rf"\b({_LABEL})\s+\1\b")
_OLD_VALUE = re.compile(
    r"\b(?:BUKAN|BKN)\b.*?(?=[,.;!?]|\bTAPI\b|\bTETAPI\b|\bTP\b|\bMELAINKAN\b|\bHARUSNYA\b|"
    r"\bSEHARUSNYA\b"
    r"|\bYANG\b|\bYG\b|$)"
)


def plain_correction(text: str) -> str:
    """The correction as "<label> <new value>" (see the module docstring), upper case."""
    s = clean(text).upper()
    s = _OLD_THEN_WRONG.sub(r"\g<label> SALAH", s)  # "desa cipaeh salah, yang benar ..."
    s = _VERB_THEN_LABEL.sub(r"\1", s)
    s = _OLD_VALUE.sub(" ", s)
    s = _LABEL_THEN_NEW.sub(r"\g<label> ", s)
    s = _LABEL_THEN_MARKS.sub(r"\1 ", s)
    return _SAME_LABEL_TWICE.sub(r"\1", s)
