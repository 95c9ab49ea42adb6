"""A chat with the Rasa-free conversation and a port that records what reaches the queue."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.dialogue import Incoming, State, respond
from bot.dialogue.port import OpenRequest, WithdrawResult
from bot.intake.parser import Verdict


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
        return [OpenRequest(c, f"Permohonan {c} {self.status_of[c]}") for c in reversed(open_)]

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
