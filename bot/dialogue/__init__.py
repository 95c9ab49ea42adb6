"""The conversation with a resident, Rasa-free: one turn at a time over the request being
built (`respond`), with the state kept between turns (`State`)."""

from bot.dialogue.port import QueuePort
from bot.dialogue.state import State
from bot.dialogue.turn import Incoming, Outcome, Reply, respond

__all__ = ["Incoming", "Outcome", "QueuePort", "Reply", "State", "respond"]
