"""The `#` line parser: free-form typing of the office's format in, a verdict out.

`parse(text)` never raises. It tolerates case, spaces around `#`, a missing leading or
trailing `#`, doubled `#`, the full-width `＃`, grouped digits, code aliases, reason synonyms
and place prefixes. When a line has too few fields it works out which one is missing from
what the others look like (numbers, places, reasons, names), not from position alone.
Half-remembered lines ("#KTP 3603... 3603... siti aminah bitung jaya cikupa hilang", values
split by `/ ; , -`) are re-cut by `bot.intake.repair` and the reading with most fields right wins;
`parse_loose` reads such a line typed without any `#`. Places are judged by `bot.intake.places`.

Stable error codes, by field:
    layanan   tanpa_pagar, layanan_kosong, layanan_tidak_dikenal, bagian_berlebih, terlalu_panjang
    any field bagian_kurang, kosong
    nik/no_kk panjang_salah, huruf_mirip_angka, karakter_salah, bukan_angka (no digit at all),
              provinsi_tidak_dikenal,
              kabkota_tidak_dikenal, kecamatan_kosong, tanggal_salah, nomor_urut_nol,
              kk_sama_dengan_nik
    nama*     nama_ada_angka, nama_ada_simbol, nama_terlalu_pendek, nama_terlalu_panjang
    desa      desa_tidak_ditemukan, desa_beda_kecamatan, luar_kabupaten (bot.intake.places)
    kecamatan kecamatan_tidak_ditemukan, luar_kabupaten, desa_ganda
    alasan    alasan_ganda, alasan_tidak_dikenal
    text      terlalu_pendek, terlalu_panjang; alamat_pindah: alamat_kurang_lengkap;
              no_skpwni: nomor_dokumen_salah
Warning codes: nik_luar_kabupaten, nik_beda_kecamatan, nik_kecamatan_lama, kk_luar_kabupaten,
    and each service's `age_checks` in the catalog (pemula_di_bawah_17, kia_usia_17).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.errors import FieldError, Issue
from bot.intake.fields import check_field, is_place, reasons_in
from bot.intake.identity import IdentityNumber
from bot.intake.places import YES_NO, PlaceResult, resolve_place
from bot.intake.repair import leading_service, split_values, strip_label
from bot.reference.catalog import Catalog, Field, Service, default_catalog
from bot.reference.gazetteer import Desa, Gazetteer, default_gazetteer
from bot.reference.office import Office
from bot.reference.text import clean, squash_spaces

__all__ = ["Issue", "Verdict", "looks_like_hash_line", "parse", "parse_loose", "render"]

MAX_LINE = 1000
_ADDRESS_WORDS = re.compile(r"\b(JL|JLN|JALAN|RT|RW|NO|GG|GANG|BLOK|PERUM|KOTA|KAB|KABUPATEN)\b")
_NUMBERISH = re.compile(r"^[0-9OoIl\s.\-_/]+$")


@dataclass
class Verdict:
    """What `parse` found: the service, field values, the canonical line, errors, warnings."""

    text: str
    service: Service | None = None
    fields: dict[str, str] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    numbers: dict[str, IdentityNumber] = field(default_factory=dict)
    place: Desa | None = None
    canonical: str | None = None
    place_result: PlaceResult | None = None  # the resolver's verdict on desa/kecamatan

    @property
    def ok(self) -> bool:
        return self.service is not None and not self.errors

    @property
    def layanan(self) -> str | None:
        return self.service.code if self.service else None

    def error_fields(self) -> list[str]:
        return [e.field for e in self.errors]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "layanan": self.layanan,
            "canonical": self.canonical,
            "fields": dict(self.fields),
            "errors": [e.to_dict() for e in self.errors],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def render(service: Service, fields: Mapping[str, str]) -> str:
    """The office's template filled in: upper case, single spaces, `#` only as separator."""
    missing = [name for name in service.field_names if not fields.get(name)]
    if missing:
        raise ValueError(f"{service.code}: missing field(s) {', '.join(missing)}")
    values = [squash_spaces(fields[name].replace("#", " ").upper()) for name in service.field_names]
    line = "#" + "#".join([service.code, *values])
    return line + "#" if service.trailing_hash else line


