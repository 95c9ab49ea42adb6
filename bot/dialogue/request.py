"""The request-understanding step: what one message says for the request being built.

`read(text, ...)` runs the parser (for anything that looks like a `#` line) and the extractor
on every message; `apply(...)` checks each value it found with `bot.intake.fields`, resolves the
place with `bot.intake.places`, and fills or corrects the request. Any message can fill or correct
any field, in any order; a value already known is acknowledged, never re-asked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.dialogue.signals import (
    agrees_restating,
    is_no,
    is_yes,
    name_is_a_word,
    only_restates,
    starts_with_yes,
    strip_courtesy,
    words,
)
from bot.dialogue.state import State
from bot.errors import FieldError
from bot.intake.extractor import corrections, extract, name_in_answer
from bot.intake.extractor.core import MAX_NAME_WORDS
from bot.intake.extractor.names import looks_like_talk, plain_name
from bot.intake.fields import check_field, check_name, check_phone
from bot.intake.parser import Verdict, looks_like_hash_line, parse, render
from bot.intake.places import PlaceResult, resolve_place
from bot.reference.catalog import Service, default_catalog
from bot.reference.gazetteer import default_gazetteer
from bot.reference.text import clean
from bot.texts import for_residents

__all__ = ["Reading", "apply", "apply_correction", "read", "take_answer", "whole_request"]

PLACE_FIELDS = ("desa", "kecamatan")
NUMBER_FIELDS = ("nik", "no_kk")
_LOOSE_LINE = re.compile(  # a service code first: "KTP 3603...", "#KK: 3603..."
    rf"^\s*#?\s*({'|'.join(default_catalog().codes)})\s*[#:;,/\s]", re.I
)


@dataclass
class Reading:
    """What one message holds: the service it names and raw values per field."""

    layanan: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    referral: str | None = None
    unlabelled_numbers: list[str] = field(default_factory=list)
    line_errors: list[str] = field(default_factory=list)
    line_faults: frozenset[str] = frozenset()  # fields a `#` line got wrong: not guessed again

    text: str = ""  # the message as typed
    firm: set[str] = field(default_factory=set)  # fields read for sure (not as typed guesses)

    @property
    def has_data(self) -> bool:
        """Values read for sure that identify a person or a place; a reason alone, or a place
        keyword naming no known place, is not data."""
        return any(name != "alasan" for name in self.firm)


_PLACE_LABEL = re.compile(r"^\s*(?:(DS|DESA|KEL|KELURAHAN)|(KEC|KECAMATAN))\b\.?\s*", re.I)
_SIXTEEN = re.compile(r"^[\d\s.\-]{16,22}$")


def _service_with_places(code: str) -> Service | None:
    """The service a `#` line's first part names, when its template holds desa and kecamatan."""
    service = default_catalog().services.get(code.strip().upper())
    if service is None or not {"desa", "kecamatan"} <= set(service.field_names):
        return None
    return service


def places_in_place(text: str) -> str:
    """ "#KIA# 3603… # 3603… # Ds. Sukasari # Kec. Rajeg # Aqila Zahra": a `#` line whose
    labelled places stand out of the template's order, rebuilt in that order (numbers, then
    the places by their labels, the other values in the order typed). Else the text."""
    parts = [p.strip() for p in text.strip().strip("#").split("#")]
    service = _service_with_places(parts[0])
    if service is None:
        return text
    values = parts[1:]
    labelled = {i: m for i, v in enumerate(values) if (m := _PLACE_LABEL.match(v))}
    order = service.field_names
    if not labelled or all(
        i < len(order) and order[i] == ("desa" if m.group(1) else "kecamatan")
        for i, m in labelled.items()
    ):
        return text
    numbers = [v for v in values if _SIXTEEN.match(v)]
    places = {
        ("desa" if m.group(1) else "kecamatan"): values[i][m.end() :] for i, m in labelled.items()
    }
    others = [v for i, v in enumerate(values) if i not in labelled and not _SIXTEEN.match(v)]
    filled: list[str] = []
    for name in order:
        if name in places:
            filled.append(places[name])
        elif name in NUMBER_FIELDS and numbers:
            filled.append(numbers.pop(0))
        elif others:
            filled.append(others.pop(0))
        else:
            return text
    tail = "#" if service.template.endswith("#") else ""
    return f"#{service.code}#" + "#".join(filled) + tail


