"""`adminduk db|queue|officer|purge`: the officer queue from the command line.

Refused actions exit 1 with the reason (Bahasa Indonesia) on stderr; usage errors exit 2.
List views and `queue show` mask NIK / No. KK; `queue show --reveal` prints them in full and
records on the ticket which operating-system user did.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.errors import InvalidInput, QueueError
from bot.intake.identity import mask_text
from bot.maintenance.retention import purge_expired
from bot.queue import accounts, migrations, services
from bot.queue.config import Settings, load_settings, make_engine, make_session_factory
from bot.queue.domain import QUEUES, ROLES, Actor, Appointment, Status
from bot.queue.hours import WIB, format_when
from bot.queue.persistence import UnitOfWork
from bot.queue.views import TicketDetail, TicketSummary

__all__ = ["register"]

Handler = Callable[[argparse.Namespace, UnitOfWork, Settings], int]


@contextmanager
def _queue(settings: Settings) -> Iterator[UnitOfWork]:
    engine = make_engine(settings.database_url)
    try:
        yield UnitOfWork(make_session_factory(engine))
    finally:
        engine.dispose()


def _run(handler: Handler) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        settings = load_settings()
        try:
            with _queue(settings) as uow:
                return handler(args, uow, settings)
        except InvalidInput as exc:
            print(exc.message.split(" [")[0] if exc.errors else exc.message, file=sys.stderr)
            for error in exc.errors:
                print(f"- [{error.field}] {error.message}", file=sys.stderr)
            return 1
        except QueueError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        except (OperationalError, ProgrammingError) as exc:
            print(
                "Basis data belum siap atau tidak dapat dihubungi. "
                f"Jalankan dulu: adminduk db upgrade. ({type(exc.orig).__name__})",
                file=sys.stderr,
            )
            return 1

    return run


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=None))


def _local(moment: datetime | None) -> str:
    return "-" if moment is None else moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M")


def _officer(args: argparse.Namespace) -> Actor:
    return Actor.officer(args.officer, args.via)


# --- handlers ------------------------------------------------------------------------
def cmd_db_upgrade(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        migrations.upgrade(engine)
        print(f"Basis data siap (revisi {migrations.current(engine)}).")
    finally:
        engine.dispose()
    return 0


def cmd_submit(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    if args.officer is not None:
        actor = Actor.officer(args.officer, args.via)
    else:
        actor = Actor.resident(args.via, args.chat)
    helper = {
        "helper_name": args.helper,
        "resident_name": args.resident_name,
        "resident_phone": args.resident_phone,
    }
    receipt = services.submit_request(
        uow, args.line, actor, chat=(args.via, args.chat), helper=helper, hours=settings.hours
    )
    if args.json:
        _print_json(
            {
                "code": receipt.code,
                "status": receipt.status,
                "layanan": receipt.layanan,
                "text": receipt.text,
            }
        )
    else:
        print(receipt.text)
    return 0


def cmd_list(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    actor = Actor.officer(args.officer, "cli") if args.officer is not None else None
    rows = services.list_tickets(uow, queue=args.queue, status=args.status, actor=actor)
    if args.json:
        _print_json([row.to_dict() for row in rows])
    elif not rows:
        print("Tidak ada tiket.")
    else:
        print("\n".join(_summary_line(row) for row in rows))
    return 0


def _summary_line(row: TicketSummary) -> str:
    number = row.nik or row.no_kk or "-"
    who = f"petugas {row.assignee_id}" if row.assignee_id else "-"
    return (
        f"{row.code:<12} {row.status:<16} {row.layanan:<7} {number:<17} "
        f"{_local(row.created_at)}  {who}"
    )


def cmd_show(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    """NIK / No. KK masked unless --reveal, which is recorded on the ticket with the
    operating-system user's name."""
    actor = Actor.officer(args.officer, "cli") if args.officer is not None else None
    detail = services.show_ticket(uow, args.code, actor)
    data = detail.to_dict()
    if args.reveal:
        services.record_reveal(uow, detail.code, os_user())
    else:
        data = _masked(data)
    if args.json:
        _print_json(data)
    else:
        print(_detail_text(data))
    return 0


def os_user() -> str:
    """Who is at the shell: the login behind sudo, else the process's user (not $USER)."""
    import os
    import pwd

    own = pwd.getpwuid(os.getuid()).pw_name
    behind = os.environ.get("SUDO_USER")
    return f"{behind} (sudo {own})" if behind and own == "root" else own


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _detail_text(d: dict[str, Any]) -> str:
    lines = [f"{d['code']} — {d['title']} — {d['status']}", d["canonical"] or "(data dihapus)"]
    lines += [f"  {name}: {value}" for name, value in d["fields"].items()]
    lines += [f"  ! {w['field']}: {w['message']}" for w in d["warnings"]]
    if d["appointment"]:
        a = d["appointment"]
        when = format_when(datetime.fromisoformat(a["at"]))
        lines.append(f"Jadwal: {when}, {a['place']}; bawa: {a['bring'] or '-'}")
    lines.append("Riwayat:")
    for e in d["events"]:
        at = _local(datetime.fromisoformat(e["at"]))
        note = f" — {e['note']}" if e["note"] else ""
        lines.append(
            f"  {at} {e['type']:<17} {e['to_status']:<16} {e['actor_kind']}:{e['actor_id']} "
            f"via {e['via']}{note}"
        )
    return "\n".join(lines)


