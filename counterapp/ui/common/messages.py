"""Typed service errors → translated, one-line messages for the user."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterapp import errortrail
from counterapp.domain.errors import (
    AuthenticationFailed,
    Conflict,
    CounterAppError,
    DatabaseMissing,
    DatabaseRetryable,
    DatabaseUnavailable,
    DatabaseWriteFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)

# Why a write failed, in words a clerk can act on (the cause, never the driver's text).
_WRITE_FAILED = {
    "disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full: nothing was saved. Free some "
                                               "space (or call your technician) and try again."),
    "io_error": QT_TRANSLATE_NOOP("Messages", "The database file cannot be read or written "
                                              "(disk or permissions): nothing was saved."),
    "read_only": QT_TRANSLATE_NOOP("Messages", "The database can only be read now: nothing was "
                                               "saved."),
    "corrupt": QT_TRANSLATE_NOOP("Messages", "The database file is damaged: nothing was saved. "
                                             "Restore the latest backup."),
    "file_gone": QT_TRANSLATE_NOOP("Messages", "The database file was deleted or replaced while "
                                               "CounterApp was running: nothing was saved. "
                                               "Restart CounterApp."),
}

RETRYING = QT_TRANSLATE_NOOP("Messages", "Database unreachable, retrying…")


def retrying_text() -> str:
    """What the counter shows while an idempotent operation waits for the database."""
    return QCoreApplication.translate("Messages", RETRYING)


def ask_create_database(parent: QWidget | None, path: str) -> bool:
    """Ask whether to create a new, empty shop at ``path`` (no file there); True to create.

    A typo in a path must not silently open an empty shop: the user sees the path and
    chooses. Tests replace this function.
    """
    box = QMessageBox(parent)
    box.setObjectName("missingDatabaseDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "No database found"))
    box.setText(QCoreApplication.translate(
        "Messages", "There is no CounterApp database at\n%1\n\nCreate a new, empty shop there, "
                    "or quit and check the path?").replace("%1", path))
    create = box.addButton(QCoreApplication.translate("Messages", "Create a new shop here"),
                           QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("Messages", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is create



def error_text(exc: BaseException) -> str:
    """A message a clerk understands; the service's own words follow the translated lead."""
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Please check %1: %2").replace("%1", exc.field).replace("%2", exc.message)
    if isinstance(exc, PermissionDenied):
        if not exc.needs_approval:  # the service's text names an internal action id
            return QCoreApplication.translate(
                "Messages", "Your role may not do this: ask a manager.")
        return QCoreApplication.translate("Messages", "Not allowed: %1").replace("%1", str(exc))
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "Not found: %1").replace("%1", str(exc.key))
    if isinstance(exc, Conflict):
        return QCoreApplication.translate("Messages", "Someone else changed this first: %1").replace("%1", str(exc))
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "Login failed: %1").replace("%1", str(exc))
    if isinstance(exc, DatabaseRetryable):
        return QCoreApplication.translate(
            "Messages", "The database is unreachable, nothing was saved: try again in a moment. (%1)"
        ).replace("%1", str(exc))
    if isinstance(exc, DatabaseMissing):
        return QCoreApplication.translate("Messages", "There is no database at %1.").replace(
            "%1", exc.path)
    if isinstance(exc, DatabaseWriteFailed):
        lead = _WRITE_FAILED.get(exc.cause)
        if lead is not None:
            return QCoreApplication.translate("Messages", lead)
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate("Messages", "The database is not available: %1").replace("%1", str(exc))
    if isinstance(exc, CounterAppError):
        return str(exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). The details are in the log file %2.").replace(
        "%1", type(exc).__name__).replace("%2", errortrail.log_target())


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A modal message box for an error that has no field to sit next to."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "CounterApp"), error_text(exc))
