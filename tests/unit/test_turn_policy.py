"""`rasa_addons.turn_policy.TurnPolicy`: RulePolicy's predictions, the two common ones without
matching rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.training import load_data
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.cli.runtime import project_dir
from rasa_addons.turn_policy import TURN_ACTION, TurnPolicy

ROOT = project_dir()


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def rules(domain: Domain) -> list[TrackerWithCachedStates]:
    return load_data(str(ROOT / "data" / "rules"), domain, augmentation_factor=0)


def project_policy_config() -> dict[str, Any]:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    (entry,) = config["policies"]
    assert entry["name"] == "rasa_addons.turn_policy.TurnPolicy"
    return {k: v for k, v in entry.items() if k != "name"}


def trained(cls: type[RulePolicy], tmp: Path, domain: Domain, trackers: list[Any]) -> RulePolicy:
    storage = LocalModelStorage(tmp)
    context = ExecutionContext(GraphSchema({}), "test")
    resource = Resource(cls.__name__)
    config = {**cls.get_default_config(), **project_policy_config()}
    policy = cls.create(config, storage, resource, context)
    policy.train(trackers, domain)
    return cls.load(config, storage, resource, context)


@pytest.fixture(scope="module")
def policies(
    tmp_path_factory: pytest.TempPathFactory, domain: Domain, rules: list[Any]
) -> tuple[RulePolicy, TurnPolicy]:
    rule = trained(RulePolicy, tmp_path_factory.mktemp("rule"), domain, rules)
    turn = trained(TurnPolicy, tmp_path_factory.mktemp("turn"), domain, rules)
    assert isinstance(turn, TurnPolicy)
    return rule, turn


def same(a: PolicyPrediction, b: PolicyPrediction) -> bool:
    """Equal in everything but the policy's name."""
    b = PolicyPrediction(
        b.probabilities,
        a.policy_name,
        b.policy_priority,
        b.events,
        b.optional_events,
        b.is_end_to_end_prediction,
        b.is_no_user_prediction,
        hide_rule_turn=b.hide_rule_turn,
        action_metadata=b.action_metadata,
    )
    return a == b


def predicted(policy: RulePolicy, tracker: DialogueStateTracker, domain: Domain) -> str:
    prediction = policy.predict_action_probabilities(tracker, domain)
    return domain.action_names_or_texts[prediction.max_confidence_index]


def start() -> list[Event]:
    return [
        ActionExecuted(ACTION_SESSION_START_NAME),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ]


def user(intent: str, text: str = "teks", entities: list[dict[str, Any]] | None = None) -> Event:
    return UserUttered(text, {"name": intent, "confidence": 0.87}, entities or [])


def turn(by_text: bool = False) -> list[Event]:
    """`action_turn` as the processor logs it: the featurization note, the action, its
    replies and slots."""
    return [
        DefinePrevUserUtteredFeaturization(by_text),
        ActionExecuted(TURN_ACTION),
        BotUttered("jawaban"),
        SlotSet("layanan", "ktp"),
    ]


def rule_intents() -> set[str]:
    found = set()
    for name in ("layanan.yml", "percakapan.yml"):
        data = yaml.safe_load((ROOT / "data" / "rules" / name).read_text(encoding="utf-8"))
        for rule in data["rules"]:
            assert rule["steps"][1:] == [{"action": TURN_ACTION}], rule
            assert set(rule) == {"rule", "steps"}, rule
            found.add(rule["steps"][0]["intent"])
    return found


