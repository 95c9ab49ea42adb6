"""The service catalog: the office's `#` formats, loaded from one YAML file.

Adding a service is an edit of `services.yml` only; everything else reads it from here: the
parser and the field checks, the extractor's service and reason phrases, the dialogue's
questions, buttons and the helper's applicant, the queues and ticket-code prefixes, the age
warnings for the officer, and the Rasa training files that `scripts/write_rasa_files.py`
generates (intents, rules, slots, NLU examples). Requirement checklists are optional per
service (`bot/reference/knowledge.yml`); a service without one tells the resident to ask an officer.
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

__all__ = [
    "FIELD_TYPES",
    "AgeCheck",
    "Catalog",
    "Field",
    "Group",
    "Service",
    "default_catalog",
    "load_catalog",
]

FIELD_TYPES = frozenset(
    {"nik", "no_kk", "name", "desa", "kecamatan", "reason", "text", "document_number"}
)
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_QUEUE = re.compile(r"^[A-Z][A-Z0-9]{0,11}$")  # also the ticket codes' prefix
_INTENT = re.compile(r"^[a-z][a-z0-9_]{2,40}$")
_WORDS = re.compile(r"[0-9A-Z]+")
NUMBER_TYPES = ("nik", "no_kk")


def _alias_key(text: str) -> str:
    return re.sub(r"[^0-9A-Z]+", "", text.upper())


@dataclass(frozen=True)
class Field:
    """One field of a service's `#` template."""

    name: str
    type: str
    label: str
    example: str
    question: str | None = (
        None  # the dialogue's question; bot.dialogue.replies has one per known name
    )


@dataclass(frozen=True)
class AgeCheck:
    """A warning for the officer when the applicant's age (from the NIK) does not fit:
    `below` / `at_least` years, only when the fields hold `when` (e.g. alasan PEMULA).
    `message` may use {age}."""

    code: str
    message: str
    field: str = "nik"
    below: int | None = None
    at_least: int | None = None
    when: tuple[tuple[str, str], ...] = ()

    def applies(self, age: int, fields: dict[str, str]) -> bool:
        if any(fields.get(name) != value for name, value in self.when):
            return False
        if self.below is not None and age >= self.below:
            return False
        return self.at_least is None or age >= self.at_least


@dataclass(frozen=True)
class Group:
    """Words that name several services at once ("pindah": keluar or datang?); the
    extractor asks which one."""

    name: str
    services: tuple[str, ...]
    phrases: tuple[str, ...]


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
    intent: str = ""  # the Rasa intent of asking for it; minta_<code> when not given
    phrases: tuple[str, ...] = ()  # free-text phrases naming it, beside code and aliases
    reason_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # free text only
    subject: str = "Bapak/Ibu"  # whom the questions are about ("anak" for a KIA)
    applicant: str | None = None  # the field naming the resident a helper registers
    button: tuple[str, str] = ("", "")  # (title, message) of its choice button
    short: str = ""  # its name in a list of the services ("KTP-el", "surat pindah")
    age_checks: tuple[AgeCheck, ...] = ()

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

    @cached_property
    def phrase_words(self) -> tuple[tuple[str, ...], ...]:
        """What names the service in free text, as words ('E-KTP' -> ('E', 'KTP')): its
        `phrases`, else its code, title and aliases."""
        source = self.phrases or (self.code, self.title, *self.aliases)
        words = (tuple(_WORDS.findall(p.upper())) for p in source)
        return tuple(dict.fromkeys(w for w in words if w))

    @cached_property
    def number_fields(self) -> tuple[str, ...]:
        """The NIK / No. KK fields, in template order."""
        return tuple(f.name for f in self.fields if f.type in NUMBER_TYPES)

    @cached_property
    def name_field(self) -> str:
        """The field a person's name goes to ('nama_kepala_keluarga' for a KK)."""
        return next((f.name for f in self.fields if f.type == "name"), "nama")

    @cached_property
    def key_field(self) -> str | None:
        """The number that identifies a request for the duplicate guard: the NIK, else the
        No. KK, else a document number."""
        for kind in ("nik", "no_kk", "document_number"):
            found = next((f.name for f in self.fields if f.type == kind), None)
            if found:
                return found
        return None

    @property
    def has_place(self) -> bool:
        """Whether the template holds the resident's desa / kecamatan."""
        return any(f.type in ("desa", "kecamatan") for f in self.fields)

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
    """All services, with lookup by code or alias and of reason synonyms; `groups` are
    words naming several services, `other_services` phrases of documents the assistant
    does not take (the resident is told so)."""

    def __init__(
        self,
        services: list[Service],
        groups: tuple[Group, ...] = (),
        other_services: tuple[str, ...] = (),
    ) -> None:
        self.services = {s.code: s for s in services}
        self.groups = groups
        self.other_services = other_services
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

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.services)

    def listing(self) -> str:
        """The services in a sentence: 'KTP-el, KK, KIA, dan surat pindah'."""
        names = list(dict.fromkeys(s.short for s in self))
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + ", dan " + names[-1]

    def reason_buttons(self, service: Service) -> tuple[tuple[str, str], ...]:
        """One button per reason of the service: ('HILANG', 'hilang')."""
        return tuple((code, code.lower()) for code in service.reasons)

    def service_buttons(self) -> tuple[tuple[str, str], ...]:
        return tuple(s.button for s in self)


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
    question = raw.get("question")
    return Field(
        name,
        kind,
        str(raw.get("label") or name),
        str(_require(raw, "example", where)),
        str(question) if question else None,
    )


