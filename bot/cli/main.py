"""`adminduk`: the command line for operators, officers and tests.

Exit status: 0 ok, 1 the input has errors (or the action was refused), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from bot.cli import (
    assistant_cmds,
    queue_cmds,
    stats_cmds,
    telegram_cmds,
    web_cmds,
    whatsapp_cmds,
)
from bot.intake.identity import install_log_masking
from bot.intake.parser import Verdict, parse
from bot.reference.gazetteer import default_gazetteer

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def format_verdict(verdict: Verdict) -> str:
    """The verdict for people, in Bahasa Indonesia."""
    lines: list[str] = []
    if verdict.ok:
        lines.append(f"BENAR — {verdict.service.title if verdict.service else ''}")
        lines.append(verdict.canonical or "")
    else:
        lines.append("BELUM BENAR")
        for error in verdict.errors:
            lines.append(f"- [{error.field}] {error.message}")
    for warning in verdict.warnings:
        lines.append(f"! catatan untuk petugas [{warning.field}]: {warning.message}")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    verdict = parse(args.line)
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False))
    else:
        print(format_verdict(verdict))
    return 0 if verdict.ok else 1


def format_regions(text: str) -> str:
    matches = default_gazetteer().search(text)
    if not matches:
        return f"Tidak ada wilayah yang cocok dengan '{text}'."
    return "\n".join(f"{code:<14} {name} [{level}]" for code, name, level in matches)


def cmd_region(args: argparse.Namespace) -> int:
    matches = default_gazetteer().search(args.name)
    if args.json:
        rows = [{"kode": c, "nama": n, "jenis": lv} for c, n, lv in matches]
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(format_regions(args.name))
    return 0 if matches else 1


def cmd_checker(args: argparse.Namespace) -> int:
    """Interactive checker: a `#` line gets a verdict, anything else a region lookup."""
    print("Asisten Adminduk — pemeriksa format.")
    print("Ketik baris # atau nama wilayah; 'keluar' untuk selesai.")
    print("Contoh: #KTP#3603185708990002#3603181204150003#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#")
    for raw in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("> "), None):
        line = raw.strip()
        if line.lower() in ("keluar", "exit", "quit"):
            break
        if not line:
            continue
        print(format_verdict(parse(line)) if "#" in line or "＃" in line else format_regions(line))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="adminduk", description="Asisten Adminduk")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="periksa satu baris format #")
    check.add_argument("line")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    region = sub.add_parser("region", help="cari desa/kecamatan")
    region.add_argument("name")
    region.add_argument("--json", action="store_true")
    region.set_defaults(func=cmd_region)
    checker = sub.add_parser("checker", help="pemeriksa format interaktif")
    checker.set_defaults(func=cmd_checker)
    queue_cmds.register(sub)
    assistant_cmds.register(sub)
    telegram_cmds.register(sub)
    web_cmds.register(sub)
    whatsapp_cmds.register(sub)
    stats_cmds.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    install_log_masking()  # no NIK / No. KK in any log of any entry point
    args = build_parser().parse_args(argv)
    func: Command = args.func
    try:
        return func(args)
    except (EOFError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    sys.exit(main())