def _format_hint(service: Service, f: Field) -> str:
    return f" Contoh {f.label}: {f.example}. Format: {service.template}"


def _layanan_error(code: str, message: str, catalog: Catalog) -> Issue:
    examples = "; ".join(s.template for s in catalog)
    return Issue("layanan", code, f"{message} Format yang bisa dipakai: {examples}")


# --- working out which part is which ---------------------------------------------------
def _kind(value: str, service: Service, gazetteer: Gazetteer) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if _NUMBERISH.match(value) and digits * 5 >= len(value.replace(" ", "")) * 3:
        return "number"
    if service.reasons and reasons_in(service, value):
        return "reason"
    if is_place(value, gazetteer):
        return "place"
    return "text"


_SCORES: dict[str, dict[str, int]] = {
    "nik": {"number": 3, "text": 0, "place": -5, "reason": -5},
    "no_kk": {"number": 3, "text": 0, "place": -5, "reason": -5},
    "document_number": {"number": 3, "text": 1, "place": -2, "reason": -2},
    "name": {"number": -10, "text": 2, "place": 1, "reason": -1},
    "desa": {"number": -10, "text": 1, "place": 3, "reason": -2},
    "kecamatan": {"number": -10, "text": 1, "place": 3, "reason": -2},
    "reason": {"number": -10, "text": 0, "place": -2, "reason": 4},
    "text": {"number": 0, "text": 2, "place": 2, "reason": 0},
}


def _evidence(slot: Field, value: str, kind: str, gazetteer: Gazetteer) -> int:
    """Tie-breakers from the value itself: a woman's NIK day cannot be a KK date; a name
    that is only a kecamatan (or only a desa) says which of the two it is."""
    if kind == "number" and slot.type in ("nik", "no_kk"):
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 8 and digits[6:8].isdigit() and int(digits[6:8]) > 40:
            return 1 if slot.type == "nik" else -1
    if slot.type in ("name", "document_number") and kind == "text":
        has_digit = any(ch.isdigit() for ch in value)
        looks_like_code = has_digit and " " not in value.strip()
        if slot.type == "document_number":
            return 2 if looks_like_code else 0
        return -2 if has_digit or _ADDRESS_WORDS.search(value.upper()) else 0
    if kind == "place" and slot.type in ("desa", "kecamatan"):
        is_kec = gazetteer.find_kecamatan(value) is not None
        is_desa = bool(gazetteer.find_desa(value))
        if is_kec != is_desa:
            return 1 if (slot.type == "kecamatan") == is_kec else -1
    return 0


def _align(service: Service, values: list[str], gazetteer: Gazetteer) -> dict[str, str]:
    """Assign fewer values than fields to the fields they fit best, keeping their order."""
    kinds = [_kind(v, service, gazetteer) for v in values]
    fit = [  # fit[i][j]: how well value i fits slot j, computed once
        [
            _SCORES[slot.type][kind] * 2 + _evidence(slot, value, kind, gazetteer)
            for slot in service.fields
        ]
        for value, kind in zip(values, kinds, strict=True)
    ]
    best: tuple[int, ...] = ()
    best_score = -(10**9)
    for slots in itertools.combinations(range(len(service.fields)), len(values)):
        score = sum(fit[i][j] for i, j in enumerate(slots))
        if score > best_score:
            best, best_score = slots, score
    return {service.fields[i].name: v for i, v in zip(best, values, strict=True)}


