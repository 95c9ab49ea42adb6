"""Half-remembered `#` lines: the values of a service written with the wrong separators.

Residents remember "a `#`, the code, then the values" and type `#KTP 3603... 3603... siti
aminah bitung jaya cikupa hilang`, `KTP#3603.../3603.../siti aminah/...`, or separate the
values with `;`, `,` or ` - `. `split_values` turns such text into the list of values, one
per part, for the parser's alignment to assign (it already works out a missing field from
what the others look like). Nothing here raises; a text it cannot read is returned as is.
"""

from __future__ import annotations

import re

from bot.intake.fields import reasons_in
from bot.reference.catalog import Catalog, Service
from bot.reference.gazetteer import Gazetteer
from bot.reference.text import clean

__all__ = ["leading_service", "split_values", "strip_label"]

_SOFT_SEPARATORS = re.compile(r"\s*[;|,]\s*|\s+-\s+")
_SLASH = re.compile(r"\s*/\s*")
_DIGITS = re.compile(r"^[0-9][0-9.\-]*$")
_ADDRESS_START = {"JL", "JLN", "JALAN", "GG", "GANG", "RT", "RW", "BLOK", "PERUM", "KP",
                  "KAMPUNG", "DUSUN", "KOMPLEK", "KOMP"}  # fmt: skip
_COMMON_WORDS = {"BABAT", "BENDA", "BOJONG", "DARU", "KARET", "PASIR", "SAGA", "GAGA", "JAYANTI"}
MAX_WORDS = 40

_FILLER = r"(?:\s*(?:[:=,.\-]|\bADALAH\b|\bYAITU\b|\bYAKNI\b|\bGINI\b|\bSBB\b))*\s*"
_LABELS = {
    "document_number": re.compile(
        r"^(?:NO|NOMOR|NOMER|NMR)\b\.?\s*(?:(?:SKPWNI|SKP|SURAT\s+PINDAH)\b(?!/))?" + _FILLER
    ),
    "keperluan": re.compile(
        r"^(?:KEPERLUAN(?:NYA)?|UNTUK|ALASAN(?:NYA)?|TUJUAN(?:NYA)?)\b" + _FILLER
    ),
    "alamat_pindah": re.compile(
        r"^(?:(?:ALAMAT(?:NYA)?|TUJUAN(?:NYA)?|PINDAH(?:NYA)?|LENGKAP(?:NYA)?|BARU(?:NYA)?|KE|"
        r"KAK|MIN)\b[\s:=,.\-]*)+" + _FILLER
    ),
    "name": re.compile(
        r"^(?:NAMA\s+KEPALA\s+KELUARGA(?:NYA)?|KEPALA\s+KELUARGA(?:NYA)?|NAMA(?:NYA)?"
        r"(?:\s+(?:LENGKAP|ANAK|KEPALA)(?:NYA)?)?|ATAS\s+NAMA|A\s*[./]\s*N\.?|AN\.|BERNAMA)"
        r"(?![A-Z])" + _FILLER + r"(?:(?:SAYA|SY|AKU|BAPAK|BPK|PAK|IBU|BU|SDR|SDRI)\b[\s.]*)*"
    ),
}


def strip_label(name: str, kind: str, value: str) -> str:
    """A line's field without the label typed inside it ("no SKPWNI/...", "keperluan ikut
    suami", "alamat: Jl. ...", "nama Siti"): the label is not part of the value. A value that
    is only a label is returned as is, for the checks' own message."""
    label = _LABELS.get(name) or _LABELS.get(kind)
    if label is None:
        return value
    text = clean(value)
    stripped = label.sub("", text.upper(), count=1)
    return text[len(text) - len(stripped) :] if stripped.strip() else value


def leading_service(text: str, catalog: Catalog) -> tuple[Service, str] | None:
    """The service code a part starts with ("KTP 3603...", "e-ktp 3603...") and the rest."""
    words = clean(text).split(" ")
    for size in (3, 2, 1):
        if len(words) >= size:
            service = catalog.lookup(" ".join(words[:size]))
            if service is not None:
                return service, " ".join(words[size:])
    return None


def _resplit(values: list[str], service: Service) -> list[str]:
    """Split parts on the separators people use instead of `#`; the last free-text field
    (an address, a purpose) keeps its own commas and slashes."""
    expected = len(service.fields)
    last_is_text = service.fields[-1].type == "text"
    slash_ok = all(f.type != "document_number" for f in service.fields) and not last_is_text
    out: list[str] = []
    for value in values:
        pieces = [p for p in _SOFT_SEPARATORS.split(value) if p.strip()]
        if slash_ok:
            pieces = [q for p in pieces for q in _SLASH.split(p) if q.strip()]
        out.extend(p.strip() for p in pieces)
    if last_is_text and len(out) > expected:
        out = [*out[: expected - 1], ", ".join(out[expected - 1 :])]
    return out


