"""Build CounterApp's bundle and installers with the version from ``counterapp.__version__``.

Run with the venv's Python (``make installer`` / ``make deb``)::

    python installer/build.py          # dist/counterapp-VERSION/ (+ build/counterapp.iss)
    python installer/build.py --deb    # ... and dist/counterapp_VERSION_ARCH.deb (Linux)

Every tool comes from the running interpreter's environment (``pyside6-lrelease`` next to
``sys.executable``, PyInstaller as ``-m PyInstaller``), never from ``PATH``. The icons
(hicolor PNGs, ``.ico``), the Windows version resource, the Inno Setup script and the
AppStream metadata are generated under ``build/``; nothing is edited by hand per release.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

from icons import make_ico, render_pngs  # noqa: E402

from counterapp import __version__  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / f"counterapp-{__version__}"
APP_ID = "io.counterapp.CounterApp"


def venv_tool(name: str) -> str:
    """The path of a console script installed next to this interpreter."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} is not installed in {Path(sys.executable).parent} "
                         "(run `make installer`, which installs the installer extra)")
    return found


def fill(template: Path, target: Path, **values: str) -> Path:
    """Copy ``template`` to ``target`` replacing ``@KEY@`` markers."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)`` for the Windows version resource (digits only)."""
    numbers = [int("".join(c for c in part if c.isdigit()) or 0)
               for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])


def write_version_file(target: Path) -> Path:
    """The Windows version resource (Properties → Details) in PyInstaller's format."""
    numbers = version_tuple(__version__)
    strings = {"CompanyName": "CounterApp", "FileDescription": "CounterApp",
               "FileVersion": __version__, "InternalName": "counterapp",
               "LegalCopyright": "CounterApp", "ProductName": "CounterApp",
               "ProductVersion": __version__}
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        f"  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),\n"
        "        VarFileInfo([VarStruct('Translation', [1033, 1200])])]\n"
        ")\n", encoding="utf-8")
    return target


def bundle_size(folder: Path) -> int:
    """Bytes in ``folder``, each file once (PyInstaller adds symlinks to libraries)."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build_bundle() -> int:
    """Release the translations, render the icons and run PyInstaller."""
    subprocess.run([venv_tool("pyside6-lrelease"), "-silent", "resources/i18n/counterapp_it.ts",
                    "-qm", "resources/i18n/counterapp_it.qm"], cwd=ROOT, check=True)
    pngs = render_pngs(BUILD / "icons")
    ico = make_ico(pngs, BUILD / "icons" / "counterapp.ico")
    env = dict(os.environ, COUNTERAPP_VERSION=__version__,
               COUNTERAPP_VERSION_FILE=str(write_version_file(BUILD / "version_info.txt")))
    if sys.platform == "win32":  # PyInstaller takes the .ico on Windows only
        env["COUNTERAPP_ICON"] = str(ico)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                             "WARN", "--distpath", str(DIST), "--workpath",
                             str(BUILD / "pyinstaller"),
                             str(ROOT / "installer" / "counterapp.spec")], cwd=ROOT, env=env)
    if result.returncode:
        print("PyInstaller failed", file=sys.stderr)
        return result.returncode
    if sys.platform != "win32":  # no console/windowed distinction: one program, two names
        (BUNDLE / "counterapp-cli").symlink_to("counterapp")
    print(f"bundle: {BUNDLE} ({bundle_size(BUNDLE) / 1e6:.1f} MB, "
          f"{time.monotonic() - started:.0f} s)")
    return 0


def write_metadata() -> None:
    """The Inno Setup script and the AppStream metadata, version filled in."""
    fill(ROOT / "installer" / "windows" / "counterapp.iss.in", BUILD / "counterapp.iss",
         VERSION=__version__, VERSION4=".".join(map(str, version_tuple(__version__))),
         DISTDIR=str(BUNDLE), ICON=str(BUILD / "icons" / "counterapp.ico"),
         OUTDIR=str(DIST))
    fill(ROOT / "installer" / "linux" / f"{APP_ID}.metainfo.xml.in",
         BUILD / f"{APP_ID}.metainfo.xml",
         VERSION=__version__, DATE=dt.date.today().isoformat())


def main(argv: list[str] | None = None) -> int:
    """Build the bundle, the installer scripts and (``--deb``) the Debian package."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    args = parser.parse_args(argv)
    code = build_bundle()
    if code:
        return code
    write_metadata()
    if sys.platform == "win32":
        print(f"Windows: iscc {BUILD / 'counterapp.iss'}")
    if args.deb:
        sys.path.insert(0, str(ROOT / "installer" / "linux"))
        from build_deb import build_deb  # noqa: PLC0415 (Linux only)

        print(f"deb: {build_deb(BUNDLE, BUILD, DIST, __version__)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
