"""The atomic Redis lock store against a real Redis: one holder per conversation at a time,
even when several processes (here: threads with their own connection and event loop) ask at
the same moment. Rasa's stock `RedisLockStore` is shown giving two holders the same ticket."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from devtools.redis import TemporaryRedis
from rasa_addons.lock_store import AtomicRedisLockStore


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    with TemporaryRedis() as server:
        yield server.port


def store(port: int) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(EndpointConfig(url="127.0.0.1", port=port, db=1))


def test_tickets_issued_at_the_same_moment_by_many_processes_are_all_different(
    redis_port: int,
) -> None:
    stores = [store(redis_port) for _ in range(8)]
    numbers: list[int] = []
    start = threading.Barrier(len(stores))

    def issue(s: AtomicRedisLockStore) -> None:
        start.wait()
        for _ in range(50):
            numbers.append(s.issue_ticket("same-chat", 30))

    threads = [threading.Thread(target=issue, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(numbers) == 400
    assert len(set(numbers)) == 400


def test_only_one_process_at_a_time_holds_a_conversation_and_every_turn_is_served(
    redis_port: int,
) -> None:
    inside, most_inside, served = 0, 0, []
    guard = threading.Lock()

    async def turns(s: AtomicRedisLockStore, worker: int) -> None:
        nonlocal inside, most_inside
        for turn in range(15):
            async with s.lock("busy-chat", lock_lifetime=30, wait_time_in_seconds=0.002):
                with guard:
                    inside += 1
                    most_inside = max(most_inside, inside)
                await asyncio.sleep(0.001)
                served.append((worker, turn))
                with guard:
                    inside -= 1

    threads = [
        threading.Thread(target=asyncio.run, args=(turns(store(redis_port), worker),))
        for worker in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most_inside == 1
    assert sorted(served) == [(w, t) for w in range(4) for t in range(15)]
    assert store(redis_port).get_lock("busy-chat") is None  # nothing left behind


def test_an_expired_ticket_no_longer_blocks_the_next_one(redis_port: int) -> None:
    s = store(redis_port)
    stale = s.issue_ticket("crashed-chat", 0.05)
    fresh = s.issue_ticket("crashed-chat", 30)
    lock = s.get_lock("crashed-chat")
    assert lock is not None and lock.is_locked(fresh) and not lock.is_locked(stale)
    time.sleep(0.1)
    s.update_lock("crashed-chat")
    lock = s.get_lock("crashed-chat")
    assert lock is not None and not lock.is_locked(fresh)
    assert [t.number for t in lock.tickets] == [fresh]


def test_the_stock_redis_lock_store_gives_two_processes_the_same_ticket(redis_port: int) -> None:
    """RasaHQ/rasa#9213: issuing reads the lock and writes it back; interleaved, two
    processes get the same number, and both are 'now serving'."""
    first, second = (RedisLockStore(port=redis_port, db=2) for _ in range(2))
    lock_a = first.get_or_create_lock("race")
    lock_b = second.get_or_create_lock("race")
    ticket_a, ticket_b = lock_a.issue_ticket(30), lock_b.issue_ticket(30)
    first.save_lock(lock_a)
    second.save_lock(lock_b)
    assert ticket_a == ticket_b
    stored = first.get_lock("race")
    assert stored is not None and not stored.is_locked(ticket_a) and not stored.is_locked(ticket_b)
