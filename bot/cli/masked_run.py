"""`python -m bot.cli.masked_run MODULE [ARGS…]`: run a module (`rasa`, `rasa_sdk`) as
`__main__` with every NIK / No. KK masked in the process's log records, whoever logs them.
`bot.cli.runtime` starts Rasa and the action server this way."""

from __future__ import annotations

import runpy
import sys

from bot.intake.identity import install_log_masking


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m bot.cli.masked_run MODULE [ARGS...]")
    install_log_masking()
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
