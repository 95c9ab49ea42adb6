"""Helpers for writing the dev corpus: synthetic people in real places, numbers typed the
way residents type them, expected canonical lines computed with the real parser, and the
messy answers a person gives when asked one field.

The messages themselves are hand-written in `requests.py` and `others.py`; `build.py`
writes the YAML files (which are self-contained and committed)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.intake.parser import parse, render
from bot.reference.catalog import default_catalog
from bot.reference.gazetteer import Desa, default_gazetteer
from devtools.synthetic import make_kk, make_nik

CATALOG = default_catalog()
GAZ = default_gazetteer()
RNG = random.Random(20261201)
_serial = iter(range(9300, 9999))


def _desa(name: str, kecamatan: str) -> Desa:
    for desa in GAZ.find_desa(name):
        if desa.kecamatan.name.lower() == kecamatan.lower():
            return desa
    raise ValueError(f"no desa {name} in {kecamatan}")


def is_unique(name: str) -> bool:
    return len(GAZ.find_desa(name)) == 1


@dataclass
class Person:
    """A synthetic resident: numbers from devtools.synthetic, a real desa of Kab. Tangerang."""

    nama: str  # as the person types it
    desa_t: str  # desa as typed
    kec_t: str  # kecamatan as typed
    place: Desa
    nik: str
    kk: str
    female: bool

    @property
    def NAMA(self) -> str:
        return " ".join(self.nama.upper().split())

    @property
    def DESA(self) -> str:
        return self.place.name.upper()

    @property
    def KEC(self) -> str:
        return self.place.kecamatan.name.upper()


def only_desa(p: Person) -> str:
    """The desa as typed, for messages that leave the kecamatan out (it must be unique)."""
    assert is_unique(p.desa_t), p.desa_t
    return p.desa_t


def person(
    nama: str,
    desa: str,
    kecamatan: str,
    *,
    female: bool = False,
    born: date = date(1988, 6, 14),
    recorded: date = date(2016, 3, 9),
    nik_region: str | None = None,
) -> Person:
    place = _desa(desa, kecamatan)
    if GAZ.find_neighbour(desa) is not None:
        raise ValueError(f"{desa} is also a place of a neighbouring city")
    region = "3603" + place.kecamatan.code[-2:]
    nik = make_nik(nik_region or region, born, female, next(_serial))
    kk = make_kk(region, recorded, next(_serial))
    return Person(nama, desa.lower(), kecamatan.lower(), place, nik, kk, female)


def child(parent: Person, nama: str, born: date, *, female: bool = False) -> Person:
    """A child on the parent's KK (for KIA)."""
    region = "3603" + parent.place.kecamatan.code[-2:]
    nik = make_nik(region, born, female, next(_serial))
    return Person(nama, parent.desa_t, parent.kec_t, parent.place, nik, parent.kk, female)


