"""A deterministic NLU step: a message written in the office's `#` format is always the
intent `kirim_format`, whatever the statistical classifier thought.

No `from __future__ import annotations` here: Rasa validates the graph from real type hints.
"""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intake.parser import looks_like_hash_line

INTENT_NAME = "kirim_format"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class HashLineClassifier(GraphComponent):
    """Sets intent `kirim_format` with confidence 1.0 on a `#` line that names a service."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "HashLineClassifier":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if looks_like_hash_line(text):
                intent = {"name": INTENT_NAME, "confidence": 1.0}
                ranking = [intent] + [
                    {"name": r["name"], "confidence": 0.0}
                    for r in message.get(INTENT_RANKING_KEY) or []
                    if r.get("name") != INTENT_NAME
                ]
                message.set(INTENT, intent, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
