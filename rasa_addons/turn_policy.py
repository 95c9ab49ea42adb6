"""RulePolicy with a fast path for this project's only rule shape: "intent → action_turn".

Every rule in data/rules/ says that a user message with intent X is followed by
`action_turn` and then by listening. For those two predictions Rasa's `RulePolicy`
featurizes the whole conversation (`tracker.past_states`) twice per prediction and matches
it against every rule key: about 9 ms of a Rasa process's CPU per message under
`bench/scale.py`, and more as a conversation grows.

`TurnPolicy` is a `RulePolicy` (same training, same lookup, same configuration). At training
it checks that each rule has exactly that shape and asks the trained lookup itself, on a
bare conversation, what follows each intent; the intents for which the answer is
`action_turn` then `action_listen` are its *turn intents*, stored with the lookup. At
prediction time, when the conversation is in one of the two states those rules cover
(just heard a turn intent, or just ran `action_turn` for one) and nothing else could
interfere (no active loop, no default intent, no other event in between), it returns what
`RulePolicy` returns there, without matching: the same probabilities, the same flags.
Anything else (a default intent such as `restart`, an unknown intent, a rejected action, a
rule of another shape anywhere in the data) goes to `RulePolicy` unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import rasa.shared.utils.io
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import (
    DEFAULT_ACTION_MAPPINGS,
    RULES,
    RULES_NOT_IN_STORIES,
    RulePolicy,
)
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME, RULE_SNIPPET_ACTION_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    Event,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import FileIOException

__all__ = ["TURN_ACTION", "TurnPolicy", "simple_rule_intent"]

logger = logging.getLogger(__name__)

TURN_ACTION = "action_turn"
TURN_INTENTS = "turn_intents"
# Events an action's answer may add after `action_turn` without changing what follows it.
_PASSIVE = (BotUttered, SlotSet)


def _passive(event: Event) -> bool:
    """An answer's replies and slots, or the processor's note that the message was featurized
    by its intent (as every rule here does), not by its text."""
    if isinstance(event, DefinePrevUserUtteredFeaturization):
        return not event.use_text_for_featurization
    return isinstance(event, _PASSIVE)


def simple_rule_intent(tracker: TrackerWithCachedStates) -> str | None:
    """The intent X when a rule tracker is exactly `... → intent X → action_turn → listen`
    (no condition, no entities, no conversation start, waits for the user); else None."""
    events = list(tracker.events)
    shape = [type(e) for e in events]
    if shape != [ActionExecuted, ActionExecuted, UserUttered, ActionExecuted, ActionExecuted]:
        return None
    snippet, listen, user, turn, last = events
    names = [e.action_name for e in (snippet, listen, turn, last)]  # type: ignore[attr-defined]
    if names != [RULE_SNIPPET_ACTION_NAME, ACTION_LISTEN_NAME, TURN_ACTION, ACTION_LISTEN_NAME]:
        return None
    if not isinstance(user, UserUttered) or user.entities or user.text or not user.intent_name:
        return None
    return user.intent_name


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class TurnPolicy(RulePolicy):
    """`RulePolicy`, answering "intent → action_turn → listen" without matching rules."""

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
        lookup: dict[str, Any] | None = None,
        turn_intents: list[str] | None = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer, lookup)
        self.turn_intents: frozenset[str] = frozenset(turn_intents or ())

    # training ------------------------------------------------------------------------

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        self.turn_intents = frozenset()
        resource = super().train(training_trackers, domain, **kwargs)
        self.turn_intents = self._find_turn_intents(training_trackers, domain)
        logger.debug(f"TurnPolicy: {len(self.turn_intents)} intents answered by the fast path.")
        self.persist()
        return resource

    def _find_turn_intents(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain
    ) -> frozenset[str]:
        """The intents the fast path may answer; none unless every rule is simple, there are
        no stories, every rule is hidden as `RulePolicy` would mark it, and the trained
        lookup itself predicts `action_turn` then `action_listen` for the intent."""
        trackers = [t for t in training_trackers if not getattr(t, "is_augmented", False)]
        if any(not t.is_rule_tracker for t in trackers) or domain.form_names:
            return frozenset()
        intents = [simple_rule_intent(t) for t in trackers]
        if None in intents:
            return frozenset()
        if not set(self.lookup.get(RULES, {})) <= set(self.lookup.get(RULES_NOT_IN_STORIES, [])):
            return frozenset()
        found = set()
        for intent in set(intents) - set(DEFAULT_ACTION_MAPPINGS):
            if intent in domain.intents and self._lookup_agrees(intent, domain):
                found.add(intent)
        return frozenset(found)

    def _lookup_agrees(self, intent: str, domain: Domain) -> bool:
        tracker = DialogueStateTracker.from_events(
            "turn-policy-probe",
            [ActionExecuted(ACTION_LISTEN_NAME), UserUttered("", {"name": intent})],
            domain.slots,
        )
        first, _ = super()._predict(tracker, domain)
        if first != self._fast(TURN_ACTION, tracker, domain):
            return False
        tracker.update(ActionExecuted(TURN_ACTION))
        second, _ = super()._predict(tracker, domain)
        return second == self._fast(ACTION_LISTEN_NAME, tracker, domain)

    # persistence ---------------------------------------------------------------------

    def _metadata(self) -> dict[str, Any]:
        return {**super()._metadata(), TURN_INTENTS: sorted(self.turn_intents)}

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TurnPolicy:
        policy = super().load(config, model_storage, resource, execution_context, **kwargs)
        assert isinstance(policy, TurnPolicy)
        try:
            with model_storage.read_from(resource) as path:
                metadata = rasa.shared.utils.io.read_json_file(
                    Path(path) / cls._metadata_filename()
                )
        except (ValueError, FileNotFoundError, FileIOException):
            metadata = {}
        policy.turn_intents = frozenset(metadata.get(TURN_INTENTS, ()))
        return policy

    # prediction ----------------------------------------------------------------------

    def _fast(self, action: str, tracker: DialogueStateTracker, domain: Domain) -> PolicyPrediction:
        """What `RulePolicy` returns for a hidden rule predicting `action` from the intent."""
        return PolicyPrediction(
            self._prediction_result(action, tracker, domain),
            self.__class__.__name__,
            self.priority,
            events=[],
            is_end_to_end_prediction=False,
            is_no_user_prediction=False,
            hide_rule_turn=True,
        )

    def _fast_action(self, tracker: DialogueStateTracker) -> str | None:
        """`action_turn` or `action_listen` when the fast path covers this state, else None."""
        if not self.turn_intents or tracker.active_loop_name or tracker.followup_action:
            return None
        message = tracker.latest_message
        if message is None or message.intent.get("name") not in self.turn_intents:
            return None
        for event in reversed(tracker.events):
            if _passive(event):
                continue
            if isinstance(event, UserUttered):
                # just heard a turn intent: `RulePolicy` predicts from the intent (no rule
                # has text) when the action before the message was listening
                if tracker.latest_action_name == ACTION_LISTEN_NAME and event is message:
                    return TURN_ACTION
                return None
            if isinstance(event, ActionExecuted) and event.action_name == TURN_ACTION:
                return ACTION_LISTEN_NAME if self._turn_follows(tracker, message) else None
            return None
        return None

    @staticmethod
    def _turn_follows(tracker: DialogueStateTracker, message: UserUttered) -> bool:
        """The latest `action_turn` came right after the latest message (only passive events
        and the one `action_turn` in between)."""
        seen_turn = False
        for event in reversed(tracker.events):
            if event is message:
                return seen_turn
            if isinstance(event, ActionExecuted) and event.action_name == TURN_ACTION:
                if seen_turn:
                    return False
                seen_turn = True
            elif not _passive(event):
                return False
        return False

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        action = self._fast_action(tracker)
        if action is not None:
            return self._fast(action, tracker, domain)
        return super().predict_action_probabilities(tracker, domain, rule_only_data, **kwargs)
