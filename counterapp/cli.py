"""The ``counterapp`` command line (CONTRACT.md): the GUI by default, subcommands for scripts.

Exit status: 0 done; 2 bad usage or bad input (one line on stderr naming the field, row or
value); 1 anything else (one line on stderr naming the log file that holds the traceback,
see ``counterapp.errortrail``). No traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import logging
import sys

from counterapp import __version__, errortrail
from counterapp.commands import COMMAND_MODULES
from counterapp.domain.errors import CounterAppError

log = logging.getLogger("counterapp")


class UsageError(Exception):
    """Bad usage detected after parsing (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as argparse does, without usage spam
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand registered by ``counterapp.commands``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                        help="sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/DB")
    parser = _Parser(prog="counterapp", description="CounterApp: inside-sales counter.",
                     parents=[common])
    parser.add_argument("--version", action="version", version=f"CounterApp {__version__}")
    parser.add_argument("--demo-if-empty", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    log_target = errortrail.install()  # log file, crash file and hooks, GUI and commands alike
    database = getattr(args, "database", None)
    if args.command is None:
        from counterapp.app import run_gui  # noqa: PLC0415 (Qt only when the GUI is asked for)

        return run_gui(database, demo_if_empty=args.demo_if_empty)
    try:
        return int(args.handler(args, database) or 0)
    except (CounterAppError, UsageError) as exc:
        log.info("%s failed: %s", args.command, exc)
        print(f"counterapp {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"counterapp {args.command}: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 (the contract: one line, details in the log)
        log.exception("%s failed", args.command)
        print(f"counterapp {args.command}: {type(exc).__name__}: {exc} (details in {log_target})",
              file=sys.stderr)
        return 1
