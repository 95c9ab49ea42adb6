"""The officer queue: tickets, officer actions, the audit trail and resident notifications.

Layers, outermost last: `domain` (plain classes and the status machine, no I/O), `persistence`
(SQLAlchemy tables, mapping, repositories, unit of work), `services` (one short function per use
case), and the entry points elsewhere (CLI, Rasa actions, Telegram) that only translate.
The assistant may create tickets and add what the resident sends; only officers decide.
"""
