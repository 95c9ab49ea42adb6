"""Form filling for the chat assistant, independent of Rasa.

One step of a request form: the service, the slots filled so far, the resident's message and
the slot the assistant asked for go in; validated slot values and the messages to send come
out. Rasa's form validators (`actions/forms.py`) only translate to and from this.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.catalog import Service
from bot.errors import FieldError
from bot.extractor import extract
from bot.fields import (
    check_field,
    check_kecamatan,
    check_place,
)
from bot.gazetteer import Gazetteer, default_gazetteer
from bot.parser import looks_like_hash_line, parse
from bot.text import clean

__all__ = ["SUGGESTION_SLOT", "Step", "fill", "is_yes", "is_no"]

SUGGESTION_SLOT = "saran_tempat"
_YES = {
    "YA",
    "IYA",
    "IYAA",
    "Y",
    "YAP",
    "BENAR",
    "BETUL",
    "BENER",
    "OKE",
    "OK",
    "SIP",
    "YA BENAR",
    "IYA BETUL",
    "IYA BENAR",
    "BETUL SEKALI",
    "YA BETUL",
    "SUDAH BENAR",
}
_NO = {"TIDAK", "TDK", "NGGAK", "NGGA", "GAK", "GA", "ENGGAK", "BUKAN", "SALAH", "NO", "BUKAN ITU"}


def _words(text: str) -> str:
    return " ".join(
        clean(text).upper().replace(",", " ").replace(".", " ").replace("!", " ").split()
    )


def is_yes(text: str) -> bool:
    return _words(text) in _YES


def is_no(text: str) -> bool:
    return _words(text) in _NO


@dataclass
class Step:
    """What one message changed: slot values (None clears a slot) and replies to send."""

    values: dict[str, str | None] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    def say(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)


def _candidates(
    service: Service, text: str, requested: str | None
) -> tuple[dict[str, str], str | None]:
    """Values the message holds for this service, and a referral to a city's office."""
    if looks_like_hash_line(text):
        verdict = parse(text)
        if verdict.service is service:
            return {k: v for k, v in verdict.fields.items() if v}, None
    found = extract(text, layanan=service.code)
    wanted = set(service.field_names)
    candidates = {k: v for k, v in found.values.items() if k in wanted and v}
    _follow_the_question(candidates, found.notes, requested)
    for name, raw in found.unresolved.items():
        if name in wanted and name not in candidates:
            candidates[name] = raw
    if "alasan" in wanted and found.alasan and "alasan" not in candidates:
        candidates["alasan"] = found.alasan
    if (
        requested in wanted
        and requested not in candidates
        and requested not in ("desa", "kecamatan")
    ):
        candidates[requested] = text
    if requested in ("desa", "kecamatan") and not candidates.keys() & {"desa", "kecamatan"}:
        candidates[requested] = text
    referral = found.referral if not candidates.keys() & {"desa", "kecamatan"} else None
    return candidates, referral


NUMBER_SLOTS = ("nik", "no_kk")


def _follow_the_question(
    candidates: dict[str, str], notes: list[str], requested: str | None
) -> None:
    """One unlabelled number answers the number the assistant asked for."""
    if requested not in NUMBER_SLOTS or requested in candidates:
        return
    guessed = [n for n in NUMBER_SLOTS if n in candidates and f"{n}_tanpa_label" in notes]
    if len(guessed) == 1 and sum(n in candidates for n in NUMBER_SLOTS) == 1:
        candidates[requested] = candidates.pop(guessed[0])


def _suggestion(step: Step, value: str) -> None:
    desa, _, kecamatan = value.partition("|")
    step.values[SUGGESTION_SLOT] = value
    step.say(f"Maksud Bapak/Ibu Desa {desa}, Kec. {kecamatan}? Balas ya atau tidak.")


