"""Intake: reading what a resident wrote (NIK/KK identity checks, fields, the `#` parser,
the free-text extractor, place resolution). Imports only `bot.reference` and `bot.errors`."""
