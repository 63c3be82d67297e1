"""Render the application icon from ``resources/icons/counterapp.svg`` at build time.

PNGs in the freedesktop hicolor sizes come from Qt's own SVG renderer (the one the app
uses for its window icon), and the Windows ``.ico`` is packed from them with Pillow (a
ReportLab dependency, so already in the venv). Nothing generated is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "counterapp.svg"
ICON_NAME = "io.counterapp.CounterApp"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(target: Path, sizes=HICOLOR_SIZES) -> dict[int, Path]:
    """Write ``target/hicolor/NxN/apps/<id>.png`` for each size; returns size → path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: PLC0415 (build-time only)
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {SVG}")
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = target / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise RuntimeError(f"cannot write {path}")
        written[size] = path
    return written


def make_ico(pngs: dict[int, Path], target: Path) -> Path:
    """Pack the rendered PNGs into one multi-size Windows icon."""
    from PIL import Image  # noqa: PLC0415 (build-time only)

    sizes = [s for s in ICO_SIZES if s in pngs]
    largest = Image.open(pngs[max(sizes)])
    # Each size from its own rendering (sharper than Pillow downscaling the largest).
    frames = [Image.open(pngs[s]).convert("RGBA") for s in sizes]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO", sizes=[(s, s) for s in sizes], append_images=frames)
    return target