def _is_place(words: list[str], g: Gazetteer) -> bool:
    name = " ".join(words)
    if len(words) == 1 and words[0] in _COMMON_WORDS:
        return False
    return bool(g.find_kecamatan(name) or g.find_desa(name) or g.find_neighbour(name))


_NUMBER_WORDS = {"NO", "NOMOR", "NOMER", "NMR"}
_LAST_LABELS = {
    "alamat_pindah": ({"ALAMAT", "ALAMATNYA", "TUJUAN", "TUJUANNYA"},
                      {("PINDAH", "KE"), ("PINDAHNYA", "KE")}),
    "keperluan": ({"KEPERLUAN", "KEPERLUANNYA"}, set()),
}  # fmt: skip
_OPENING_LABELS = {"UNTUK", "ALASAN", "ALASANNYA"}  # a purpose label only before any text


def _is_document(word: str) -> bool:
    return "/" in word and any(ch.isdigit() for ch in word)


def _starts_last_field(words: list[str], i: int, service: Service, after_text: bool) -> bool:
    """A label that opens the line's last free-text field ("pindah ke ...", "keperluan ...")."""
    last = service.fields[-1]
    if last.type != "text" or i + 1 >= len(words):
        return False
    single, pairs = _LAST_LABELS.get(last.name, (set(), set()))
    word = words[i].rstrip(".:")
    if word in single or (word, words[i + 1].rstrip(".:")) in pairs:
        return True
    return last.name == "keperluan" and not after_text and word in _OPENING_LABELS


def _segments(value: str, service: Service, g: Gazetteer) -> list[str]:
    """One space-separated part cut into numbers, places, reasons and text runs."""
    words = clean(value).upper().split(" ")[:MAX_WORDS]
    out: list[str] = []
    text: list[str] = []
    digits = ""

    def flush_text() -> None:
        if text:
            out.append(" ".join(text))
            text.clear()

    i = 0
    while i < len(words):
        word = words[i]
        if _DIGITS.match(word):
            flush_text()
            digits += re.sub(r"\D", "", word)
            if len(digits) >= 16 or i + 1 == len(words) or not _DIGITS.match(words[i + 1]):
                out.append(digits)
                digits = ""
            i += 1
            continue
        if digits:
            out.append(digits)
            digits = ""
        bare = word.rstrip(".:")
        if bare in _NUMBER_WORDS and i + 1 < len(words) and _is_document(words[i + 1]):
            i += 1  # "no SKPWNI/...": the label of the number
            continue
        if _starts_last_field(words, i, service, bool(text)):
            flush_text()
            out.append(strip_label(service.fields[-1].name, "text", " ".join(words[i:])))
            break
        if _is_document(word) and not text:
            out.append(word)  # a document number ("SKPWNI/3201/12012026/0045")
            i += 1
            continue
        if word.rstrip(".:") in _ADDRESS_START and service.fields[-1].type == "text":
            flush_text()
            out.append(" ".join(words[i:]))
            break
        size = next(
            (n for n in (4, 3, 2, 1) if i + n <= len(words) and _is_place(words[i : i + n], g)),
            0,
        )
        if size == 0 and service.reasons and reasons_in(service, word):
            size = 1
        if size:
            flush_text()
            out.append(" ".join(words[i : i + size]))
            i += size
            continue
        text.append(word)
        i += 1
    flush_text()
    if digits:
        out.append(digits)
    return [v.strip(" .,;:") for v in out if v.strip(" .,;:")]


def split_values(values: list[str], service: Service, g: Gazetteer) -> list[list[str]]:
    """Other readings of a line whose parts are fewer than the template's fields: re-cut on
    the separators people use instead of `#`, and on what each word looks like. The parser
    keeps the reading that gets the most fields right."""
    expected = len(service.fields)
    if len(values) >= expected:
        return []
    out: list[list[str]] = []
    parts = _resplit(values, service)
    if parts != values and len(parts) <= expected:
        out.append(parts)
    cut = [s for p in parts for s in _segments(p, service, g)]
    if service.reasons and service.fields[-1].type == "reason":  # "KTP RUSAK 3603 ...": last
        said = [v for v in cut if len(v.split()) <= 2 and reasons_in(service, v)]
        cut = [v for v in cut if v not in said] + said
    if len(parts) < len(cut) <= expected:
        out.append(cut)
    return out
