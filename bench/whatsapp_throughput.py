"""The WhatsApp channel: `adminduk whatsapp` as a process, the fake Graph API on loopback, a
SQLite queue in a temporary directory.

(1) intake: signed webhook posts accepted per second into the inbox (each one verified,
    deduplicated by wamid and stored durably before its 200) and the acknowledgement time
    (p50, p99), with 16 posts in flight; the assistant is down meanwhile, so the inbox only
    fills (as during an outage: every resident told once).
(2) end to end: resident messages per second, webhook post → Rasa → answer accepted by the
    Graph API, 20 residents each waiting for the answer before writing again; with
    `--rasa real` the real Rasa and action servers (bound by Rasa; run it under
    `flock /tmp/heavy.lock` on a shared machine), else the fake.

    .venv/bin/python bench/whatsapp_throughput.py [--posts 3000] [--rasa fake|real]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.channels.whatsapp.webhook import SIGNATURE_HEADER, sign  # noqa: E402
from bot.devtools.fake_rasa import FakeRasa  # noqa: E402
from bot.devtools.fake_whatsapp import FakeGraphAPI, text_body, wamid_of  # noqa: E402
from bot.runtime import project_dir, run_servers, train_if_needed  # noqa: E402
from tests.e2e.conftest import adminduk, free_port  # noqa: E402
from tests.whatsapp.wa_helpers import SECRET  # noqa: E402
from tests.whatsapp.wa_live import WhatsAppProcess, whatsapp_env  # noqa: E402

RESIDENTS = 20
MESSAGES = ["halo", "syarat ktp hilang apa aja", "kalau kk hilang bagaimana", "terima kasih"]


def _queue(tmp: Path) -> dict[str, str]:
    env = {"ADMINDUK_DATA_DIR": str(tmp), "DATABASE_URL": f"sqlite:///{tmp}/queue.db"}
    done = adminduk(env, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    return env


async def intake(url: str, posts: int, in_flight: int = 16) -> tuple[float, list[float]]:
    """Post `posts` signed bodies (300 residents) with `in_flight` at once."""
    bodies = [
        json.dumps(text_body(f"6281300{i % 300:05d}", f"pesan nomor {i}")).encode()
        for i in range(posts)
    ]
    times: list[float] = []
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            raw = queue.get_nowait()
            headers = {SIGNATURE_HEADER: sign(SECRET, raw), "Content-Type": "application/json"}
            began = time.perf_counter()
            response = await client.post(url, content=raw, headers=headers)
            times.append(time.perf_counter() - began)
            assert response.status_code == 200, response.status_code

    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(in_flight)))
        return time.perf_counter() - start, times


def end_to_end(graph: FakeGraphAPI, process: WhatsAppProcess, rounds: int = 3) -> tuple[int, float]:
    """Every resident sends the next message once the previous one is answered."""
    residents = [f"6281400{i:05d}" for i in range(RESIDENTS)]
    total = RESIDENTS * len(MESSAGES) * rounds
    script = [(who, m) for who in residents for m in MESSAGES * rounds]
    per = {who: [m for w, m in script if w == who] for who in residents}
    asked: dict[str, tuple[str, int]] = {}
    start = time.monotonic()
    for who in residents:
        body = text_body(who, per[who][0])
        asked[who] = (wamid_of(body), 0)
        assert process.post(body) == 200
    done = 0
    deadline = start + 600
    while done < total and time.monotonic() < deadline:
        for who, (wamid, index) in list(asked.items()):
            if index < 0 or not graph.answers_to(who, wamid):
                continue
            done += 1
            if index + 1 < len(per[who]):
                body = text_body(who, per[who][index + 1])
                asked[who] = (wamid_of(body), index + 1)
                assert process.post(body) == 200
            else:
                asked[who] = (wamid, -1)
        time.sleep(0.01)
    return done, time.monotonic() - start


@contextlib.contextmanager
def assistant(kind: str, queue_env: dict[str, str]) -> Iterator[str]:
    if kind == "fake":
        with FakeRasa() as fake:
            yield fake.url
        return
    root = project_dir()
    train_if_needed(root)
    with run_servers(
        root, port=free_port(), actions_port=free_port(), env=queue_env, quiet=True
    ) as servers:
        yield servers.rasa_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--rasa", choices=["fake", "real"], default="fake")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="adminduk-wa-bench-") as tmp:
        queue_env = _queue(Path(tmp))
        with FakeGraphAPI() as graph, FakeRasa() as down:
            down.down = True  # intake alone: the inbox fills, nobody empties it meanwhile
            env = whatsapp_env(graph, queue_env, down.url, WHATSAPP_MAX_BACKOFF="30")
            process = WhatsAppProcess(env, Path(tmp) / "log")
            process.start()
            try:
                took, times = asyncio.run(intake(process.url, args.posts))
            finally:
                process.stop()
        ordered = sorted(times)
        p99 = ordered[max(0, int(0.99 * len(ordered)) - 1)]
        print(
            f"intake: {args.posts} signed posts in {took:.2f} s = {args.posts / took:.0f} posts/s"
        )
        print(
            f"acknowledgement: p50 {statistics.median(ordered) * 1000:.1f} ms, "
            f"p99 {p99 * 1000:.1f} ms (16 in flight, SQLite)"
        )
        queue_env = _queue(Path(tmp) / "e2e")  # a fresh queue: no backlog from (1)
        with FakeGraphAPI() as graph, assistant(args.rasa, queue_env) as rasa_url:
            env = whatsapp_env(graph, queue_env, rasa_url, WHATSAPP_POLL_SECONDS="0.5")
            process = WhatsAppProcess(env, Path(tmp) / "log2")
            process.start()
            try:
                done, seconds = end_to_end(graph, process)
            finally:
                process.stop()
        print(
            f"end to end ({args.rasa} Rasa): {done} messages from {RESIDENTS} residents in "
            f"{seconds:.1f} s = {done / seconds:.1f} messages/s"
        )


if __name__ == "__main__":
    main()
