"""The core's sender for channel "whatsapp": replies as Cloud API messages, notices within the
24-hour customer-service window as plain messages and outside it as approved templates.

The window is tracked per resident (`chat_state.last_inbound_at`, set by every message they
send). Error 131047 (outside the window), answered at once or later in a status callback,
closes the window and sends the notice again as its template. Without a configured
template a notice outside the window is refused (and, after a few tries, failed for
officers to see).
"""

from __future__ import annotations

import asyncio
import logging

from bot.channels import rating_flow
from bot.channels.messages import Outcome, Reply, Result
from bot.channels.outbox import code_of
from bot.channels.store import ChannelStore
from bot.channels.whatsapp import outbound
from bot.channels.whatsapp.config import WhatsAppSettings
from bot.channels.whatsapp.graph import OUTSIDE_WINDOW, GraphClient, error_code
from bot.queue.views import OutboxView

__all__ = ["WhatsAppSender"]

log = logging.getLogger("bot.channels.whatsapp")


class WhatsAppSender:
    refusals_allowed = 3  # a 4xx is tried three times before the message fails

    def __init__(self, settings: WhatsAppSettings, graph: GraphClient, store: ChannelStore):
        self.settings = settings
        self.graph = graph
        self.store = store

    async def _send_all(self, chat_id: str, reply: Reply) -> Result:
        reply_to = str(reply.reply_to) if reply.reply_to else None
        result = Result(Outcome.SENT)
        for payload in outbound.payloads(chat_id, reply.text, reply.buttons, reply_to):
            result = await self.graph.send(payload)
            if result.outcome != Outcome.SENT:
                return result
        return result

    async def send_reply(self, chat_id: str, reply: Reply) -> Result:
        return await self._send_all(chat_id, reply)

    async def send_notice(self, note: OutboxView, reply: Reply) -> Result:
        assert note.chat_id is not None
        chat = note.chat_id
        if await asyncio.to_thread(self.store.window_open, chat):
            result = await self._send_all(chat, reply)
            if error_code(result.error) != OUTSIDE_WINDOW:
                return result
            log.info("notification %s: outside the 24-hour window", note.dedup_key)
            await asyncio.to_thread(self.store.close_window, chat)
        return await self.send_template(note)

    async def send_template(self, note: OutboxView) -> Result:
        assert note.chat_id is not None
        chat, code, s = note.chat_id, code_of(note.dedup_key), self.settings
        if note.kind == rating_flow.KIND:
            name, params, quick = s.template_rating, [code], f"nilai:{code}:mulai"
            variable = "WHATSAPP_TEMPLATE_RATING"
        else:
            name, params, quick = s.template_notice, [code, note.text], None
            variable = "WHATSAPP_TEMPLATE_NOTICE"
        if not name:
            return Result(Outcome.GIVE_UP, error=f"outside the 24-hour window; {variable} not set")
        payload = outbound.template(chat, name, s.template_language, params, quick)
        return await self.graph.send(payload)
