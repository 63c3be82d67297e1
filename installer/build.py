"""Build CounterApp's installers with the version taken from ``counterapp.__version__``.

``python installer/build.py`` runs PyInstaller with ``installer/counterapp.spec`` and fills
the version into the Inno Setup script (Windows) and the AppStream metadata (Linux) under
``build/``. Nothing is edited by hand per release.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counterapp import __version__  # noqa: E402


def fill(template: Path, target: Path, **values: str) -> Path:
    """Copy ``template`` to ``target`` replacing ``@KEY@`` markers."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def main() -> int:
    """Build the bundle and the installer scripts; returns the exit status."""
    build = ROOT / "build"
    dist = ROOT / "dist"
    env = dict(os.environ, COUNTERAPP_VERSION=__version__)
    subprocess.run(["pyside6-lrelease", "-silent", "resources/i18n/counterapp_it.ts", "-qm",
                    "resources/i18n/counterapp_it.qm"], cwd=ROOT, check=True)
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm",
                             "--distpath", str(dist), "--workpath", str(build / "pyinstaller"),
                             str(ROOT / "installer" / "counterapp.spec")], cwd=ROOT, env=env)
    if result.returncode:
        print("PyInstaller failed (pip install pyinstaller)", file=sys.stderr)
        return result.returncode
    bundle = dist / f"counterapp-{__version__}"
    fill(ROOT / "installer" / "windows" / "counterapp.iss.in", build / "counterapp.iss",
         VERSION=__version__, DISTDIR=str(bundle))
    fill(ROOT / "installer" / "linux" / "io.counterapp.CounterApp.metainfo.xml.in",
         build / "io.counterapp.CounterApp.metainfo.xml",
         VERSION=__version__, DATE=dt.date.today().isoformat())
    print(f"bundle: {bundle}\nWindows: compile {build / 'counterapp.iss'} with Inno Setup (iscc)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
