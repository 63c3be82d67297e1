"""Find a customer as you type (name, code, phone in any format, VAT number, city).

Every panel opens it through ``CustomerSearchDialog.ask``; Enter picks the highlighted
customer (the first one unless the clerk moved down).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterapp.services import Services
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.customers.models import CustomerResultsModel
from counterapp.ui.session import Session

SEARCH_LIMIT = 50


class CustomerSearchDialog(QDialog):
    """Type-ahead customer search; ``customer_id`` is set when one is picked.

    Signals:
        customer_picked(int): the clerk chose this customer.
    """

    customer_picked = Signal(int)

    def __init__(self, services: Services, session: Session | None, parent: QWidget | None = None,
                 initial_text: str = ""):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.customer_id: int | None = None
        self.setObjectName("customerSearchDialog")
        self.setWindowTitle(self.tr("Find customer"))
        self.resize(980, 520)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("customerSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Name, code, phone number, VAT number, fiscal code or city…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = CustomerResultsModel(self)
        self.proxy, self.table = sorted_table(
            self.model, self, "customerResults", stretch_column=CustomerResultsModel.COL_NAME,
            single_selection=True, alternating=True)
        self.table.doubleClicked.connect(self.pick)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_args: self.update_buttons())
        self.status = QLabel(self)
        self.status.setObjectName("customerSearchStatus")

        self.new_button = QPushButton(self.tr("&New customer (Ctrl+N)"), self)
        self.new_button.setObjectName("newCustomerButton")
        self.edit_button = QPushButton(self.tr("&Edit (F2)"), self)
        self.edit_button.setObjectName("editCustomerButton")
        self.pick_button = QPushButton(self.tr("&Choose (Enter)"), self)
        self.pick_button.setObjectName("pickCustomerButton")
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        self.new_button.clicked.connect(self.new_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.pick_button.clicked.connect(self.pick)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_customer)
        QShortcut(QKeySequence("F2"), self, self.edit_customer)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._empty_prefix = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(services.ctx.settings.get("search_debounce_ms")))
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._enter)
        self._keys = _ArrowsToTable(self)
        self.search_edit.installEventFilter(self._keys)
        self.search_edit.setText(initial_text)
        self.search_edit.setFocus()
        self.update_buttons()

    # -- searching -------------------------------------------------------------------------
    def run_search(self) -> None:
        """Search now (the debounce timer calls this; Enter calls it if a search is pending)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        # A longer word cannot match what its prefix did not (qutebrowser's trick): skip the
        # query. Only for plain words: digits may complete a phone number or a VAT number.
        empty = self._empty_prefix
        if empty and text.startswith(empty) and text.isalpha():
            self.model.set_rows([])
            self.status.setText(self.tr("No customer found. Ctrl+N creates one."))
            self.update_buttons()
            return
        try:
            rows = self.services.customer_search.search(text, limit=SEARCH_LIMIT) if text else []
        except Exception as exc:  # noqa: BLE001 (a failed search must not close the dialog)
            self.status.setText(error_text(exc))
            return
        self._empty_prefix = text if (text and not rows and text.isalpha()) else ""
        self.model.set_rows(rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        if rows:
            self.table.selectRow(0)
        if not text:
            self.status.setText(self.tr("Type to search."))
        elif not rows:
            self.status.setText(self.tr("No customer found. Ctrl+N creates one."))
        elif len(rows) >= SEARCH_LIMIT:
            self.status.setText(self.tr("First %1 matches; type more to narrow down.")
                                .replace("%1", str(SEARCH_LIMIT)))
        else:
            self.status.setText(self.tr("%1 found.").replace("%1", str(len(rows))))
        self.update_buttons()

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run_search()
        self.pick()

    def selected_row(self):
        """The highlighted ``CustomerRow`` (or ``None``)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def update_buttons(self) -> None:
        """Enable Pick and Edit only while a row is selected (the key filter moves it too)."""
        has = self.selected_row() is not None
        self.pick_button.setEnabled(has)
        self.edit_button.setEnabled(has)

    # -- actions ---------------------------------------------------------------------------
    def pick(self, *_args) -> None:
        """Choose the highlighted customer and close."""
        row = self.selected_row()
        if row is None:
            return
        self.customer_id = row.id
        self.customer_picked.emit(row.id)
        self.accept()

    def _actor(self):
        return self.session.actor if self.session is not None else None

    def new_customer(self) -> None:
        """Ctrl+N: create a customer (the typed text becomes the name or the phone)."""
        from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

        text = self.search_edit.text().strip()
        detail = CustomerDialog.edit(self, self.services, self._actor(), None, initial_text=text)
        if detail is not None:
            self.customer_id = detail.id
            self.customer_picked.emit(detail.id)
            self.accept()

    def edit_customer(self) -> None:
        """F2: edit the highlighted customer, then refresh the results."""
        from counterapp.ui.customers.customer_dialog import CustomerDialog  # noqa: PLC0415

        row = self.selected_row()
        if row is None:
            return
        if CustomerDialog.edit(self, self.services, self._actor(), row.id) is not None:
            self.run_search()

    @classmethod
    def ask(cls, services: Services, session: Session | None, parent: QWidget | None = None,
            initial_text: str = "") -> int | None:
        """Show the dialog modally; the chosen customer's id, or ``None``."""
        dialog = cls(services, session, parent, initial_text)
        if initial_text:
            dialog.run_search()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.customer_id if accepted else None


class _ArrowsToTable(QObject):
    """Up/Down/PageUp/PageDown typed in the search box move the highlight in the table."""

    KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}

    def __init__(self, dialog: CustomerSearchDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and event.key() in self.KEYS:
            table = self.dialog.table
            count = self.dialog.proxy.rowCount()
            if count:
                row = max(table.currentIndex().row(), 0)
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
                        Qt.Key.Key_PageDown: 10}[event.key()]
                table.selectRow(min(max(row + step, 0), count - 1))
                self.dialog.update_buttons()
            return True
        return False
