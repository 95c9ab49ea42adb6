"""Every resident message of the test stories is understood as the story's intent by the
running model (the stories themselves are checked for dialogue by `rasa test core`)."""

from __future__ import annotations

import httpx
import yaml

from bot.cli.runtime import Servers, project_dir


def story_messages() -> list[tuple[str, str]]:
    stories = yaml.safe_load((project_dir() / "tests" / "test_stories.yml").read_text())
    return [
        (step["user"], step["intent"])
        for story in stories["stories"]
        for step in story["steps"]
        if "user" in step
    ]


def test_every_story_message_is_understood_as_its_intent(servers: Servers) -> None:
    wrong = []
    with httpx.Client(base_url=servers.rasa_url, timeout=30) as client:
        for text, intent in story_messages():
            predicted = client.post("/model/parse", json={"text": text}).json()["intent"]["name"]
            if predicted != intent:
                wrong.append((text, intent, predicted))
    assert wrong == []
