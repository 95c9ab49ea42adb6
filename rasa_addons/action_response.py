"""Validate the action server's answer against a schema checked once, not once per action.

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`
for every action call. `jsonschema.validate` first checks the *schema* against its
meta-schema (jsonschema 4.17: draft 2020-12, resolved through `$dynamicRef`) and only then
the answer. The schema is a constant, yet that check was about 60% of a Rasa process's CPU
per message (py-spy under `bench/scale.py`'s conversation: ~70 of ~115 ms).

`install()` replaces the method with one that builds the validator once (checking the schema
once, as `jsonschema.validate` would) and validates each answer with it: the same errors,
the same `best_match` choice and the same message. The package's `__init__` installs it, so
any Rasa process that loads this project's model or lock store has it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

__all__ = ["install", "validate_action_result"]


@lru_cache(maxsize=1)
def _validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the checked validator built once."""
    error = best_match(_validator().iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


def install() -> None:
    """Use `validate_action_result` for every remote action of this process (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result
