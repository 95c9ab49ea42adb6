"""NIK and No. KK numbers in free text: digit chunks, their labels, and which is which.

A labelled number goes to its label ("nik 3603...", "no kk 3603..."). Unlabelled 16-digit
numbers follow the office's template order (NIK first, then No. KK) unless their digits say
otherwise: a No. KK never has the +40 day of a woman's NIK, and a number whose date part is
not a valid date for one kind is given the other when that fits. A bare "SKPWNI" before a
number is the service word ("skpwni 3603... 3603..."), not the label of an SKPWNI number,
unless the request is a pindah datang (SKDWN), which holds such a number.
"""

from __future__ import annotations

import re

from bot.errors import InvalidNumber
from bot.intake.extractor.core import (
    _KK_LABELS,
    _NIK_LABELS,
    LABEL_REACH,
    Extraction,
    _State,
    has_field,
    number_slots,
)
from bot.intake.identity import parse_kk, parse_nik
from bot.reference.gazetteer import Gazetteer

__all__ = ["assign_numbers", "find_numbers"]

_NUMBER_WORDS = {"NO", "NOMOR", "NOMER", "NMR"}
_DOC_WORDS = {("SKPWNI",), ("SKP",), ("SURAT", "PINDAH")}
BARE_SKPWNI = "skpwni?"  # "skpwni 3603...": the service word, or the document's label


_WHERE_WRITTEN = {"DI", "SESUAI", "PADA", "DALAM", "TERTERA", "DARI"}


def _label_at(words: list[str], end: int) -> str | None:
    for size in (3, 2, 1):
        key = tuple(words[end - size : end]) if end - size >= 0 else ()
        if key in _NIK_LABELS:
            return "nik"
        if key in _KK_LABELS and end - size >= 1 and words[end - size - 1] in _WHERE_WRITTEN:
            return None  # "yg 16 angka di kk itu kan? 3603...": where the number is written
        if key in _KK_LABELS:
            return "no_kk"
        if key in _DOC_WORDS:
            before = words[end - size - 1] if end - size >= 1 else ""
            return "no_skpwni" if before in _NUMBER_WORDS else BARE_SKPWNI
    return None


_CORRECT_WORDS = {"BENER", "BENAR", "BETUL", "HARUSNYA", "SEHARUSNYA", "MESTINYA",
                  "BENARNYA", "BENERNYA"}  # fmt: skip
_CORRECT_REACH = 12


def _corrected_label(st: _State, first: int, boundary: int) -> str | None:
    """The label of a number given as the right one, far from its label ("no kk nya
    ketuker sama punya ortu, ini yg bener: 3603...", "nomor kk tadi salah ketik. yang
    benar 3603..."): the one kind of label named since the last number, else None."""
    words = [t.text for t in st.toks]
    k = first
    while k > boundary and words[k - 1] in _TRAILING_FILLER | {"KAK", "MIN", "PAK", "BU"}:
        k -= 1
    if k <= boundary or words[k - 1] not in _CORRECT_WORDS:
        return None
    found: set[str] = set()
    for end in range(k - 1, max(boundary, k - _CORRECT_REACH), -1):
        label = _label_at(words, end)
        if label in {"nik", "no_kk"}:
            found.add(label)
    return found.pop() if len(found) == 1 else None


_KINDS = {"NIK": "nik", "KK": "no_kk", "NKK": "no_kk"}
_TRAILING_FILLER = {"ITU", "INI", "ADALAH", "YAITU", "YG", "YANG", "NYA", "NOMOR", "NO"}


