"""A chat with the Rasa-free conversation and a port that records what reaches the queue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.dialogue import Incoming, State, respond
from bot.dialogue.port import Amendment, OpenRequest, WithdrawResult
from bot.intake.parser import Verdict, parse, render
from bot.reference.catalog import default_catalog


@dataclass
class RecordingPort:
    """A queue in memory: codes KTP-AAAAA2, KTP-AAAAA3, …; `taken` codes have an officer."""

    submitted: list[tuple[str, dict[str, str | None] | None]] = field(default_factory=list)
    forwarded: list[list[str]] = field(default_factory=list)
    asked_status: list[str] = field(default_factory=list)
    status_of: dict[str, str] = field(default_factory=dict)  # code -> BARU / DIPROSES / …
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # code, kind, text
    taken: set[str] = field(default_factory=set)

    def submit(
        self, verdict: Verdict, sender_id: str, helper: dict[str, str | None] | None
    ) -> list[str]:
        assert verdict.ok and verdict.canonical
        self.submitted.append((verdict.canonical, helper))
        code = f"KTP-AAAAA{len(self.submitted) + 1}"
        self.status_of[code] = "BARU"
        return [f"Permohonan diterima dengan kode {code}. ({len(self.submitted)})"]

    def my_requests(self, sender_id: str) -> list[OpenRequest]:
        open_ = [c for c, s in self.status_of.items() if s not in ("DIBATALKAN", "SELESAI")]
        return [self._open(c) for c in reversed(open_)]

    def _open(self, code: str) -> OpenRequest:
        line = self.submitted[int(code.removeprefix("KTP-AAAAA")) - 2][0]
        verdict = parse(line)
        text = f"Permohonan {code} {self.status_of[code]}"
        return OpenRequest(code, text, None, verdict.layanan, dict(verdict.fields))

    def amend(self, code: str, sender_id: str, changes: Mapping[str, str]) -> Amendment:
        if code in self.taken:
            self.notes.append((code, "catatan_warga", str(dict(changes))))
            return Amendment("noted")
        index = int(code.removeprefix("KTP-AAAAA")) - 2
        line, helper = self.submitted[index]
        verdict = parse(line)
        assert verdict.layanan is not None
        service = default_catalog()[verdict.layanan]
        amended = parse(render(service, {**verdict.fields, **changes}))
        if not amended.ok or not amended.canonical:
            return Amendment("refused", message="Perbaikan belum benar.")
        self.submitted[index] = (amended.canonical, helper)
        return Amendment("applied", amended.canonical)

    def withdraw(self, code: str, sender_id: str) -> WithdrawResult:
        if self.status_of.get(code) in (None, "DIBATALKAN", "SELESAI"):
            return "not_found"
        if code in self.taken:
            self.notes.append((code, "ingin_batal", ""))
            return "noted"
        self.status_of[code] = "DIBATALKAN"
        return "cancelled"

    def note(self, code: str, sender_id: str, text: str, kind: str) -> bool:
        if self.status_of.get(code) in (None, "DIBATALKAN", "SELESAI"):
            return False
        self.notes.append((code, kind, text))
        return True

    def status(self, code: str, sender_id: str) -> str:
        self.asked_status.append(code)
        return f"Status {code}: BARU"

    def forward(self, transcript: list[str], sender_id: str) -> str:
        self.forwarded.append(transcript)
        return "Pertanyaan diteruskan ke petugas dengan kode UMUM-ABCDEFG."


class Chat:
    """One resident talking; `says` returns the assistant's replies as texts."""

    def __init__(self) -> None:
        self.state = State()
        self.port = RecordingPort()
        self.history: list[str] = []

    def says(self, text: str, intent: str | None = None, confidence: float = 0.0) -> list[str]:
        message = Incoming(text, "test:1", intent, confidence, tuple(self.history))
        outcome = respond(self.state, message, self.port)
        self.state = outcome.state
        texts = [r.text for r in outcome.replies]
        self.history += [f"Warga: {text}", *(f"Asisten: {t}" for t in texts)]
        return texts

    @property
    def lines(self) -> list[str]:
        return [line for line, _ in self.port.submitted]

    def shown_line(self, replies: list[str]) -> str | None:
        return next((r for r in replies if r.startswith("#")), None)
