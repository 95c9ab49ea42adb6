"""Choose the knowledge retrieval threshold on the dev questions, and check question_score.

Run: .venv/bin/python bench/knowledge_threshold.py [path/to/dev_questions.yml]

For each threshold it prints the accuracy on tests/knowledge/dev_questions.yml: a question
with a topic counts as right when the best topic is an accepted one and its confidence reaches
the threshold; a question with `topic: none` counts as right when the confidence stays below
it (the assistant asks or offers an officer). It also prints how often question_score tells
the dev questions (>= QUESTION_THRESHOLD) from the dev requests (below it), and the misses at
the threshold in use (bot.dialogue.answers.THRESHOLD). Uses the dev split only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.answers import QUESTION_THRESHOLD, THRESHOLD, best_topic, question_score

DEV = Path(__file__).resolve().parent.parent / "tests" / "knowledge" / "dev_questions.yml"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return data


def accepted(item: dict[str, Any]) -> set[str]:
    topic = item["topic"]
    return set(topic) if isinstance(topic, list) else {topic}


def scored(questions: list[dict[str, Any]]) -> list[tuple[str, set[str], str, float]]:
    out = []
    for item in questions:
        topic, confidence = best_topic(item["q"])
        out.append((item["q"], accepted(item), topic.id, confidence))
    return out


def accuracy(rows: list[tuple[str, set[str], str, float]], threshold: float) -> float:
    right = 0
    for _, want, got, confidence in rows:
        if want == {"none"}:
            right += confidence < threshold
        else:
            right += got in want and confidence >= threshold
    return right / len(rows)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    data = load(path)
    rows = scored(data["questions"])
    in_scope = [r for r in rows if r[1] != {"none"}]
    top1 = sum(r[2] in r[1] for r in in_scope) / len(in_scope)
    print(f"dev questions: {len(rows)} ({len(in_scope)} with a topic); top-1 {top1:.1%}")
    print("threshold  accuracy")
    for step in range(5, 80, 5):
        t = step / 100
        mark = "  <- in use" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"  {t:.2f}     {accuracy(rows, t):.1%}{mark}")
    print(f"accuracy at THRESHOLD {THRESHOLD}: {accuracy(rows, THRESHOLD):.1%}")
    misses = [
        r
        for r in rows
        if (r[1] == {"none"}) != (r[3] < THRESHOLD) or (r[1] != {"none"} and r[2] not in r[1])
    ]
    for q, want, got, confidence in misses:
        print(f"  miss: {q!r} want {sorted(want)} got {got} ({confidence:.2f})")
    questions = [r[0] for r in in_scope]
    asked = sum(question_score(q) >= QUESTION_THRESHOLD for q in questions)
    requests = data.get("requests", [])
    started = sum(question_score(r) < QUESTION_THRESHOLD for r in requests)
    print(
        f"question_score: {asked}/{len(questions)} questions read as questions, "
        f"{started}/{len(requests)} requests read as requests"
    )
    for q in questions:
        if question_score(q) < QUESTION_THRESHOLD:
            print(f"  question read as request: {q!r} ({question_score(q):.2f})")
    for r in requests:
        if question_score(r) >= QUESTION_THRESHOLD:
            print(f"  request read as question: {r!r} ({question_score(r):.2f})")


if __name__ == "__main__":
    main()
