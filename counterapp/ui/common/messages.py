"""Typed service errors → translated, one-line messages for the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterapp.domain.errors import (
    AuthenticationFailed,
    Conflict,
    CounterAppError,
    DatabaseUnavailable,
    NotFound,
    PermissionDenied,
    ValidationError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(exc: BaseException) -> str:
    """A message a clerk understands; the service's own words follow the translated lead."""
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Please check %1: %2").replace("%1", exc.field).replace("%2", exc.message)
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Messages", "Not allowed: %1").replace("%1", str(exc))
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "Not found: %1").replace("%1", str(exc.key))
    if isinstance(exc, Conflict):
        return QCoreApplication.translate("Messages", "Someone else changed this first: %1").replace("%1", str(exc))
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "Login failed: %1").replace("%1", str(exc))
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate("Messages", "The database is not available: %1").replace("%1", str(exc))
    if isinstance(exc, CounterAppError):
        return str(exc)
    return QCoreApplication.translate("Messages", "Something went wrong (%1). The details are in the log file.").replace(
        "%1", type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A modal message box for an error that has no field to sit next to."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "CounterApp"), error_text(exc))
