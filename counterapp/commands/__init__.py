"""Subcommands of ``counterapp``: each module has ``register(subparsers, common)``.

A handler is ``handler(args, database_url_or_None) -> exit status``; it raises
``CounterAppError`` for bad input (the CLI turns it into one line and exit 2).
"""

from counterapp.commands import demo, user

COMMAND_MODULES = [demo, user]
