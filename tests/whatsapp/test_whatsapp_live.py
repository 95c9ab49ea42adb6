"""WhatsApp end to end: `adminduk whatsapp` with the real Rasa and action servers, the fake
Graph API on loopback, officers on the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.cli.runtime import Servers
from bot.queue.domain import utcnow
from bot.queue.hours import WIB, WorkingHours
from bot.texts import for_residents
from devtools.fake_whatsapp import (
    FakeGraphAPI,
    choice_body,
    media_body,
    text_body,
    wamid_of,
)
from devtools.synthetic import make_kk, make_nik
from tests.e2e.conftest import adminduk, queue_json
from tests.whatsapp.wa_live import WhatsAppProcess, whatsapp_env

pytestmark = pytest.mark.e2e
CODE = re.compile(r"\bKTP-[A-HJ-NP-Z2-9]{6,}\b")
RESIDENT = "6281299990001"


@pytest.fixture(scope="module")
def live(
    servers: Servers, queue_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FakeGraphAPI, WhatsAppProcess]]:
    log = tmp_path_factory.mktemp("whatsapp") / "whatsapp.log"
    with FakeGraphAPI() as graph:
        env = whatsapp_env(graph, queue_env, servers.rasa_url, RASA_ACTIONS_URL=servers.actions_url)
        process = WhatsAppProcess(env, log)
        process.start()
        try:
            yield graph, process
        finally:
            process.stop()
    text = log.read_text(errors="replace")
    assert graph.token not in text and not re.search(r"(?<!\d)\d{16}(?!\d)", text)


def _ask(graph: FakeGraphAPI, process: WhatsAppProcess, body: dict[str, object]) -> list[str]:
    assert process.post(body) == 200
    return graph.wait_for(lambda: graph.answers_to(RESIDENT, wamid_of(body)), 90)


def _cli(env: dict[str, str], *args: str) -> None:
    done = adminduk(env, *args)
    assert done.returncode == 0, done.stderr


def test_a_ktp_request_by_whatsapp_from_the_first_message_to_done_and_the_rating(
    live: tuple[FakeGraphAPI, WhatsAppProcess], queue_env: dict[str, str]
) -> None:
    graph, process = live
    nik, kk = make_nik(female=True, serial=9901), make_kk(serial=9902)
    line = f"#KTP#{nik}#{kk}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
    replies = _ask(graph, process, text_body(RESIDENT, line))
    found = CODE.search(" ".join(replies)) or CODE.search(
        " ".join(_ask(graph, process, text_body(RESIDENT, "ya")))
    )
    assert found, replies
    code = found.group(0)
    graph.add_media("scan-kk", b"%PDF-1.4 synthetic scan", "application/pdf")
    saved = _ask(graph, process, media_body(RESIDENT, "document", "scan-kk", "application/pdf"))
    assert saved == [for_residents.attachment_saved(code)]

    _cli(
        queue_env, "officer", "add", "--name", "Dewi Lestari", "--queue", "KTP", "--role", "officer"
    )
    officer = next(
        o["id"] for o in queue_json(queue_env, "officer", "list") if o["name"] == "Dewi Lestari"
    )
    at = WorkingHours().next_opening(utcnow() + timedelta(days=3)) + timedelta(hours=1)
    when = at.astimezone(WIB).strftime("%Y-%m-%d %H:%M")
    _cli(queue_env, "queue", "claim", code, "--officer", str(officer))
    _cli(
        queue_env,
        "queue",
        "schedule",
        code,
        "--at",
        when,
        "--place",
        "Kantor Disdukcapil loket 3",
        "--officer",
        str(officer),
    )
    _cli(queue_env, "queue", "done", code, "--officer", str(officer))

    def rating_list() -> list[dict[str, object]]:
        return [
            m
            for m in graph.sent_to(RESIDENT)
            if m["type"] == "interactive" and m["interactive"]["type"] == "list"
        ]

    [ask] = graph.wait_for(rating_list, 60)
    told = graph.texts_to(RESIDENT)
    assert any("sudah diambil petugas" in t for t in told)
    assert any("dijadwalkan" in t for t in told) and any("sudah selesai" in t for t in told)
    thanks = _ask(graph, process, choice_body(RESIDENT, f"nilai:{code}:5", kind="list_reply"))
    assert thanks[0].startswith("Terima kasih atas nilai 5")
    assert _ask(graph, process, text_body(RESIDENT, "pelayanan cepat")) == [
        for_residents.COMMENT_SAVED
    ]
    detail = queue_json(queue_env, "queue", "show", code)
    assert [e["type"] for e in detail["events"]][-2:] == ["rated", "rating_commented"]
    assert len(rating_list()) == 1  # asked once