def _trailing_label(st: _State, k: int) -> tuple[str | None, int]:
    """A label written after its number ("3603... (kk)", "3603... itu nik, ..."): the
    label and the token after it; (None, k) when there is none. A label directly followed
    by another number is that number's ("3603... kk 3603..."), unless bracketed."""
    toks = st.toks
    j = k
    while j < len(toks) and toks[j].text in _TRAILING_FILLER:
        j += 1
    if j >= len(toks) or toks[j].text not in _KINDS:
        return None, k
    bracket = bool(re.search(r"[(\[]", toks[j].gap))
    if not bracket and k < len(toks) and re.search(r"[.!?]\s|\n|!", toks[k].gap):
        return None, k  # "NIK anak: 3603.... Nomor KK orang tuanya: 3603...": the next one's
    last = j + 1 >= len(toks)
    closes = last or bool(re.search(r"[),;.\]]", toks[j + 1].gap))
    number_next = not last and toks[j + 1].text.isdigit() and not closes
    # "3603..., nomor KK orang tua 3603...": after a comma, a label that runs on is the
    # next number's
    runs_on = bool(re.search(r"[,;]", toks[k].gap)) and not closes
    if bracket and _restated_next(st, j + 1):
        return None, k  # "3603... (nik nya tetep yg tadi 3603...)": the label is the next one's
    if bracket or (not number_next and not runs_on and (j > k or closes)):
        return _KINDS[toks[j].text], j + 1
    return None, k


_STILL = {"NYA", "TETEP", "TETAP", "TTP", "YG", "YANG", "TADI", "SAMA", "MASIH", "SEPERTI",
          "KAYAK", "SEBELUMNYA", "DIATAS", "DI", "ATAS", "AJA", "SAJA", "TIDAK", "GAK", "GA",
          "BERUBAH", "GANTI", "ADALAH", "ITU"}  # fmt: skip


def _restated_next(st: _State, j: int) -> bool:
    """Whether a bracketed label is followed, inside the bracket, by talk that keeps a value
    ("tetep yg tadi") and then a number."""
    toks = st.toks
    start = j
    while j < len(toks) and toks[j].text in _STILL and ")" not in toks[j].gap:
        j += 1
    return j > start and j < len(toks) and toks[j].text.isdigit() and ")" not in toks[j].gap


def _paired_at(st: _State, end: int) -> tuple[str, ...] | None:
    """ "nik/kk: 3603... / 3603...", "nik dan kk 3603... 3603...": two labels joined
    before the first of two numbers, in their order."""
    toks = st.toks
    if end >= 3 and toks[end - 2].text in {"DAN", "N"}:
        first, second = toks[end - 3].text, toks[end - 1].text
    elif end >= 2 and toks[end - 1].gap.strip() in {"/", "&", "+", ","}:
        first, second = toks[end - 2].text, toks[end - 1].text
    else:
        return None
    if first in _KINDS and second in _KINDS and _KINDS[first] != _KINDS[second]:
        return _KINDS[first], _KINDS[second]
    return None


def _slashes_fit(st: _State, chunk: list[int]) -> bool:
    """A number typed with slashes is read only in groups of four ("3603/2209/0316/9137");
    "3201/12012026/0045" is the tail of an SKPWNI number, not a NIK."""
    if not any("/" in st.toks[j].gap for j in chunk[1:]):
        return True
    return all(len(st.toks[j].text) == 4 for j in chunk)


