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
from difflib import SequenceMatcher

from bot.intake.extractor.core import number_slots
from bot.intake.extractor.names import plain_name
from bot.intake.extractor.plain import plain_correction
from bot.intake.extractor.reading import extract
from bot.intake.places import resolve_place
from bot.reference.gazetteer import Gazetteer, default_gazetteer
from bot.reference.text import clean

__all__ = ["corrections"]

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
# "sorry typo, rudi hartono -> rudi hartono saputra"
_OLD_TO_NEW = re.compile(
    r"(?:^|[,.;:]\s*)(?P<old>[^,.;:>]+?)\s*(?:-+>|=+>|\u2192)\s*(?P<new>[^,.;>]+?)[\s.!]*$"
)


def _fold(value: str) -> str:
    return " ".join(re.sub(r"[^A-Z0-9]", " ", value.upper()).split())


def _unlabelled(text: str, current: Mapping[str, str | None]) -> str | None:
    """ "bukan budi tapi budiman", "budiman, bukan budi": the correction with the label of
    the field whose value is the old one ("NAMA BUDIMAN"), or None."""
    s = clean(text).upper()
    match = _NOT_OLD_BUT_NEW.match(s) or _NEW_NOT_OLD.match(s) or _OLD_TO_NEW.search(s)
    if match is None:
        return None
    old = _fold(match.group("old"))
    fields = [f for f, v in current.items() if v and _fold(v) == old and f in _FIELD_LABELS]
    if len(fields) != 1:
        return None
    return f"{_FIELD_LABELS[fields[0]]} {match.group('new')}"


_SPELLING_WORDS = frozenset(
    {"DUA", "DOBEL", "DOUBLE", "GANDA", "NYA", "PAKE", "PAKAI", "HURUF", "SATU", "TIGA", "BUKAN"}
)
_PARTS = re.compile(r"[,:;()]|\.(?=\s|$)|\s[-\u2013]\s")


def _name_spelled_out(out: dict[str, str], slot: str, text: str, current: str | None) -> None:
    """ "namanya pake ch ya kak: Rachmat Hidayat", "z nya dua, Nabila Azzahra": the letters
    talked about are no name; the name written beside them is (the one like the current
    name). A value that is talk ("mirip jadi ketuker") is no correction of the name."""
    value = out[slot]
    words = value.split()
    note = all(len(w) <= 2 or w in _SPELLING_WORDS for w in words)
    if not note and plain_name(value):
        return
    runs = _runs(clean(text).upper())
    names = [r for r in runs if r != value and plain_name(r) and all(len(w) > 2 for w in r.split())]
    if current:
        names = [r for r in names if _alike(r, current)]
    if names:
        out[slot] = names[-1]
    else:
        del out[slot]


def _name_like_current(out: dict[str, str], slot: str, text: str, current: str) -> None:
    """ "eh itu typo, Budi Santoso yg bener": a name written without its label, like the
    current one but not the same, in a message that corrects nothing else."""
    cut = re.sub(r"\b(?:YG|YANG)\s+(?:BENER|BENAR|BETUL)\b.*$", "", clean(text).upper())
    runs = _runs(cut)
    names = [
        r
        for r in runs
        if r != _fold(current) and len(r.split()) >= 2 and plain_name(r) and _alike(r, current)
    ]
    if len(names) == 1:
        out[slot] = names[0]


def _runs(said: str) -> list[str]:
    """The parts of an upper-case message between marks, each without what follows "bukan"
    (the old value)."""
    parts = (re.sub(r"\b(?:BUKAN|BKN)\b.*$", "", p) for p in _PARTS.split(said))
    return [" ".join(p.split()) for p in parts if p.strip()]


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, _fold(a), _fold(b)).ratio() >= 0.7


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
    for slot in ("nama", "nama_kepala_keluarga"):
        if slot in out:
            _name_spelled_out(out, slot, text, (current or {}).get(slot))
        elif not out and (current or {}).get(slot):
            _name_like_current(out, slot, text, str((current or {})[slot]))
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
