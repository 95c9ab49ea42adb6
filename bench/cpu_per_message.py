"""CPU per message of each part of the stack: one Rasa worker on the production stores
(PostgreSQL tracker store, Redis lock store) under `bench/scale.py`'s conversation at
concurrency 8 for about 30 s; CPU read from /proc for the Rasa process, the action server,
PostgreSQL (postmaster and backends), Redis and this client, and for the whole machine.

    .venv/bin/python bench/cpu_per_message.py [--seconds 30] [--py-spy /tmp/tools/bin/py-spy]

With `--py-spy`, also records the Rasa process (raw collapsed stacks in
/tmp/cpu-per-message-rasa.txt) for a breakdown inside Rasa. `r` (Rasa) and `o` (the rest of
the stack) are the figures of the README's two-process arithmetic. Linux only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import load, percentile, production_stores, rasa_processes  # noqa: E402
from bot.cli.runtime import project_dir, run_servers, train_if_needed  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def cpu(pid: int, children: bool = False) -> float:
    """User + system seconds of a process (and of its reaped children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def kids(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def machine() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / TICK


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--py-spy", default=None)
    args = parser.parse_args()
    train_if_needed(project_dir())
    with production_stores() as (env, postgres, redis):
        root = project_dir()
        up = run_servers(
            root, port=free_port(), actions_port=free_port(), env=env, quiet=True, workers=1
        )
        with up as servers:
            asyncio.run(load(servers.rasa_url, 4, 4, 8_000))  # warm-up
            rasa, actions = rasa_processes(servers)[0], servers.processes[0].pid
            assert postgres.root is not None and redis.process is not None
            postmaster = int((postgres.root / "data" / "postmaster.pid").read_text().split()[0])
            redis_pid = redis.process.pid

            def sample() -> list[float]:
                pg = cpu(postmaster, children=True) + sum(
                    cpu(k) for k in kids(postmaster) if Path(f"/proc/{k}").exists()
                )
                return [
                    cpu(rasa),
                    cpu(actions),
                    pg,
                    cpu(redis_pid),
                    cpu(os.getpid(), children=False),
                    machine(),
                ]

            spy = None
            if args.py_spy:
                command = [args.py_spy, "record", "-p", str(rasa), "-d", str(int(args.seconds))]
                command += ["-r", "200", "--format", "raw", "--nonblocking"]
                command += ["-o", "/tmp/cpu-per-message-rasa.txt"]
                spy = subprocess.Popen(
                    command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                time.sleep(1.0)
            before, start = sample(), time.monotonic()

            async def run() -> list[float]:
                latencies: list[float] = []
                first = 100_000
                while time.monotonic() - start < args.seconds - 2:
                    _, batch = await load(servers.rasa_url, 8, 8, first)
                    first += 8
                    latencies += batch
                return latencies

            latencies = asyncio.run(run())
            wall = time.monotonic() - start
            after = sample()
            if spy is not None:
                spy.wait()
    n = len(latencies)
    r, a, pg, rd, client, whole = ((y - x) * 1000 / n for x, y in zip(before, after, strict=True))
    other = a + pg + rd + client
    print(f"{n} messages in {wall:.1f} s ({n / wall:.1f}/s), concurrency 8, one worker")
    p50, p95 = statistics.median(latencies) * 1000, percentile(latencies, 0.95) * 1000
    print(f"p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    print(f"CPU per message: Rasa r = {r:.1f} ms; action server {a:.1f}, PostgreSQL {pg:.1f}, ")
    print(f"  Redis {rd:.1f}, bench client {client:.1f}: o = {other:.1f} ms")
    print(f"whole machine {whole:.1f} ms per message (others' processes included)")
    print(f"two workers on 2 cores at most 2r/(r+o) = {2 * r / (r + other):.2f}x one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