# --- checking each field --------------------------------------------------------------
class _Checker:
    def __init__(self, service: Service, gazetteer: Gazetteer, today: date | None) -> None:
        self.service = service
        self.gazetteer = gazetteer
        self.today = today

    def check(self, raw: dict[str, str], verdict: Verdict) -> None:
        places = {f.type: f.name for f in self.service.fields if f.type in ("desa", "kecamatan")}
        for f in self.service.fields:
            if f.name not in raw:
                continue
            raw[f.name] = strip_label(f.name, f.type, raw[f.name])
            try:
                if f.type in ("desa", "kecamatan"):
                    self._place(f, raw, places, verdict)
                else:
                    verdict.fields[f.name] = check_field(
                        self.service, f, raw[f.name], self.gazetteer, self.today, verdict.numbers
                    )
            except FieldError as exc:
                for name in {f.name, exc.field} & raw.keys():
                    verdict.fields.setdefault(name, clean(raw[name]).upper())
                verdict.errors.append(
                    Issue(exc.field, exc.code, exc.message + _format_hint(self.service, f))
                )

    def _place(
        self, f: Field, raw: dict[str, str], places: dict[str, str], verdict: Verdict
    ) -> None:
        """Desa and kecamatan are judged together by the one place resolver."""
        desa_name, kec_name = places.get("desa"), places.get("kecamatan")
        if f.type == "kecamatan" and desa_name in raw:
            return  # checked together with the desa
        desa_raw = raw.get(desa_name) if desa_name else None
        kec_raw = raw.get(kec_name) if kec_name else None
        result = resolve_place(desa_raw, kec_raw, gazetteer=self.gazetteer)
        verdict.place_result = result
        if result.status == "ok" and result.desa and result.kecamatan:
            verdict.fields[f.name] = result.desa
            if kec_name:
                verdict.fields[kec_name] = result.kecamatan
            verdict.place = next(
                (d for d in self.gazetteer.find_desa(result.desa)
                 if d.kecamatan.name.upper() == result.kecamatan),
                None,
            )  # fmt: skip
            return
        if f.type == "kecamatan" and result.status == "kecamatan_only" and result.kecamatan:
            verdict.fields[f.name] = result.kecamatan
            return
        if f.type == "desa" and kec_raw is None and result.code == "desa_ganda" and result.options:
            verdict.fields[f.name] = result.options[0][0]  # the kecamatan is missing anyway
            return
        message = (result.message or "").replace(YES_NO, "")
        if kec_name and result.field == "desa" and result.kecamatan and kec_raw:
            verdict.fields[kec_name] = result.kecamatan  # the kecamatan itself is right
        raise FieldError(result.field or f.name, result.code or "desa_tidak_ditemukan", message)


# --- warnings for the officer ------------------------------------------------------------
def _warnings(verdict: Verdict, today: date, office: Office) -> list[Issue]:
    out: list[Issue] = []
    nik, kk, service = verdict.numbers.get("nik"), verdict.numbers.get("no_kk"), verdict.service
    if nik is not None:
        if not nik.in_office:
            out.append(
                Issue(
                    "nik",
                    "nik_luar_kabupaten",
                    f"NIK pertama kali terdaftar di {nik.kabkota} ({nik.province}); wajar untuk "
                    "pendatang karena NIK berlaku seumur hidup. Petugas akan memeriksa.",
                )
            )
        elif nik.kecamatan is None:
            out.append(
                Issue(
                    "nik",
                    "nik_kecamatan_lama",
                    f"Kode kecamatan NIK ({nik.region_code}) bukan kecamatan saat ini; mungkin "
                    "terdaftar sebelum pemekaran. Petugas akan memeriksa.",
                )
            )
        elif verdict.place is not None and verdict.place.kecamatan.code != nik.region_code:
            out.append(
                Issue(
                    "nik",
                    "nik_beda_kecamatan",
                    f"NIK terdaftar di Kec. {nik.kecamatan}, sedangkan alamat di Kec. "
                    f"{verdict.place.kecamatan.name}; wajar bila sudah pindah. "
                    "Petugas akan memeriksa.",
                )
            )
    if kk is not None and not kk.in_office:
        out.append(
            Issue(
                "no_kk",
                "kk_luar_kabupaten",
                f"No. KK diterbitkan di {kk.kabkota}; bila keluarga sudah pindah ke "
                f"{office.name}, biasanya perlu KK baru. Petugas akan memeriksa.",
            )
        )
    if nik is not None and service is not None:
        age = nik.age_on(today)
        for check in service.age_checks:
            if check.applies(age, verdict.fields):
                out.append(Issue(check.field, check.code, check.message.format(age=age)))
    return out


# --- the entry point ---------------------------------------------------------------------
def _same_digits(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    digits_a, digits_b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(digits_a) >= 6 and digits_a == digits_b


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("#") if part.strip()]