def _places_swapped(text: str) -> Verdict | None:
    """The line read with its desa and kecamatan values swapped, or None."""
    parts = text.strip().split("#")
    head = 1 if not parts[0].strip() else 0
    service = _service_with_places(parts[head]) if head < len(parts) else None
    if service is None:
        return None
    d = head + 1 + service.field_names.index("desa")
    k = head + 1 + service.field_names.index("kecamatan")
    if max(d, k) >= len(parts):
        return None
    parts[d], parts[k] = parts[k], parts[d]
    return parse("#".join(parts))


def _reordered_by_kind(text: str) -> Verdict | None:
    """A `#` line whose values stand in no order, read by what each one is: the two numbers
    in the order typed, the desa and the kecamatan by the region table, the reason by its
    word, and the one value left as the name; None when the values do not fit that way."""
    parts = [p.strip() for p in text.strip().strip("#").split("#") if p.strip()]
    service = _service_with_places(parts[0]) if parts else None
    if service is None:
        return None
    g = default_gazetteer()
    numbers, places, reasons, others = [], [], [], []
    for value in parts[1:]:
        digits = re.sub(r"[\s.\-]", "", value)
        if digits.isdigit() and len(digits) == 16:
            numbers.append(digits)
        elif value.upper() in service.reason_index:
            reasons.append(value)
        elif g.find_desa(value) or g.find_kecamatan(value):
            places.append(value)
        else:
            others.append(value)
    if len(places) != 2 or len(others) != 1 or len(reasons) > 1:
        return None
    kec = [p for p in places if g.find_kecamatan(p)]
    desa = [p for p in places if p not in kec[:1]] if len(kec) == 1 else None
    if desa is None:  # both are kecamatan names: the one also a desa of the other is the desa
        first, second = places
        inside = [d for d in g.find_desa(first) if d.kecamatan.name.upper() == second.upper()]
        desa, kec = ([first], [second]) if inside else ([second], [first])
    name_field = next(f.name for f in service.fields if f.type == "name")
    values = {"desa": desa[0], "kecamatan": kec[0], name_field: others[0]}
    for name, number in zip(service.number_fields, numbers, strict=False):
        values[name] = number
    if reasons:
        values["alasan"] = reasons[0]
    if set(service.field_names) - values.keys():
        return None  # a value is missing: the line's own errors say which
    return parse(render(service, values))


def _from_line(text: str, reading: Reading) -> bool:
    """A `#` line (or a half-remembered one): the parser's fields. True when it was one."""
    if not (looks_like_hash_line(text) or _LOOSE_LINE.match(clean(text))):
        return False
    verdict = parse(places_in_place(text) if text.count("#") > 2 else text)
    if {"desa", "kecamatan"} & set(verdict.error_fields()):
        swapped = _places_swapped(text)  # "#ktp#…#Budi Hartono#cikupa#talaga#hilang"
        if swapped is not None and not {"desa", "kecamatan"} & set(swapped.error_fields()):
            verdict = swapped
    if verdict.errors:
        by_kind = _reordered_by_kind(text)  # "#KTP#CIKUPA#TALAGA#3603…#ROHMAN HIDAYAT#3603…#"
        if by_kind is not None and by_kind.ok:
            verdict = by_kind
    if verdict.service is None:
        return False
    bad = frozenset(verdict.error_fields())
    reading.layanan = verdict.service.code
    reading.values.update({k: v for k, v in verdict.fields.items() if v and k not in bad})
    reading.firm.update(reading.values)
    # A place the line got wrong goes, as typed, to the resolver (a yes/no suggestion).
    places = {k: v for k, v in verdict.fields.items() if v and k in bad and k in PLACE_FIELDS}
    reading.values.update(places)
    skip = {"layanan", *places}
    reading.line_errors = [e.message for e in verdict.errors if e.field not in skip]
    reading.line_faults = bad - set(places)
    return bool(reading.values)