# --- numbers as people type them --------------------------------------------------------
def spaced(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def dotted(n: str) -> str:
    return f"{n[:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


def dashed(n: str) -> str:
    return "-".join(n[i : i + 4] for i in range(0, 16, 4))


def six(n: str) -> str:
    return f"{n[:6]} {n[6:12]} {n[12:]}"


def any_format(n: str) -> str:
    return RNG.choice([n, n, spaced(n), dotted(n), dashed(n), six(n)])


# --- expected lines ---------------------------------------------------------------------
def checked(line: str) -> str:
    verdict = parse(line)
    if not verdict.ok or verdict.canonical != line:
        raise ValueError(f"not canonical: {line} {[e.code for e in verdict.errors]}")
    return line


def line(service: str, **fields: str) -> str:
    return checked(render(CATALOG[service], fields))


def ktp(p: Person, alasan: str) -> str:
    return line(
        "KTP", nik=p.nik, no_kk=p.kk, nama=p.NAMA, desa=p.DESA, kecamatan=p.KEC, alasan=alasan
    )


def kk(p: Person, kepala: str | None = None) -> str:
    head = (kepala or p.nama).upper()
    return line("KK", no_kk=p.kk, nama_kepala_keluarga=head, desa=p.DESA, kecamatan=p.KEC)


def kia(c: Person) -> str:
    return line("KIA", nik=c.nik, no_kk=c.kk, nama=c.NAMA, desa=c.DESA, kecamatan=c.KEC)


def skpwni(p: Person, alamat: str) -> str:
    return line("SKPWNI", nik=p.nik, no_kk=p.kk, nama=p.NAMA, alamat_pindah=alamat.upper())


def skdwn(nomor: str, keperluan: str) -> str:
    return line("SKDWN", no_skpwni=nomor.upper(), keperluan=keperluan.upper())


# --- the answers a person gives when asked one field -------------------------------------
_POOLS: dict[str, list[str]] = {
    "nik": ["{v}", "{v}", "nik {v}", "nik sy {v}", "NIK: {v}", "ini kak {v}", "{v} itu nik nya"],
    "no_kk": ["{v}", "kk {v}", "no kk {v}", "nomor kk nya {v}", "No. KK: {v}", "kk: {v} min"],
    "nama": ["{v}", "nama saya {v}", "{v} kak", "namanya {v}", "nama lengkap {v}"],
    "nama_kepala_keluarga": ["{v}", "kepala keluarganya {v}", "{v} pak", "nama kepala kk {v}"],
    "desa": ["{v}", "ds {v}", "desa {v}", "di {v}", "desa {v} kak"],
    "kecamatan": ["{v}", "kec {v}", "kecamatan {v}", "kec. {v}", "{v} kak"],
    "alamat_pindah": ["{v}", "alamat tujuannya {v}", "{v} kak"],
    "no_skpwni": ["{v}", "no skpwni nya {v}", "nomor suratnya {v}"],
    "keperluan": ["{v}", "keperluannya {v}", "buat {v}"],
    "nama_warga": ["{v}", "nama warganya {v}", "warga an. {v}"],
    "telepon_warga": ["{v}", "hp nya {v}", "no wa {v}", "nomor hp warga {v}"],
}
_REASONS = {
    "HILANG": ["hilang", "ilang kak", "ktp nya hilang", "hilang pas di pasar", "kecopetan"],
    "RUSAK": ["rusak", "patah jadi dua", "rusak kak", "udh rusak chipnya", "retak"],
    "PEMULA": ["baru", "pemula", "bikin baru, pertama kali", "rekam baru kak", "baru udh 17"],
}


def say(name: str, value: str) -> str:
    if name in ("nik", "no_kk"):
        value = any_format(value)
    return RNG.choice(_POOLS[name]).format(v=value)


def answers_for(service: str, p: Person | None = None, **values: str) -> dict[str, str]:
    """Messy answers for every field of the service (values override the person's)."""
    known: dict[str, str] = {}
    if p is not None:
        known = {
            "nik": p.nik,
            "no_kk": p.kk,
            "nama": p.nama,
            "nama_kepala_keluarga": p.nama,
            "desa": p.desa_t,
            "kecamatan": p.kec_t,
        }
    known.update(values)
    out: dict[str, str] = {}
    for f in CATALOG[service].field_names:
        if f == "alasan":
            out[f] = RNG.choice(_REASONS[values["alasan"]]) if "alasan" in values else ""
        elif f in known:
            out[f] = say(f, known[f])
    for extra in ("nama_warga", "telepon_warga"):
        if extra in values:
            out[extra] = say(extra, values[extra])
    return {k: v for k, v in out.items() if v}


def phone(serial: int) -> str:
    return f"0812 9{serial % 1000:03d} {serial:04d}"


# --- conversations ------------------------------------------------------------------------
@dataclass
class Corpus:
    conversations: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def add(
        self,
        category: str,
        turns: list[str],
        expect: dict[str, Any],
        *,
        persona: str = "resident",
        answers: dict[str, str] | None = None,
        confirm: str | None = None,
        missing: int = 0,
    ) -> None:
        n = self.counters.get(category, 0) + 1
        self.counters[category] = n
        conv: dict[str, Any] = {
            "id": f"dev-{category.replace('_', '-')}-{n:02d}",
            "category": category,
            "persona": persona,
            "turns": turns,
        }
        if answers:
            conv["answers"] = answers
        if confirm:
            conv["confirm"] = confirm
        conv["missing"] = missing
        conv["expect"] = expect
        self.conversations.append(conv)


def facts(*groups: str) -> dict[str, Any]:
    """facts("polisi|kepolisian", "gratis") -> each group: alternatives split on '|'."""
    return {"facts": [g.split("|") for g in groups]}


def relocated(p: Person, desa: str, kecamatan: str) -> Person:
    """The same person and numbers, in another desa (a correction's expected line)."""
    place = _desa(desa, kecamatan)
    return Person(p.nama, desa.lower(), kecamatan.lower(), place, p.nik, p.kk, p.female)
