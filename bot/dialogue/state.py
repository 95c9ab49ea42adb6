"""What the assistant remembers of one chat between two messages: the request being built
and the one question it waits an answer for. Kept in Rasa slots by the action, one slot per
attribute, so a restarted server continues where the chat was."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.reference.catalog import default_catalog

__all__ = ["HELPER_FIELDS", "REQUEST_FIELDS", "SLOT_NAMES", "State"]

HELPER_FIELDS = ("nama_warga", "telepon_warga")


def _request_fields() -> tuple[str, ...]:
    names: list[str] = []
    for service in default_catalog():
        names += [n for n in service.field_names if n not in names]
    return tuple(names)


REQUEST_FIELDS = _request_fields()
SLOT_NAMES = (
    "layanan",
    *REQUEST_FIELDS,
    *HELPER_FIELDS,
    "diminta",
    "menunggu_konfirmasi",
    "saran_tempat",
    "mode_petugas_desa",
    "tawaran",
    "gagal",
)


@dataclass
class State:
    """One chat's conversation state. `fields` holds canonical values only."""

    layanan: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    diminta: str | None = None  # the field (or "saran_tempat", "layanan") asked for now
    menunggu_konfirmasi: bool = False
    saran_tempat: str | None = None  # "DESA|KECAMATAN" offered as a yes/no question
    mode_petugas_desa: bool = False
    warga: dict[str, str] = field(default_factory=dict)  # a helper's resident: name, phone
    # a yes/no offer: "petugas", "mulai:KTP", "warga_berikut", "tarik:KTP-…" (withdraw)
    tawaran: str | None = None
    gagal: int = 0  # messages in a row that were not understood

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> State:
        def text(name: str) -> str | None:
            value = slots.get(name)
            return str(value) if value not in (None, "") else None

        return cls(
            layanan=text("layanan"),
            fields={n: v for n in REQUEST_FIELDS if (v := text(n)) is not None},
            diminta=text("diminta"),
            menunggu_konfirmasi=bool(slots.get("menunggu_konfirmasi")),
            saran_tempat=text("saran_tempat"),
            mode_petugas_desa=bool(slots.get("mode_petugas_desa")),
            warga={n: v for n in HELPER_FIELDS if (v := text(n)) is not None},
            tawaran=text("tawaran"),
            gagal=int(float(slots.get("gagal") or 0)),
        )

    def to_slots(self) -> dict[str, Any]:
        slots: dict[str, Any] = {"layanan": self.layanan}
        slots.update({n: self.fields.get(n) for n in REQUEST_FIELDS})
        slots.update({n: self.warga.get(n) for n in HELPER_FIELDS})
        slots.update(
            diminta=self.diminta,
            menunggu_konfirmasi=self.menunggu_konfirmasi,
            saran_tempat=self.saran_tempat,
            mode_petugas_desa=self.mode_petugas_desa,
            tawaran=self.tawaran,
            gagal=float(self.gagal),
        )
        return slots

    def copy(self) -> State:
        return replace(self, fields=dict(self.fields), warga=dict(self.warga))

    def forget_request(self) -> None:
        """Drop the request being built (a helper stays a helper)."""
        self.layanan = None
        self.fields = {}
        self.diminta = None
        self.menunggu_konfirmasi = False
        self.saran_tempat = None
