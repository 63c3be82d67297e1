"""Package the PyInstaller bundle as a Debian package with ``dpkg-deb``.

Layout installed:

- ``/opt/counterapp/``: the bundle (``counterapp``, ``counterapp-cli``, ``_internal/``);
- ``/usr/bin/counterapp``: a launcher that runs ``/opt/counterapp/counterapp``;
- ``/usr/share/applications/io.counterapp.CounterApp.desktop``: the menu entry;
- ``/usr/share/icons/hicolor/{NxN,scalable}/apps/io.counterapp.CounterApp.{png,svg}``;
- ``/usr/share/metainfo/io.counterapp.CounterApp.metainfo.xml``: AppStream, whose id and
  ``launchable`` name the desktop file above.

``Depends`` lists the Debian packages that own the system libraries the bundle still links
(found with ``ldd`` and ``dpkg -S`` on the build machine). Called by
``installer/build.py --deb`` (``make deb``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.counterapp.CounterApp"
PREFIX = "opt/counterapp"
LAUNCHER = """#!/bin/sh
# CounterApp launcher: the GUI without arguments, the command line with them.
exec /opt/counterapp/counterapp "$@"
"""


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def system_dependencies(bundle: Path) -> list[str]:
    """Debian packages owning the libraries the bundle's binaries load from the system."""
    outside: set[str] = set()
    missing: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or not (path.suffix == ".so" or ".so." in path.name
                                      or path.name in {"counterapp", "counterapp-cli"}):
            continue
        # The bootloader puts _internal on LD_LIBRARY_PATH; resolve the way it will.
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                env=dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal")))
        for line in result.stdout.splitlines():
            match = re.search(r"=>\s+(/\S+)", line)
            if match and not match.group(1).startswith(str(bundle)):
                outside.add(str(Path(match.group(1)).resolve()))
            elif "=> not found" in line:
                missing.add(line.split()[0])
    packages: set[str] = set()
    for library in sorted(outside):
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if owner.returncode:  # /lib vs /usr/lib on merged-/usr systems
            owner = subprocess.run(["dpkg", "-S", library.removeprefix("/usr")],
                                   capture_output=True, text=True)
        if owner.returncode == 0:
            packages.add(owner.stdout.split(":")[0].strip())
    # Not installed on the build machine (e.g. xcb's helpers on a headless builder): Debian
    # names a library's package after its soname (libxcb-icccm.so.4 → libxcb-icccm4).
    packages.update(soname_package(name) for name in missing)
    return sorted(packages)


def soname_package(soname: str) -> str:
    """Debian's package name for a shared library soname (Debian policy 8.1)."""
    base, _, version = soname.partition(".so.")
    separator = "-" if base[-1].isdigit() else ""
    return f"{base}{separator}{version}".lower().replace("_", "-")


def build_deb(bundle: Path, build: Path, dist: Path, version: str) -> Path:
    """Stage the package tree under ``build/deb`` and build ``dist/counterapp_V_ARCH.deb``."""
    arch = _run("dpkg", "--print-architecture").strip()
    stage = build / "deb" / f"counterapp_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)

    launcher = stage / "usr" / "bin" / "counterapp"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "counterapp.desktop",
                share / "applications" / f"{APP_ID}.desktop")
    for png in (build / "icons" / "hicolor").glob("*/apps/*.png"):
        target = share / "icons" / png.relative_to(build / "icons")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "counterapp.svg", scalable / f"{APP_ID}.svg")
    (share / "metainfo").mkdir()
    shutil.copy(build / f"{APP_ID}.metainfo.xml", share / "metainfo")

    size_kib = sum(f.lstat().st_size for f in stage.rglob("*") if f.is_file()) // 1024
    depends = ", ".join(system_dependencies(stage / PREFIX))
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: counterapp\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: CounterApp <support@counterapp.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {depends}\n"
        "Section: misc\nPriority: optional\nHomepage: https://counterapp.invalid/\n"
        "Description: desktop workstation for inside-sales counters\n"
        " Counter sales, phone calls and the shipping queue in one window, on SQLite or\n"
        " PostgreSQL. Installs to /opt/counterapp; `counterapp --help` lists the commands.\n",
        encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:  # dpkg-deb refuses group/world-writable dirs
        if path.is_dir():
            path.chmod(0o755)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"counterapp_{version}_{arch}.deb"
    # gzip: every dpkg reads it, and it packs 200 MB in a fraction of xz's time.
    _run("dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(target))
    return target
