"""Every category of issue 8, end to end: the first dev conversation of each category is
played against the real Rasa and action servers by the corpus simulator and must pass.
The whole corpus, both splits, is measured by bench/conversations.py."""

from __future__ import annotations

import uuid

import pytest

from bot.cli.runtime import Servers
from tests.conversations.corpus import Conversation, load_split, run_conversation


def first_of_each_category() -> list[Conversation]:
    firsts: dict[str, Conversation] = {}
    for conv in load_split("dev"):
        firsts.setdefault(conv.category, conv)
    return list(firsts.values())


@pytest.mark.parametrize("conv", first_of_each_category(), ids=lambda c: c.category)
def test_a_category_of_real_messages_works_end_to_end(
    conv: Conversation, servers: Servers, queue_env: dict[str, str]
) -> None:
    outcome = run_conversation(servers.rasa_url, f"corpus{uuid.uuid4().hex[:10]}", conv, queue_env)
    assert outcome.passed, (conv.id, outcome.reason, outcome.transcript[-3:])
