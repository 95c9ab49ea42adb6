"""The conversation corpus (tests/conversations/) against the real Rasa and action servers.

Run: `.venv/bin/python bench/conversations.py [--split dev|test] [--only CATEGORY] [--failures]
[--jobs N] [--url URL]`
Trains first if the model is stale, starts both servers on a fresh temporary SQLite queue,
plays every conversation (tests/conversations/simulate.py) and prints the exact canonical
line rate, the requirement-fact rate, the control rate per kind, the median resident turns
per completed request beside the median of (missing fields + 1), per-category rates and the
failures (NIK / No. KK masked). `--url` talks to servers already running instead (their
queue from ADMINDUK_DATA_DIR / DATABASE_URL in the environment).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bot.intake.identity import mask  # noqa: E402
from tests.conversations.corpus import (  # noqa: E402
    CATEGORIES,
    CONTROLS,
    Conversation,
    Outcome,
    load_corpus,
    run_conversation,
)

TARGETS = {"lines": 0.97, "facts": 0.95, "controls": 1.0}
_NUMBER = re.compile(r"(?<!\d)\d(?:[ .\-–]?\d){15}(?!\d)")


def masked(text: str) -> str:
    return _NUMBER.sub(lambda m: mask(re.sub(r"\D", "", m.group(0))), text)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def assistant(url: str | None, quiet: bool = True) -> Iterator[tuple[str, dict[str, str]]]:
    """(rasa_url, queue_env): servers already running, or fresh ones on a temporary queue."""
    if url:
        yield url, {k: v for k in ("ADMINDUK_DATA_DIR", "DATABASE_URL") if (v := os.environ.get(k))}
        return
    from bot.cli.runtime import run_servers, train_if_needed

    if train_if_needed(ROOT):
        print("trained the model (it was older than its data)", flush=True)
    with tempfile.TemporaryDirectory(prefix="adminduk-corpus-") as data_dir:
        env = {"ADMINDUK_DATA_DIR": data_dir, "DATABASE_URL": f"sqlite:///{data_dir}/queue.db"}
        subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "db", "upgrade"],
            env={**os.environ, **env},
            check=True,
            capture_output=True,
        )
        with run_servers(
            ROOT, port=_free_port(), actions_port=_free_port(), env=env, quiet=quiet
        ) as servers:
            yield servers.rasa_url, env


def rate(passed: int, total: int) -> str:
    return f"{passed / total:6.1%} ({passed}/{total})" if total else "   n/a (0/0)"


def _row(label: str, items: list[Outcome], target: float | None = None) -> str:
    passed = sum(o.passed for o in items)
    goal = f"   target ≥ {target:.0%}" if target is not None else ""
    return f"{label:<34} {rate(passed, len(items))}{goal}"


def report(outcomes: list[Outcome], split: str, show_transcripts: bool) -> None:
    lines = [o for o in outcomes if o.conv.kind == "line"]
    facts = [o for o in outcomes if o.conv.kind == "facts"]
    controls = [o for o in outcomes if o.conv.kind == "control"]
    print(f"\n== conversation corpus, split {split}: {len(outcomes)} conversations ==")
    print(_row("exact canonical line", lines, TARGETS["lines"]))
    said = sum(o.facts_found for o in facts)
    print(_row("requirement facts (all said)", facts, TARGETS["facts"]))
    print(f"{'  facts said, one by one':<34} {rate(said, sum(len(o.conv.facts) for o in facts))}")
    print(_row("controls", controls, TARGETS["controls"]))
    for kind in CONTROLS:
        print(_row(f"  {kind}", [o for o in controls if o.conv.control == kind]))
    done = [o for o in lines if o.canonical is not None]
    if done:
        turns = statistics.median(o.resident_turns for o in done)
        budget = statistics.median(o.conv.missing + 1 for o in done)
        within = sum(o.resident_turns <= o.conv.missing + 1 for o in done)
        print(
            f"{'median resident turns (tickets)':<34} {turns:g} beside median missing+1 "
            f"{budget:g}   target ≤ missing + 1; within budget {rate(within, len(done))}"
        )
    else:
        print(f"{'median resident turns (tickets)':<34} n/a (no ticket made)")
    print("\nper category:")
    by_category: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_category[o.conv.category].append(o)
    for category in CATEGORIES:
        if by_category.get(category):
            print("  " + _row(category, by_category[category]))
    print("per persona:")
    for persona in ("resident", "helper", "first_timer"):
        print("  " + _row(persona, [o for o in outcomes if o.conv.persona == persona]))
    failures = [o for o in outcomes if not o.passed]
    print(f"\nfailures ({len(failures)}):")
    for o in failures:
        print(f"- {o.conv.id} [{o.conv.category}] expected {masked(_expected(o.conv))}")
        print(f"    why: {masked(o.reason)}")
        shown = o.transcript if show_transcripts else o.transcript[-1:]
        for said_text, replies in shown:
            print(f"    > {masked(said_text)[:200]}")
            for reply in replies[-2:] if not show_transcripts else replies:
                print(f"      < {masked(reply)[:300]}")


def _expected(conv: Conversation) -> str:
    if conv.kind == "facts":
        return "facts " + "; ".join("|".join(g) for g in conv.facts)
    if conv.kind == "control":
        extra = conv.referral_to or conv.line or ""
        return f"control {conv.control} {extra}".strip()
    return f"line {conv.line}"


def play(
    convs: list[Conversation], rasa_url: str, queue_env: dict[str, str], jobs: int
) -> list[Outcome]:
    """Every conversation (lookups by NIK last, after the tickets they must not reveal)."""
    run = uuid.uuid4().hex[:6]
    first = [c for c in convs if c.control != "no_nik_lookup"]
    last = [c for c in convs if c.control == "no_nik_lookup"]
    outcomes: list[Outcome] = []

    def one(conv: Conversation) -> Outcome:
        return run_conversation(rasa_url, f"corpus-{run}-{conv.id}", conv, queue_env)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for batch in (first, last):
            for outcome in pool.map(one, batch):
                outcomes.append(outcome)
                mark = "." if outcome.passed else "F"
                print(mark, end="\n" if len(outcomes) % 60 == 0 else "", flush=True)
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--only", choices=CATEGORIES, help="one category")
    parser.add_argument(
        "--ids", help="only conversations whose id starts so (e.g. fresh- for the fresh test part)"
    )
    parser.add_argument("--failures", action="store_true", help="whole transcript of failures")
    parser.add_argument("--url", help="talk to a running Rasa server instead of starting one")
    parser.add_argument("--jobs", type=int, default=1, help="conversations played at once")
    parser.add_argument("--verbose", action="store_true", help="show the servers' output")
    args = parser.parse_args()
    convs = load_corpus()[args.split]
    if args.only:
        convs = [c for c in convs if c.category == args.only]
    if args.ids:
        convs = [c for c in convs if c.id.startswith(args.ids)]
    if not convs:
        print(f"no conversations in split {args.split}")
        return 1
    with assistant(args.url, quiet=not args.verbose) as (rasa_url, queue_env):
        started = time.monotonic()
        outcomes = play(convs, rasa_url, queue_env, args.jobs)
    print(f"\n{len(outcomes)} conversations in {time.monotonic() - started:.0f}s")
    report(outcomes, args.split, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
