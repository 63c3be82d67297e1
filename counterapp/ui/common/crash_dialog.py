"""The window's part of the error trail: Qt's messages into the log, one dialog per crash.

:class:`CrashReporter` takes over ``sys.excepthook`` (an exception in a slot ends there;
in a windowed build nothing else would show it) and ``threading.excepthook``, logs each
with its traceback and what was on screen, and shows :class:`CrashDialog` once: a slot
that fails again and again (a timer, a repaint) does not bury the clerk in dialogs.
Qt's own warnings and criticals go to the same log through ``qInstallMessageHandler``.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counterapp import errortrail

log = logging.getLogger("counterapp.crash")
qt_log = logging.getLogger("qt")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# After a crash dialog closes, further uncaught exceptions within this many seconds are
# only logged: the same failing slot usually fires again at once.
QUIET_SECONDS = 10.0



def open_log_folder() -> bool:
    """Open the folder of the log and crash files in the desktop's file manager."""
    folder = errortrail.log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QMessageBox):
    """"Something went wrong", naming the log file, with a button that opens its folder."""

    def __init__(self, parent: QWidget | None, log_file: str):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "CounterApp: unexpected error"))
        self.setText(QCoreApplication.translate("CrashDialog", "Something went wrong. What you were doing may not have been "
                         "completed: please check it."))
        self.setInformativeText(QCoreApplication.translate("CrashDialog", "The details are in the log file %1. Please send it "
                                    "to whoever looks after CounterApp.").replace("%1", log_file))
        self.open_button = self.addButton(QCoreApplication.translate("CrashDialog", "Open log folder"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openLogFolderButton")
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)

    @classmethod
    def ask(cls, parent: QWidget | None, log_file: str) -> bool:
        """Show the dialog; True when the user asked to open the log folder.

        The one place the dialog runs modally: tests replace this classmethod.
        """
        dialog = cls(parent, log_file)
        dialog.exec()
        return dialog.clickedButton() is dialog.open_button


class CrashReporter(QObject):
    """Logs every uncaught exception and Qt message; shows one :class:`CrashDialog` per burst.

    Signals:
        report_requested: an exception was logged; connected queued, so the dialog opens
            from the event loop on the UI thread, whichever thread failed.
    """

    report_requested = Signal()

    def __init__(self, app: QApplication, clock: Callable[[], float] = time.monotonic):
        super().__init__(app)
        self._clock = clock
        self._showing = False
        self._quiet_until = float("-inf")
        self._previous = None
        self.report_requested.connect(self.report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over the exception hooks and Qt's message handler (:meth:`uninstall` undoes)."""
        previous_qt = qInstallMessageHandler(self.qt_message)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks and message handler that were there before :meth:`install`."""
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException | None,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook``: log with what was on screen, then ask for the dialog."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        # A QThread's run() ends here too, off the UI thread: widgets are only read on it.
        on_ui_thread = QThread.currentThread() is self.thread()
        errortrail.log_uncaught(exc_type, exc, tb,
                                where=self._screen() if on_ui_thread else "a Qt thread")
        self.report_requested.emit()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: log it; the dialog follows on the UI thread."""
        errortrail.thread_excepthook(args)
        if args.exc_type is not SystemExit:
            self.report_requested.emit()

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's message handler: Qt's warnings land in the log with where Qt said them."""
        where = ""
        if context.file:
            where = f" ({context.file}:{context.line}, {context.function})"
        category = context.category if context.category and context.category != "default" else ""
        qt_log.log(QT_LEVELS.get(mode, logging.WARNING), "%s%s%s",
                   f"[{category}] " if category else "", message, where)
        previous = self._previous[2] if self._previous else None
        if previous is not None:  # pytest-qt's capture, say: it keeps seeing Qt's messages
            previous(mode, context, message)
        elif sys.stderr is not None:  # what Qt's default handler does, for a terminal start
            print(message, file=sys.stderr)
        if mode == QtMsgType.QtFatalMsg:
            # Qt aborts right after this returns; faulthandler writes the stacks to crash.log.
            for handler in logging.getLogger().handlers:
                handler.flush()

    def report(self) -> None:
        """Show the dialog, unless one is open or one closed less than QUIET_SECONDS ago."""
        if self._showing or self._clock() < self._quiet_until:
            log.info("crash dialog not shown again (one is open or was just closed)")
            return
        self._showing = True
        try:
            if CrashDialog.ask(QApplication.activeWindow(), errortrail.log_target()):
                open_log_folder()
        finally:
            self._showing = False
            self._quiet_until = self._clock() + QUIET_SECONDS

    @staticmethod
    def _screen() -> str:
        """The active window and focused widget: where the clerk was when it failed."""
        parts = []
        for label, widget in (("window", QApplication.activeWindow()),
                              ("focus", QApplication.focusWidget())):
            if widget is not None:
                name = widget.objectName()
                parts.append(f"{label} {type(widget).__name__}" + (f" '{name}'" if name else ""))
        return ", ".join(parts) or "no active window"
