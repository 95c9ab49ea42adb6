"""What a conversation needs from the officers' queue. The Rasa action server hands in the
real one (`actions/queue_port.py`); tests hand in a recording fake."""

from __future__ import annotations

from typing import Protocol

from bot.parser import Verdict

__all__ = ["QueuePort"]


class QueuePort(Protocol):
    def submit(
        self, verdict: Verdict, sender_id: str, helper: dict[str, str | None] | None
    ) -> list[str]:
        """Queue a confirmed request; the messages for the resident."""

    def status(self, code: str, sender_id: str) -> str:
        """The status answer for a ticket code, only for the chat that made it."""

    def forward(self, transcript: list[str], sender_id: str) -> str:
        """Forward a question with its transcript to the general queue; the reply."""
