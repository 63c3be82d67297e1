"""Subcommands of ``counterapp``: each module here has ``register(subparsers, common)``.

A handler is ``handler(args, database_url_or_None) -> exit status``; it raises
``CounterAppError`` for bad input (the CLI turns it into one line and exit 2). Modules are
discovered, so adding a command is adding a module.
"""

import importlib
import pkgutil

_HELPERS = {"common"}

COMMAND_MODULES = [
    importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    if info.name not in _HELPERS
]
