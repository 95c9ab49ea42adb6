"""The Telegram adapter's durable state: the channel core's store (seen update ids, inbox,
replies) on channel "telegram", plus the officer chat's posts and prompts.

Every method is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from bot.channels.messages import InboxItem, Reply, ReplyRow
from bot.channels.store import ChannelStore
from bot.channels.telegram import tables as t
from bot.queue.config import read_connection
from bot.queue.domain import utcnow

__all__ = ["InboxItem", "Prompt", "Reply", "ReplyRow", "Store"]


@dataclass(frozen=True)
class Prompt:
    chat_id: str
    message_id: int
    action: str
    code: str
    user_id: int


@dataclass
class Store(ChannelStore):
    channel: str = "telegram"

    # --- officer posts and prompts -----------------------------------------------------
    def posted_codes(self, codes: Sequence[str]) -> set[str]:
        if not codes:
            return set()
        query = select(t.posts.c.code).where(t.posts.c.code.in_(list(codes)))
        with read_connection(self.engine) as conn:
            return {row.code for row in conn.execute(query)}

    def record_post(self, code: str, chat_id: str, message_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.posts).values(
                    code=code, chat_id=chat_id, message_id=message_id, posted_at=utcnow()
                )
            )

    def post_of(self, code: str) -> tuple[str, int] | None:
        query = select(t.posts.c.chat_id, t.posts.c.message_id).where(t.posts.c.code == code)
        with read_connection(self.engine) as conn:
            row = conn.execute(query).first()
            return None if row is None else (row.chat_id, int(row.message_id))

    def add_prompt(self, prompt: Prompt) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.prompts).values(
                    chat_id=prompt.chat_id,
                    message_id=prompt.message_id,
                    action=prompt.action,
                    code=prompt.code,
                    user_id=prompt.user_id,
                    created_at=utcnow(),
                )
            )

    def prompt_at(self, chat_id: str, message_id: int) -> Prompt | None:
        p = t.prompts.c
        query = select(t.prompts).where(p.chat_id == chat_id, p.message_id == message_id)
        with read_connection(self.engine) as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return Prompt(row.chat_id, int(row.message_id), row.action, row.code, int(row.user_id))

    def drop_prompt(self, prompt: Prompt) -> None:
        p = t.prompts.c
        with self.engine.begin() as conn:
            conn.execute(
                delete(t.prompts).where(
                    p.chat_id == prompt.chat_id, p.message_id == prompt.message_id
                )
            )
