"""The Italian catalogue covers every string the code marks for translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counterapp.i18n_check import unfinished

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "counterapp_it.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_source_string_is_translated(tmp_path):
    """Extract the strings afresh into a copy of the catalogue: nothing may be left unfinished."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = [str(p) for p in sorted((ROOT / "counterapp").rglob("*.py"))]
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-extensions", "py", *sources,
                    "-ts", str(fresh)], check=True, cwd=ROOT)
    missing = unfinished(str(fresh))
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:10]} — run `make translations`"


def test_italian_catalogue_loads_into_qt(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = TS.with_suffix(".qm")
    if not qm.exists():
        pytest.skip("run `make` first to build the .qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LoginDialog", "&Log in") == "&Accedi"
    finally:
        QCoreApplication.removeTranslator(translator)
