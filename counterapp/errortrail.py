"""A trail for every error, without Qt: the log file, the crash file and the last-resort hooks.

Every start (command line and window) calls :func:`install` once, before anything else can
fail. It sends the root logger to a rotating ``counterapp.log`` in :func:`counterapp.settings.log_dir`,
points :mod:`faulthandler` at ``crash.log`` beside it (a segfault in Qt or a deadlock
dump leaves the Python stacks there), and makes ``sys.excepthook`` and
``threading.excepthook`` log what nothing else caught, with its traceback and context.
The window adds Qt's message handler and the crash dialog on top
(``counterapp.ui.common.crash_dialog``).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

from counterapp import __version__
from counterapp.settings import log_dir

log = logging.getLogger("counterapp.errortrail")

LOG_FILE_NAME = "counterapp.log"
CRASH_FILE_NAME = "crash.log"
# 2 MB a file and 4 old ones: at most 10 MB, weeks of a busy counter at INFO, and each file
# small enough to attach to an e-mail to support.
LOG_MAX_BYTES = 2_000_000
LOG_BACKUP_COUNT = 4
# A crash file only grows by a few KB a hard crash; past this it starts afresh at start-up.
CRASH_MAX_BYTES = 1_000_000
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

# faulthandler writes to this file's descriptor from a signal handler, long after install()
# returned: the file object must stay open for the life of the process, so it lives here.
_crash_stream = None


class _TrailFileHandler(logging.handlers.RotatingFileHandler):
    """The log file :func:`setup_logging` installed (a later set-up replaces it)."""


class _TrailStderrHandler(logging.StreamHandler):
    """Where the log goes when the log directory cannot be written."""


def log_file() -> Path:
    """The path of the current log file (older ones end in ``.1`` … ``.4``)."""
    return log_dir() / LOG_FILE_NAME


def crash_file() -> Path:
    """Where faulthandler writes the Python stacks of a hard crash."""
    return log_dir() / CRASH_FILE_NAME


def log_target() -> str:
    """Where the log is actually going: the log file's path, or ``stderr`` if it could not open."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _TrailFileHandler):
            return handler.baseFilename
    return "stderr"


def setup_logging() -> str:
    """Send the root logger (INFO and up) to the rotating log file; returns :func:`log_target`.

    Called again (a test, or a second start in one process with another data directory),
    it moves the log to the new file instead of adding a second handler.
    """
    path = log_file()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if isinstance(handler, _TrailFileHandler) and Path(handler.baseFilename) == path.absolute():
            return handler.baseFilename
        if isinstance(handler, (_TrailFileHandler, _TrailStderrHandler)):
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _TrailFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT,
                                    encoding="utf-8")
    except OSError:
        handler = _TrailStderrHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return log_target()


def close_log() -> None:
    """Detach and close the log file (a test's clean-up; the next :func:`setup_logging` reopens)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, (_TrailFileHandler, _TrailStderrHandler)):
            root.removeHandler(handler)
            handler.close()


def enable_faulthandler() -> Path | None:
    """Dump every thread's Python stack into :func:`crash_file` on a fatal signal.

    Left alone when faulthandler is already on (``python -X faulthandler``,
    ``PYTHONFAULTHANDLER`` or pytest): whoever turned it on chose where the dump goes.
    Returns the crash file's path, or None when it stays where it was or cannot be opened.
    """
    global _crash_stream
    if faulthandler.is_enabled():
        return None
    path = crash_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > CRASH_MAX_BYTES else "a"
        stream = open(path, mode, encoding="utf-8")  # noqa: SIM115 (kept open on purpose)
    except OSError as exc:
        log.warning("cannot open the crash file %s: %s", path, exc)
        return None
    faulthandler.enable(file=stream, all_threads=True)
    if _crash_stream is not None:
        _crash_stream.close()
    _crash_stream = stream
    return path


def context() -> str:
    """Version, Python and OS: the first thing support asks about a traceback."""
    return (f"CounterApp {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}"
            + (", frozen" if getattr(sys, "frozen", False) else ""))


def log_uncaught(exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None, where: str = "") -> None:
    """Log an exception nothing caught, with its traceback and :func:`context`."""
    thread = threading.current_thread().name
    log.critical("uncaught %s in thread %s%s (%s)", exc_type.__name__, thread,
                 f", {where}" if where else "", context(), exc_info=(exc_type, exc, tb))


def excepthook(exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
    """``sys.excepthook``: log it, then one line on stderr (when there is one) naming the log."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_uncaught(exc_type, exc, tb)
    if sys.stderr is not None:  # None in a windowed build
        print(f"counterapp: {exc_type.__name__}: {exc} (details in {log_target()})",
              file=sys.stderr)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: log an exception that ended a thread, naming the thread."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught %s in thread %s (%s)", args.exc_type.__name__, name, context(),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> str:
    """The whole non-Qt trail: log file, crash file, both hooks. Returns :func:`log_target`.

    Idempotent: the command line calls it first thing and the window's start again.
    """
    target = setup_logging()
    crash = enable_faulthandler()
    if crash is not None:
        log.info("started (%s); hard crashes are written to %s", context(), crash)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    return target