def _assign(
    service: Service, values: list[str], gazetteer: Gazetteer, verdict: Verdict
) -> dict[str, str]:
    expected = len(service.fields)
    if len(values) == expected:
        return dict(zip(service.field_names, values, strict=True))
    if len(values) > expected:
        reason_field = next((f for f in service.fields if f.type == "reason"), None)
        surplus_reasons = (
            {r for v in values for r in reasons_in(service, v)} if reason_field else set()
        )
        if reason_field is not None and len(surplus_reasons) > 1:
            verdict.errors.append(
                Issue(
                    reason_field.name,
                    "alasan_ganda",
                    f"Pilih satu alasan saja, bukan {' dan '.join(sorted(surplus_reasons))}."
                    + _format_hint(service, reason_field),
                )
            )
        else:
            verdict.errors.append(
                Issue(
                    "layanan",
                    "bagian_berlebih",
                    f"Format {service.code} berisi {expected} bagian setelah kode, tetapi yang "
                    f"Bapak/Ibu kirim {len(values)} bagian. Format: {service.template}. "
                    f"Contoh: {service.example_line()}",
                )
            )
        return {}
    assigned = _align(service, values, gazetteer)
    for f in service.fields:
        if f.name not in assigned:
            verdict.errors.append(
                Issue(
                    f.name,
                    "bagian_kurang",
                    f"{f.label} belum ada." + _format_hint(service, f),
                )
            )
    return assigned


def looks_like_hash_line(text: str, catalog: Catalog | None = None) -> bool:
    """Whether the text is an attempt at the `#` format: two `#` or more, and either a
    leading `#` or a service code first ('#SIM#…', 'ktp#…', 'ektp # …'). Cheap; used to
    route messages before the statistical classifier's guess."""
    if len(text) > MAX_LINE:
        return False
    line = clean(text)
    if line.count("#") < 2:  # "#KTP 3603... siti aminah ...": one `#`, a code and a number
        lead = leading_service(line.lstrip("#＃ "), catalog or default_catalog())
        return line.startswith("#") and lead is not None and bool(_LONG_NUMBER.search(line))
    if line.startswith("#"):
        return True
    parts = _split(line)
    return bool(parts) and (catalog or default_catalog()).lookup(parts[0]) is not None


def parse(
    text: str,
    *,
    catalog: Catalog | None = None,
    gazetteer: Gazetteer | None = None,
    today: date | None = None,
) -> Verdict:
    """Judge one `#` line. Never raises; see the module docstring for the codes."""
    catalog = catalog or default_catalog()
    gazetteer = gazetteer or default_gazetteer()
    today = today or date.today()
    verdict = Verdict(text=text)
    if len(text) > MAX_LINE:
        verdict.errors.append(
            _layanan_error(
                "terlalu_panjang",
                f"Pesan terlalu panjang untuk satu permohonan (lebih dari {MAX_LINE} huruf).",
                catalog,
            )
        )
        return verdict
    line = clean(text)
    if "#" not in line:
        verdict.errors.append(
            _layanan_error(
                "tanpa_pagar",
                "Permohonan ditulis dengan tanda # di antara bagian-bagiannya.",
                catalog,
            )
        )
        return verdict
    parts = _split(line)
    if not parts:
        verdict.errors.append(_layanan_error("layanan_kosong", "Kode layanan belum ada.", catalog))
        return verdict
    service = catalog.lookup(parts[0])
    if service is None and (lead := leading_service(parts[0], catalog)) is not None:
        service, rest = lead  # "#KTP 3603... siti aminah ...": the code, then plain values
        parts = [parts[0], *([rest] if rest.strip() else []), *parts[1:]]
    if service is None:
        looks_like_value = any(ch.isdigit() for ch in parts[0]) or is_place(parts[0], gazetteer)
        code, message = (
            ("layanan_kosong", "Kode layanan belum ada di awal pesan.")
            if looks_like_value
            else ("layanan_tidak_dikenal", f"Kode layanan '{parts[0][:30]}' tidak dikenal.")
        )
        verdict.errors.append(_layanan_error(code, message, catalog))
        return verdict
    best: Verdict | None = None
    readings = (parts[1:], *_by_type(parts[1:], service, gazetteer))
    for values in (*readings, *split_values(parts[1:], service, gazetteer)):
        judged = _judge(Verdict(text=text, service=service), values, gazetteer, today)
        if best is None or _valid_fields(judged) > _valid_fields(best):
            best = judged
    return best or verdict


