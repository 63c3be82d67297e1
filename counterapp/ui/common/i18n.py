"""The one translation helper of the UI, and the rule that keeps lupdate seeing our strings.

``pyside6-lupdate`` extracts a string only from a literal call it recognises:
``QCoreApplication.translate("Context", "text")``, ``self.tr("text")`` or
``QT_TRANSLATE_NOOP("Context", "text")``. A helper called ``tr(context, text)`` or ``_tr(text)``
is invisible to it, so strings passed through such a helper silently never reach the
catalogue. The rule:

- write user-visible strings as literal ``QCoreApplication.translate("Context", "text")``
  calls (or ``self.tr("text")`` in a class that is never subclassed: in a base class
  ``self.tr`` takes the subclass's context);
- a string kept in a table of constants is marked with ``QT_TRANSLATE_NOOP("Context",
  "text")`` where it is written, and translated where it is shown with ``translate`` below,
  giving the same context.

``translate`` is named like Qt's function so that lupdate also extracts the odd literal call
``translate("Context", "text")`` made through it; it exists so modules need not import
``QCoreApplication`` only to look up a marked constant.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counterapp.ui.common.formatting import ui_locale


def translate(context: str, text: str) -> str:
    """``text`` in the UI language, looked up in ``context`` (as marked by lupdate)."""
    return QCoreApplication.translate(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """``text`` with a count: Qt picks the language's singular or plural form for ``n``.

    lupdate marks a string as numerus only from a literal ``self.tr("%n …", "", n)``, so
    each such string is also written once in ``counterapp.ui.common.plurals``.
    """
    return QCoreApplication.translate(context, text, "", n)


def counted(translated: str, n: int, english_singular: str) -> str:
    """The result of a numerus ``self.tr("%n things", "", n)``, right in English too.

    A catalogue gives each language its singular and plural; English has no catalogue (the
    source is the plural), so Qt would say "1 entries": for one, in English, the
    ``english_singular`` (``"%n entry"``) is used instead.
    """
    if n == 1 and ui_locale().startswith("en"):
        return english_singular.replace("%n", str(n))
    return translated
