"""The Kemendagri gazetteer of one office (`bot/reference/office.yml`): its own desa/kecamatan (Kab.
Tangerang), the places of its neighbours (the two cities, referred to their own offices), and
the national province / kab-kota / kecamatan tables (package data, see
`bot/reference/data/SOURCES.md`).

A desa is always resolved together with its kecamatan: names repeat inside the kabupaten.
Exact lookups use a folded key (case, spacing, punctuation, prefixes and abbreviations
removed); fuzzy matching (rapidfuzz) runs only on a miss and returns ranked suggestions.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from bot.errors import GazetteerError, PlaceError
from bot.reference.office import Office, default_office
from bot.reference.text import fold_key

__all__ = ["Desa", "Gazetteer", "Kecamatan", "Neighbour", "default_gazetteer", "referral_text"]

FUZZY_THRESHOLD = 80.0


@dataclass(frozen=True)
class Kecamatan:
    code: str
    name: str


@dataclass(frozen=True)
class Desa:
    code: str
    name: str
    kecamatan: Kecamatan
    jenis: str

    def label(self) -> str:
        return f"{self.name} (Kec. {self.kecamatan.name})"


@dataclass(frozen=True)
class Neighbour:
    """A place of a neighbouring kab/kota (Kota Tangerang 36.71, Kota Tangerang Selatan
    36.74): `office` serves it; `home` is the area of the office this gazetteer is for."""

    code: str
    name: str
    kabkota: str
    level: str  # "kota", "kecamatan" or "kelurahan" (a desa too)
    office: str
    home: str

    def referral(self) -> str:
        where = self.kabkota if self.level == "kota" else f"{self.name}, {self.kabkota}"
        return (
            f"{where} bukan wilayah {self.home}. Layanan untuk warga {self.kabkota} "
            f"ada di {self.office}; mohon Bapak/Ibu menghubungi kantor tersebut."
        )


def referral_text(places: tuple[Neighbour, ...] | list[Neighbour]) -> str:
    """The kind referral for one place, or for a name found in both cities."""
    cities = list(dict.fromkeys(p.kabkota for p in places))
    if len(cities) <= 1:
        return places[0].referral()
    offices = " atau ".join(p.office for p in places)
    return (
        f"{places[0].name} bukan wilayah {places[0].home}; nama itu ada di "
        f"{' dan '.join(cities)}. Layanannya ada di {offices}, sesuai alamat di KK; "
        "mohon Bapak/Ibu menghubungi kantor tersebut."
    )


def _rows(name: str) -> list[dict[str, str]]:
    try:
        text = resources.files("bot.reference.data").joinpath(name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise GazetteerError(f"region table {name} is missing from bot/reference/data") from exc
    return list(csv.DictReader(text.splitlines()))


def _places_of(regions: str, code: str) -> list[dict[str, str]]:
    """The rows of a region table for one kab/kota (its code starts theirs)."""
    return [r for r in _rows(regions) if r["kode"].startswith(code + ".")]


def _desa_name(row: dict[str, str]) -> str:
    return row.get("desa") or row.get("kelurahan_desa") or ""


class Gazetteer:
    """Lookups over the region tables of one office (`bot/reference/office.yml` when none is given).
    Build once (`default_gazetteer()`), then share."""

    def __init__(self, office: Office | None = None) -> None:
        self.office = office or default_office()
        self.kecamatan: dict[str, Kecamatan] = {}
        self._kecamatan_by_key: dict[str, Kecamatan] = {}
        self._desa_by_key: dict[str, list[Desa]] = defaultdict(list)
        self._desa_by_kecamatan: dict[str, list[Desa]] = defaultdict(list)
        self._neighbours: dict[str, Neighbour] = {}
        self._all_neighbours: dict[str, list[Neighbour]] = defaultdict(list)
        self.provinces: dict[str, str] = {}
        self.kabkota: dict[str, str] = {}
        self.national_kecamatan: dict[str, str] = {}
        self._load()

    def _load(self) -> None:
        office = self.office
        rows = _places_of(office.regions, office.code)
        if not rows:
            raise GazetteerError(f"{office.regions} has no places of {office.code}")
        for code, name in sorted({(r["kecamatan_kode"], r["kecamatan"]) for r in rows}):
            kec = Kecamatan(code, name)
            self.kecamatan[kec.code] = kec
            self._kecamatan_by_key[fold_key(kec.name)] = kec
        for row in rows:
            desa = Desa(
                row["kode"], _desa_name(row), self.kecamatan[row["kecamatan_kode"]], row["jenis"]
            )
            self._desa_by_kecamatan[desa.kecamatan.code].append(desa)
            for name in (desa.name, *office.desa_aliases.get(desa.code, ())):
                key = fold_key(name)
                if desa not in self._desa_by_key[key]:
                    self._desa_by_key[key].append(desa)
        for other in office.neighbours:
            self._load_neighbour(other.code, other.name, other.office, other.regions)
        for other in office.neighbours:
            for name in other.aliases:
                self._neighbours[fold_key(name)] = Neighbour(
                    other.code, other.name, other.name, "kota", other.office, office.name
                )
        self.provinces = {r["kode"]: r["provinsi"] for r in _rows("provinsi_indonesia.csv")}
        self.kabkota = {r["kode"]: r["kabkota"] for r in _rows("kabkota_indonesia.csv")}
        self.national_kecamatan = {
            r["kode"]: r["kecamatan"] for r in _rows("kecamatan_indonesia.csv")
        }
        self._kecamatan_keys = list(self._kecamatan_by_key)
        self._desa_keys = list(self._desa_by_key)

    def _load_neighbour(self, code: str, city: str, serves: str, regions: str) -> None:
        home = self.office.name
        for row in _places_of(regions, code):
            district = Neighbour(
                row["kecamatan_kode"], row["kecamatan"], city, "kecamatan", serves, home
            )
            kel = Neighbour(row["kode"], _desa_name(row), city, "kelurahan", serves, home)
            for place in (district, kel):
                self._neighbours.setdefault(fold_key(place.name), place)
                same = self._all_neighbours[fold_key(place.name)]
                if all(p.kabkota != place.kabkota for p in same):
                    same.append(place)

    # --- exact lookups -------------------------------------------------------------
    def find_kecamatan(self, text: str) -> Kecamatan | None:
        """The office's kecamatan (Kab. Tangerang) with this name (any spelling), or None."""
        return self._kecamatan_by_key.get(fold_key(text))

    def find_desa(self, text: str) -> tuple[Desa, ...]:
        """Every desa/kelurahan of the office with this name, across kecamatan."""
        return tuple(self._desa_by_key.get(fold_key(text), ()))

    def find_neighbour(self, text: str) -> Neighbour | None:
        """A neighbour's place (Kota Tangerang / Tangsel) with this name, or None."""
        return self._neighbours.get(fold_key(text))

    def find_neighbours(self, text: str) -> tuple[Neighbour, ...]:
        """Every city place with this name, one per city ("Pondok Pucung" is in both)."""
        key = fold_key(text)
        if key in self._all_neighbours:
            return tuple(self._all_neighbours[key])
        found = self._neighbours.get(key)
        return (found,) if found is not None else ()

    def desa_starting(self, key: str) -> tuple[Desa, ...]:
        """Desa whose comparison key (`fold_key`) starts with `key` (a short form: "bitung")."""
        return tuple(
            d for k, found in self._desa_by_key.items() if k.startswith(key) for d in found
        )

    def desa_in(self, kecamatan: Kecamatan) -> tuple[Desa, ...]:
        return tuple(self._desa_by_kecamatan[kecamatan.code])

    def is_place(self, text: str) -> bool:
        """Whether the text names a known place (the office's or its neighbours')."""
        key = fold_key(text)
        return key in self._kecamatan_by_key or key in self._desa_by_key or key in self._neighbours

    # --- fuzzy suggestions (only on a miss) ---------------------------------------
    def suggest_kecamatan(self, text: str, limit: int = 3) -> tuple[Kecamatan, ...]:
        return tuple(
            self._kecamatan_by_key[k] for k in _fuzzy(fold_key(text), self._kecamatan_keys, limit)
        )

    def suggest_desa(
        self, text: str, kecamatan: Kecamatan | None = None, limit: int = 5
    ) -> tuple[Desa, ...]:
        """Ranked near misses, those inside `kecamatan` first."""
        ranked: list[Desa] = []
        for key in _fuzzy(fold_key(text), self._desa_keys, limit * 2):
            ranked.extend(d for d in self._desa_by_key[key] if d not in ranked)
        if kecamatan is not None:
            ranked.sort(key=lambda d: d.kecamatan != kecamatan)
        return tuple(ranked[:limit])

    def desa_scores(
        self, text: str, kecamatan: Kecamatan | None = None, cutoff: float = 70.0, limit: int = 6
    ) -> tuple[tuple[Desa, float], ...]:
        """Near misses with their similarity (0-100), best first; only inside `kecamatan`
        when it is given."""
        key = fold_key(text)[:64]
        if not key:
            return ()
        if kecamatan is not None:
            pool = {fold_key(d.name): d for d in self.desa_in(kecamatan)}
            for d in self.desa_in(kecamatan):
                for alias in self.office.desa_aliases.get(d.code, ()):
                    pool.setdefault(fold_key(alias), d)
            found = process.extract(key, list(pool), scorer=fuzz.ratio, limit=limit * 2,
                                    score_cutoff=cutoff)  # fmt: skip
            ranked = [(pool[k], score) for k, score, _ in found]
        else:
            found = process.extract(key, self._desa_keys, scorer=fuzz.ratio, limit=limit * 2,
                                    score_cutoff=cutoff)  # fmt: skip
            ranked = [(d, score) for k, score, _ in found for d in self._desa_by_key[k]]
        out: list[tuple[Desa, float]] = []
        for desa, score in ranked:
            if all(desa != seen for seen, _ in out):
                out.append((desa, score))
        return tuple(out[:limit])

    def kecamatan_scores(
        self, text: str, cutoff: float = 75.0, limit: int = 3
    ) -> tuple[tuple[Kecamatan, float], ...]:
        """Near-miss kecamatan with their similarity (0-100), best first."""
        key = fold_key(text)[:64]
        if not key:
            return ()
        found = process.extract(key, self._kecamatan_keys, scorer=fuzz.ratio, limit=limit,
                                score_cutoff=cutoff)  # fmt: skip
        return tuple((self._kecamatan_by_key[k], score) for k, score, _ in found)

    def neighbours(self) -> tuple[Neighbour, ...]:
        """Every known place of the two city neighbours (kota, kecamatan, kelurahan)."""
        return tuple(self._neighbours.values())

    # --- the joint check -----------------------------------------------------------
    def resolve(self, desa_text: str, kecamatan_text: str) -> Desa:
        """The desa named by the pair, or a PlaceError that says what to send instead."""
        kecamatan = self.find_kecamatan(kecamatan_text)
        candidates = self.find_desa(desa_text)
        if kecamatan is None:
            raise self._unknown_kecamatan(kecamatan_text, desa_text, candidates)
        for desa in candidates:
            if desa.kecamatan == kecamatan:
                return desa
        if candidates:
            where = _join([f"Kec. {d.kecamatan.name}" for d in candidates])
            raise PlaceError(
                "desa_beda_kecamatan",
                "desa",
                f"Desa {candidates[0].name} tidak ada di Kec. {kecamatan.name}; "
                f"desa itu ada di {where}. Mohon periksa desa atau kecamatannya.",
                tuple(d.label() for d in candidates),
            )
        raise self._unknown_desa(desa_text, kecamatan)

    def _unknown_kecamatan(
        self, kecamatan_text: str, desa_text: str, candidates: tuple[Desa, ...]
    ) -> PlaceError:
        neighbour = self.find_neighbour(kecamatan_text)
        if neighbour is None and not candidates:
            neighbour = self.find_neighbour(desa_text)
        if neighbour is not None and self.find_kecamatan(kecamatan_text) is None:
            return PlaceError(
                "luar_kabupaten", "kecamatan", neighbour.referral(), (), neighbour.office
            )
        hint = ""
        suggestions: tuple[str, ...]
        if candidates:
            suggestions = tuple(d.kecamatan.name for d in candidates)
            hint = f" Desa {candidates[0].name} ada di {_join(['Kec. ' + s for s in suggestions])}."
        else:
            suggestions = tuple(k.name for k in self.suggest_kecamatan(kecamatan_text))
            if suggestions:
                hint = f" Maksud Bapak/Ibu {_join(['Kec. ' + s for s in suggestions], 'atau')}?"
        shown = kecamatan_text.strip() or "(kosong)"
        return PlaceError(
            "kecamatan_tidak_ditemukan",
            "kecamatan",
            f"Kecamatan '{shown}' tidak ditemukan di {self.office.name}.{hint}",
            suggestions,
        )

    def _unknown_desa(self, desa_text: str, kecamatan: Kecamatan) -> PlaceError:
        suggestions = self.suggest_desa(desa_text, kecamatan)
        shown = desa_text.strip() or "(kosong)"
        if suggestions:
            labels = tuple(d.label() for d in suggestions)
            return PlaceError(
                "desa_tidak_ditemukan",
                "desa",
                f"Desa '{shown}' tidak ditemukan di Kec. {kecamatan.name}. "
                f"Maksud Bapak/Ibu {_join(['Desa ' + s for s in labels], 'atau')}?",
                labels,
            )
        neighbour = self.find_neighbour(desa_text)
        if neighbour is not None:
            return PlaceError("luar_kabupaten", "desa", neighbour.referral(), (), neighbour.office)
        sample = ", ".join(d.name for d in self.desa_in(kecamatan)[:4])
        return PlaceError(
            "desa_tidak_ditemukan",
            "desa",
            f"Desa '{shown}' tidak ditemukan di Kec. {kecamatan.name}. "
            f"Contoh desa di kecamatan itu: {sample}.",
        )

    # --- names for codes (identity numbers) -----------------------------------------
    def region_names(self, code6: str) -> tuple[str | None, str | None, str | None]:
        """Province, kab/kota and kecamatan names for a 6-digit region code (None if unknown)."""
        p, k, c = code6[:2], code6[2:4], code6[4:6]
        return (
            self.provinces.get(p),
            self.kabkota.get(f"{p}.{k}"),
            self.national_kecamatan.get(f"{p}.{k}.{c}"),
        )

    def search(self, text: str, limit: int = 8) -> list[tuple[str, str, str]]:
        """(code, name, level) matches for the `region` CLI: exact first, then near misses."""
        out: list[tuple[str, str, str]] = []
        kec = self.find_kecamatan(text)
        if kec:
            out.append((kec.code, kec.name, "kecamatan"))
        out += [(d.code, d.label(), d.jenis) for d in self.find_desa(text)]
        neighbour = self.find_neighbour(text)
        if neighbour:
            out.append((neighbour.code, f"{neighbour.name} — {neighbour.kabkota}", neighbour.level))
        if not out:
            out += [(k.code, k.name, "kecamatan (mirip)") for k in self.suggest_kecamatan(text)]
            out += [(d.code, d.label(), f"{d.jenis} (mirip)") for d in self.suggest_desa(text)]
        return out[:limit]


@lru_cache(maxsize=4096)
def _fuzzy_cached(key: str, keys: tuple[str, ...], limit: int) -> tuple[str, ...]:
    if not key:
        return ()
    found = process.extract(key, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=FUZZY_THRESHOLD)
    return tuple(match for match, _score, _index in found)


def _fuzzy(key: str, keys: list[str], limit: int) -> tuple[str, ...]:
    return _fuzzy_cached(key[:64], tuple(keys), limit)


def _join(words: list[str], last: str = "dan") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged office's gazetteer, built once on first use."""
    return Gazetteer(default_office())