def _action(step: Callable[[argparse.Namespace, UnitOfWork, Actor], TicketDetail]) -> Handler:
    def handler(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
        try:
            detail = step(args, uow, _officer(args))
        except services.AlreadyClaimed as exc:
            print(str(exc))  # a no-op, not a refusal
            return 0
        print(f"{detail.code}: {detail.status}")
        return 0

    return handler


def cmd_next(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    detail = services.next_ticket(uow, _officer(args))
    if detail is None:
        print("Tidak ada tiket baru di antrean Bapak/Ibu.")
        return 0
    print(_detail_text(_masked(detail.to_dict())))  # in full: queue show --reveal
    return 0


def cmd_officer_add(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    view = services.add_officer(
        uow, args.name, args.queue or [], args.role, args.telegram_id, login=args.login
    )
    print(f"Petugas {view.name} terdaftar dengan nomor {view.id}.")
    return 0


def _read_password() -> str:
    """The new password: typed twice without echo on a terminal, else the first line of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("Kata sandi baru (min. 10 karakter): ")
        if getpass.getpass("Ulangi kata sandi: ") != first:
            raise InvalidInput([], "Kedua kata sandi tidak sama; tidak ada yang diubah.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_officer_set_password(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    view = accounts.set_password(uow, args.id, _read_password())
    print(f"Kata sandi petugas {view.name} (nomor {view.id}) sudah diganti.")
    return 0


def cmd_officer_active(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    """`officer deactivate|activate ID`: a deactivated officer's buttons, commands and console
    sessions are refused; the change names the operating-system user who made it."""
    actor = Actor.system(f"cli:{os_user()}", "cli")
    view = accounts.update_officer(uow, actor, args.id, active=args.active)
    state = "aktif kembali" if args.active else "nonaktif; tombol, perintah dan sesinya ditolak"
    print(f"Petugas {view.name} (nomor {view.id}) sekarang {state}.")
    return 0


def cmd_officer_list(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    rows = services.list_officers(uow)
    if args.json:
        _print_json([row.to_dict() for row in rows])
    else:
        for row in rows:
            print(
                f"{row.id:>4} {row.name:<30} {row.role:<10} {','.join(row.queues):<20} "
                f"{row.status:<9} {row.login or '-'}"
            )
    return 0


def cmd_purge(args: argparse.Namespace, uow: UnitOfWork, settings: Settings) -> int:
    """Retention: personal data older than ADMINDUK_RETENTION_DAYS (or --closed-before)
    erased everywhere; anonymous counts stay. Meant for a daily cron job."""
    days = args.days or settings.retention_days
    cutoff = None
    if args.closed_before is not None:
        cutoff = datetime.combine(args.closed_before, time(0), tzinfo=WIB)
    engine = make_engine(settings.database_url)
    tracker = make_engine(settings.tracker_url) if _tracker_exists(settings.tracker_url) else None
    try:
        report = purge_expired(uow, engine, days, settings.data_dir, tracker=tracker, cutoff=cutoff)
    finally:
        engine.dispose()
        if tracker is not None:
            tracker.dispose()
    if args.json:
        _print_json({"cutoff": report.cutoff.isoformat(), "counts": report.counts})
        return 0
    tickets = report.counts["tiket_dihapus"]
    print(
        f"Data pribadi {tickets} tiket (ditutup, atau tidak aktif, sebelum "
        f"{_local(report.cutoff)} WIB) sudah dihapus; jumlah anonim tetap tersimpan."
    )
    for name, count in report.counts.items():
        print(f"  {name}: {count}")
    return 0


def _tracker_exists(url: str) -> bool:
    """A SQLite tracker file that was never created is not created by purging."""
    parsed = make_url(url)
    return parsed.get_backend_name() != "sqlite" or Path(parsed.database or "").is_file()


# --- argument types and wiring -------------------------------------------------------
def _when(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=WIB)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'waktu harus berformat "YYYY-MM-DD HH:MM", contoh "2026-04-06 09:00": {text!r}'
        ) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus YYYY-MM-DD: {text!r}") from None


def _officer_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--officer", required=True, type=int, help="nomor petugas")
    parser.add_argument("--via", default="cli")


def _add(sub: Any, name: str, help: str, func: Callable[[argparse.Namespace], int]) -> Any:
    parser = sub.add_parser(name, help=help)
    parser.set_defaults(func=func)
    return parser


def _register_queue(sub: Any) -> None:
    queue = sub.add_parser("queue", help="antrean tiket petugas").add_subparsers(
        dest="queue_command", required=True
    )
    p = _add(queue, "submit", "buat tiket dari baris #", _run(cmd_submit))
    p.add_argument("line")
    p.add_argument("--via", default="cli")
    p.add_argument("--chat", required=True)
    p.add_argument("--officer", type=int, help="petugas yang mengetik (loket)")
    p.add_argument("--helper", help="nama petugas desa/kecamatan yang membantu")
    p.add_argument("--resident-name")
    p.add_argument("--resident-phone")
    p.add_argument("--json", action="store_true")
    p = _add(queue, "list", "daftar tiket", _run(cmd_list))
    p.add_argument("--queue", choices=QUEUES)
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--officer", type=int, help="baca sebagai petugas ini (hanya antreannya)")
    p.add_argument("--json", action="store_true")
    p = _add(queue, "show", "rincian satu tiket", _run(cmd_show))
    p.add_argument("code")
    p.add_argument("--officer", type=int, help="baca sebagai petugas ini (dicatat)")
    p.add_argument(
        "--reveal", action="store_true", help="tampilkan NIK/No. KK penuh (dicatat di tiket)"
    )
    p.add_argument("--json", action="store_true")
    _officer_args(_add(queue, "next", "ambil tiket berikutnya", _run(cmd_next)))
    actions: list[
        tuple[
            str,
            str,
            Callable[[argparse.Namespace, UnitOfWork, Actor], TicketDetail],
            tuple[str, ...],
        ]
    ] = [
        ("claim", "ambil tiket", lambda a, u, o: services.claim(u, a.code, o), ()),
        (
            "ask-fix",
            "minta perbaikan",
            lambda a, u, o: services.ask_fix(u, a.code, o, a.note),
            ("--note",),
        ),
        (
            "schedule",
            "jadwalkan",
            lambda a, u, o: services.schedule(
                u, a.code, o, Appointment(a.at, a.place, a.bring), hours=load_settings().hours
            ),
            ("--place",),
        ),
        ("done", "selesaikan", lambda a, u, o: services.complete(u, a.code, o, a.note), ()),
        ("reject", "tolak", lambda a, u, o: services.reject(u, a.code, o, a.reason), ("--reason",)),
    ]
    for name, help, step, required in actions:
        p = _add(queue, name, help, _run(_action(step)))
        p.add_argument("code")
        _officer_args(p)
        for option in required:
            p.add_argument(option, required=True)
        if name == "schedule":
            p.add_argument("--at", required=True, type=_when, help='"YYYY-MM-DD HH:MM" (WIB)')
            p.add_argument("--bring")
        if name == "done":
            p.add_argument("--note")


def register(sub: Any) -> None:
    """Add `db`, `queue`, `officer` and `purge` to the `adminduk` subcommands."""
    db = sub.add_parser("db", help="basis data").add_subparsers(dest="db_command", required=True)
    _add(db, "upgrade", "jalankan migrasi", cmd_db_upgrade)
    _register_queue(sub)
    officer = sub.add_parser("officer", help="petugas").add_subparsers(
        dest="officer_command", required=True
    )
    p = _add(officer, "add", "daftarkan petugas", _run(cmd_officer_add))
    p.add_argument("--name", required=True)
    p.add_argument("--queue", action="append", choices=QUEUES)
    p.add_argument("--role", default="officer", choices=ROLES)
    p.add_argument("--telegram-id", type=int)
    p.add_argument("--login", help="nama login konsol web, contoh: rina.w")
    p = _add(
        officer,
        "set-password",
        "ganti kata sandi (dibaca dari stdin)",
        _run(cmd_officer_set_password),
    )
    p.add_argument("id", type=int, help="nomor petugas")
    for name, active, help_text in (
        ("deactivate", False, "nonaktifkan petugas (tombol, perintah dan sesinya ditolak)"),
        ("activate", True, "aktifkan kembali petugas"),
    ):
        p = _add(officer, name, help_text, _run(cmd_officer_active))
        p.add_argument("id", type=int, help="nomor petugas")
        p.set_defaults(active=active)
    p = _add(officer, "list", "daftar petugas", _run(cmd_officer_list))
    p.add_argument("--json", action="store_true")
    p = _add(sub, "purge", "hapus data pribadi tiket yang sudah lama ditutup", _run(cmd_purge))
    p.add_argument("--closed-before", type=_day, help="YYYY-MM-DD (bawaan: masa retensi)")
    p.add_argument("--days", type=int, help="masa retensi dalam hari (ADMINDUK_RETENTION_DAYS)")
    p.add_argument("--json", action="store_true")
