"""The gateway process over real HTTP: fake Bot API on loopback, real Rasa and action server."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from bot.cli.runtime import Servers
from bot.texts import for_residents
from devtools.fake_telegram import FakeBotAPI
from devtools.synthetic import make_kk, make_nik
from tests.e2e.conftest import adminduk, free_port, queue_json
from tests.telegram.live import (
    OFFICER_CHAT,
    GatewayProcess,
    answers_to,
    code_in,
    gateway_env,
    outbox_states,
    post_of,
    prompt_for,
    store_of,
    tickets_of,
)

pytestmark = pytest.mark.e2e
OFFICER_USER = 880001


@pytest.fixture(scope="module")
def live(
    servers: Servers, queue_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FakeBotAPI, GatewayProcess]]:
    added = adminduk(
        queue_env,
        "officer", "add", "--name", "Rina Wulandari", "--queue", "KTP", "--queue", "KK",
        "--role", "officer", "--telegram-id", str(OFFICER_USER),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    log = tmp_path_factory.mktemp("telegram") / "gateway.log"
    with FakeBotAPI(hang=3.0) as api:
        env = gateway_env(api, queue_env, servers.rasa_url, servers.actions_url)
        gateway = GatewayProcess(env, log)
        gateway.start()
        try:
            yield api, gateway
        finally:
            gateway.stop()
    text = log.read_text(errors="replace")
    assert "123456:TEST-TOKEN" not in text  # the token never reaches the log
    assert not re.search(r"(?<!\d)\d{16}(?!\d)", text)  # nor a full NIK / No. KK


def _ask(api: FakeBotAPI, chat: int, text: str, timeout: float = 90.0) -> list[str]:
    mid = api.resident_says(chat, text)
    return list(api.wait_for(lambda: answers_to(api, chat, mid), timeout))


def test_a_resident_requests_a_ktp_and_hears_when_an_officer_takes_and_schedules_it(
    live: tuple[FakeBotAPI, GatewayProcess],
) -> None:
    api, _gateway = live
    chat = 610001
    nik, kk = make_nik(female=True, serial=9401), make_kk(serial=9402)
    replies = _ask(api, chat, "/start")
    assert "Bapak/Ibu" in replies[0]
    replies = _ask(api, chat, f"#KTP#{nik}#{kk}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#")
    code = code_in(replies) or code_in(_ask(api, chat, "ya"))
    assert code and code.startswith("KTP-"), replies
    api.add_file("kk-scan", b"%PDF-1.4 synthetic scan")
    document = {"file_id": "kk-scan", "file_unique_id": "ukk", "mime_type": "application/pdf"}
    mid = api.resident_sends(chat, document={**document, "file_name": "kk.pdf", "file_size": 23})
    assert code in api.wait_for(lambda: answers_to(api, chat, mid), 30)[0]  # stored on the ticket
    post = api.wait_for(lambda: post_of(api, code), 30)
    assert nik not in post["text"] and kk not in post["text"]

    api.press(post, OFFICER_USER, f"a:{code}")
    api.wait_for(lambda: any("sudah diambil" in t for t in api.texts_to(chat)), 30)
    api.press(post, OFFICER_USER, f"j:{code}")
    prompt = api.wait_for(lambda: prompt_for(api, code), 30)
    reply_to = api._as_update_message(prompt)
    api.officer_says(
        OFFICER_CHAT, OFFICER_USER, "2030-12-03 09:00 Kantor Disdukcapil loket 3; KK asli", reply_to
    )
    api.wait_for(lambda: any("dijadwalkan" in t for t in api.texts_to(chat)), 30)

    notices = [  # notifications are not replies to a resident's message
        m["text"] for m in api.sent_to(chat) if code in m["text"] and not m.get("reply_parameters")
    ]
    assert len(notices) == 2, notices
    assert any("Status: DIJADWALKAN" in e["text"] for e in api.edits)


def _answer_message(api: FakeBotAPI, chat: int, mid: int) -> dict[str, Any] | None:
    for message in api.sent_to(chat):
        if (message.get("reply_parameters") or {}).get("message_id") == mid:
            return message
    return None


def test_with_two_open_requests_a_file_asks_which_and_a_message_for_the_officer_is_posted(
    live: tuple[FakeBotAPI, GatewayProcess], queue_env: dict[str, str]
) -> None:
    api, _gateway = live
    chat = 615001
    lines = [
        f"#KK#{make_kk(serial=9451)}#BUDI SANTOSO#TALAGASARI#BALARAJA",
        f"#KK#{make_kk(serial=9452)}#RUDI SALIM#BINONG#CURUG",
    ]
    codes = [code_in(_ask(api, chat, line)) for line in lines]
    assert all(codes), codes
    first, second = str(codes[0]), str(codes[1])
    api.add_file("akta-scan", b"%PDF-1.4 synthetic akta")
    document = {"file_id": "akta-scan", "file_unique_id": "uakta", "mime_type": "application/pdf"}
    mid = api.resident_sends(chat, document={**document, "file_name": "akta.pdf", "file_size": 23})
    question = api.wait_for(lambda: _answer_message(api, chat, mid), 30)
    assert first in question["text"] and second in question["text"]
    buttons = {
        r[0]["text"]: r[0]["callback_data"] for r in question["reply_markup"]["inline_keyboard"]
    }
    assert set(buttons) == {first, second}
    before = len(api.sent_to(chat))
    api.press(question, chat, buttons[first])
    api.wait_for(lambda: len(api.sent_to(chat)) > before, 60)
    assert first in api.texts_to(chat)[-1] and "lampiran" in api.texts_to(chat)[-1]
    shown = {c: queue_json(queue_env, "queue", "show", c) for c in (first, second)}
    assert [a["type"] for a in shown[first]["attachments"]] == ["application/pdf"]
    assert shown[second]["attachments"] == []

    message = f"tolong sampaikan ke petugas untuk {second}, rumah saya pindah RT"
    assert any(second in r for r in _ask(api, chat, message))
    note = api.wait_for(  # other tests' residents leave notes in the same queue too
        lambda: [
            m
            for m in api.sent_to(OFFICER_CHAT)
            if m["text"].startswith("Pesan warga") and second in m["text"]
        ],
        60,
    )
    assert second in note[-1]["text"] and "rumah saya pindah RT" in note[-1]["text"]
    post = api.wait_for(lambda: post_of(api, second), 30)
    assert note[-1]["reply_parameters"]["message_id"] == post["message_id"]


def _all_answered(api: FakeBotAPI, asked: dict[int, int]) -> bool:
    return all(answers_to(api, chat, mid) for mid, chat in asked.items())


def test_outages_and_a_sigkill_lose_no_message_and_send_none_twice(
    live: tuple[FakeBotAPI, GatewayProcess], queue_env: dict[str, str]
) -> None:
    api, gateway = live
    store = store_of(queue_env)
    chats = [620001 + i for i in range(4)]
    asked: dict[int, int] = {}  # resident message id -> chat
    failures_before = api.failures

    # 1. The Bot API is down (HTTP 500) for every call: messages wait at "Telegram".
    api.fail("500", seconds=3)
    for chat in chats:
        asked[api.resident_says(chat, "/start")] = chat
    time.sleep(3)
    # 2. Updates flow again, but sending fails: Rasa answers, the answers wait in the DB.
    api.fail("500", seconds=120, methods={"sendMessage"})
    for i, chat in enumerate(chats):
        line = f"#KK#{make_kk(serial=9410 + i)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
        asked[api.resident_says(chat, line)] = chat
    api.wait_for(lambda: len(tickets_of(store, chats)) == len(chats), 90)
    api.wait_for(lambda: store.pending_inbox() == 0, 60)
    # 3. SIGKILL mid-conversation: answers and new-ticket posts not yet delivered.
    gateway.kill()
    pending = store.counts().get("replies/pending", 0)
    assert pending >= 2 * len(chats)
    # 4. While it is down: residents write again, officers act from the CLI.
    for chat in chats:
        asked[api.resident_says(chat, "terima kasih")] = chat
    codes = tickets_of(store, chats)
    officers = queue_json(queue_env, "officer", "list")
    officer = next(o["id"] for o in officers if o["telegram_user_id"] == OFFICER_USER)
    for code in codes:
        done = adminduk(queue_env, "queue", "claim", code, "--officer", str(officer))
        assert done.returncode == 0, done.stderr
    # 5. Back up, through a 429 (retry_after 1) and then timeouts.
    api.fail("429", seconds=3, methods={"sendMessage"})
    gateway.start()
    time.sleep(3)
    api.fail("timeout", seconds=3, methods={"sendMessage"})
    time.sleep(3)
    api.fail(None)

    api.wait_for(lambda: _all_answered(api, asked), 120)
    api.wait_for(lambda: outbox_states(store, chats).count("sent") == len(codes), 60)
    api.wait_for(lambda: store.counts().get("replies/pending", 0) == 0, 30)

    sent: list[dict[str, Any]] = [m for c in chats for m in api.sent_to(c)]
    quoted = Counter(
        (int(m["chat_id"]), m["reply_parameters"]["message_id"], m["text"])
        for m in sent
        if m.get("reply_parameters")
    )
    notices = Counter((int(m["chat_id"]), m["text"]) for m in sent if not m.get("reply_parameters"))
    answered = {mid for (_c, mid, _t) in quoted}
    print(
        f"\nresident messages: {len(asked)}, answered: {len(answered & set(asked))}, "
        f"answers sent twice: {sum(1 for n in quoted.values() if n > 1)}; "
        f"notifications: {len(codes)}, delivered: {len(notices)}, "
        f"delivered twice: {sum(1 for n in notices.values() if n > 1)}; "
        f"Bot API failures injected: {api.failures - failures_before}; "
        f"gateway starts: {gateway.starts}"
    )
    assert answered >= set(asked)
    assert all(n == 1 for n in quoted.values()), quoted
    assert len(notices) == len(codes) and all(n == 1 for n in notices.values()), notices
    posts = Counter(
        str(m["text"]).split(" ")[1]
        for m in api.sent_to(OFFICER_CHAT)
        if m["text"].startswith("Tiket ")
    )
    assert all(n == 1 for n in posts.values()), posts  # no ticket posted twice


def test_while_the_action_server_is_down_a_resident_is_told_once_and_answered_in_order_after(
    live: tuple[FakeBotAPI, GatewayProcess],
) -> None:
    api, gateway = live
    gateway.stop()
    dead = {**gateway.env, "RASA_ACTIONS_URL": f"http://127.0.0.1:{free_port()}"}
    down = GatewayProcess(dead, gateway.log_path)
    down.start()
    chat = 630001
    try:
        asked = [
            api.resident_says(chat, t) for t in ("halo", "syarat kk hilang apa aja", "terima kasih")
        ]
        api.wait_for(lambda: for_residents.OUTAGE in api.texts_to(chat), 30)
        time.sleep(1.0)
        assert api.texts_to(chat) == [for_residents.OUTAGE]  # once, not once per message
    finally:
        down.stop()
    gateway.start()
    api.wait_for(lambda: all(answers_to(api, chat, mid) for mid in asked), 90)
    quoted = [
        m["reply_parameters"]["message_id"] for m in api.sent_to(chat) if m.get("reply_parameters")
    ]
    assert quoted == sorted(quoted) and set(quoted) == set(asked)  # in order, each answered
    assert api.texts_to(chat).count(for_residents.OUTAGE) == 1
