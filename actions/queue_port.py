"""The actions' door to the officer queue, built on first use, never at import.

`QueuePort` is what the actions need; `default_port()` builds the real one on the queue of
`DATABASE_URL` / `ADMINDUK_DATA_DIR`. Tests hand their own port to an action's constructor.
The assistant acts as the `assistant` actor: it can open tickets, never decide them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from bot.dialogue.port import Amendment, OpenRequest, QueuePort, WithdrawResult
from bot.errors import (
    DuplicateRequest,
    IllegalTransition,
    InvalidInput,
    NotAllowed,
    TicketNotFound,
)
from bot.intake.parser import Verdict
from bot.queue import resident, services
from bot.queue.config import load_settings, make_engine, make_session_factory
from bot.queue.domain import Actor
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork

__all__ = ["AssistantPort", "QueuePort", "chat_of", "default_port"]

WHO_DECIDES = (
    "Petugas Disdukcapil yang memeriksa dan memutuskan; Bapak/Ibu akan diberi kabar di sini."
)


def chat_of(sender_id: str) -> tuple[str, str]:
    """('telegram', '12345') from the Rasa sender id 'telegram:12345'."""
    channel, sep, chat_id = sender_id.partition(":")
    return (channel, chat_id) if sep and chat_id else ("rest", sender_id)


class AssistantPort:
    def __init__(self, uow: UnitOfWork, hours: WorkingHours | None = None) -> None:
        self.uow = uow
        self.hours = hours or WorkingHours()

    @classmethod
    def from_environment(cls) -> AssistantPort:
        """The queue and the office hours of the one settings object (ADMINDUK_WORK_*)."""
        settings = load_settings()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.database_url)
        return cls(UnitOfWork(make_session_factory(engine)), settings.hours)

    def submit(
        self, verdict: Verdict, sender_id: str, helper: dict[str, str | None] | None
    ) -> list[str]:
        channel, chat_id = chat_of(sender_id)
        actor = Actor.assistant(channel, chat_id)
        try:
            receipt = services.submit_request(
                self.uow, verdict.canonical or "", actor, helper=helper, hours=self.hours
            )
        except DuplicateRequest as exc:
            return self._correction_or_duplicate(exc, verdict, actor)
        except InvalidInput as exc:
            return [e.message for e in exc.errors] or [str(exc)]
        return [receipt.text, WHO_DECIDES]

    def _correction_or_duplicate(
        self, duplicate: DuplicateRequest, verdict: Verdict, actor: Actor
    ) -> list[str]:
        """The same request again from the same chat while an officer asked for a fix is
        that fix; anything else is a duplicate, and the open ticket's code is told."""
        try:
            view = services.resident_correction(
                self.uow, duplicate.open_code, actor, verdict.fields
            )
        except (IllegalTransition, NotAllowed, TicketNotFound, InvalidInput):
            return [str(duplicate)]
        return [
            f"Perbaikan permohonan {view.code} sudah kami teruskan ke petugas yang sama. "
            f"{WHO_DECIDES}"
        ]

    def status(self, code: str, sender_id: str) -> str:
        channel, chat_id = chat_of(sender_id)
        try:
            return services.status_for_chat(self.uow, code, channel, chat_id).text
        except TicketNotFound as exc:
            return str(exc)

    def forward(self, transcript: list[str], sender_id: str) -> str:
        channel, chat_id = chat_of(sender_id)
        question = "\n".join(transcript)[-1000:] or "(tanpa pesan)"
        try:
            receipt = services.forward_question(
                self.uow, question, Actor.assistant(channel, chat_id), hours=self.hours
            )
        except InvalidInput as exc:
            return str(exc)
        return (
            f"Pertanyaan Bapak/Ibu sudah saya teruskan ke petugas dengan kode {receipt.code}. "
            f"{receipt.text.split('. ', 1)[-1]} Petugas yang akan menjawab di sini."
        )

    def my_requests(self, sender_id: str) -> list[OpenRequest]:
        channel, chat_id = chat_of(sender_id)
        own = resident.my_requests(self.uow, Actor.assistant(channel, chat_id))
        return [OpenRequest(r.code, r.text, r.resident_name, r.layanan, r.fields) for r in own]

    def amend(self, code: str, sender_id: str, changes: Mapping[str, str]) -> Amendment:
        channel, chat_id = chat_of(sender_id)
        try:
            done = services.amend_by_resident(
                self.uow, code, Actor.assistant(channel, chat_id), changes
            )
        except DuplicateRequest as exc:
            return Amendment("refused", message=str(exc))
        except InvalidInput as exc:
            return Amendment("refused", message=" ".join(e.message for e in exc.errors) or str(exc))
        except (TicketNotFound, NotAllowed, IllegalTransition) as exc:
            return Amendment("refused", message=str(exc))
        return Amendment("applied" if done.applied else "noted", done.canonical)

    def withdraw(self, code: str, sender_id: str) -> WithdrawResult:
        channel, chat_id = chat_of(sender_id)
        try:
            done = resident.withdraw(self.uow, code, Actor.resident(channel, chat_id, "rasa"))
        except (TicketNotFound, NotAllowed, IllegalTransition):
            return "not_found"
        return "cancelled" if done.cancelled else "noted"

    def note(self, code: str, sender_id: str, text: str, kind: str) -> bool:
        channel, chat_id = chat_of(sender_id)
        actor = Actor.resident(channel, chat_id, "rasa")
        try:
            resident.leave_note(self.uow, code, actor, text[:1000], kind=kind)
        except (TicketNotFound, NotAllowed, IllegalTransition, InvalidInput):
            return False
        return True


@cache
def default_port() -> QueuePort:
    return AssistantPort.from_environment()
