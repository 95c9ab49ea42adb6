"""Who acts on a ticket: a resident, the assistant, an officer or the system, and through
which channel. Plain values, no I/O; `access` decides what each may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["Actor", "ActorKind"]


class ActorKind(str, Enum):
    RESIDENT = "resident"
    ASSISTANT = "assistant"
    OFFICER = "officer"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    """Who acts, and through which channel (`via`). `chat` is the (channel, chat id) a resident
    or the assistant acts for; `id` is the officer id for officers."""

    kind: ActorKind
    id: str
    via: str
    chat: tuple[str, str] | None = None

    @classmethod
    def resident(cls, channel: str, chat_id: str, via: str | None = None) -> Actor:
        return cls(ActorKind.RESIDENT, str(chat_id), via or channel, (channel, str(chat_id)))

    @classmethod
    def assistant(cls, channel: str, chat_id: str, via: str = "rasa") -> Actor:
        return cls(ActorKind.ASSISTANT, "asisten", via, (channel, str(chat_id)))

    @classmethod
    def officer(cls, officer_id: int | str, via: str) -> Actor:
        return cls(ActorKind.OFFICER, str(officer_id), via)

    @classmethod
    def system(cls, name: str = "sistem", via: str = "system") -> Actor:
        return cls(ActorKind.SYSTEM, name, via)
