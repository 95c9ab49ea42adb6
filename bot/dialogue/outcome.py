"""What a turn takes and gives: the message in, the replies and the new state out."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.dialogue.request import Reading, read
from bot.dialogue.state import State
from bot.reference.catalog import default_catalog

__all__ = ["Incoming", "Outcome", "Reply", "transcript"]


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (title, payload)


@dataclass(frozen=True)
class Incoming:
    text: str
    sender_id: str
    intent: str | None = None
    confidence: float = 0.0
    transcript: tuple[str, ...] = ()  # earlier lines "Warga: …" / "Asisten: …", oldest first


@dataclass
class Outcome:
    state: State
    replies: list[Reply] = field(default_factory=list)
    offered: str | None = None  # the service offered last turn, when this message is not yes/no
    _readings: dict[tuple[str, str | None], Reading] = field(default_factory=dict, repr=False)

    def read(self, text: str, layanan: str | None = None) -> Reading:
        """What the message says for the request under way (or for `layanan`, a service
        offered), read once per turn (the parser and the extractor are the expensive part
        of a turn)."""
        key = (text, layanan or self.state.layanan)
        if key not in self._readings:
            self._readings[key] = read(text, key[1])
        return self._readings[key]

    def say(self, text: str, buttons: tuple[tuple[str, str], ...] = ()) -> None:
        if text and all(r.text != text for r in self.replies):
            self.replies.append(Reply(text, buttons))


YES_NO = (("Ya", "ya"), ("Tidak", "tidak"))
CONFIRM_BUTTONS = (("Ya, kirim", "ya"), ("Batal", "batal"))
SERVICE_BUTTONS = default_catalog().service_buttons()  # one per service, from the catalog


def transcript(message: Incoming) -> list[str]:
    return [*message.transcript, f"Warga: {message.text}"][-20:]
