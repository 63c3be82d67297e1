"""Helpers for the main-window tests: the UI language, seeded users, what lies off-screen."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from counterapp.app import install_translations
from tests.conftest import TEST_PINS


@contextmanager
def ui_language(language: str):
    """Install the catalogue of ``language`` (``it``/``en``) as the app does, then remove it."""
    app = QApplication.instance()
    before = QLocale()
    install_translations(app, {"it": "it_IT", "en": "en_US"}[language])
    try:
        yield
    finally:
        for translator in app.property("counterapp_translators") or []:
            app.removeTranslator(translator)
        app.setProperty("counterapp_translators", [])
        QLocale.setDefault(before)


def seed_users(services) -> None:
    """A manager and a junior with the test PINs."""
    staff = services.staff
    staff.create_user(None, "mgr", "Maria Manager", "manager", TEST_PINS["mgr"])
    staff.create_user(None, "junior", "Giulia Junior", "junior", TEST_PINS["junior"])


def off_screen(window: QWidget) -> list[str]:
    """Every visible child of ``window`` that does not lie wholly inside its rect."""
    bad = []
    rect = window.rect()
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        top_left = child.mapTo(window, child.rect().topLeft())
        bottom_right = child.mapTo(window, child.rect().bottomRight())
        if not (rect.contains(top_left) and rect.contains(bottom_right)):
            bad.append(f"{child.metaObject().className()} '{child.objectName()}' "
                       f"{top_left.toTuple()}–{bottom_right.toTuple()}")
    return bad
