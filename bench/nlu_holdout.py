"""NLU quality on the holdout (tests/holdout/{dev,test}.yml, never trained on; no message of
either is in data/nlu, see tests/unit/test_corpus.py).

The FallbackClassifier threshold is chosen on the dev half only: the one with the lowest
cost, where a confidently wrong intent costs 2 and a fallback ("please rephrase") costs 1;
the table is printed. The test half is then reported at that threshold: intent accuracy
(a fallback counts as wrong), fallback rate, entity F1 (micro, by entity and value).

Run: `.venv/bin/python bench/nlu_holdout.py` (trains first if the model is stale).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
warnings.filterwarnings("ignore")

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
WRONG_COST, FALLBACK_COST = 2, 1


@dataclass
class Prediction:
    gold: str
    top: str  # the classifier's top intent other than nlu_fallback
    confidence: float
    gold_entities: set[tuple[str, str]]
    found_entities: set[tuple[str, str]]


def canonical(entity: str, value: str) -> str:
    """Entity values compared by meaning: 'ilang' is HILANG, 'e-ktp' is KTP."""
    from bot.reference.catalog import default_catalog

    catalog = default_catalog()
    if entity == "layanan" and (service := catalog.lookup(value)) is not None:
        return service.code
    if entity == "alasan":
        return catalog["KTP"].reason_index.get(value.upper(), value.upper())
    return value.upper()


def _entities(items: list[dict[str, Any]] | None) -> set[tuple[str, str]]:
    return {(e["entity"], canonical(e["entity"], str(e["value"]))) for e in items or []}


async def predict(agent: Any, split: str) -> list[Prediction]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "tests" / "holdout" / f"{split}.yml"))
    out = []
    for message in data.intent_examples:
        parsed = await agent.parse_message(message.get("text"))
        top = next(r for r in parsed["intent_ranking"] if r["name"] != "nlu_fallback")
        out.append(
            Prediction(
                message.get("intent"),
                top["name"],
                float(top["confidence"]),
                _entities(message.get("entities")),
                _entities(parsed.get("entities")),
            )
        )
    return out


def at_threshold(predictions: list[Prediction], threshold: float) -> tuple[int, int, int]:
    """(right, fallbacks, confidently wrong) when below `threshold` is a fallback."""
    kept = [p for p in predictions if p.confidence >= threshold]
    right = sum(p.gold == p.top for p in kept)
    return right, len(predictions) - len(kept), len(kept) - right


def choose_threshold(dev: list[Prediction]) -> float:
    print(f"fallback threshold on dev ({len(dev)} messages; cost = 2 x wrong + 1 x fallback):")
    print("  threshold  accuracy  fallback  conf. wrong  cost")
    best, best_cost = THRESHOLDS[0], None
    for threshold in THRESHOLDS:
        right, fallbacks, wrong = at_threshold(dev, threshold)
        cost = WRONG_COST * wrong + FALLBACK_COST * fallbacks
        n = len(dev)
        print(f"  {threshold:9.2f}  {right / n:8.1%}  {fallbacks / n:8.1%}  {wrong:11d}  {cost:4d}")
        if best_cost is None or cost < best_cost:
            best, best_cost = threshold, cost
    return best


def entity_f1(predictions: list[Prediction]) -> tuple[float, float, float]:
    tp = sum(len(p.found_entities & p.gold_entities) for p in predictions)
    fp = sum(len(p.found_entities - p.gold_entities) for p in predictions)
    fn = sum(len(p.gold_entities - p.found_entities) for p in predictions)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def report_test(test: list[Prediction], threshold: float) -> None:
    n = len(test)
    right, fallbacks, wrong = at_threshold(test, threshold)
    f1, precision, recall = entity_f1(test)
    print(f"\ntest ({n} messages) at threshold {threshold:.2f}:")
    print(f"  intent accuracy: {right / n:.1%} ({right}/{n}; a fallback counts as wrong)")
    print(f"  fallback rate: {fallbacks / n:.1%} ({fallbacks}/{n})")
    print(f"  confidently wrong: {wrong / n:.1%} ({wrong}/{n})")
    print(f"  entity F1: {f1:.3f} (precision {precision:.3f}, recall {recall:.3f})")
    confusions = Counter(
        (p.gold, p.top if p.confidence >= threshold else "nlu_fallback")
        for p in test
        if p.gold != p.top or p.confidence < threshold
    )
    for (want, got), count in confusions.most_common(10):
        print(f"    {want} -> {got}: {count}")


def configured_threshold() -> float | None:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    for step in config.get("pipeline") or []:
        if step.get("name") == "FallbackClassifier":
            return float(step.get("threshold", 0.3))
    return None


async def evaluate() -> None:
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot.cli.runtime import model_path, train_if_needed

    train_if_needed(ROOT)
    configure_structlog(logging.WARNING)
    logging.disable(logging.WARNING)
    agent = Agent.load(str(model_path(ROOT)))
    chosen = choose_threshold(await predict(agent, "dev"))
    configured = configured_threshold()
    print(f"chosen on dev: {chosen:.2f} (config.yml has {configured})")
    test = await predict(agent, "test")
    report_test(test, chosen)
    if configured is not None and configured != chosen:
        right, fallbacks, _wrong = at_threshold(test, configured)
        print(
            f"  (at config.yml's {configured:.2f}: accuracy {right / len(test):.1%}, "
            f"fallback {fallbacks / len(test):.1%})"
        )


if __name__ == "__main__":
    asyncio.run(evaluate())
