"""The composition root: settings → database → migrations → services → main window.

Nothing else in the app creates services or binds the database; tests call
``build_main_window`` the way the GUI start does.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from counterapp import __version__, app_mutex, errortrail, instance_client
from counterapp.db import describe_url
from counterapp.db.database import database_exists, sqlite_path
from counterapp.domain.errors import CounterAppError, NotFound
from counterapp.services import Services, open_services
from counterapp.services.backup import AutoBackup, backup_folder
from counterapp.settings import Settings, resolve_database_url
from counterapp.ui import single_instance
from counterapp.ui.common.crash_dialog import CrashReporter
from counterapp.ui.common.gc_collector import MainThreadGarbageCollector
from counterapp.ui.common.messages import ask_create_database
from counterapp.ui.main_window import MainWindow
from counterapp.ui.operation import Operation

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "counterapp.svg"
# The freedesktop id: the .desktop file, the AppStream component and the Wayland app id.
DESKTOP_ID = "io.counterapp.CounterApp"
# Set by the frozen smoke test (installer/smoke.py): log in as this demo user, save a grab
# of the main window to the path in SMOKE_SCREENSHOT_ENV and quit. Not for shops.
SMOKE_SCREENSHOT_ENV = "COUNTERAPP_SMOKE_SCREENSHOT"
SMOKE_USER = "admin"


def install_translations(app: QApplication, language: str = "") -> str:
    """Load CounterApp's and Qt's own translations; returns the language used.

    The language follows the system locale unless the settings name one.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    code = locale.name().split("_")[0]
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_dir), (f"counterapp_{code}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    app.setProperty("counterapp_translators", translators)
    return code


def build_main_window(database_url: str, *, user: str | None = None,
                      settings: Settings | None = None) -> MainWindow:
    """Connect, migrate, build the services and the main window (not yet shown).

    With ``user`` (a login) that user is logged in without a PIN; otherwise the PIN login
    appears when the window is shown. Needs a running ``QApplication``.
    """
    settings = settings or Settings()
    services = open_services(database_url, settings)
    window = MainWindow(services, settings, describe_url(database_url))
    if user is not None:
        window.set_actor(services.staff.actor(user))
    return window


def _seed_demo_if_empty(services: Services) -> None:
    """First start with an empty default database: fill it with the small demo set."""
    from counterapp.db.demo import database_is_empty, generate  # noqa: PLC0415 (rarely used)

    if database_is_empty():
        print("First start: filling the database with demo data…", file=sys.stderr)
        generate("small", progress=None)


def _prepare_database(url: str, settings: Settings, *, demo_if_empty: bool) -> bool:
    """Make sure the GUI has a database to open; False when the user chose to quit.

    ``make run`` (``--demo-if-empty``) creates and fills one; otherwise a missing file is
    created only after the user said so in a dialog that names the path.
    """
    create = demo_if_empty
    if not database_exists(url):
        if not demo_if_empty and not ask_create_database(None, str(sqlite_path(url))):
            return False
        create = True
    if create:
        services = open_services(url, settings, create=True)
        if demo_if_empty:
            _seed_demo_if_empty(services)
    return True


def install_auto_backup(window: MainWindow, database_url: str, settings: Settings) -> AutoBackup:
    """The automatic daily backup: now, off the UI thread, and when ``window`` closes.

    A failure is logged and never stops the app from starting or closing; on PostgreSQL
    the service only says once, in the log, to use ``pg_dump``.
    """
    auto = AutoBackup(database_url, backup_folder(settings))
    Operation(lambda progress: auto.run(at_start=True), parent=window, show_progress=False,
              failure=lambda exc: log.error("automatic backup at start failed: %s", exc)).start()

    def backup_at_close() -> None:
        try:
            auto.run(at_start=False)
        except Exception:  # noqa: BLE001 (closing goes on; the log has the cause)
            log.exception("automatic backup at close failed")

    # A plain non-daemon thread, not an Operation: the event loop is ending, and Python
    # waits for such a thread before the process exits, so the window vanishes at once
    # (a 200 MB shop takes 1-3 s to copy) and the copy still completes.
    window.closing.connect(
        lambda: threading.Thread(target=backup_at_close, name="backup-at-close").start())
    return auto


def run_gui(database_url: str | None, *, demo_if_empty: bool = False) -> int:
    """Start the GUI; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    errortrail.install()  # done by the command line already; the same trail for a direct call
    CrashReporter(app).install()  # Qt messages logged, one dialog per crash; app keeps it
    MainThreadGarbageCollector(app)  # no Qt object destroyed by a worker's collection
    app.setApplicationName("CounterApp")
    app.setOrganizationName("CounterApp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(ICON)))
    # The Windows installer's AppMutex: setup waits until every CounterApp has closed.
    app.setProperty("counterapp_mutex", app_mutex.hold())
    settings = Settings()
    install_translations(app, settings.get("language"))
    url = resolve_database_url(database_url, settings)
    incoming = os.environ.pop(instance_client.INCOMING_ENV, "")
    # One window per user and database: a second start hands its call over and leaves.
    if instance_client.send_message(url, {"cmd": "incoming_call", "number": incoming}
                                   if incoming else {"cmd": "raise"}, timeout_ms=500):
        return 0
    try:
        if not _prepare_database(url, settings, demo_if_empty=demo_if_empty):
            return 2
        screenshot = os.environ.get(SMOKE_SCREENSHOT_ENV)
        if screenshot:
            return _smoke_screenshot(app, url, settings, Path(screenshot))
        window = build_main_window(url, settings=settings)
    except (CounterAppError, NotFound) as exc:
        log.error("cannot start: %s", exc)
        QMessageBox.critical(None, app.translate("App", "CounterApp cannot start"), str(exc))
        return 2
    window.single_instance = single_instance.install(window, url)
    install_auto_backup(window, url, settings)
    window.show()
    if incoming:
        window.show_incoming_call(incoming)  # shown as soon as the rep has logged in
    return app.exec()


def _smoke_screenshot(app: QApplication, url: str, settings: Settings, target: Path) -> int:
    """Show the main window logged in as the demo manager, save a grab to ``target``, quit.

    The frozen smoke test's proof that the bundle can draw the real window (plugins,
    fonts, translations); exit 1 when the grab cannot be saved.
    """
    window = build_main_window(url, user=SMOKE_USER, settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    saved = window.grab().save(str(target), "PNG")
    window.close()
    return 0 if saved else 1
