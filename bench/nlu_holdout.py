"""NLU quality on the holdout set (tests/holdout/nlu_holdout.yml, never trained on):
intent accuracy, entity F1 (micro, by entity and value) and the fallback rate.

Run: `.venv/bin/python bench/nlu_holdout.py` (trains first if the model is stale).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def canonical(entity: str, value: str) -> str:
    """Entity values compared by meaning: 'ilang' is HILANG, 'e-ktp' is KTP."""
    from bot.catalog import default_catalog

    catalog = default_catalog()
    if entity == "layanan" and (service := catalog.lookup(value)) is not None:
        return service.code
    if entity == "alasan":
        return catalog["KTP"].reason_index.get(value.upper(), value.upper())
    return value.upper()


def gold_examples() -> list[tuple[str, str, set[tuple[str, str]]]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "tests" / "holdout" / "nlu_holdout.yml"))
    out = []
    for message in data.intent_examples:
        entities = {
            (e["entity"], canonical(e["entity"], str(e["value"])))
            for e in message.get("entities") or []
        }
        out.append((message.get("text"), message.get("intent"), entities))
    return out


async def evaluate() -> None:
    from rasa.core.agent import Agent

    from bot.runtime import model_path, train_if_needed

    train_if_needed(ROOT)
    logging.disable(logging.WARNING)
    agent = Agent.load(str(model_path(ROOT)))
    examples = gold_examples()
    correct = fallback = tp = fp = fn = 0
    ranked: list[tuple[str, str, float]] = []  # (gold, classifier's top intent, confidence)
    confusions: Counter[tuple[str, str]] = Counter()
    for text, intent, gold in examples:
        parsed = await agent.parse_message(text)
        predicted = parsed["intent"]["name"]
        top = next(r for r in parsed["intent_ranking"] if r["name"] != "nlu_fallback")
        ranked.append((intent, top["name"], float(top["confidence"])))
        correct += predicted == intent
        fallback += predicted == "nlu_fallback"
        if predicted != intent:
            confusions[(intent, predicted)] += 1
        found = {
            (e["entity"], canonical(e["entity"], str(e["value"])))
            for e in parsed.get("entities") or []
        }
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(examples)
    print(f"holdout messages: {n}")
    print(f"intent accuracy: {correct / n:.1%} ({correct}/{n})")
    print(f"entity F1: {f1:.3f} (precision {precision:.3f}, recall {recall:.3f})")
    print(f"fallback rate: {fallback / n:.1%} ({fallback}/{n})")
    for (want, got), count in confusions.most_common(10):
        print(f"  {want} -> {got}: {count}")
    print("fallback threshold tuning (a fallback counts as wrong):")
    for threshold in (0.3, 0.4, 0.45, 0.5, 0.6, 0.7):
        kept = [(gold, top) for gold, top, conf in ranked if conf >= threshold]
        right = sum(gold == top for gold, top in kept)
        wrong_kept = len(kept) - right
        print(
            f"  {threshold:.2f}: accuracy {right / n:.1%}, fallback {1 - len(kept) / n:.1%}, "
            f"confidently wrong {wrong_kept}"
        )


if __name__ == "__main__":
    asyncio.run(evaluate())
