"""A chat with the Rasa-free conversation and a port that records what reaches the queue."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.conversation import Incoming, State, respond
from bot.parser import Verdict


@dataclass
class RecordingPort:
    submitted: list[tuple[str, dict[str, str | None] | None]] = field(default_factory=list)
    forwarded: list[list[str]] = field(default_factory=list)
    asked_status: list[str] = field(default_factory=list)

    def submit(
        self, verdict: Verdict, sender_id: str, helper: dict[str, str | None] | None
    ) -> list[str]:
        assert verdict.ok and verdict.canonical
        self.submitted.append((verdict.canonical, helper))
        return [f"Permohonan diterima dengan kode KTP-ABCDEFG. ({len(self.submitted)})"]

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