def conversations(domain: Domain) -> Iterator[list[Event]]:
    """Event lists ending where a prediction is asked for, across every intent and the odd
    cases (default intents, an unknown intent, a rejected action, a revert, a restart)."""
    intents = [*domain.intents, "not_an_intent"]
    for intent in intents:
        heard = [*start(), user(intent)]
        yield heard
        yield [*heard, *turn()]
        yield [*heard, ActionExecuted(TURN_ACTION)]
        yield [*heard, *turn(), ActionExecuted(ACTION_LISTEN_NAME), user("greet")]
        yield [*heard, *turn(), ActionExecuted(ACTION_LISTEN_NAME), user(intent, "lagi")]
        yield [*heard, ActionExecutionRejected(TURN_ACTION)]
        yield [*heard, *turn(), ActionExecuted(TURN_ACTION)]
        yield [*heard, *turn(by_text=True)]
        entity = {"entity": "layanan", "value": "ktp", "start": 0, "end": 3}
        yield [*start(), user(intent, "ktp", [entity])]
    long: list[Event] = [*start()]
    for intent in ["greet", "minta_ktp", "beri_data", "beri_data", "tanya_syarat", "affirm"] * 4:
        long += [user(intent)]
        yield list(long)
        long += [*turn()]
        yield list(long)
        long += [ActionExecuted(ACTION_LISTEN_NAME)]
    yield [*long, user("restart")]
    yield [*long, user("restart"), ActionExecuted("action_restart"), Restarted()]
    yield [*long, user("greet"), UserUtteranceReverted()]
    yield [*long, user("greet"), ActionExecuted("action_default_fallback")]
    yield [ActionExecuted(ACTION_LISTEN_NAME)]
    yield []


def test_every_rule_in_data_rules_is_an_intent_followed_by_action_turn(domain: Domain) -> None:
    defaults = {"restart", "back", "session_start"}
    assert rule_intents() == set(domain.intents) - defaults


def test_the_policy_finds_every_rule_intent_answered_by_the_fast_path(
    policies: tuple[RulePolicy, TurnPolicy],
) -> None:
    _, turn_policy = policies
    assert turn_policy.turn_intents == rule_intents()


def test_it_predicts_action_turn_after_any_user_intent_and_action_listen_after_action_turn(
    policies: tuple[RulePolicy, TurnPolicy], domain: Domain, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, turn_policy = policies

    def no_rule_matching(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("matched rules")

    monkeypatch.setattr(RulePolicy, "_predict", no_rule_matching)
    for intent in sorted(rule_intents()):
        tracker = DialogueStateTracker.from_events("s", [*start(), user(intent)], domain.slots)
        prediction = turn_policy.predict_action_probabilities(tracker, domain)
        assert predicted(turn_policy, tracker, domain) == TURN_ACTION
        assert prediction.max_confidence == 1.0
        tracker.update_with_events(turn(), domain)
        assert predicted(turn_policy, tracker, domain) == ACTION_LISTEN_NAME


def test_it_predicts_exactly_what_rulepolicy_predicts_in_every_case(
    policies: tuple[RulePolicy, TurnPolicy], domain: Domain
) -> None:
    rule_policy, turn_policy = policies
    for events in conversations(domain):
        tracker = DialogueStateTracker.from_events("s", events, domain.slots)
        expected = rule_policy.predict_action_probabilities(tracker, domain)
        got = turn_policy.predict_action_probabilities(tracker, domain)
        assert same(expected, got), [str(e) for e in events]


def test_a_default_intent_still_runs_its_default_action(
    policies: tuple[RulePolicy, TurnPolicy], domain: Domain
) -> None:
    _, turn_policy = policies
    tracker = DialogueStateTracker.from_events("s", [*start(), user("restart")], domain.slots)
    assert predicted(turn_policy, tracker, domain) == "action_restart"


def test_a_rule_of_another_shape_turns_the_fast_path_off(
    tmp_path: Path, domain: Domain, rules: list[TrackerWithCachedStates]
) -> None:
    # the first rule, but not waiting for the user after action_turn
    first = rules[0]
    other = TrackerWithCachedStates.from_events(
        first.sender_id, list(first.events)[:-1], domain=domain, is_rule_tracker=True
    )
    policy = trained(TurnPolicy, tmp_path, domain, [*rules[1:], other])
    assert isinstance(policy, TurnPolicy)
    assert policy.turn_intents == frozenset()
