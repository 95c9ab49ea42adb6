"""Which knowledge topic answers a resident's question, from the kind of question (the
intent), the service and reason named, and a few keywords. Rasa-independent."""

from __future__ import annotations

import re
from datetime import date

from bot.extractor import extract
from bot.knowledge import Knowledge, Topic, default_knowledge
from bot.parser import Verdict

__all__ = ["checklist", "topic_for"]

FIXED = {
    "tanya_biaya": "biaya",
    "tanya_jam": "jam_layanan",
    "tanya_lokasi": "lokasi_layanan",
    "tanya_lama": "lama_proses",
}
# (keywords, topic) checked in order on the question's words.
KEYWORDS = (
    (("polisi", "kehilangan"), "surat_kehilangan"),
    (("pengantar", "rt", "rw"), "pengantar_rt_rw"),
    (("ikd", "digital"), "ikd"),
    (("antar", "dalam kabupaten", "antarkecamatan"), "pindah_dalam_kabupaten"),
    (("denda", "telat", "terlambat"), "denda_keterlambatan"),
    (("luar domisili", "domisili"), "ktp_luar_domisili"),
    (("status", "kode"), "cek_status"),
    (("hvs", "laminating", "laminasi"), "kk_kertas_hvs"),
)
TERMS = (
    (("pemula", "hilang", "rusak", "alasan"), "arti_alasan"),
    (("skpwni", "pindah keluar"), "syarat_pindah_keluar"),
    (("skdwn", "pindah datang", "kedatangan"), "syarat_pindah_datang"),
    (("kia", "kartu identitas anak"), "syarat_kia"),
    (("ikd",), "ikd"),
    (("nik", "data pribadi"), "privasi"),
)
_AGE = re.compile(r"\b(\d{1,2})\s*(?:th|thn|tahun)\b")


def _match(text: str, table: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    words = f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', text.lower()).split())} "
    for keywords, topic in table:
        if any(f" {keyword} " in words for keyword in keywords):
            return topic
    return None


def topic_for(
    intent: str,
    text: str,
    *,
    layanan: str | None = None,
    alasan: str | None = None,
    knowledge: Knowledge | None = None,
) -> Topic:
    """The topic that answers the question."""
    knowledge = knowledge or default_knowledge()
    found = extract(text)
    layanan = (layanan or found.layanan or "").upper() or None
    alasan = (alasan or found.alasan or "").upper() or None
    if intent in FIXED:
        return knowledge.answer(FIXED[intent])
    if intent == "tanya_format":
        name = f"format_{layanan.lower()}" if layanan else "format_umum"
        return knowledge.answer(name if name in knowledge else "format_umum")
    if intent == "tanya_istilah":
        return knowledge.answer(_match(text, TERMS) or "arti_alasan")
    keyword = _match(text, KEYWORDS)
    if keyword:
        return knowledge.answer(keyword)
    if layanan:
        age = _AGE.search(text.lower())
        return knowledge.requirements_for(layanan, alasan, int(age.group(1)) if age else None)
    return knowledge.answer("syarat_ktp")


def checklist(verdict: Verdict, knowledge: Knowledge | None = None) -> str:
    """What to bring, for the confirmation of a complete request."""
    knowledge = knowledge or default_knowledge()
    assert verdict.service is not None
    nik = verdict.numbers.get("nik")
    age = nik.age_on(date.today()) if nik else None
    topic = knowledge.requirements_for(verdict.service.code, verdict.fields.get("alasan"), age)
    items = "\n".join(f"- {item}" for item in topic.checklist)
    return f"Yang perlu dibawa saat dipanggil petugas ({topic.title}):\n{items}"
