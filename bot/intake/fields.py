"""Checks for one field value, by field type. Shared by the `#` parser and the Rasa form
validators, so a value is judged the same way whichever way it arrived.

Every check returns the canonical value (upper case, single spaces, official spelling) or
raises FieldError with a stable code and a Bahasa Indonesia message.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from bot.errors import FieldError, InvalidNumber, PlaceError
from bot.intake.identity import IdentityNumber, parse_kk, parse_nik
from bot.reference.catalog import Field, Service
from bot.reference.gazetteer import Desa, Gazetteer, Kecamatan, default_gazetteer
from bot.reference.text import clean, fold_key

__all__ = [
    "ADDRESS_HINT",
    "address_parts",
    "area_names",
    "check_address",
    "check_document_number",
    "check_field",
    "check_kecamatan",
    "check_name",
    "check_number",
    "check_phone",
    "check_place",
    "check_reason",
    "check_text",
    "reasons_in",
]

_NAME_ALLOWED = re.compile(r"^[A-Z][A-Z .,'\-]*$")
_DOCUMENT = re.compile(r"^[A-Z0-9][A-Z0-9/.\-]{3,39}$")
_WORD_SPLIT = re.compile(r"[^0-9A-Z]+")
MAX_NAME = 80
MAX_TEXT = 200


def check_number(
    field: str, value: str, gazetteer: Gazetteer, today: date | None = None
) -> IdentityNumber:
    """A NIK (`nik`) or No. KK (`no_kk`), structurally valid."""
    parse = parse_nik if field == "nik" else parse_kk
    try:
        return parse(value, gazetteer=gazetteer, today=today)
    except InvalidNumber as exc:
        raise FieldError(field, exc.code, exc.message) from exc


def check_name(field: str, value: str) -> str:
    """A person's name: letters, spaces and . , ' - only."""
    name = clean(value).upper().replace("`", "'").replace("’", "'")
    if not name:
        raise FieldError(field, "kosong", "Nama belum diisi.")
    if any(ch.isdigit() for ch in name):
        raise FieldError(
            field, "nama_ada_angka", "Nama tidak boleh berisi angka; tulis nama sesuai KK."
        )
    if not _NAME_ALLOWED.match(name):
        bad = next((ch for ch in name if not (ch.isalpha() or ch in " .,'-")), "")
        detail = f" ('{bad}')" if bad else ""
        raise FieldError(
            field,
            "nama_ada_simbol",
            f"Nama hanya boleh berisi huruf dan tanda . , ' -; ada simbol lain{detail}.",
        )
    if sum(ch.isalpha() for ch in name) < 2:
        raise FieldError(field, "nama_terlalu_pendek", "Nama terlalu pendek; tulis nama lengkap.")
    if len(name) > MAX_NAME:
        raise FieldError(field, "nama_terlalu_panjang", f"Nama paling panjang {MAX_NAME} huruf.")
    return name


def reasons_in(service: Service, value: str) -> list[str]:
    """The reason codes (PEMULA/HILANG/RUSAK) whose synonyms appear in the text, in order."""
    index = service.reason_index
    words = _WORD_SPLIT.sub(" ", clean(value).upper()).split()
    found: list[str] = []
    for start in range(len(words)):
        for size in (3, 2, 1):
            reason = index.get(" ".join(words[start : start + size]))
            if reason is not None and reason not in found:
                found.append(reason)
    return found


def check_reason(service: Service, field: str, value: str) -> str:
    """One reason code of the service, from the code or any synonym."""
    options = "/".join(service.reasons)
    found = reasons_in(service, value)
    if len(found) > 1:
        raise FieldError(
            field,
            "alasan_ganda",
            f"Pilih satu alasan saja, bukan {' dan '.join(found)}; tulis salah satu: {options}.",
        )
    if not found:
        shown = clean(value) or "(kosong)"
        raise FieldError(
            field,
            "alasan_tidak_dikenal",
            f"Alasan '{shown}' tidak dikenal; tulis salah satu: {options}.",
        )
    return found[0]


def check_text(field: str, value: str, label: str) -> str:
    """Free text (alamat tujuan, keperluan): upper case, 3 to 200 characters."""
    text = clean(value).upper().replace("#", " ").strip()
    if len(text) < 3:
        raise FieldError(field, "terlalu_pendek", f"{label} terlalu pendek; tulis lebih lengkap.")
    if len(text) > MAX_TEXT:
        raise FieldError(
            field, "terlalu_panjang", f"{label} paling panjang {MAX_TEXT} huruf; mohon diringkas."
        )
    return text


_DETAIL_WORDS = {
    "JL", "JLN", "JALAN", "GG", "GANG", "RT", "RW", "BLOK", "BLK", "PERUM", "PERUMAHAN", "KP",
    "KAMPUNG", "KMP", "DUSUN", "DSN", "KOMPLEK", "KOMPLEKS", "KOMP", "CLUSTER", "APARTEMEN",
    "GRIYA", "NO", "NOMOR", "LINGKUNGAN", "LINK", "DESA", "DS", "KEL", "KELURAHAN",
}  # fmt: skip
_AREA_PREFIX = {"KOTA", "KAB", "KABUPATEN", "KOTAMADYA"}
_KABKOTA_WORDS = re.compile(r"^(?:KABUPATEN|KOTA)\s+(?:ADMINISTRASI\s+)?")
ADDRESS_HINT = (
    "Tulis lengkap: jalan/RT/RW, kelurahan/desa, kecamatan, kota/kabupaten. "
    "Contoh: JL. MAWAR NO 5 RT 002 RW 003 KEL. SUKASARI KEC. BOGOR TENGAH KOTA BOGOR"
)


@cache
def area_names() -> frozenset[tuple[str, ...]]:
    """Kab/kota names of Indonesia without their prefix ("BOGOR", "JAKARTA SELATAN")."""
    g = default_gazetteer()
    names = {tuple(_KABKOTA_WORDS.sub("", n.upper()).split()) for n in g.kabkota.values()}
    names |= {("JAKARTA",)}
    names |= {w for n in g.office.neighbours for w in n.area_words if w[0] != "KOTA"}  # TANGSEL
    names |= {tuple(k.name.upper().split()) for k in g.kecamatan.values()}  # the office's own
    return frozenset(names)


def _hometown(words: list[str], i: int) -> bool:
    return words[i] in {"KAMPUNG", "KAMPUNGNYA"} and (words[i + 1 : i + 2] or [""])[0] in {
        "HALAMAN", "HALAMANNYA", "HALAMANKU", "ASAL", "ASALNYA", "SAYA", "SY", "KAMI", "ISTRI",
        "SUAMI", "ORTU", "ORANG", "MERTUA", "BAPAK", "IBU", "EMAK", "ABAH", "NENEK", "KAKEK",
        "ISTRINYA", "SUAMINYA", "AKU", "GUE", "ANE", "AYE",
    }  # fmt: skip  # "kampung istri di kuningan": whose home village, not a kampung named


def address_parts(value: str) -> tuple[bool, bool]:
    """(has a street/RT/RW/kelurahan detail, names a kab/kota) for a destination address."""
    words = _WORD_SPLIT.sub(" ", clean(value).upper()).split()
    # "kampung halamannya di Klaten": a hometown, not a kampung of the address
    words = [w for i, w in enumerate(words) if not _hometown(words, i)]
    detail = any(w in _DETAIL_WORDS for w in words) or any(w.isdigit() for w in words)
    area = any(
        w in _AREA_PREFIX and i + 1 < len(words) and not words[i + 1].isdigit()
        for i, w in enumerate(words)
    )
    names = area_names()
    area = area or any(
        tuple(words[i : i + n]) in names for n in (3, 2, 1) for i in range(len(words))
    )
    return detail, area


def check_address(field: str, value: str, label: str) -> str:
    """A destination address complete enough for the officer: a street, RT/RW or
    kelurahan detail, and the kab/kota ("Depok" alone is not an address)."""
    text = check_text(field, value, label)
    detail, area = address_parts(text)
    if detail and area:
        return text
    if area:
        missing = "jalan/RT/RW dan kelurahannya"
    elif detail:
        missing = "kota/kabupatennya"
    else:
        missing = "jalan/RT/RW, kelurahan dan kota/kabupatennya"
    raise FieldError(
        field,
        "alamat_kurang_lengkap",
        f"{label} belum lengkap: belum ada {missing}. {ADDRESS_HINT}",
    )


def check_document_number(field: str, value: str, label: str) -> str:
    """A document number such as the SKPWNI number: letters, digits, / . - and a digit."""
    text = re.sub(r"\s+", "", clean(value).upper())
    if not _DOCUMENT.match(text) or not any(ch.isdigit() for ch in text):
        raise FieldError(
            field,
            "nomor_dokumen_salah",
            f"{label} berisi huruf/angka dan tanda / . - (4 sampai 40 tanda), "
            "seperti yang tertulis di surat.",
        )
    return text


def check_kecamatan(value: str, gazetteer: Gazetteer) -> Kecamatan:
    """A kecamatan of the office on its own (the desa still to come)."""
    found = gazetteer.find_kecamatan(value)
    if found is not None:
        return found
    try:
        gazetteer.resolve("", value)
    except PlaceError as exc:
        raise FieldError("kecamatan", exc.code, exc.message) from exc
    raise AssertionError("resolve('') cannot succeed")  # pragma: no cover


def check_place(desa: str, kecamatan: str, gazetteer: Gazetteer) -> Desa:
    """The desa of the pair; the error names the field at fault."""
    try:
        return gazetteer.resolve(desa, kecamatan)
    except PlaceError as exc:
        raise FieldError(exc.field, exc.code, exc.message) from exc


def is_place(value: str, gazetteer: Gazetteer) -> bool:
    return bool(fold_key(value)) and gazetteer.is_place(value)


def check_phone(field: str, value: str) -> str:
    """An Indonesian mobile number, returned as 08… digits."""
    digits = "".join(ch for ch in clean(value) if ch.isdigit())
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    if not (digits.startswith("08") and 10 <= len(digits) <= 14):
        raise FieldError(
            field, "telepon_salah", "Nomor HP berisi 10 sampai 14 angka, diawali 08 atau +62."
        )
    return digits


def check_field(
    service: Service,
    field: Field,
    raw: str,
    gazetteer: Gazetteer,
    today: date | None = None,
    numbers: dict[str, IdentityNumber] | None = None,
) -> str:
    """The canonical value of one field that is not a place, by its type. A NIK / No. KK's
    derived facts go into `numbers` when given."""
    if field.type in ("nik", "no_kk"):
        number = check_number(field.name, raw, gazetteer, today)
        if numbers is not None:
            numbers[field.name] = number
        return number.digits
    if field.type == "name":
        return check_name(field.name, raw)
    if field.type == "reason":
        return check_reason(service, field.name, raw)
    if field.type == "document_number":
        return check_document_number(field.name, raw, field.label)
    if field.name == "alamat_pindah":
        return check_address(field.name, raw, field.label)
    return check_text(field.name, raw, field.label)