def read_correction(text: str, layanan: str, current: dict[str, str]) -> Reading:
    """A message at confirmation: the extractor's corrections ('ganti nama jadi …') over
    what the message says, and a whole address for a pindah request."""
    reading = read(text, layanan)
    changes = corrections(text, layanan=layanan, current=current)
    changes.pop("layanan", None)
    if not changes.keys() & FREE_TEXT_FIELDS:
        changes.update(replaced_in_free_text(text, current))
    address = changes.get("alamat_pindah")  # "... Kota Bandung. RT nya 05 bukan 03"
    if address and looks_like_address(kept := _EXPLAINED.sub("", address)):
        changes["alamat_pindah"] = kept.strip(" ,.")
    told = changes.get("alamat_pindah", "")  # "ganti pak, jadi ke rumah mertua aja: Kp ..."
    if ":" in told and looks_like_address(after := told.rsplit(":", 1)[1].strip(" ,.")):
        changes["alamat_pindah"] = after
    for name in ("nama", "nama_kepala_keluarga"):
        if name in reading.values and name not in changes and not plain_name(reading.values[name]):
            del reading.values[name]  # "namanya mirip jadi ketuker": talk, judged above
    reading.values.update(changes)
    reading.firm.update(changes)
    service = service_of(layanan)
    if (
        service is not None
        and "alamat_pindah" in service.field_names
        and "alamat_pindah" not in reading.values
        and looks_like_address(text)
    ):
        reading.values["alamat_pindah"] = free_text(_after_the_new_mark(text))
        reading.firm.add("alamat_pindah")
    return reading


_NEW_MARK = re.compile(
    r"[,.;]?\s*\b(?:jadi(?:nya)?|menjadi|harusnya|seharusnya|yang\s+benar|yg\s+bener|"
    r"yg\s+benar|lengkapnya)\b\s*:?\s*",
    re.IGNORECASE,
)


def _after_the_new_mark(text: str) -> str:
    """ "kurang lengkap, tambahin RT 03 ya. jadi Desa Karangsari RT 03 ...": the whole new
    value after its mark, when what follows the last mark is an address by itself."""
    marks = list(_NEW_MARK.finditer(text))
    if marks and looks_like_address(text[marks[-1].end() :]):
        return text[marks[-1].end() :]
    head, colon, tail = text.rpartition(":")  # "alamat pindahnya yg tadi ya: Jl. ..."
    if colon and looks_like_address(tail) and not looks_like_address(head):
        return tail
    return text


FREE_TEXT_FIELDS = ("alamat_pindah", "keperluan")
# "bukan Kab. Bogor tapi Kota Bogor", "RT 04 nya salah, harusnya RT 05": a part of a
# free-text value swapped for another
_SWAP = (
    re.compile(
        r"\bBUKAN\s+(?P<old>[^,;]+?)\s*[,;]?\s+(?:TAPI|TETAPI|TP|MELAINKAN|HARUSNYA|SEHARUSNYA|"
        r"MESTINYA|YG\s+BENER|YANG\s+BENAR|YG\s+BENAR)\s+(?P<new>.+?)\s*[.!]*$"
    ),
    re.compile(
        r"(?:^|[,;.]\s*)(?P<old>[^,;.]+?)\s*(?:NYA\s+)?(?:SALAH|KELIRU)\s*[,;]?\s+(?:HARUSNYA|"
        r"SEHARUSNYA|MESTINYA|YG\s+BENER|YANG\s+BENAR|YG\s+BENAR|JADI)\s+(?P<new>.+?)\s*[.!]*$"
    ),
)
_SWAP_TAIL = re.compile(r"(?:[\s,.]+(?:YA|YAA|KAK|KA|MIN|PAK|BU|NIH|DONG|SAJA|AJA|MAKASIH))+$")


_NEW_NOT_OLD = re.compile(r"^(?P<before>.+?)\s+(?:BUKAN|BKN)\s+(?P<old>[^,;]+?)\s*[.!]*$")


def _swaps(said: str) -> list[tuple[str, str]]:
    """(old, new) pairs the message may swap: "bukan X tapi Y", "X salah, harusnya Y", and
    "RT 04 bukan RT 02" / "nomor rumahnya 15 bukan 5" (as many words before "bukan" as the
    old part has)."""
    pairs = []
    for pattern in _SWAP:
        match = pattern.search(said)
        if match is not None:
            pairs.append((match.group("old"), _SWAP_TAIL.sub("", match.group("new"))))
    match = _NEW_NOT_OLD.search(_SWAP_TAIL.sub("", said))
    if match is not None:
        old = match.group("old").strip(" .,")
        size = len(re.findall(r"[A-Z0-9]+", old))
        before = re.findall(r"[A-Z0-9]+", match.group("before"))
        if 0 < size <= 4 and len(before) >= size:
            pairs.append((old, " ".join(before[-size:])))
    return pairs


