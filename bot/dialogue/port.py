"""What a conversation needs from the officers' queue. The Rasa action server hands in the
real one (`actions/queue_port.py`); tests hand in a recording fake."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.intake.parser import Verdict

__all__ = ["Amendment", "OpenRequest", "QueuePort", "WithdrawResult"]

WithdrawResult = Literal["cancelled", "noted", "not_found"]


@dataclass(frozen=True)
class OpenRequest:
    """One of the chat's own open requests, as the resident may see it."""

    code: str
    text: str  # the status in plain words, with the appointment or the fix asked for
    resident_name: str | None = None  # a helper's resident
    layanan: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)  # what the chat sent, for corrections


@dataclass(frozen=True)
class Amendment:
    """A correction of a sent request: "applied" (no officer had it yet), "noted" (left for
    the officer who has it) or "refused" (`message` says why)."""

    outcome: Literal["applied", "noted", "refused"]
    line: str | None = None  # the request's line after the correction
    message: str | None = None


class QueuePort(Protocol):
    def submit(
        self, verdict: Verdict, sender_id: str, helper: dict[str, str | None] | None
    ) -> list[str]:
        """Queue a confirmed request; the messages for the resident."""

    def status(self, code: str, sender_id: str) -> str:
        """The status answer for a ticket code, only for the chat that made it."""

    def forward(self, transcript: list[str], sender_id: str) -> str:
        """Forward a question with its transcript to the general queue; the reply."""

    def my_requests(self, sender_id: str) -> list[OpenRequest]:
        """The chat's own open requests, newest first (never another chat's)."""

    def withdraw(self, code: str, sender_id: str) -> WithdrawResult:
        """Cancel the chat's own ticket while no officer has it; else a note for the officer."""

    def note(self, code: str, sender_id: str, text: str, kind: str) -> bool:
        """Add the resident's message to their open ticket; False when it is not theirs."""

    def amend(self, code: str, sender_id: str, changes: Mapping[str, str]) -> Amendment:
        """Correct the chat's own sent request while no officer has it; else a note."""
