"""A Redis ticket lock store whose every step is one atomic Redis call.

Rasa 3.6's `RedisLockStore` issues a ticket by reading the conversation's lock, appending a
ticket in Python and writing the whole lock back (RasaHQ/rasa#9213). Two Rasa processes that
do this at the same moment both read "no tickets", both issue ticket 0, and both believe they
hold the conversation: two turns run at once on the same tracker, and one of them is lost.

Here a conversation's lock is two keys: a counter (`INCR`, so every ticket number is issued
once) and a hash of the waiting tickets (number -> expiry time). Issuing, dropping expired
tickets and finishing a ticket are each one Lua script, so no step reads and writes back
apart. The ticket served is still the lowest unexpired number, as in Rasa's `TicketLock`.

In endpoints.yml (written by `bot.cli.runtime.endpoints_yaml`):

    lock_store:
      type: rasa_addons.lock_store.AtomicRedisLockStore
      url: <redis host>
      port: 6379
      db: 1
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

__all__ = ["AtomicRedisLockStore"]

# Keys live a day past their last ticket, so a number is never issued twice within a day
# even when the hash of tickets is empty and deleted in between.
KEY_TTL_MS = 24 * 3600 * 1000

_DROP_EXPIRED = """
local tickets = redis.call('HGETALL', KEYS[1])
for i = 1, #tickets, 2 do
  if tonumber(tickets[i + 1]) < tonumber(ARGV[1]) then
    redis.call('HDEL', KEYS[1], tickets[i])
  end
end
"""

ISSUE = (
    _DROP_EXPIRED
    + """
local number = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('HSET', KEYS[1], number, ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return number
"""
)

DROP_EXPIRED = _DROP_EXPIRED + "return redis.call('HLEN', KEYS[1])\n"

FINISH = """
redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HLEN', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1])
end
return 1
"""

SAVE = """
redis.call('DEL', KEYS[1])
for i = 1, #ARGV - 1, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  if tonumber(ARGV[i]) > tonumber(redis.call('GET', KEYS[2]) or '0') then
    redis.call('SET', KEYS[2], ARGV[i])
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[#ARGV])
redis.call('PEXPIRE', KEYS[2], ARGV[#ARGV])
return 1
"""


class AtomicRedisLockStore(RedisLockStore):  # type: ignore[misc]
    """`RedisLockStore` with atomic ticket issue and release (see the module docstring).

    A `RedisLockStore` subclass, so Rasa accepts several Sanic workers with it."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)
        self._issue = self.red.register_script(ISSUE)
        self._drop_expired = self.red.register_script(DROP_EXPIRED)
        self._finish = self.red.register_script(FINISH)
        self._save = self.red.register_script(SAVE)

    def _keys(self, conversation_id: str) -> list[str]:
        base = self.key_prefix + conversation_id
        return [f"{base}:tickets", f"{base}:last"]

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        now = time.time()
        try:
            number = self._issue(
                keys=self._keys(conversation_id),
                args=[repr(now), repr(now + lock_lifetime), KEY_TTL_MS],
            )
        except Exception as error:  # Rasa's contract: any failure is a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        return int(number)

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        stored = self.red.hgetall(self._keys(conversation_id)[0])
        now = time.time()
        tickets = sorted(
            (Ticket(int(number), float(expires)) for number, expires in stored.items()),
            key=lambda ticket: ticket.number,
        )
        live = deque(t for t in tickets if t.expires >= now)
        return TicketLock(conversation_id, live) if live else None

    def update_lock(self, conversation_id: str) -> None:
        self._drop_expired(keys=self._keys(conversation_id), args=[repr(time.time())])

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._finish(keys=self._keys(conversation_id), args=[ticket_number])

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # Finishing deletes the hash of tickets when it is empty, in the same atomic step:
        # no one's fresh ticket can be deleted between "nobody waits" and "delete".
        self.finish_serving(conversation_id, ticket_number)

    def is_someone_waiting(self, conversation_id: str) -> bool:
        return self.get_lock(conversation_id) is not None

    def delete_lock(self, conversation_id: str) -> None:
        deleted = self.red.delete(self._keys(conversation_id)[0])
        self._log_deletion(conversation_id, bool(deleted))

    def save_lock(self, lock: TicketLock) -> None:
        pairs = [str(v) for t in lock.tickets for v in (t.number, repr(t.expires))]
        self._save(keys=self._keys(lock.conversation_id), args=[*pairs, KEY_TTL_MS])
