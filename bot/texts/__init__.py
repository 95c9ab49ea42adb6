"""What people read, one module per audience: `for_residents` and `for_officers`; `dates`
formats a time the Indonesian way for both. Imports only `bot.reference`."""
