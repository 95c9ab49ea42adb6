"""The office the assistant serves, loaded from `bot/reference/office.yml`: its Kemendagri code and
name, address and hours, the region table of its own places, the neighbouring offices that
residents of other places are referred to (with their region tables), and its WhatsApp
numbers per officer queue.

`default_office()` is the packaged office; `load_office(path)` another one (a test builds
Kota Tangerang from the neighbour data, with Kabupaten Tangerang as its neighbour). The
gazetteer is built for one office (`Gazetteer(office)`), and every text that names the
office reads it from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.errors import OfficeError

__all__ = ["NeighbourOffice", "Office", "default_office", "load_office", "office_from_dict"]

_REGION_CODE = re.compile(r"^\d{2}\.\d{2}$")
_WORDS = re.compile(r"[0-9A-Z]+")


@dataclass(frozen=True)
class NeighbourOffice:
    """A neighbouring kabupaten / kota: its residents are referred to its own office."""

    code: str  # "36.71"
    name: str  # "Kota Tangerang"
    office: str  # "Disdukcapil Kota Tangerang"
    aliases: tuple[str, ...]  # what residents call the area ("Tangsel"); the name first
    regions: str  # its region table in bot/reference/data

    @property
    def area_words(self) -> frozenset[tuple[str, ...]]:
        """Its names as upper-case words, each also with 'KOTA' in front ("KOTA TANGSEL")."""
        words = {tuple(_WORDS.findall(a.upper())) for a in self.aliases}
        return frozenset(words | {("KOTA", *w) for w in words if w[:1] != ("KOTA",)})


@dataclass(frozen=True)
class Office:
    """One Disdukcapil office (see the module docstring)."""

    code: str  # "36.03"
    name: str  # "Kabupaten Tangerang"
    short: str  # "Kab. Tangerang"
    agency: str  # "Disdukcapil Kabupaten Tangerang"
    agency_short: str  # "Disdukcapil Kab. Tangerang"
    address: str
    counter: str  # the default place of an appointment
    work_days: str  # "0-4"
    work_hours: str  # "08:00-16:00"
    timezone: str  # "Asia/Jakarta"
    names: tuple[str, ...]  # words naming its own area ("Tangerang")
    regions: str
    desa_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    neighbours: tuple[NeighbourOffice, ...] = ()
    whatsapp: dict[str, str] = field(default_factory=dict)  # queue -> number

    @property
    def digits(self) -> str:
        """The code as NIK / No. KK digits start with it: "3603"."""
        return self.code.replace(".", "")

    @property
    def area_words(self) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_WORDS.findall(n.upper())) for n in self.names)

    def neighbour(self, code: str) -> NeighbourOffice | None:
        """The neighbour whose code starts this region code ("36.71.05.1001")."""
        return next((n for n in self.neighbours if code.startswith(n.code)), None)


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str | int | float) or not str(value).strip():
        raise OfficeError(f"{where}: missing '{key}'")
    return " ".join(str(value).split())


def _code(raw: dict[str, Any], where: str) -> str:
    code = _text(raw, "code", where)
    if not _REGION_CODE.match(code):
        raise OfficeError(f"{where}: 'code' must be a kabupaten/kota code such as \"36.03\"")
    return code


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise OfficeError(f"{where}: '{key}' must be a list of names")
    return tuple(" ".join(v.split()) for v in value)


def _neighbour(raw: Any, index: int, home: str) -> NeighbourOffice:
    where = f"neighbour #{index + 1}"
    if not isinstance(raw, dict):
        raise OfficeError(f"{where}: must be a mapping")
    code = _code(raw, where)
    if code == home:
        raise OfficeError(f"{where}: {code} is the office itself")
    name = _text(raw, "name", where)
    aliases = _strings(raw.get("aliases"), where, "aliases")
    return NeighbourOffice(
        code=code,
        name=name,
        office=_text(raw, "office", where),
        aliases=(name, *(a for a in aliases if a != name)),
        regions=_text(raw, "regions", where),
    )


def _hours(raw: Any) -> tuple[str, str, str]:
    if raw is None:
        return "0-4", "08:00-16:00", "Asia/Jakarta"
    if not isinstance(raw, dict):
        raise OfficeError("office: 'hours' must map days, time and timezone")
    return (
        str(raw.get("days") or "0-4"),
        str(raw.get("time") or "08:00-16:00"),
        str(raw.get("timezone") or "Asia/Jakarta"),
    )


def _aliases(raw: Any) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list | tuple) for v in raw.values()):
        raise OfficeError("office: 'desa_aliases' must map desa codes to lists of names")
    return {str(k): tuple(str(v) for v in names) for k, names in raw.items()}


def office_from_dict(data: Any, source: str = "office.yml") -> Office:
    """An office from its parsed YAML; OfficeError names what is wrong."""
    if not isinstance(data, dict):
        raise OfficeError(f"{source}: expected a mapping")
    code = _code(data, source)
    name = _text(data, "name", source)
    agency = _text(data, "agency", source)
    days, time, timezone = _hours(data.get("hours"))
    whatsapp = data.get("whatsapp") or {}
    if not isinstance(whatsapp, dict):
        raise OfficeError(f"{source}: 'whatsapp' must map officer queues to numbers")
    neighbours = data.get("neighbours") or []
    if not isinstance(neighbours, list | tuple):
        raise OfficeError(f"{source}: 'neighbours' must be a list")
    return Office(
        code=code,
        name=name,
        short=str(data.get("short") or name),
        agency=agency,
        agency_short=str(data.get("agency_short") or agency),
        address=_text(data, "address", source),
        counter=str(data.get("counter") or f"Kantor {agency}"),
        work_days=days,
        work_hours=time,
        timezone=timezone,
        names=_strings(data.get("names"), source, "names") or (name,),
        regions=_text(data, "regions", source),
        desa_aliases=_aliases(data.get("desa_aliases")),
        neighbours=tuple(_neighbour(n, i, code) for i, n in enumerate(neighbours)),
        whatsapp={str(k).upper(): str(v) for k, v in whatsapp.items()},
    )


def load_office(path: str | Path | None = None) -> Office:
    """Load and check an office file; the packaged `office.yml` when no path is given."""
    if path is None:
        text = resources.files("bot.reference").joinpath("office.yml").read_text("utf-8")
        source = "office.yml"
    else:
        text, source = Path(path).read_text("utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise OfficeError(f"{source}: not valid YAML: {exc}") from exc
    return office_from_dict(data, source)


@cache
def default_office() -> Office:
    """The packaged office, loaded once on first use."""
    return load_office()
