"""What people read, one module per audience: `for_residents` (everything the dialogue and
the channels say to a resident) and `for_officers` (the Telegram officer group's texts);
`dates` formats a time the Indonesian way for both. The console's words are in its
templates. A check's verdict keeps its message beside the rule that decides it (the NIK,
field and place checks in `bot.intake`, the queue's refusals in `bot.errors`), so a rule and
its explanation change together. Imports only `bot.reference`."""