def _load_reasons(raw: Any, where: str, key: str = "reasons") -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise CatalogError(f"{where}: '{key}' must map each reason to a list of synonyms")
    return {str(k).upper(): tuple(str(s).upper() for s in v) for k, v in raw.items()}


def _phrase_list(raw: Any, where: str, key: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, str) and p.strip() for p in raw):
        raise CatalogError(f"{where}: '{key}' must be a list of phrases")
    return tuple(" ".join(p.upper().split()) for p in raw)


def _load_age_checks(raw: Any, where: str, fields: tuple[Field, ...]) -> tuple[AgeCheck, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise CatalogError(f"{where}: 'age_checks' must be a list")
    names = {f.name for f in fields}
    checks = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: an age check must be a mapping")
        code = str(_require(entry, "code", f"{where} age check"))
        inner = f"{where} age check {code}"
        when = entry.get("when") or {}
        if not isinstance(when, dict) or set(when) - names:
            raise CatalogError(f"{inner}: 'when' must map the service's fields to values")
        bounds = [entry.get(k) for k in ("below", "at_least")]
        if all(b is None for b in bounds) or any(
            b is not None and not isinstance(b, int) for b in bounds
        ):
            raise CatalogError(f"{inner}: needs 'below' or 'at_least' in years")
        checks.append(
            AgeCheck(
                code=code,
                message=" ".join(str(_require(entry, "message", inner)).split()),
                field=str(entry.get("field") or "nik"),
                below=bounds[0],
                at_least=bounds[1],
                when=tuple((str(k), str(v).upper()) for k, v in when.items()),
            )
        )
    return tuple(checks)


def _load_button(raw: Any, where: str, title: str) -> tuple[str, str]:
    if raw is None:
        return title, f"mau urus {title.lower()}"
    if not isinstance(raw, dict) or not raw.get("title") or not raw.get("message"):
        raise CatalogError(f"{where}: 'button' needs a 'title' and a 'message'")
    return str(raw["title"]), str(raw["message"])


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
    title = str(_require(raw, "title", where))
    intent = str(raw.get("intent") or f"minta_{code.lower()}")
    if not _INTENT.match(intent):
        raise CatalogError(f"{where}: 'intent' must be a Rasa intent name (lower_snake_case)")
    applicant = raw.get("applicant")
    if applicant is not None and applicant not in {f.name for f in fields}:
        raise CatalogError(f"{where}: 'applicant' {applicant!r} is not one of its fields")
    service = Service(
        code=code,
        title=title,
        queue=str(_require(raw, "queue", where)).upper(),
        template=str(_require(raw, "template", where)),
        fields=fields,
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        reasons=reasons,
        intent=intent,
        phrases=_phrase_list(raw.get("phrases"), where, "phrases"),
        reason_phrases=_load_reasons(raw.get("reason_phrases"), where, "reason_phrases"),
        subject=str(raw.get("subject") or "Bapak/Ibu"),
        applicant=str(applicant) if applicant else None,
        button=_load_button(raw.get("button"), where, title),
        short=str(raw.get("short") or title),
        age_checks=_load_age_checks(raw.get("age_checks"), where, fields),
    )
    _check_template(service, where)
    if not _QUEUE.match(service.queue):
        raise CatalogError(f"{where}: queue must be 1-12 capital letters or digits")
    return service


def _load_groups(raw: Any, source: str, codes: set[str]) -> tuple[Group, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise CatalogError(f"{source}: 'groups' must map a name to its services and phrases")
    groups = []
    for name, entry in raw.items():
        where = f"{source}: group {name}"
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: must be a mapping")
        services = tuple(str(c).upper() for c in entry.get("services") or ())
        if len(services) < 2 or set(services) - codes:
            raise CatalogError(f"{where}: 'services' must list two or more catalog codes")
        phrases = _phrase_list(entry.get("phrases"), where, "phrases")
        groups.append(Group(str(name).upper(), services, phrases))
    return tuple(groups)


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Load and check a catalog file; the packaged `services.yml` when no path is given."""
    if path is None:
        text = resources.files("bot.reference.catalog").joinpath("services.yml").read_text("utf-8")
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
    intents = [s.intent for s in services]
    if len(set(intents)) != len(intents):
        raise CatalogError(f"{source}: two services share one intent")
    groups = _load_groups(data.get("groups"), source, set(codes))
    others = _phrase_list(data.get("other_services"), source, "other_services")
    return Catalog(services, groups, others)


@cache
def default_catalog() -> Catalog:
    """The packaged catalog, loaded once on first use."""
    return load_catalog()