def _places(
    current: Mapping[str, str | None], candidates: dict[str, str], gazetteer: Gazetteer, step: Step
) -> None:
    desa_raw = candidates.get("desa")
    kec_raw = candidates.get("kecamatan") or (current.get("kecamatan") if desa_raw else None)
    if desa_raw is None and kec_raw is not None:
        try:
            kec = check_kecamatan(kec_raw, gazetteer)
        except FieldError as exc:
            step.values["kecamatan"] = None
            step.say(exc.message)
            return
        desa_now = current.get("desa")
        if desa_now:
            candidates["desa"], desa_raw = desa_now, desa_now
        else:
            step.values["kecamatan"] = kec.name.upper()
            return
    if desa_raw is None:
        return
    if kec_raw:
        try:
            desa = check_place(desa_raw, kec_raw, gazetteer)
        except FieldError as exc:
            suggestions = gazetteer.suggest_desa(desa_raw, gazetteer.find_kecamatan(kec_raw))
            if exc.code == "desa_tidak_ditemukan" and suggestions:
                _suggestion(step, f"{suggestions[0].name}|{suggestions[0].kecamatan.name}")
            else:
                step.say(exc.message)
            step.values[exc.field] = None
            return
        step.values["desa"] = desa.name.upper()
        step.values["kecamatan"] = desa.kecamatan.name.upper()
        return
    matches = gazetteer.find_desa(desa_raw)
    if len(matches) == 1:
        step.values["desa"] = matches[0].name.upper()
        step.values["kecamatan"] = matches[0].kecamatan.name.upper()
    elif matches:
        step.values["desa"] = matches[0].name.upper()
        options = ", ".join(f"Kec. {d.kecamatan.name}" for d in matches)
        step.say(f"Desa {matches[0].name} ada di {options}. Di kecamatan mana alamat Bapak/Ibu?")
    else:
        neighbour = gazetteer.find_neighbour(desa_raw)
        suggestions = gazetteer.suggest_desa(desa_raw)
        if suggestions:
            _suggestion(step, f"{suggestions[0].name}|{suggestions[0].kecamatan.name}")
        elif neighbour is not None:
            step.say(neighbour.referral())
        else:
            step.say(
                f"Desa '{clean(desa_raw)}' tidak ditemukan di Kabupaten Tangerang. "
                "Mohon tulis nama desa/kelurahan sesuai KK. Contoh: Bitung Jaya"
            )
        step.values["desa"] = None


def _answer_suggestion(pending: str, text: str, step: Step) -> bool:
    """Handle 'ya'/'tidak' to 'Maksud Bapak/Ibu Desa X?'. True when the message was that."""
    if is_yes(text):
        desa, _, kecamatan = pending.partition("|")
        step.values.update(
            {"desa": desa.upper(), "kecamatan": kecamatan.upper(), SUGGESTION_SLOT: None}
        )
        return True
    if is_no(text):
        step.values.update({"desa": None, SUGGESTION_SLOT: None})
        step.say(
            "Baik. Mohon tulis lagi nama desa/kelurahan dan kecamatannya. "
            "Contoh: Bitung Jaya, Cikupa"
        )
        return True
    step.values[SUGGESTION_SLOT] = None
    return False


def fill(
    service: Service,
    current: Mapping[str, str | None],
    text: str,
    requested: str | None,
    *,
    gazetteer: Gazetteer | None = None,
) -> Step:
    """Fill what the message holds; the requested slot gets a precise error when wrong."""
    gazetteer = gazetteer or default_gazetteer()
    step = Step()
    pending = current.get(SUGGESTION_SLOT)
    if pending and _answer_suggestion(pending, text, step):
        return step
    candidates, referral = _candidates(service, text, requested)
    if referral:
        step.say(referral)
    for f in service.fields:
        if f.name not in candidates or f.type in ("desa", "kecamatan"):
            continue
        try:
            step.values[f.name] = check_field(service, f, candidates[f.name], gazetteer)
        except FieldError as exc:
            if f.name == requested or f.name not in current or current.get(f.name) is None:
                step.say(f"{exc.message} Contoh {f.label}: {f.example}.")
            step.values[f.name] = None
    if any(f.type in ("desa", "kecamatan") for f in service.fields):
        _places(current, candidates, gazetteer, step)
    _keep_filled(current, step, requested)
    return step


def _keep_filled(current: Mapping[str, str | None], step: Step, requested: str | None) -> None:
    """A failed guess at another slot must not erase what the resident already gave."""
    for name, value in list(step.values.items()):
        if value is None and name != requested and current.get(name) and name != SUGGESTION_SLOT:
            del step.values[name]


def readable_fields(service: Service, fields: Mapping[str, str]) -> str:
    """'NIK: …' lines in the template's order, for the resident to check."""
    return "\n".join(f"- {f.label}: {fields.get(f.name, '')}" for f in service.fields)
