"""Scaling: one Rasa process against two on the same machine, each behind one port, both
with the production stores (tracker store in PostgreSQL, the atomic lock store in Redis,
both started here in temporary directories).

At concurrency 8, 32 and 128, residents talk at once, each a fresh sender with a realistic
KTP conversation (greeting, the service, NIK, KK, name, desa and kecamatan, a question, "ya"),
waiting for each answer before the next message. Prints messages/s and p50/p95 per message,
and each Rasa process's memory (RSS) after the run.

    .venv/bin/python bench/scale.py [--residents-per-slot 3] [--workers 1 2]

Run it alone: it starts one or two Rasa processes (about 1.2 GB each) and loads both CPUs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli.runtime import Servers, project_dir, run_servers, train_if_needed  # noqa: E402
from bot.queue import migrations  # noqa: E402
from bot.queue.config import make_engine  # noqa: E402
from devtools.postgres import TemporaryPostgres  # noqa: E402
from devtools.redis import TemporaryRedis  # noqa: E402
from devtools.synthetic import make_kk, make_nik  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

CONCURRENCY = (8, 32, 128)
SCRIPT = [
    "halo",
    "mau bikin ktp, ktp saya hilang",
    "{nik}",
    "{kk}",
    "nama saya {name}",
    "desa bitung jaya kec cikupa",
    "syaratnya apa saja?",
    "ya",
]
NAMES = ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Ahmad Fauzi", "Rina Wulandari"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def rasa_processes(servers: Servers) -> list[int]:
    """The Rasa processes that answer: the workers, or the one process itself."""
    rasa = servers.processes[-1].pid
    workers = children(rasa)
    return workers or [rasa]


async def resident(
    client: httpx.AsyncClient, url: str, number: int, latencies: list[float]
) -> None:
    nik, kk = make_nik(serial=1 + number % 9000), make_kk(serial=1 + number % 9000)
    sender = f"scale-{time.monotonic_ns()}-{number}"
    for line in SCRIPT:
        text = line.format(nik=nik, kk=kk, name=NAMES[number % len(NAMES)])
        start = time.perf_counter()
        response = await client.post(
            f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        response.raise_for_status()
        latencies.append(time.perf_counter() - start)


async def load(url: str, concurrency: int, residents: int, first: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    slots = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:

        async def one(number: int) -> None:
            async with slots:
                await resident(client, url, number, latencies)

        start = time.perf_counter()
        await asyncio.gather(*(one(first + n) for n in range(residents)))
        return time.perf_counter() - start, latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(workers: int, per_slot: int, env: dict[str, str]) -> list[str]:
    rows = []
    root = project_dir()
    servers_up = run_servers(
        root, port=free_port(), actions_port=free_port(), env=env, quiet=True, workers=workers
    )
    with servers_up as servers:
        asyncio.run(load(servers.rasa_url, 4, 4, 8_000 + workers * 10))  # warm-up, not counted
        first = workers * 1_000  # fresh NIKs per run: no duplicate guard in the way
        for concurrency in CONCURRENCY:
            residents = concurrency * per_slot
            wall, latencies = asyncio.run(load(servers.rasa_url, concurrency, residents, first))
            first += residents
            rows.append(
                f"| {workers} | {concurrency} | {len(latencies)} | {len(latencies) / wall:.1f} "
                f"| {statistics.median(latencies) * 1000:.0f} ms "
                f"| {percentile(latencies, 0.95) * 1000:.0f} ms |"
            )
            print(rows[-1], flush=True)
        memory = ", ".join(f"{rss_mb(pid):,.0f} MB" for pid in rasa_processes(servers))
        rows.append(f"|   | memory per Rasa process (RSS) | {memory} | | | |")
        print(rows[-1], flush=True)
    return rows


@contextmanager
def production_stores() -> Iterator[tuple[dict[str, str], TemporaryPostgres, TemporaryRedis]]:
    """A throw-away PostgreSQL (queue migrated, the tracker in its own database) and Redis:
    the servers' environment for them, and the two."""
    with TemporaryPostgres() as postgres, TemporaryRedis() as redis:
        engine = make_engine(postgres.url)
        migrations.upgrade(engine)
        engine.dispose()
        env = {
            "DATABASE_URL": postgres.url,
            "ADMINDUK_TRACKER_URL": postgres.url.rsplit("/", 1)[0] + "/rasa_tracker",
            "ADMINDUK_REDIS_HOST": "127.0.0.1",
            "ADMINDUK_REDIS_PORT": str(redis.port),
        }
        yield env, postgres, redis


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents-per-slot", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    train_if_needed(project_dir())
    with production_stores() as (env, _, _):
        print("| Rasa processes | concurrency | messages | messages/s | p50 | p95 |")
        print("| --- | --- | --- | --- | --- | --- |")
        for workers in args.workers:
            run(workers, args.residents_per_slot, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
