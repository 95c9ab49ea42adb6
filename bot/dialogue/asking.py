"""The next question of a request, and the request shown for confirmation."""

from __future__ import annotations

from bot.dialogue.answers import checklist
from bot.dialogue.outcome import CONFIRM_BUTTONS, Incoming, Outcome
from bot.dialogue.port import QueuePort
from bot.dialogue.request import service_of
from bot.dialogue.state import HELPER_FIELDS, State
from bot.intake.parser import Verdict, parse, render
from bot.reference.catalog import Service, default_catalog
from bot.texts import for_residents

__all__ = [
    "ask",
    "confirm_request",
    "next_step",
    "readable_fields",
    "start_request",
    "switch_service",
]


def next_step(out: Outcome, message: Incoming, port: QueuePort) -> None:
    """Ask the first missing field, or show the request for confirmation."""
    st = out.state
    service = service_of(st.layanan)
    if service is None:
        return
    if st.saran_tempat:
        st.diminta = "saran_tempat"
        return
    if st.mode_petugas_desa:
        applicant_from_resident(st, service)
    missing = [n for n in service.field_names if not st.fields.get(n)]
    if st.diminta == "kecamatan" and "kecamatan" in missing and "desa" in st.fields:
        missing.remove("kecamatan")
        missing.insert(0, "kecamatan")
    if not missing and st.mode_petugas_desa:
        resident_is_the_applicant(st, service)
        missing = [n for n in HELPER_FIELDS if not st.warga.get(n)]
    if missing:
        ask(out, service, missing[0])
        return
    verdict = parse(render(service, st.fields))
    if not verdict.ok:
        for error in verdict.errors:
            out.say(error.message)
            st.fields.pop(error.field, None)
        first = next((n for n in service.field_names if not st.fields.get(n)), None)
        if first:
            ask(out, service, first)
        return
    st.diminta = None
    confirm_request(out, verdict)


def resident_is_the_applicant(st: State, service: Service) -> None:
    """For a helper, the resident of a KTP / KK / pindah request is the person named in it
    (the catalog's `applicant`); a KIA (a child) or a pindah datang asks for the resident's
    name."""
    field = service.applicant or ""
    name = st.fields.get(field)
    if name and "nama_warga" not in st.warga:
        st.warga["nama_warga"] = name


def applicant_from_resident(st: State, service: Service) -> None:
    """A helper who named the resident first ("atas nama Iyus Rusmana") has named the
    applicant of a KTP / KK / pindah request too."""
    field = service.applicant or ""
    if field and not st.fields.get(field) and st.warga.get("nama_warga"):
        st.fields[field] = st.warga["nama_warga"]


def ask(out: Outcome, service: Service, slot: str) -> None:
    st = out.state
    already = st.diminta == slot and any(
        r.text.startswith(("Desa ", "Mohon", "Maksud")) or "Contoh" in r.text for r in out.replies
    )
    st.diminta = slot
    if already and slot in ("kecamatan",):
        return
    reason = slot in service.field_names and service.field(slot).type == "reason"
    buttons = default_catalog().reason_buttons(service) if reason else ()
    out.say(for_residents.question_for(slot, service, st.mode_petugas_desa), buttons)


def confirm_request(out: Outcome, verdict: Verdict) -> None:
    assert verdict.service is not None and verdict.canonical is not None
    service = verdict.service
    out.say(for_residents.CHECK_REQUEST.format(title=service.title))
    out.say(verdict.canonical)
    out.say(readable_fields(service, verdict.fields))
    for warning in verdict.warnings:
        out.say(f"Catatan: {warning.message}")
    out.say(checklist(verdict))
    out.say(for_residents.CONFIRM_PROMPT, CONFIRM_BUTTONS)
    out.state.menunggu_konfirmasi = True


def readable_fields(service: Service, fields: dict[str, str]) -> str:
    """'- NIK: …' lines in the template's order, for the resident to check."""
    return "\n".join(f"- {f.label}: {fields.get(f.name, '')}" for f in service.fields)


def switch_service(out: Outcome, layanan: str) -> None:
    st = out.state
    service = service_of(layanan)
    assert service is not None
    if st.layanan is not None:
        out.say(for_residents.SWITCHED.format(title=service.title))
    st.layanan = layanan
    st.fields = {k: v for k, v in st.fields.items() if k in service.field_names}
    if service.name_field != "nama" and "nama" in st.fields:
        st.fields[service.name_field] = st.fields.pop("nama")  # the KK's nama_kepala_keluarga
    st.diminta = None
    st.menunggu_konfirmasi = False


def start_request(out: Outcome, layanan: str, message: Incoming, port: QueuePort) -> None:
    switch_service(out, layanan)
    next_step(out, message, port)
