"""Where every way of launching CounterApp starts: ``python -m counterapp``, the pip
console script ``counterapp`` and the frozen executable.

A softphone waits on ``counterapp call incoming NUMBER``: that command is handed to the
running window (:func:`counterapp.instance_client.fast_main`) before the command line,
with every subcommand and service, is imported (over a second on a busy workstation).
Everything else goes to :func:`counterapp.cli.main`. Standard library only at module level.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run CounterApp with ``argv`` (default: the process's arguments); the exit status."""
    args = sys.argv[1:] if argv is None else argv
    if args[:2] == ["call", "incoming"]:
        from counterapp.instance_client import fast_main  # noqa: PLC0415

        code = fast_main(args[2:])
        if code is not None:
            return code
    from counterapp.cli import main as cli_main  # noqa: PLC0415

    return cli_main(args)
