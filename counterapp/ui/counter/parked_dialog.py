"""F9: parked sales (who, when, customer, total) — and the question asked at closing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.domain.formatting import format_datetime, format_money
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import current_row, sorted_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _customer(parked) -> str:
    name = parked.customer_name or QCoreApplication.translate("ParkedDialog", "walk-in")
    return name + (f" – {parked.label}" if parked.label else "")


class ParkedModel(RowsModel):
    """Parked sales (``ParkedSaleRow``): who, when, customer, lines, total."""

    CONTEXT = "ParkedDialog"
    COL_USER, COL_WHEN, COL_CUSTOMER, COL_LINES, COL_TOTAL = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ParkedDialog", "Parked by"), lambda p: p.user_login),
        Column(QT_TRANSLATE_NOOP("ParkedDialog", "When"),
               lambda p: format_datetime(p.created_at, ui_locale(), year=False), lambda p: p.created_at),
        Column(QT_TRANSLATE_NOOP("ParkedDialog", "Customer"), _customer),
        Column(QT_TRANSLATE_NOOP("ParkedDialog", "Lines"), lambda p: str(p.lines_count),
               lambda p: p.lines_count, RIGHT),
        Column(QT_TRANSLATE_NOOP("ParkedDialog", "Total"), lambda p: format_money(p.gross, ui_locale()),
               lambda p: p.gross, RIGHT),
    )


class ParkedDialog(QDialog):
    """Parked sales, oldest first; Enter resumes (``chosen_id``), Delete discards.

    Signals:
        discarded(): a parked sale was thrown away.
    """

    discarded = Signal()

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.chosen_id: int | None = None
        self.setObjectName("parkedDialog")
        self.setWindowTitle(self.tr("Parked sales"))
        self.model = ParkedModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "parkedTable",
                                              stretch_column=ParkedModel.COL_CUSTOMER,
                                              single_selection=True)
        self.table.doubleClicked.connect(lambda _index: self._resume())
        self.message = QLabel(self)
        self.message.setObjectName("parkedMessage")
        self.message.setWordWrap(True)
        resume = QPushButton(self.tr("Resume (Enter)"), self)
        resume.setObjectName("resumeParked")
        resume.setDefault(True)
        resume.clicked.connect(self._resume)
        discard = QPushButton(self.tr("Discard (Del)"), self)
        discard.setObjectName("discardParked")
        discard.setAutoDefault(False)
        discard.clicked.connect(self._discard)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(discard)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(resume)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 360)
        self.rows = []
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        """Read the parked sales again."""
        try:
            self.rows = self.services.parking.list_parked()
        except CounterAppError as exc:
            self.rows = []
            self.message.setText(error_text(exc))
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No parked sales."))

    def _current(self):
        return current_row(self.table)

    def _resume(self) -> None:
        parked = self._current()
        if parked is not None:
            self.chosen_id = parked.id
            self.accept()

    def _discard(self) -> None:
        parked = self._current()
        if parked is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard parked sale"),
            self.tr("Throw away the parked sale of %1 (%2)?")
            .replace("%1", parked.customer_name or self.tr("walk-in"))
            .replace("%2", format_money(parked.gross, ui_locale())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.parking.discard_parked(self.session.actor, parked.id)
        except CounterAppError as exc:
            self.message.setText(error_text(exc))
            return
        self.discarded.emit()
        self.reload()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._resume()
            return
        if event.key() == Qt.Key.Key_Delete:
            self._discard()
            return
        super().keyPressEvent(event)


class CloseDialog:
    """The question asked when the app closes with a cart or parked sales."""

    @classmethod
    def ask(cls, parent: QWidget, cart_lines: int, parked: int) -> str:
        """``"park"``, ``"discard"``, ``"keep"`` or ``"cancel"`` (tests may replace this)."""
        box = QMessageBox(parent)
        box.setObjectName("closeCounterDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("CloseDialog", "Close CounterApp"))
        parts = []
        if cart_lines:
            parts.append(
                translate("CloseDialog", "The current sale has %1 lines.").replace(
                    "%1", str(cart_lines)
                )
            )
        if parked:
            parts.append(
                translate("CloseDialog", "%1 parked sales stay saved for the next start.").replace(
                    "%1", str(parked)
                )
            )
        box.setText("\n".join(parts))
        buttons = {}
        if cart_lines:
            buttons["park"] = box.addButton(
                translate("CloseDialog", "&Park the sale and close"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            buttons["discard"] = box.addButton(
                translate("CloseDialog", "&Discard the sale and close"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        else:
            buttons["keep"] = box.addButton(
                translate("CloseDialog", "&Close"), QMessageBox.ButtonRole.AcceptRole
            )
        buttons["cancel"] = box.addButton(
            translate("CloseDialog", "Cancel (Esc)"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(buttons.get("park") or buttons["keep"])
        box.setEscapeButton(buttons["cancel"])
        box.exec()
        clicked = box.clickedButton()
        return next((name for name, button in buttons.items() if button is clicked), "cancel")
