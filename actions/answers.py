"""Answers from the knowledge base, for actions and form validators."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.common import entity, latest_intent, latest_text
from bot.answers import checklist, topic_for
from bot.parser import Verdict

__all__ = ["answer_for", "checklist_for"]


def answer_for(tracker: Tracker) -> list[str]:
    """The reply to the resident's latest question."""
    intent, _ = latest_intent(tracker)
    topic = topic_for(
        intent or "tanya_syarat",
        latest_text(tracker),
        layanan=entity(tracker, "layanan"),
        alasan=entity(tracker, "alasan"),
    )
    return [topic.text()]


def checklist_for(verdict: Verdict) -> str:
    return checklist(verdict)
