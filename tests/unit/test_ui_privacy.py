"""No module under ``counterapp/ui`` touches another object's private attributes.

A view reaching into ``panel._x`` from another module is how ``ui/counter/flows.py``
came to depend on 18 private names of the panel (#13): a rename then breaks a flow at
run time, far from the change. The rule is read from the source with ``ast`` (comments
such as ``# noqa: SLF001`` do not count): an attribute whose name starts with one
underscore may only be read or set on ``self`` or ``cls``. ``getattr``/``setattr``/
``hasattr`` with such a literal name count too. Dunder names (``__class__``) are
Python's, not private.
"""

from __future__ import annotations

import ast
from pathlib import Path

import counterapp

UI = Path(counterapp.__file__).parent / "ui"

# (module relative to counterapp/ui, attribute): why it is allowed. Keep it short.
ALLOWED = {
    # The dispatcher and Operation are one module-private pair in the same module: the
    # dispatcher delivers the worker's queued signals to the operation's private slots,
    # which no other code may call.
    ("operation.py", "_on_progress"): "dispatcher -> operation, same module",
    ("operation.py", "_on_published"): "dispatcher -> operation, same module",
    ("operation.py", "_finish"): "dispatcher -> operation, same module",
}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _owner_is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def private_accesses(source: str) -> list[tuple[int, str, str]]:
    """``(line, attribute, expression)`` for each private access on something not self/cls."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _private(node.attr) \
                and not _owner_is_self(node.value):
            found.append((node.lineno, node.attr, ast.unparse(node)))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "setattr", "hasattr", "delattr")
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
              and isinstance(node.args[1].value, str) and _private(node.args[1].value)
              and not _owner_is_self(node.args[0])):
            found.append((node.lineno, node.args[1].value, ast.unparse(node)))
    return found


def test_the_checker_sees_what_it_must():
    source = ("class A:\n    def f(self, panel):\n        self._ok = 1\n        panel._x()\n"
              "        getattr(panel, '_y')\n        return self.__class__, panel.__dict__\n")
    assert sorted((line, name) for line, name, _ in private_accesses(source)) == [(4, "_x"), (5, "_y")]


def test_no_ui_module_touches_private_attributes_of_other_objects():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        for line, name, expression in private_accesses(path.read_text(encoding="utf-8")):
            if (relative, name) not in ALLOWED:
                offenders.append(f"ui/{relative}:{line}: {expression}")
    assert offenders == []


def test_the_allow_list_has_no_stale_entries():
    used = set()
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        used |= {(relative, name) for _, name, _ in private_accesses(path.read_text("utf-8"))}
    assert set(ALLOWED) - used == set()