def replaced_in_free_text(text: str, current: Mapping[str, str]) -> dict[str, str]:
    """The free-text field (address, purpose) whose part the message swaps for another,
    when that part stands in exactly one of them once."""
    said = " ".join(clean(text).upper().split())
    for old, new in _swaps(said):
        old, new = old.strip(" .,"), new.strip(" .,")
        parts = re.findall(r"[A-Z0-9]+", old)
        if not parts or not new:
            continue
        typed = re.compile(r"\b" + r"[\s.,/-]*".join(map(re.escape, parts)) + r"\b")
        found = {
            name: current[name]
            for name in FREE_TEXT_FIELDS
            if name in current and len(typed.findall(current[name])) == 1
        }
        if len(found) == 1:
            name, value = next(iter(found.items()))
            return {name: typed.sub(new, value, count=1)}
    return {}


def apply_correction(state: State, service: Service, text: str) -> list[str] | None:
    """Apply the correction a message makes to the request in `state` (read with
    `read_correction`); the messages for the resident, or None when it names no field of
    the service."""
    reading = read_correction(text, service.code, dict(state.fields))
    if not any(name in service.field_names for name in reading.values):
        return None
    return apply(state, service, reading, None)


def whole_request(reading: Reading) -> bool:
    """A message naming a service with both numbers is a request, whatever else it says."""
    return bool(reading.layanan) and {"nik", "no_kk"} <= reading.firm


def _extractor_read_the_faults(reading: Reading, found: dict[str, str]) -> bool:
    line_values = set(reading.values.values())
    got = reading.line_faults & found.keys()
    return bool(got) and not any(found[f] in line_values for f in got)


def read(text: str, layanan: str | None) -> Reading:
    """Everything the message says for a request (of `layanan` when one is under way)."""
    split = _line_and_rest(text)
    if split is not None:  # "#SKPWNI#3603…#Tono Sugiarto\nmau pindah ke Cirebon"
        line, rest = split
        reading = read(line, layanan)
        more = read(rest, reading.layanan or layanan)
        added = more.values.keys() - reading.values.keys()
        reading.values.update({name: more.values[name] for name in added})
        reading.firm |= more.firm & added
        reading.text = text
        return reading
    reading = Reading(text=text)
    if _from_line(text, reading) and not reading.line_errors:
        if text.count("#") > 1:
            return reading
        # "#ktp 3603… 3603… Slamet Riyadi bojong cikupa hilang": with no marks between the
        # values the parser guesses where the name ends; the extractor knows the places.
        found = extract(text, layanan=reading.layanan)
        if not reading.values.keys() - found.values.keys() - {"alasan"}:
            reading.values.update(found.values)
            reading.firm.update(found.values)
        return reading
    found = extract(text, layanan=reading.layanan or layanan)
    if reading.line_faults and _extractor_read_the_faults(reading, found.values):
        # The extractor read what the line got wrong: its reading of the message wins, and
        # line values that swallowed its numbers are dropped.
        numbers = [v for k, v in found.values.items() if k in ("nik", "no_kk")]
        kept = {
            k: v
            for k, v in reading.values.items()
            if not any(n in re.sub(r"\D", "", v) for n in numbers) or k in ("nik", "no_kk")
        }
        reading.values = {**kept, **found.values}
        reading.line_faults, reading.line_errors = frozenset(), []
    reading.layanan = reading.layanan or found.layanan
    for name, value in {**found.unresolved, **found.values}.items():
        if name not in reading.line_faults:
            reading.values.setdefault(name, value)
    reading.firm.update(n for n in found.values if n not in reading.line_faults)
    if found.alasan:
        reading.values.setdefault("alasan", found.alasan)
    if "nik_tanpa_label" in found.notes or "no_kk_tanpa_label" in found.notes:
        reading.unlabelled_numbers = [
            n for n in NUMBER_FIELDS if f"{n}_tanpa_label" in found.notes and n in reading.values
        ]
    if found.referral and not reading.values.keys() & set(PLACE_FIELDS):
        reading.referral = found.referral
    return reading


def _line_and_rest(text: str) -> tuple[str, str] | None:
    """A `#` line on one line of a message and words on the others: each part, or None. The
    line's last field ends at its line break; the words are read apart."""
    lines = [line for line in text.splitlines() if line.strip()]
    hashed = [line for line in lines if line.count("#") >= 2]
    if len(lines) < 2 or len(hashed) != 1:
        return None
    rest = "\n".join(line for line in lines if line is not hashed[0])
    return hashed[0], rest


