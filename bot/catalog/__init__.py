"""The service catalog: the office's `#` formats, loaded from one YAML file.

Adding a service is an edit of `services.yml` only; everything else reads it from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.errors import CatalogError

__all__ = ["FIELD_TYPES", "Catalog", "Field", "Service", "default_catalog", "load_catalog"]

FIELD_TYPES = frozenset(
    {"nik", "no_kk", "name", "desa", "kecamatan", "reason", "text", "document_number"}
)
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _alias_key(text: str) -> str:
    return re.sub(r"[^0-9A-Z]+", "", text.upper())


@dataclass(frozen=True)
class Field:
    """One field of a service's `#` template."""

    name: str
    type: str
    label: str
    example: str


@dataclass(frozen=True)
class Service:
    """One service of the office's table."""

    code: str
    title: str
    queue: str
    template: str
    fields: tuple[Field, ...]
    aliases: tuple[str, ...] = ()
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    whatsapp: str = ""

    @property
    def trailing_hash(self) -> bool:
        """Whether the office's template ends with `#` (only KTP does)."""
        return self.template.endswith("#")

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def reason_index(self) -> dict[str, str]:
        """Each synonym (upper case, single spaces) to its reason code."""
        return {" ".join(syn.split()): code for code, syns in self.reasons.items() for syn in syns}

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def example_line(self) -> str:
        """The template filled with each field's example value."""
        line = "#" + self.code + "".join("#" + f.example for f in self.fields)
        return line + "#" if self.trailing_hash else line


class Catalog:
    """All services, with lookup by code or alias and of reason synonyms."""

    def __init__(self, services: list[Service]) -> None:
        self.services = {s.code: s for s in services}
        self._by_alias: dict[str, Service] = {}
        for service in services:
            for name in (service.code, *service.aliases):
                key = _alias_key(name)
                other = self._by_alias.get(key)
                if other is not None and other is not service:
                    raise CatalogError(
                        f"service {service.code}: alias {name!r} is already used by {other.code}"
                    )
                self._by_alias[key] = service

    def __iter__(self) -> Iterator[Service]:
        return iter(self.services.values())

    def __getitem__(self, code: str) -> Service:
        return self.services[code]

    def lookup(self, text: str) -> Service | None:
        """The service named by a code or alias ('e-ktp', 'Kartu Keluarga'), or None."""
        return self._by_alias.get(_alias_key(text))

    @property
    def queues(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.queue for s in self.services.values()))


def _require(entry: dict[str, Any], key: str, where: str) -> Any:
    if key not in entry or entry[key] in (None, ""):
        raise CatalogError(f"{where}: missing '{key}'")
    return entry[key]


def _load_field(raw: Any, where: str) -> Field:
    if not isinstance(raw, dict):
        raise CatalogError(f"{where}: a field must be a mapping, got {raw!r}")
    name = str(_require(raw, "name", where))
    where = f"{where} field {name}"
    kind = str(_require(raw, "type", where))
    if not _FIELD_NAME.match(name):
        raise CatalogError(f"{where}: field name must be lower_snake_case")
    if kind not in FIELD_TYPES:
        raise CatalogError(f"{where}: unknown type {kind!r} (known: {sorted(FIELD_TYPES)})")
    return Field(name, kind, str(raw.get("label") or name), str(_require(raw, "example", where)))


def _load_reasons(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise CatalogError(f"{where}: 'reasons' must map each reason to a list of synonyms")
    return {str(k).upper(): tuple(str(s).upper() for s in v) for k, v in raw.items()}


def _check_template(service: Service, where: str) -> None:
    parts = service.template.strip("#").split("#")
    if parts[0] != service.code:
        raise CatalogError(f"{where}: template must start with '#{service.code}#'")
    if len(parts) - 1 != len(service.fields):
        raise CatalogError(
            f"{where}: template has {len(parts) - 1} fields but {len(service.fields)} are listed"
        )


def _load_service(raw: Any, index: int) -> Service:
    if not isinstance(raw, dict):
        raise CatalogError(f"service #{index + 1}: must be a mapping")
    code = str(_require(raw, "code", f"service #{index + 1}")).upper()
    where = f"service {code}"
    if not _CODE.match(code):
        raise CatalogError(f"{where}: code must be 2-12 capital letters or digits")
    fields_raw = _require(raw, "fields", where)
    if not isinstance(fields_raw, list):
        raise CatalogError(f"{where}: 'fields' must be a list")
    fields = tuple(_load_field(f, where) for f in fields_raw)
    reasons = _load_reasons(raw.get("reasons"), where)
    if any(f.type == "reason" for f in fields) and not reasons:
        raise CatalogError(f"{where}: a 'reason' field needs a 'reasons' table")
    service = Service(
        code=code,
        title=str(_require(raw, "title", where)),
        queue=str(_require(raw, "queue", where)).upper(),
        template=str(_require(raw, "template", where)),
        fields=fields,
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        reasons=reasons,
        whatsapp=str(raw.get("whatsapp") or ""),
    )
    _check_template(service, where)
    return service


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Load and check a catalog file; the packaged `services.yml` when no path is given."""
    if path is None:
        text = resources.files("bot.catalog").joinpath("services.yml").read_text("utf-8")
        source = "services.yml"
    else:
        text = Path(path).read_text("utf-8")
        source = str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("services"), list):
        raise CatalogError(f"{source}: expected a top-level 'services' list")
    services = [_load_service(raw, i) for i, raw in enumerate(data["services"])]
    codes = [s.code for s in services]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise CatalogError(f"{source}: duplicate service code(s) {', '.join(duplicates)}")
    return Catalog(services)


@cache
def default_catalog() -> Catalog:
    """The packaged catalog, loaded once on first use."""
    return load_catalog()
