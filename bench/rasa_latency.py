"""Reply latency and throughput over the REST channel: Asisten Adminduk beside the model
that `rasa init` makes, in the same run, so the ratio is visible.

For each assistant: 200 conversations at concurrency 1 and at 8. A conversation of ours is
greeting, a requirement question, a complete KTP request in one message, and cancel; the
`rasa init` model answers its own greeting ("hello"). Also prints each Rasa server's memory
(RSS) after the run. Takes a few minutes (it trains the `rasa init` model first).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli.runtime import project_dir, run_servers, train_if_needed  # noqa: E402
from devtools.synthetic import make_kk, make_nik  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

CONVERSATIONS = 200
OURS = [
    "halo",
    "syarat ktp hilang apa aja",
    "ktp saya hilang nik {nik} kk {kk} nama siti aminah desa bitung jaya kec cikupa",
    "batal",
]
RASA_INIT = ["hello"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def conversation(
    client: httpx.AsyncClient, url: str, n: int, script: list[str]
) -> list[float]:
    times = []
    nik, kk = make_nik(serial=1000 + n % 8000), make_kk(serial=1000 + (n + 7) % 8000)
    for text in script:
        start = time.perf_counter()
        response = await client.post(
            f"{url}/webhooks/rest/webhook",
            json={"sender": f"bench-{n}", "message": text.format(nik=nik, kk=kk)},
        )
        response.raise_for_status()
        times.append(time.perf_counter() - start)
    return times


async def load(
    url: str, script: list[str], concurrency: int, offset: int
) -> tuple[list[float], float]:
    semaphore = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=120) as client:

        async def one(n: int) -> list[float]:
            async with semaphore:
                return await conversation(client, url, offset + n, script)

        start = time.perf_counter()
        results = await asyncio.gather(*(one(n) for n in range(CONVERSATIONS)))
        elapsed = time.perf_counter() - start
    return [t for times in results for t in times], elapsed


def report(name: str, url: str, script: list[str], pid: int) -> None:
    asyncio.run(load(url, script, 4, 10_000))  # warm-up, not counted
    for concurrency in (1, 8):
        latencies, elapsed = asyncio.run(load(url, script, concurrency, concurrency * 1000))
        q = statistics.quantiles(latencies, n=100)
        print(
            f"{name:<16} c={concurrency}: p50 {q[49] * 1000:7.1f} ms  p95 {q[94] * 1000:7.1f} ms  "
            f"{len(latencies) / elapsed:7.1f} replies/s  ({CONVERSATIONS} conversations, "
            f"{len(latencies)} messages)",
            flush=True,
        )
    print(f"{name:<16} Rasa server RSS after the run: {rss_mb(pid):.0f} MB", flush=True)


@contextmanager
def rasa_init_server() -> Iterator[tuple[str, int]]:
    workdir = Path(tempfile.mkdtemp(prefix="rasa-init-"))
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    rasa = [sys.executable, "-m", "rasa"]
    subprocess.run(
        [*rasa, "init", "--no-prompt", "--init-dir", str(workdir)],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    process = subprocess.Popen(
        [*rasa, "run", "--enable-api", "-i", "127.0.0.1", "--port", str(port)],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(30)


def main() -> None:
    root = project_dir()
    start = time.perf_counter()
    trained = train_if_needed(root)
    if trained:
        print(f"training Asisten Adminduk: {time.perf_counter() - start:.0f} s")
    data_dir = tempfile.mkdtemp(prefix="adminduk-bench-")
    env = {"ADMINDUK_DATA_DIR": data_dir, "DATABASE_URL": f"sqlite:///{data_dir}/queue.db"}
    subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "db", "upgrade"],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    with run_servers(
        root, port=free_port(), actions_port=free_port(), env=env, quiet=True
    ) as servers:
        report("asisten-adminduk", servers.rasa_url, OURS, servers.processes[1].pid)
        report("  its greeting", servers.rasa_url, ["halo"], servers.processes[1].pid)
    with rasa_init_server() as (url, pid):
        report("rasa init demo", url, RASA_INIT, pid)


if __name__ == "__main__":
    main()
