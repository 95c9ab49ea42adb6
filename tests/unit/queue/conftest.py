from __future__ import annotations

import pytest
from domain_helpers import new_ticket

from bot.queue.domain import Ticket


@pytest.fixture
def ticket() -> Ticket:
    return new_ticket()