_ADDRESS_CUES = re.compile(
    r"\b(?:JL|JLN|JALAN|RT|RW|KEL|KELURAHAN|DESA|DS|KEC|KECAMATAN|KAB|"
    r"KABUPATEN|KOTA|KP|KAMPUNG|PERUM|BLOK|DUSUN|GG|GANG)\b"
)
_CORRECTION_WORDS = (
    r"DIGANTI|GANTI|DIUBAH|UBAH|JADI|MENJADI|SEHARUSNYA|HARUSNYA|BENARNYA|YANG BENAR|YAITU|"
    r"ADALAH|NYA|SAYA|SY|MAU|YANG|YG"
)
_LEADING_LABEL = {
    "alamat_pindah": re.compile(
        rf"^(?:(?:{_CORRECTION_WORDS}|ALAMAT|TUJUAN|TUJUANNYA|LENGKAP|LENGKAPNYA|PINDAH|"
        r"PINDAHNYA|KE|DI|BARU|BARUNYA)\b[\s:,.-]*)+"
    ),
    "keperluan": re.compile(
        rf"^(?:(?!MAU\b|(?:DI)?GANTI\s+(?:KTP|EKTP|KK|KIA|ALAMAT|DATA)\b)(?:{_CORRECTION_WORDS}|KEPERLUAN|KEPERLUANNYA|ALASAN\s+PINDAH(?:NYA)?|"
        r"ALASAN|ALASANNYA|UNTUK|"
        r"BUAT(?!\s+(?:KK|KTP|EKTP|KIA|AKTA|SURAT)\b))\b[\s:,.-]*)+"
    ),
}
_TRAILING_COURTESY = re.compile(
    r"(?:[\s,.]+(?:KAK|KA|MIN|PAK|BU|YA|YAA|MAS|MBAK|BANG|GAN|SIS|NIH|DONG))+$"
)


_ASIDE_START = frozenset(
    {"PULANG", "IKUT", "MENGIKUTI", "KARENA", "KRN", "SOALNYA", "KERJA", "BEKERJA", "MENIKAH",
     "NIKAH", "KULIAH", "MUTASI", "BIAR", "AGAR", "SUPAYA", "TERIMA", "MAKASIH", "TERIMAKASIH",
     "MOHON", "TOLONG", "BUAT", "UNTUK"}
)  # fmt: skip


def free_text(text: str, name: str = "alamat_pindah") -> str:
    """A free-text answer without its label and the address word at the end ('alamat
    tujuannya Jl. … kak' -> 'Jl. …'); an address without the reason told after it ('…
    Kab. Pasuruan, pulang kampung')."""
    upper = clean(text).upper().strip()
    label = _LEADING_LABEL.get(name)
    if label is not None:
        upper = label.sub("", upper)
    if name == "alamat_pindah":
        upper = _without_explanation(_without_aside(_WHOSE_HOUSE.sub("", upper)))
    return _TRAILING_COURTESY.sub("", upper).strip(" ,.") or clean(text)


# "ke rumah mertua di Jl Kaliurang ...": whose house, before the address itself
_WHOSE_HOUSE = re.compile(
    r"^(?:KE\s+)?(?:RUMAH|TEMPAT|KONTRAKAN|KOSAN|KOS|KOST)\s+(?:\w+\s+){0,3}?(?:DI|DI\s+ALAMAT)\s+"
    r"(?=(?:JL|JLN|JALAN|GG|GANG|KP|KAMPUNG|PERUM|PERUMAHAN|DUSUN|DSN|DUKUH|DESA|KEL|"
    r"KELURAHAN|KOMP|KOMPLEK|BLOK|LINGKUNGAN|RT)\b)"
)
# "... Kota Bandung. RT nya 05 bukan 03": the correction explained after the address
_EXPLAINED = re.compile(
    r"[.;]\s+(?:[^.;]*\b(?:BUKAN|BKN|TADINYA|SEBELUMNYA)\b|(?:RT|RW|NO|NOMOR|JL|JALAN|GG)\s*NYA\b)"
    r"[^.;]*[.!]?$"
)


def _without_explanation(address: str) -> str:
    """The address without the correction explained after it, when what is left is still an
    address by itself."""
    kept = _EXPLAINED.sub("", address)
    return kept if looks_like_address(kept) else address


def _without_aside(address: str) -> str:
    head, comma, tail = address.rpartition(",")
    first = tail.split()[:1]
    cues = _ADDRESS_CUES.search(tail.replace("PULANG KAMPUNG", " "))  # not a kampung's name
    if comma and first and first[0] in _ASIDE_START and not cues:
        return _without_aside(head) if looks_like_address(head) else address
    return address


