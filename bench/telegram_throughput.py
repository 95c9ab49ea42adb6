"""The Telegram gateway end to end: `adminduk telegram` against the fake Bot API on loopback,
with the real Rasa and action servers and a SQLite queue in a temporary directory.

Prints (1) resident messages per second through the gateway (update fetched → Rasa →
answer accepted by the Bot API), for 20 chats writing at once, and (2) the delay from an
officer pressing "Ambil" in the officer chat to the resident's notification reaching the
Bot API (p50, p95), over 40 presses one after another. Takes about two minutes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli.runtime import project_dir, run_servers, train_if_needed  # noqa: E402
from bot.queue import migrations, services  # noqa: E402
from bot.queue.config import make_engine, make_session_factory  # noqa: E402
from bot.queue.domain import Actor  # noqa: E402
from bot.queue.persistence import UnitOfWork  # noqa: E402
from devtools.fake_telegram import FakeBotAPI  # noqa: E402
from devtools.synthetic import make_kk  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402
from tests.telegram.live import (  # noqa: E402
    GatewayProcess,
    answers_to,
    gateway_env,
    post_of,
)

CHATS = 20
MESSAGES = ["halo", "syarat ktp hilang apa aja", "kalau kk hilang bagaimana", "terima kasih"]
PRESSES = 40
OFFICER_USER = 990001


def throughput(api: FakeBotAPI) -> tuple[int, float]:
    """Every chat sends the next message once its previous one is answered."""
    chats = [700000 + i for i in range(CHATS)]
    asked: dict[int, tuple[int, int]] = {}  # chat -> (message id, index)
    start = time.monotonic()
    for chat in chats:
        asked[chat] = (api.resident_says(chat, MESSAGES[0]), 0)
    done = 0
    deadline = time.monotonic() + 600
    while asked and time.monotonic() < deadline:
        for chat, (mid, index) in list(asked.items()):
            if not answers_to(api, chat, mid):
                continue
            done += 1
            if index + 1 < len(MESSAGES):
                asked[chat] = (api.resident_says(chat, MESSAGES[index + 1]), index + 1)
            else:
                del asked[chat]
        time.sleep(0.01)
    return done, time.monotonic() - start


def press_delays(api: FakeBotAPI, uow: UnitOfWork) -> list[float]:
    delays: list[float] = []
    for i in range(PRESSES):
        chat = 800000 + i
        line = f"#KK#{make_kk(serial=9500 + i)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
        code = services.submit_request(uow, line, Actor.resident("telegram", str(chat))).code
        post = api.wait_for(lambda code=code: post_of(api, code), 30)
        pressed = time.monotonic()
        api.press(post, OFFICER_USER, f"a:{code}")
        api.wait_for(lambda chat=chat: api.sent_to(chat), 30)
        delays.append(api.sent_to(chat)[0]["at"] - pressed)
    return delays


def main() -> None:
    root = project_dir()
    train_if_needed(root)
    work = Path(tempfile.mkdtemp(prefix="adminduk-bench-telegram-"))
    queue_env = {"ADMINDUK_DATA_DIR": str(work), "DATABASE_URL": f"sqlite:///{work}/queue.db"}
    engine = make_engine(queue_env["DATABASE_URL"])
    migrations.upgrade(engine)
    uow = UnitOfWork(make_session_factory(engine))
    services.add_officer(uow, "Rina Wulandari", ["KK"], telegram_user_id=OFFICER_USER)
    ports = {"port": free_port(), "actions_port": free_port()}
    with run_servers(root, env=queue_env, quiet=True, **ports) as servers, FakeBotAPI() as api:
        env = gateway_env(api, queue_env, servers.rasa_url, servers.actions_url)
        env["TELEGRAM_POLL_SECONDS"] = "1"  # the default: presses must not wait for a tick
        gateway = GatewayProcess(env, work / "gateway.log")
        gateway.start()
        try:
            api.wait_for(lambda: api.calls.get("getUpdates"), 60)
            count, seconds = throughput(api)
            delays = sorted(press_delays(api, uow))
        finally:
            gateway.stop()
    p50 = statistics.median(delays) * 1000
    p95 = delays[int(0.95 * (len(delays) - 1))] * 1000
    print(f"messages through the gateway: {count} in {seconds:.1f} s = {count / seconds:.1f}/s")
    print(f"press → notification ({len(delays)} presses): p50 {p50:.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
