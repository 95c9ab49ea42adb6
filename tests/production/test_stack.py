"""The production stack (compose's commands and environment as local processes): a Telegram
conversation end to end, Rasa's API behind its token, two Rasa workers keeping 32 busy
conversations in order, and a half-filled request that survives the assistant being killed."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.queue import tables
from bot.queue.config import make_engine
from devtools.synthetic import make_kk, make_nik
from tests.production.conftest import Stack
from tests.telegram.live import OFFICER_CHAT, answers_to, code_in, post_of

pytestmark = pytest.mark.e2e
NAMES = ["SITI AMINAH", "BUDI SANTOSO", "DEWI LESTARI", "AHMAD FAUZI"]


def tracker(stack: Stack, sender: str) -> dict[str, Any]:
    response = httpx.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.token},
        timeout=30,
    )
    response.raise_for_status()
    found: dict[str, Any] = response.json()
    return found


def canonical_lines(stack: Stack, chat_ids: list[str]) -> dict[str, str | None]:
    t = tables.tickets.c
    engine = make_engine(stack.queue_env["DATABASE_URL"])
    query = select(t.chat_id, t.canonical).where(t.channel == "rest", t.chat_id.in_(chat_ids))
    with engine.connect() as connection:
        lines = {row.chat_id: row.canonical for row in connection.execute(query)}
    engine.dispose()
    return lines


def test_a_resident_on_telegram_gets_a_ticket_through_the_whole_stack(stack: Stack) -> None:
    api, chat = stack.api, 710001
    nik, kk = make_nik(female=True, serial=7101), make_kk(serial=7102)

    def ask(text: str) -> list[str]:
        mid = api.resident_says(chat, text)
        return list(api.wait_for(lambda: answers_to(api, chat, mid), 120))

    assert "Bapak/Ibu" in ask("/start")[0]
    replies = ask(f"#KTP#{nik}#{kk}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#")
    code = code_in(replies) or code_in(ask("ya"))
    assert code and code.startswith("KTP-"), replies
    post = api.wait_for(lambda: post_of(api, code), 60)
    assert int(post["chat_id"]) == OFFICER_CHAT
    assert nik not in post["text"] and kk not in post["text"]
    assert nik[:6] + "******" + nik[12:] in post["text"]


def test_rasa_s_http_api_refuses_requests_without_the_token(stack: Stack) -> None:
    url = f"{stack.rasa_url}/conversations/someone/tracker"
    assert httpx.get(url, timeout=10).status_code == 401
    assert httpx.get(f"{stack.rasa_url}/status", timeout=10).status_code == 401
    assert httpx.get(url, params={"token": "wrong"}, timeout=10).status_code == 401
    assert httpx.get(url, params={"token": stack.token}, timeout=10).status_code == 200


def script(number: int) -> tuple[list[list[str]], str]:
    """20 short turns: the service, then fields two at a time (sent together, in either
    order), restated; then "ya". Returns the rounds and the line the ticket must carry."""
    nik, kk = make_nik(female=True, serial=3000 + number), make_kk(serial=3000 + number)
    name = NAMES[number % len(NAMES)]
    fields = [
        [f"nik {nik}", f"no kk {kk}"],
        [f"nama {name.title()}", "desa Bitung Jaya"],
        [f"nik {nik}", "kecamatan Cikupa"],
    ]
    restated = [[f"nik {nik}", f"kk {kk}"], [f"nama {name.title()}", "kec Cikupa"]] * 3
    rounds = [["ktp saya hilang"], *fields, *restated, ["ya"]]
    return rounds, f"#KTP#{nik}#{kk}#{name}#BITUNG JAYA#CIKUPA#HILANG#"


async def converse(
    client: httpx.AsyncClient, url: str, sender: str, rounds: list[list[str]]
) -> list[int]:
    """Each round's messages 30 ms apart without waiting; the next round after all answers.
    Returns how many replies each message got."""
    counts: list[int] = []

    async def say(text: str, delay: float) -> int:
        await asyncio.sleep(delay)
        response = await client.post(
            f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        response.raise_for_status()
        return len(response.json())

    for messages in rounds:
        counts += await asyncio.gather(*(say(m, 0.03 * i) for i, m in enumerate(messages)))
    return counts


def turns_of(events: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(user text, the actions run for it) in tracker order."""
    turns: list[tuple[str, list[str]]] = []
    for event in events:
        if event["event"] == "user":
            turns.append((event["text"], []))
        elif event["event"] == "action" and turns:
            turns[-1][1].append(event["name"])
    return turns


def test_two_rasa_workers_keep_32_busy_conversations_whole_and_in_order(stack: Stack) -> None:
    senders = [f"load-{n}" for n in range(32)]
    scripts = {sender: script(n) for n, sender in enumerate(senders)}

    async def everyone() -> list[list[int]]:
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=0)
        async with httpx.AsyncClient(timeout=180, limits=limits) as client:
            return await asyncio.gather(
                *(converse(client, stack.rasa_url, s, scripts[s][0]) for s in senders)
            )

    reply_counts = asyncio.run(everyone())
    assert all(count >= 1 for counts in reply_counts for count in counts)  # none unanswered
    for sender in senders:
        rounds, _line = scripts[sender]
        turns = turns_of(tracker(stack, sender)["events"])
        sent = [text for messages in rounds for text in messages]
        assert len(sent) == 20
        assert Counter(text for text, _ in turns) == Counter(sent)  # none lost, none twice
        # one whole turn per message: action_turn, then listening; never two turns interleaved
        assert all(actions == ["action_turn", "action_listen"] for _, actions in turns), sender
        position = 0
        for messages in rounds:  # rounds in the order sent; within a round either order
            got = [text for text, _ in turns[position : position + len(messages)]]
            assert sorted(got) == sorted(messages), sender
            position += len(messages)
    lines = canonical_lines(stack, senders)
    assert lines == {sender: scripts[sender][1] for sender in senders}


def test_a_half_filled_request_continues_after_the_assistant_is_killed(stack: Stack) -> None:
    sender, nik, kk = "restart-1", make_nik(serial=5101), make_kk(serial=5102)

    def say(text: str) -> str:
        response = httpx.post(
            f"{stack.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=120,
        )
        response.raise_for_status()
        return " ".join(reply.get("text", "") for reply in response.json())

    assert "NIK" in say("mau bikin ktp, ktp saya rusak")
    assert re.search(r"\bKK\b", say(nik))
    stack.restart_assistant()  # SIGKILL to serve and both workers, then start again
    after = say(kk)
    assert "nama" in after.lower() and "NIK" not in after, after
    slots = tracker(stack, sender)["slots"]
    assert (slots["layanan"], slots["nik"], slots["no_kk"], slots["alasan"]) == (
        "KTP",
        nik,
        kk,
        "RUSAK",
    )