def looks_like_address(text: str) -> bool:
    return len(set(_ADDRESS_CUES.findall(clean(text).upper()))) >= 3


def _fit(service: Service, reading: Reading, diminta: str | None) -> dict[str, str]:
    """The reading's values for this service's fields, following the question asked."""
    values = dict(reading.values)
    for name in ("alamat_pindah", "keperluan"):
        if name in values:
            values[name] = free_text(values[name], name)
    for name in ("nama", "nama_kepala_keluarga"):
        if name in values:
            values[name] = strip_courtesy(values[name])
    named = service.name_field  # a KK's nama_kepala_keluarga
    if named != "nama" and "nama" in values and named not in values:
        values[named] = values.pop("nama")
    if (
        diminta in NUMBER_FIELDS
        and diminta not in values
        and _names_the_asked_number(reading, diminta)
    ):
        other = "no_kk" if diminta == "nik" else "nik"
        values[diminta] = values.pop(other)
    if diminta in NUMBER_FIELDS and diminta not in values and len(reading.unlabelled_numbers) == 1:
        guessed = reading.unlabelled_numbers[0]
        if sum(n in values for n in NUMBER_FIELDS) == 1:
            values[diminta] = values.pop(guessed)
    return {k: v for k, v in values.items() if k in service.field_names}


_NUMBER_WORD = {
    "nik": re.compile(r"\bNIK\b"),
    "no_kk": re.compile(r"\b(?:KK|NKK|KARTU KELUARGA)\b"),
}


def _names_the_asked_number(reading: Reading, diminta: str) -> bool:
    """'nik anak saya yg di kk 3603…' at the NIK question: one number, and the message names
    the number asked for first, so a label word after it does not take it away."""
    other = "no_kk" if diminta == "nik" else "nik"
    if other not in reading.values or sum(n in reading.values for n in NUMBER_FIELDS) != 1:
        return False
    upper = clean(reading.text).upper()
    asked, rival = _NUMBER_WORD[diminta].search(upper), _NUMBER_WORD[other].search(upper)
    return asked is not None and (rival is None or asked.start() < rival.start())


def apply(state: State, service: Service, reading: Reading, diminta: str | None) -> list[str]:
    """Fill / correct the request from the reading; the messages for the resident."""
    messages: list[str] = []
    gazetteer = default_gazetteer()
    values = _fit(service, reading, diminta)
    for f in service.fields:
        if f.name not in values or f.name in PLACE_FIELDS:
            continue
        try:
            value = check_field(service, f, values[f.name], gazetteer)
        except FieldError as exc:
            if f.name == diminta or f.name not in state.fields:
                messages.append(for_residents.with_example(exc.message, f.label, f.example))
            continue
        before = state.fields.get(f.name)
        if (
            before
            and f.type == "name"
            and not _renames(before, value, reading.text, diminta, f.name)
        ):
            continue
        state.fields[f.name] = value
        if before and before != value:
            messages.append(for_residents.VALUE_CHANGED.format(label=f.label, value=value))
    if PLACE_FIELDS[0] in service.field_names:
        desa, kecamatan = values.get("desa"), values.get("kecamatan")
        messages += _places(state, desa, kecamatan, typed_desa(reading.text))
    return messages


# Words that make a name in a message a change of the name already known
_NAME_CHANGE = re.compile(
    r"\b(?:NAMA|NAMANYA|NAMI|ATAS\s*NAMA|AN|KEPALA|SALAH|GANTI|GANTIIN|UBAH|DIUBAH|DIGANTI|BUKAN|"
    r"BKN|RALAT|KOREKSI|TYPO|TIPO|KELIRU|MAKSUD|MAKSUDNYA|HARUSNYA|BENAR|BENER|BETUL|LENGKAP|"
    r"LENGKAPNYA)\b"
)


def _renames(before: str, value: str, text: str, diminta: str | None, field: str) -> bool:
    """Whether a name read in a message replaces the one known: not a short form of it
    ("nik Zahra 3603..." for ZAHRA KAMILA), and, in the answer to another field, only when
    the message says it is a name or a change ("deket SDN Bunar 2" answers the desa)."""
    if set(value.split()) < set(before.split()):
        return False
    if diminta in (None, field):
        return True
    return bool(_NAME_CHANGE.search(" ".join(words(text))))


