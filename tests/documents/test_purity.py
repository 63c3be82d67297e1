"""The documents package stays pure: no Qt, no peewee, no upper layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "peewee", "playhouse", "counterapp.db", "counterapp.services",
             "counterapp.ui")

PROBE = f"""
import sys
import counterapp.documents.delivery_note, counterapp.documents.manifest
import counterapp.documents.order_slip, counterapp.documents.packing_slip
import counterapp.documents.quote, counterapp.documents.receipt
import counterapp.documents.run_sheet
loaded = [name for name in sys.modules if name.split(".")[0] in {FORBIDDEN!r}
          or name.startswith({FORBIDDEN!r})]
print(",".join(sorted(loaded)))
"""


def test_importing_documents_loads_no_qt_or_database_module():
    repository = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            check=True, cwd=repository)

    assert result.stdout.strip() == ""
