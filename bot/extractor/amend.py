"""Corrections at the confirmation step: "ganti nama jadi Muhammad Iqbal", "desanya salah,
harusnya Kronjo", "kecamatannya Kronjo bukan Gunung Kaler", "salah nama, yang bener ...".

The message is first put in the plain form the extractor reads ("<label> <new value>"): the
words between a field's label and its new value ("salah", "harusnya", "yang bener", "jadi")
are dropped, a leading "salah <label>" / "ganti <label>" becomes the label, and the old value
after "bukan" is left out. Then `extract` reads it against the request under way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.extractor import extract
from bot.extractor.core import number_slots
from bot.gazetteer import Gazetteer, default_gazetteer
from bot.places import resolve_place
from bot.text import clean

__all__ = ["corrections", "plain_correction"]

_LABEL = (
    r"(?:NAMA\s+KEPALA\s+KELUARGA(?:NYA)?|KEPALA\s+KELUARGA(?:NYA)?|NAMA(?:NYA)?"
    r"(?:\s+LENGKAP(?:NYA)?)?|DESA(?:NYA)?|KELURAHAN(?:NYA)?|KEL|DS|KECAMATAN(?:NYA)?|KEC|"
    r"ALASAN(?:NYA)?|ALAMAT(?:NYA)?(?:\s+(?:TUJUAN|PINDAH)(?:NYA)?)?|KEPERLUAN(?:NYA)?|"
    r"NIK(?:NYA)?|(?:NO\s+|NOMOR\s+)?KK(?:NYA)?)"
)
_MARK = (
    r"(?:SALAH|KELIRU|KURANG|TIDAK|GAK|BELUM|TEPAT|LENGKAP|LENGKAPNYA|YANG|YG|BENAR|BENER|"
    r"BETUL|BENARNYA|BENERNYA|HARUSNYA|SEHARUSNYA|MESTINYA|SEMESTINYA|MAKSUDNYA|JADI|JD|"
    r"MENJADI|DIGANTI|DIUBAH|GANTI|UBAH|DITULIS|TULIS|PAKAI|PAKE|TAPI|TETAPI|MELAINKAN|KAK|KA|"
    r"MIN|PAK|BU|NYA|ITU|TUH|ADALAH|YAITU|SAYA|SY|MAU|TOLONG|MOHON|DONG|YA|KETIK|DIKETIK|CETAK|"
    r"DICETAK|TULISAN|TULISANNYA|HURUF|HURUFNYA|EJA|EJAAN|EJAANNYA)"
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
    r"\bBUKAN\b.*?(?=[,.;!?]|\bTAPI\b|\bTETAPI\b|\bMELAINKAN\b|\bHARUSNYA\b|\bSEHARUSNYA\b"
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


_FIELD_LABELS = {
    "nama": "NAMA", "nama_kepala_keluarga": "NAMA KEPALA KELUARGA", "desa": "DESA",
    "kecamatan": "KECAMATAN", "alasan": "ALASAN", "keperluan": "KEPERLUAN", "nik": "NIK",
    "no_kk": "NO KK", "alamat_pindah": "ALAMAT TUJUAN",
}  # fmt: skip
_BUT = r"(?:TAPI|TETAPI|MELAINKAN|TP|HARUSNYA|SEHARUSNYA|(?:YANG|YG)\s+(?:BENAR|BENER|BETUL))"
_INTERJECTION = r"(?:(?:EH+|MAAF|SORRY|SORI|SORY|KAK|MIN|WAH|LHO|LOH|ADUH|DUH|YAH|OH|AH)\W+)*"
_NOT_OLD_BUT_NEW = re.compile(
    rf"^\W*{_INTERJECTION}BUKAN\s+(?P<old>.+?)[\s,.;]*\b{_BUT}\b[\s,.:;]*(?P<new>.+)$"
)
_NEW_NOT_OLD = re.compile(r"^\W*(?P<new>[^,.;]+?)[\s,.;]*\bBUKAN\s+(?P<old>[^,.;]+?)[\s.!]*$")


def _fold(value: str) -> str:
    return " ".join(re.sub(r"[^A-Z0-9]", " ", value.upper()).split())


def _unlabelled(text: str, current: Mapping[str, str | None]) -> str | None:
    """ "bukan budi tapi budiman", "budiman, bukan budi": the correction with the label of
    the field whose value is the old one ("NAMA BUDIMAN"), or None."""
    s = clean(text).upper()
    match = _NOT_OLD_BUT_NEW.match(s) or _NEW_NOT_OLD.match(s)
    if match is None:
        return None
    old = _fold(match.group("old"))
    fields = [f for f, v in current.items() if v and _fold(v) == old and f in _FIELD_LABELS]
    if len(fields) != 1:
        return None
    return f"{_FIELD_LABELS[fields[0]]} {match.group('new')}"


def corrections(
    text: str,
    *,
    layanan: str | None = None,
    current: Mapping[str, str | None] | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, str]:
    """The slots a correction names, with their new values ("salah, namanya Siti Aminah" ->
    {"nama": "SITI AMINAH"}). `current` holds the request's values, so "ubah desa
    Talagasari" resolves inside its kecamatan. A place the table lacks comes back as typed,
    for the validator's precise message. Numbers count only when labelled (or for KK,
    which has one). Never raises."""
    g = gazetteer or default_gazetteer()
    unlabelled = _unlabelled(text, current or {}) if isinstance(text, str) else None
    plain = unlabelled or (plain_correction(text) if isinstance(text, str) else text)
    ex = extract(plain, gazetteer=g, layanan=layanan)
    out = dict(ex.values)
    own = number_slots(layanan)
    single_number = own if len(own) == 1 else ()  # a KK's one number counts unlabelled
    for slot in ("nik", "no_kk"):
        if f"{slot}_tanpa_label" in ex.notes and slot not in single_number:
            out.pop(slot, None)
    if ex.alasan:
        out["alasan"] = ex.alasan
    kec_now = (current or {}).get("kecamatan") or ""
    typed = ex.unresolved.get("desa")
    if typed and "desa" not in out:
        result = resolve_place(typed, out.get("kecamatan", kec_now) or None, gazetteer=g)
        out["desa"] = result.desa if result.ok and result.desa else " ".join(typed.split())
    if "kecamatan" in ex.unresolved and "kecamatan" not in out:
        out["kecamatan"] = " ".join(ex.unresolved["kecamatan"].split())
    if "kecamatan_dari_desa" in ex.notes and out.get("kecamatan") == kec_now.upper():
        out.pop("kecamatan", None)  # unchanged
    label_only = ex.layanan == "KK" and "no_kk" in out  # "kk nya bukan itu, ini 3603..."
    if ex.layanan and ex.layanan != layanan and layanan is not None and not label_only:
        out["layanan"] = ex.layanan
    return out