_TYPED_DESA = re.compile(
    r"\b(?:DESA|DS|KEL|KELURAHAN)\b\.?\s+([A-Z][A-Z ]{2,30}?)\s*(?=,|\.|\bKEC\b|\bKECAMATAN\b|$)"
)


def typed_desa(text: str) -> str | None:
    """The desa as typed after its keyword ('desa kadu agun, kec …' -> 'KADU AGUN')."""
    match = _TYPED_DESA.search(" ".join(clean(text).upper().replace(",", " , ").split()))
    return match.group(1).strip() if match else None


def _places(
    state: State, desa: str | None, kecamatan: str | None, typed: str | None = None
) -> list[str]:
    """Resolve the place with what the request already knows. A desa typed after its keyword
    is tried inside the kecamatan given when the extractor's reading does not fit there."""
    if desa is None and kecamatan is None:
        return []
    known_desa, known_kec = state.fields.get("desa"), state.fields.get("kecamatan")
    if desa is None:
        if known_desa:
            result = resolve_place(known_desa, kecamatan)
            if result.status != "ok":
                result = resolve_place(None, kecamatan)
        else:
            result = resolve_place(None, kecamatan)
    else:
        result = resolve_place(desa, kecamatan or known_kec)
        if result.status != "ok" and kecamatan is None and known_kec:
            alone = resolve_place(desa, None)
            if alone.status == "ok":
                result = alone
    kec = kecamatan or known_kec
    if typed and kec and typed != desa and not _inside(result, kec):
        inside = resolve_place(typed, kec)
        if _inside(inside, kec):
            result = inside
    return _use_place(state, result)


def _inside(result: PlaceResult, kecamatan: str) -> bool:
    """The verdict names a place in this kecamatan (for sure, or as the one suggestion)."""
    kec = resolve_place(None, kecamatan).kecamatan
    if result.status == "ok":
        return result.kecamatan == kec
    suggestion = result.suggestion if result.status == "suggest" else None
    return suggestion is not None and suggestion[1] == kec


def _use_place(state: State, result: PlaceResult) -> list[str]:
    if result.status == "ok" and result.desa and result.kecamatan:
        state.fields["desa"], state.fields["kecamatan"] = result.desa, result.kecamatan
        state.saran_tempat = None
        return []
    if result.status == "kecamatan_only" and result.kecamatan:
        if state.fields.get("kecamatan") != result.kecamatan:
            state.fields.pop("desa", None)
        state.fields["kecamatan"] = result.kecamatan
        return []
    if result.status == "ambiguous" and result.options and result.kecamatan:
        state.fields["kecamatan"] = result.kecamatan  # the kecamatan stands; which desa in it?
        state.fields.pop("desa", None)
        state.diminta = "desa"
        return [result.message or ""]
    if result.status == "ambiguous" and result.options:
        state.fields["desa"] = result.options[0][0]
        state.fields.pop("kecamatan", None)
        state.diminta = "kecamatan"
        return [result.message or ""]
    if result.status == "suggest" and result.suggestion:
        desa, kecamatan = result.suggestion
        state.saran_tempat = f"{desa}|{kecamatan}"
        return [for_residents.place_question(desa, kecamatan)]
    return [m for m in (result.referral or result.message,) if m]


def _names_offered(text: str, pending: str) -> bool:
    """Whether the message names the desa offered (or its kecamatan, when only that was),
    and no other value after "tapi"/"bukan"."""
    said = " ".join(words(text))
    desa, _, kecamatan = pending.partition("|")
    if re.search(r"\b(?:TAPI|TETAPI|TP|BUKAN|BKN|HARUSNYA)\b", said):
        return False
    return f" {desa or kecamatan} " in f" {said} "


def answer_suggestion(state: State, text: str) -> list[str] | None:
    """'ya' / 'tidak' to 'Maksud Bapak/Ibu Desa X?'; None when the message is neither."""
    pending = state.saran_tempat or ""
    offered = pending.replace("|", " ")
    # "iya lengkong kulon, salah ketik": the yes, the place offered and a word about the typo
    yes_restating = starts_with_yes(text) and _names_offered(text, pending)
    if (
        is_yes(text)
        or agrees_restating(text, offered)
        or only_restates(text, offered)
        or (yes_restating)
    ):
        desa, _, kecamatan = pending.partition("|")
        if desa:
            state.fields["desa"] = desa
        state.fields["kecamatan"] = kecamatan
        state.saran_tempat = None
        return []
    if is_no(text):
        state.saran_tempat = None
        state.fields.pop("desa", None)
        return [for_residents.PLACE_AGAIN]
    state.saran_tempat = None
    return None


