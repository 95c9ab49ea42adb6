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
import os
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
from bot.cli.runtime import project_dir, run_servers, train_if_needed  # noqa: E402
from devtools.fake_rasa import FakeRasa  # noqa: E402
from devtools.fake_whatsapp import FakeGraphAPI, post, text_body, wamid_of  # noqa: E402
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


async def _post_all(port: int, bodies: list[bytes], times: list[float]) -> None:
    """One keep-alive HTTP/1.1 connection posting `bodies` one after another, as Meta's
    webhook delivery does. A bare asyncio client: httpx costs more CPU per request than the
    server under test (it capped this bench at about 100 posts/s)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for raw in bodies:
            head = (
                "POST /whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\n"
                f"{SIGNATURE_HEADER}: {sign(SECRET, raw)}\r\nContent-Length: {len(raw)}\r\n\r\n"
            ).encode()
            began = time.perf_counter()
            writer.write(head + raw)
            await writer.drain()
            status = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            times.append(time.perf_counter() - began)
            assert b" 200 " in status, status
    finally:
        writer.close()


async def intake(url: str, posts: int, in_flight: int = 16) -> tuple[float, list[float]]:
    """Post `posts` signed bodies (300 residents) over `in_flight` connections at once."""
    bodies = [
        json.dumps(text_body(f"6281300{i % 300:05d}", f"pesan nomor {i}")).encode()
        for i in range(posts)
    ]
    port = int(url.split(":")[2].split("/")[0])
    times: list[float] = []
    start = time.perf_counter()
    await asyncio.gather(*(_post_all(port, bodies[i::in_flight], times) for i in range(in_flight)))
    return time.perf_counter() - start, times


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def end_to_end(graph: FakeGraphAPI, process: WhatsAppProcess, rounds: int = 3) -> tuple[int, float]:
    """Every resident sends the next message once the previous one is answered."""
    residents = [f"6281400{i:05d}" for i in range(RESIDENTS)]
    total = RESIDENTS * len(MESSAGES) * rounds
    script = [(who, m) for who in residents for m in MESSAGES * rounds]
    per = {who: [m for w, m in script if w == who] for who in residents}
    asked: dict[str, tuple[str, int]] = {}
    client = httpx.Client(timeout=10)  # one connection, as Meta keeps it open

    def send(body: dict[str, object]) -> None:
        assert post(process.url, body, SECRET, client).status_code == 200

    start = time.monotonic()
    for who in residents:
        body = text_body(who, per[who][0])
        asked[who] = (wamid_of(body), 0)
        send(body)
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
                send(body)
            else:
                asked[who] = (wamid, -1)
        time.sleep(0.01)
    client.close()
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
                assert process.process is not None
                before = cpu_seconds(process.process.pid)
                took, times = asyncio.run(intake(process.url, args.posts))
                cpu = cpu_seconds(process.process.pid) - before
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
        print(
            f"server CPU: {cpu:.2f} s for {args.posts} posts = {cpu / args.posts * 1000:.2f} ms "
            "per post (verifying, storing, and telling 300 residents once that the assistant "
            "is down)"
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