def _by_type(values: list[str], service: Service, gazetteer: Gazetteer) -> list[list[str]]:
    """A line with every part but the numbers out of place ("#KK#Sarifudin#3603...#..."):
    the reading that puts the numbers in the number fields and the rest, in order, in the
    others. Empty when the parts already are where their kinds go."""
    slots = [f.type in ("nik", "no_kk") for f in service.fields]
    if len(values) != len(slots) or not any(slots):
        return []
    is_number = [_kind(v, service, gazetteer) == "number" for v in values]
    if sum(is_number) != sum(slots) or is_number == slots:
        return []
    numbers = iter(v for v, n in zip(values, is_number, strict=True) if n)
    others = iter(v for v, n in zip(values, is_number, strict=True) if not n)
    return [[next(numbers) if slot else next(others) for slot in slots]]


def _valid_fields(verdict: Verdict) -> int:
    """How many fields a reading of the line got right (a place error spoils both)."""
    bad = set(verdict.error_fields())
    if bad & {"desa", "kecamatan"}:
        bad |= {"desa", "kecamatan"}
    return len(set(verdict.fields) - bad)


def _judge(verdict: Verdict, values: list[str], gazetteer: Gazetteer, today: date) -> Verdict:
    """Assign and check one reading of the line's values."""
    service = verdict.service
    assert service is not None
    raw = _assign(service, values, gazetteer, verdict)
    _Checker(service, gazetteer, today).check(raw, verdict)
    if _same_digits(raw.get("nik"), raw.get("no_kk")):
        verdict.numbers.pop("no_kk", None)
        kk_field = service.field("no_kk")
        verdict.errors = [e for e in verdict.errors if e.field != "no_kk"]
        verdict.errors.append(
            Issue(
                "no_kk",
                "kk_sama_dengan_nik",
                "No. KK tidak sama dengan NIK; lihat nomor di bagian atas Kartu Keluarga."
                + _format_hint(service, kk_field),
            )
        )
    order = {name: i for i, name in enumerate(("layanan", *service.field_names))}
    verdict.errors.sort(key=lambda e: order.get(e.field, len(order)))
    if verdict.ok:
        verdict.canonical = render(service, verdict.fields)
    verdict.warnings = _warnings(verdict, today, gazetteer.office)
    return verdict


_LONG_NUMBER = re.compile(r"\d[\d .\-]{8,}\d")
_SLASHED_LINE = re.compile(r"(?i)([A-Z]{2,12})\s*/\s*\d")  # a service code, then a number


def _slashes_separate(code: str, catalog: Catalog) -> bool:
    """Whether '/' after this code separates the values: only for a service without free
    text or a document number, which may hold '/' themselves ('RT 02/05', 'SKPWNI/3201/...')."""
    service = catalog.services.get(code.upper())
    return service is not None and not any(
        f.type in ("text", "document_number") for f in service.fields
    )


def parse_loose(
    text: str,
    *,
    catalog: Catalog | None = None,
    gazetteer: Gazetteer | None = None,
    today: date | None = None,
) -> Verdict | None:
    """A request typed like the format without its `#` ("KTP 3603... 3603... siti aminah
    bitung jaya cikupa hilang"), or with one `#` only: the verdict of the line it stands
    for, or None when the text does not start with a service code or holds no long number.
    Never raises."""
    catalog = catalog or default_catalog()
    line = clean(text)[:MAX_LINE].lstrip("#＃ ")
    if not _LONG_NUMBER.search(line):
        return None
    slashed = _SLASHED_LINE.match(line) if "#" not in line else None
    if slashed and line.count("/") >= 3 and _slashes_separate(slashed.group(1), catalog):
        line = line.replace("/", "#")  # "KTP/3603.../3603.../Eneng/Karet/Sepatan/hilang"
    lead = leading_service(line.split("#")[0], catalog)
    if lead is None:
        return None
    service, _ = lead
    if line.count("#") >= 2 and catalog.lookup(_split(line)[0]) is not None:
        return parse(line, catalog=catalog, gazetteer=gazetteer, today=today)
    verdict = parse("#" + line, catalog=catalog, gazetteer=gazetteer, today=today)
    return verdict if verdict.service is service else None