def take_answer(state: State, service: Service | None, diminta: str, text: str) -> list[str]:
    """The whole message as the answer to the field asked, when nothing else was read."""
    if diminta in ("nama_warga", "telepon_warga"):
        return _helper_answer(state, diminta, text)
    if service is None or diminta not in service.field_names:
        return []
    f = service.field(diminta)
    if (
        diminta != "alamat_pindah"
        and "alamat_pindah" in service.field_names
        and looks_like_address(text)
    ):
        return take_answer(state, service, "alamat_pindah", text)
    if f.type in NUMBER_FIELDS and not any(ch.isdigit() for ch in text):
        return [for_residents.field_again(f.label, f.example, f"berupa {_digits_hint(f.type)}")]
    if f.type == "name" and name_is_a_word(text):
        return [for_residents.field_again(f.label, f.example, "sesuai KK")]
    if diminta in PLACE_FIELDS:
        said = " ".join(words(text))
        cleaned = _TRAILING_LABEL.sub("", _NOT_THAT_ONE.sub("", said)).strip() or said
        cleaned = _LEADING_TALK.sub("", cleaned).strip() or cleaned
        desa = cleaned if diminta == "desa" else None
        kecamatan = cleaned if diminta == "kecamatan" else None
        messages = _places(state, desa, kecamatan)
        if diminta in state.fields or state.saran_tempat or messages:
            return messages
        return [for_residents.field_again(f.label, f.example)]
    if f.type == "name":
        text = strip_courtesy(name_in_answer(text))
        if (len(text.split()) > MAX_NAME_WORDS and not plain_name(text)) or looks_like_talk(text):
            return [for_residents.field_again(f.label, f.example, "sesuai KK")]  # talk
    if f.type not in ("name", "reason", "document_number") and f.type not in NUMBER_FIELDS:
        text = free_text(text, diminta)
    try:
        state.fields[diminta] = check_field(service, f, text, default_gazetteer())
    except FieldError as exc:
        return [for_residents.with_example(exc.message, f.label, f.example)]
    return []


# "sepatan, bukan yg panongan": the place named, not the one ruled out after it
_NOT_THAT_ONE = re.compile(r"\s+(?:BUKAN|BKN|TAPI\s+BUKAN)\b.*$")


# "dadap desanya", "cikupa kecamatannya": the label written after the place
_TRAILING_LABEL = re.compile(
    r"\s+(?:DESANYA|DESA|DS|KELURAHANNYA|KELURAHAN|KEL|KAMPUNGNYA|KECAMATANNYA|KECAMATAN|"
    r"KECNYA|KEC)(?:\s+(?:SAYA|SY|KAMI|AKU|KU|PAK|BU|KAK|MIN|YA|NYA))*$"
)


# "di bitung", "tinggal di desa talaga", "rumah saya di kadu": where, before the place
_LEADING_TALK = re.compile(
    r"^(?:(?:DI|DARI|TINGGAL|TINGGALNYA|RUMAH|RUMAHNYA|SAYA|SY|KAMI|AKU|ALAMAT|ALAMATNYA|"
    r"DOMISILI|DAERAH|WILAYAH|ITU|YA|IYA|OH|NAH|DESA|DESANYA|DS|KEL|KELURAHAN|KEC|KECAMATAN)\s+)+"
)


def _digits_hint(kind: str) -> str:
    return "16 angka" if kind in NUMBER_FIELDS else "angka"


def _helper_answer(state: State, diminta: str, text: str) -> list[str]:
    try:
        if diminta == "nama_warga":
            if name_is_a_word(text):
                return [for_residents.RESIDENT_NAME_AGAIN]
            name = strip_courtesy(text)
            if len(name.split()) > 4:
                name = strip_courtesy(extract(text).values.get("nama") or name)
            state.warga[diminta] = check_name(diminta, name)
        else:
            state.warga[diminta] = check_phone(diminta, text)
    except FieldError as exc:
        example = "SITI AMINAH" if diminta == "nama_warga" else "0812 3456 7890"
        return [f"{exc.message} Contoh: {example}"]
    return []


def service_of(code: str | None) -> Service | None:
    return default_catalog().services.get(code) if code else None