def find_numbers(st: _State) -> list[tuple[str, str | None, int]]:
    """Digit chunks grouped by spaces/dots/dashes: (digits, label, first token index)."""
    toks, chunks = st.toks, []
    group: list[int] = []

    def flush() -> None:
        if group:
            chunks.append(list(group))
            group.clear()

    for i, t in enumerate(toks):
        if not t.text.isdigit():
            flush()
            continue
        if group and (len(t.gap) > 3 or t.gap.strip() not in {"", ".", "-", "/"}):
            flush()
        if group and "/" in t.gap and t.gap != "/":
            flush()  # "3603/2209/...": slashes inside a number only when typed tight
        if group and sum(len(toks[j].text) for j in group) + len(t.text) > 16:
            flush()
        group.append(i)
        if sum(len(toks[j].text) for j in group) == 16:
            flush()
    flush()
    words = [t.text for t in toks]
    out: list[tuple[str, str | None, int]] = []
    boundary = 0
    paired: list[str] = []  # "nik/kk: A / B": the labels, in order, for the numbers to come
    for chunk in chunks:
        digits = "".join(toks[j].text for j in chunk)
        if not _slashes_fit(st, chunk):
            continue
        label, after = _trailing_label(st, chunk[-1] + 1)
        direct = _label_at(words, chunk[0]) if chunk[0] - 1 >= boundary else None
        if label is not None and direct is not None and direct != label:
            label, after = direct, chunk[-1] + 1  # "NIK. 3603... / No.KK. 3603...": the first's
        if label is None and paired:
            label = paired.pop(0)
        for end in range(chunk[0], max(boundary, chunk[0] - LABEL_REACH), -1):
            if label is not None:
                break
            pair = _paired_at(st, end) if end - 2 >= boundary else None  # not a used label
            if pair:
                label, paired = pair[0], list(pair[1:])
                break
            label = _label_at(words, end)
        if label is None:
            label = _corrected_label(st, chunk[0], boundary)
        if len(digits) == 16 or (label in {"nik", "no_kk"} and 10 <= len(digits) <= 20):
            out.append((digits, label, chunk[0]))
            st.used.update(chunk)
        boundary = max(chunk[-1] + 1, after)
    return out


def _fits(digits: str, kind: str, g: Gazetteer) -> bool:
    """Whether the digits are a structurally valid number of this kind."""
    try:
        (parse_nik if kind == "nik" else parse_kk)(digits, gazetteer=g)
    except InvalidNumber:
        return False
    return True


def _in_order(loose: list[str], g: Gazetteer) -> list[str]:
    """Two unlabelled numbers as (NIK, No. KK): the template's order unless the digits say
    the other way round (only the swap fits both kinds)."""
    first, second = loose[0], loose[1]
    if _fits(first, "nik", g) and _fits(second, "no_kk", g):
        return loose
    if _fits(second, "nik", g) and _fits(first, "no_kk", g):
        return [second, first, *loose[2:]]
    return loose


def assign_numbers(
    found: list[tuple[str, str | None, int]], layanan: str | None, ex: Extraction, g: Gazetteer
) -> None:
    """Fill `nik` / `no_kk` / `no_skpwni` from the numbers found (see the module docstring)."""
    loose: list[str] = []
    for digits, label, _ in found:
        if label == BARE_SKPWNI:
            label = "no_skpwni" if has_field(layanan, "no_skpwni") else None
        if label in {"nik", "no_kk", "no_skpwni"} and label not in ex.values:
            ex.values[label] = digits
        elif label is None:
            loose.append(digits)
        else:
            ex.notes.append(f"{label}_ganda")
    if not loose:
        return
    ex.notes.append("nomor_tanpa_label")
    if (
        layanan == "SKDWN"
        and "no_skpwni" not in ex.values
        and not ex.values.keys() & {"nik", "no_kk"}
    ):
        ex.values["no_skpwni"] = loose[0]  # an arrival's only number is its letter's
        return
    free = [s for s in ("nik", "no_kk") if s not in ex.values]
    own = number_slots(layanan)  # a KK's only number is its No. KK
    if len(own) == 1 and own[0] in free:
        free = [own[0]]
    sized = [d for d in loose if len(d) == 16]
    if free == ["nik", "no_kk"] and len(sized) >= 2:
        loose = _in_order(sized, g) + [d for d in loose if len(d) != 16]
    female = [d for d in loose if len(d) == 16 and int(d[6:8]) > 40]
    if female and "nik" in free and loose[0] != female[0]:  # a KK never has the +40 day
        loose.remove(female[0])
        loose.insert(free.index("nik"), female[0])
    for slot, digits in zip(free, loose, strict=False):
        ex.values[slot] = digits
        ex.notes.append(f"{slot}_tanpa_label")
