"""Create or edit a business account or a consumer: identity, e-invoicing, terms, phones,
addresses and contacts. Errors appear next to the field the service names.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.customers import AddressInput, ContactInput, CustomerInput, PhoneInput
from counterapp.domain.errors import Conflict, PermissionDenied, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.phone import format_phone, try_normalize_phone
from counterapp.services import Actor, Services
from counterapp.services.customers import CustomerDetail
from counterapp.ui.common import palette
from counterapp.ui.common.approval import ApprovalDialog
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.messages import error_text, show_error
from counterapp.ui.standing import entry as standing_entry

IdRole = Qt.ItemDataRole.UserRole + 10
PAYMENT_TERMS = ("", "Rimessa diretta", "Bonifico 30 gg DF", "Bonifico 60 gg DFFM",
                 "RiBa 30 gg DFFM", "RiBa 60-90 gg DFFM", "Contrassegno")
STATUSES = (("active", QT_TRANSLATE_NOOP("CustomerDialog", "Active")),
            ("lead", QT_TRANSLATE_NOOP("CustomerDialog", "Lead (prospect)")),
            ("inactive", QT_TRANSLATE_NOOP("CustomerDialog", "Inactive")))
KINDS = (("b2c", QT_TRANSLATE_NOOP("CustomerDialog", "Consumer (B2C)")),
         ("b2b", QT_TRANSLATE_NOOP("CustomerDialog", "Business account (B2B)")))
PHONE_HEADERS = (QT_TRANSLATE_NOOP("CustomerDialog", "Number"),
                 QT_TRANSLATE_NOOP("CustomerDialog", "Label"))
ADDRESS_HEADERS = (QT_TRANSLATE_NOOP("CustomerDialog", "Label"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Street"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Postcode"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "City"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Prov."),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Country"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Default"))
CONTACT_HEADERS = (QT_TRANSLATE_NOOP("CustomerDialog", "Name"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Role"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "E-mail"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Phones (comma-separated)"),
                   QT_TRANSLATE_NOOP("CustomerDialog", "Active"))



def _table(headers, parent, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([translate("CustomerDialog", h) for h in headers])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, item_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(IdRole, item_id)
    return item


def _check(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                  | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


class CustomerDialog(QDialog):
    """The customer form; ``detail`` holds the saved ``CustomerDetail`` after Save."""

    def __init__(self, services: Services, actor: Actor | None, customer_id: int | None = None,
                 parent: QWidget | None = None, initial_text: str = ""):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.customer_id = customer_id
        self.detail: CustomerDetail | None = None
        self._original: CustomerDetail | None = None
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self.setObjectName("customerDialog")
        self.resize(1020, 640)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_account_tab(), self.tr("&Account"))
        self.tabs.addTab(self._build_phones_tab(), self.tr("P&hones"))
        self.tabs.addTab(self._build_addresses_tab(), self.tr("A&ddresses"))
        self.tabs.addTab(self._build_contacts_tab(), self.tr("C&ontacts"))
        self.message = QLabel(self)
        self.message.setObjectName("customerDialogMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.save_button.setObjectName("saveCustomerButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        self.standing_button = QPushButton(self.tr("Standing orders…"), self)
        self.standing_button.setObjectName("customerStandingOrdersButton")
        self.standing_button.setAutoDefault(False)
        self.standing_button.clicked.connect(self.open_standing_orders)
        buttons.addWidget(self.standing_button)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._fill_choices()
        if customer_id is not None:
            self._load(services.customers.get(customer_id))
            self.setWindowTitle(self.tr("Customer %1").replace("%1", self._original.code))
            self.standing_button.setVisible(self._original.kind == "b2b")
        else:
            self.setWindowTitle(self.tr("New customer"))
            self.standing_button.hide()  # a standing order needs a saved business account
            self._prefill(initial_text)
        self.name_edit.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, field: str, editor: QWidget) -> None:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(editor)
        error = QLabel(box)
        error.setObjectName(f"{field}Error")
        palette.style_message(error, "error")
        error.setWordWrap(True)
        error.hide()
        inner.addWidget(error)
        self._errors[field] = error
        self._editors[field] = editor
        form.addRow(label, box)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _build_account_tab(self) -> QWidget:
        page = QWidget(self)
        left, right = QFormLayout(), QFormLayout()
        self.kind_combo = QComboBox(page)
        self.kind_combo.setObjectName("customerKind")
        self.code_edit = self._line("customerCode", self.tr("empty: next free code"))
        self.name_edit = self._line("customerName")
        self.vat_edit = self._line("customerVatNumber", "IT01234567890")
        self.fiscal_edit = self._line("customerFiscalCode")
        self.sdi_edit = self._line("customerSdiCode", "0000000")
        self.sdi_edit.setMaxLength(7)
        self.pec_edit = self._line("customerPec", "fatture@pec.example.it")
        self.email_edit = self._line("customerEmail")
        self._row(left, self.tr("&Type:"), "kind", self.kind_combo)
        self._row(left, self.tr("Co&de:"), "code", self.code_edit)
        self._row(left, self.tr("&Name:"), "name", self.name_edit)
        self._row(left, self.tr("&VAT number:"), "vat_number", self.vat_edit)
        self._row(left, self.tr("&Fiscal code:"), "fiscal_code", self.fiscal_edit)
        self._row(left, self.tr("S&DI code:"), "sdi_code", self.sdi_edit)
        self._row(left, self.tr("&PEC:"), "pec", self.pec_edit)
        self._row(left, self.tr("&E-mail:"), "email", self.email_edit)
        self.price_list_combo = QComboBox(page)
        self.price_list_combo.setObjectName("customerPriceList")
        self.terms_combo = QComboBox(page)
        self.terms_combo.setObjectName("customerPaymentTerms")
        self.terms_combo.setEditable(True)
        self.credit_edit = self._line("customerCreditLimit", "0.00")
        self.credit_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.manager_combo = QComboBox(page)
        self.manager_combo.setObjectName("customerAccountManager")
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("customerStatus")
        self.balance_label = QLabel(page)
        self.balance_label.setObjectName("customerBalance")
        self.notes_edit = QPlainTextEdit(page)
        self.notes_edit.setObjectName("customerNotes")
        self.notes_edit.setTabChangesFocus(True)
        self._row(right, self.tr("Price &list:"), "price_list", self.price_list_combo)
        self._row(right, self.tr("Pa&yment terms:"), "payment_terms", self.terms_combo)
        self._row(right, self.tr("C&redit limit (€):"), "credit_limit", self.credit_edit)
        self._row(right, self.tr("Account &manager:"), "account_manager", self.manager_combo)
        self._row(right, self.tr("S&tatus:"), "status", self.status_combo)
        right.addRow(self.tr("Balance:"), self.balance_label)
        self._row(right, self.tr("No&tes:"), "notes", self.notes_edit)
        grid = QGridLayout(page)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return page

    def _children_page(self, table: QTableWidget, field: str, add_text: str,
                       hint: str = "") -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        if hint:
            label = QLabel(hint, page)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(table, 1)
        error = QLabel(page)
        error.setObjectName(f"{field}Error")
        palette.style_message(error, "error")
        error.hide()
        self._errors[field] = error
        self._editors[field] = table
        layout.addWidget(error)
        add = QPushButton(add_text, page)
        add.setObjectName(f"add_{field}")
        remove = QPushButton(self.tr("Remove selected"), page)
        remove.setObjectName(f"remove_{field}")
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: self._remove_rows(table))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_phones_tab(self) -> QWidget:
        self.phones_table = _table(PHONE_HEADERS, self, "customerPhones")
        return self._children_page(self.phones_table, "phones", self.tr("Add &phone"),
                                   self.tr("Type numbers in any format; they are shown in "
                                           "national format and matched on incoming calls."))

    def _build_addresses_tab(self) -> QWidget:
        self.addresses_table = _table(ADDRESS_HEADERS, self, "customerAddresses")
        self.addresses_table.horizontalHeader().setStretchLastSection(False)
        self.addresses_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.addresses_table.itemChanged.connect(self._one_default)
        return self._children_page(self.addresses_table, "addresses", self.tr("Add a&ddress"),
                                   self.tr("Tick the default delivery address."))

    def _build_contacts_tab(self) -> QWidget:
        self.contacts_table = _table(CONTACT_HEADERS, self, "customerContacts")
        self.contacts_table.horizontalHeader().setStretchLastSection(False)
        self.contacts_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        return self._children_page(self.contacts_table, "contacts", self.tr("Add c&ontact"))

    def _add_row(self, table: QTableWidget) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column in range(table.columnCount()):
            table.setItem(row, column, _item(""))
        if table is self.addresses_table:
            table.setItem(row, 5, _item("IT"))
            table.setItem(row, 6, _check(row == 0))
        if table is self.contacts_table:
            table.setItem(row, 4, _check(True))
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0 if table is not self.addresses_table else 1))

    def _remove_rows(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def _one_default(self, item: QTableWidgetItem) -> None:
        if item.column() != 6 or item.checkState() != Qt.CheckState.Checked:
            return
        table = self.addresses_table
        table.blockSignals(True)
        for row in range(table.rowCount()):
            other = table.item(row, 6)
            if other is not None and row != item.row():
                other.setCheckState(Qt.CheckState.Unchecked)
        table.blockSignals(False)

    def _fill_choices(self) -> None:
        for value, label in KINDS:
            self.kind_combo.addItem(translate("CustomerDialog", label), value)
        for value, label in STATUSES:
            self.status_combo.addItem(translate("CustomerDialog", label), value)
        self.price_list_combo.addItem(self.tr("Standard retail prices"), None)
        for price_list in self.services.customers.price_lists():
            self.price_list_combo.addItem(price_list.name, price_list.id)
        self.manager_combo.addItem(self.tr("(nobody)"), "")
        for login, name in self.services.customers.account_managers():
            self.manager_combo.addItem(f"{name} ({login})", login)
        self.terms_combo.addItems(list(PAYMENT_TERMS))

    # -- loading -----------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _prefill(self, text: str) -> None:
        self._select(self.status_combo, "active")
        self.balance_label.setText("–")
        if text and try_normalize_phone(text):
            self._add_row(self.phones_table)
            self.phones_table.item(0, 0).setText(format_phone(try_normalize_phone(text)))
        elif text:
            self.name_edit.setText(text)

    def _load(self, d: CustomerDetail) -> None:
        from counterapp.ui.customers.models import money_text  # noqa: PLC0415

        self._original = d
        self._select(self.kind_combo, d.kind)
        self.code_edit.setText(d.code)
        self.name_edit.setText(d.name)
        self.vat_edit.setText(d.vat_number)
        self.fiscal_edit.setText(d.fiscal_code)
        self.sdi_edit.setText(d.sdi_code)
        self.pec_edit.setText(d.pec)
        self.email_edit.setText(d.email)
        self._select(self.price_list_combo, d.price_list_id)
        self.terms_combo.setCurrentText(d.payment_terms)
        self.credit_edit.setText(str(d.credit_limit))
        self._select(self.manager_combo, d.account_manager_login)
        self._select(self.status_combo, d.status)
        self.balance_label.setText(money_text(d.balance))
        self.notes_edit.setPlainText(d.notes)
        table = self.phones_table
        for phone in (p for p in d.phones if p.contact_id is None):
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, _item(format_phone(phone.e164), phone.id))
            table.setItem(row, 1, _item(phone.label))
        table = self.addresses_table
        table.blockSignals(True)
        for a in d.addresses:
            row = table.rowCount()
            table.insertRow(row)
            for column, value in enumerate((a.label, a.street, a.postcode, a.city, a.province,
                                            a.country)):
                table.setItem(row, column, _item(value, a.id if column == 0 else None))
            table.setItem(row, 6, _check(a.is_default))
        table.blockSignals(False)
        table = self.contacts_table
        for k in d.contacts:
            row = table.rowCount()
            table.insertRow(row)
            phones = ", ".join(format_phone(p.e164) for p in k.phones)
            for column, value in enumerate((k.name, k.role, k.email, phones)):
                table.setItem(row, column, _item(value, k.id if column == 0 else None))
            table.setItem(row, 4, _check(k.active))

    # -- saving ------------------------------------------------------------------------------
    def collect(self) -> CustomerInput:
        """The form as a ``CustomerInput`` (no validation: the service does that)."""
        phones = tuple(
            PhoneInput(number=_text(self.phones_table, r, 0), label=_text(self.phones_table, r, 1),
                       id=self.phones_table.item(r, 0).data(IdRole)
                       if self.phones_table.item(r, 0) else None)
            for r in range(self.phones_table.rowCount())
            if _text(self.phones_table, r, 0) or _text(self.phones_table, r, 1))
        t = self.addresses_table
        addresses = tuple(
            AddressInput(label=_text(t, r, 0), street=_text(t, r, 1), postcode=_text(t, r, 2),
                         city=_text(t, r, 3), province=_text(t, r, 4),
                         country=_text(t, r, 5) or "IT", is_default=_checked(t, r, 6),
                         id=t.item(r, 0).data(IdRole) if t.item(r, 0) else None)
            for r in range(t.rowCount()) if any(_text(t, r, c) for c in range(5)))
        existing = {}
        if self._original is not None:
            existing = {(k.id, p.e164): p.id for k in self._original.contacts for p in k.phones}
        t = self.contacts_table
        contacts = []
        for r in range(t.rowCount()):
            if not any(_text(t, r, c) for c in range(4)):
                continue
            contact_id = t.item(r, 0).data(IdRole) if t.item(r, 0) else None
            numbers = [n.strip() for n in _text(t, r, 3).replace(";", ",").split(",") if n.strip()]
            contacts.append(ContactInput(
                name=_text(t, r, 0), role=_text(t, r, 1), email=_text(t, r, 2),
                active=_checked(t, r, 4), id=contact_id,
                phones=tuple(PhoneInput(number=n, id=existing.get(
                    (contact_id, try_normalize_phone(n) or ""))) for n in numbers)))
        return CustomerInput(
            name=self.name_edit.text(), kind=self.kind_combo.currentData(),
            code=self.code_edit.text(), vat_number=self.vat_edit.text(),
            fiscal_code=self.fiscal_edit.text(), sdi_code=self.sdi_edit.text(),
            pec=self.pec_edit.text(), email=self.email_edit.text(),
            price_list_id=self.price_list_combo.currentData(),
            payment_terms=self.terms_combo.currentText(),
            credit_limit=self.credit_edit.text().strip() or "0",
            account_manager_login=self.manager_combo.currentData() or "",
            status=self.status_combo.currentData(), notes=self.notes_edit.toPlainText(),
            phones=phones, addresses=addresses, contacts=tuple(contacts))

    def _clear_errors(self) -> None:
        self.message.clear()
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_field_error(self, error: ValidationError) -> None:
        """Put the message next to the field the service named (or below the tabs)."""
        key = error.field.split("[")[0].split(".")[0]
        label = self._errors.get(key)
        if label is None:
            self.message.setText(error_text(error))
            return
        where = error.field[len(key):]
        text = error.message if not where else (self.tr("%1: %2").replace("%1", where)
                                                .replace("%2", error.message))
        if where.startswith("["):
            number = where[1:where.index("]")]
            if number.isdigit():
                text = (self.tr("Row %1: %2").replace("%1", str(int(number) + 1))
                        .replace("%2", error.message))
        label.setText(text)
        label.show()
        editor = self._editors[key]
        page = editor.parentWidget()
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        editor.setFocus()
        self.message.setText(self.tr("Please correct the field marked in red."))

    def save(self) -> None:
        """Validate and save through the service; asks for a senior's PIN when needed."""
        self._clear_errors()
        data = self.collect()
        approvals: tuple = ()
        # One PIN per guarded change (credit limit, price list): each refusal names its action.
        for _attempt in range(3):
            try:
                if self._original is None:
                    self.detail = self.services.customers.create(self.actor, data,
                                                                 approvals=approvals)
                else:
                    self.detail = self.services.customers.update(
                        self.actor, self._original.id, data,
                        expected_version=self._original.version, approvals=approvals)
            except ValidationError as exc:
                self.show_field_error(exc)
                return
            except PermissionDenied as exc:
                asked = {str(a.action) for a in approvals}
                if exc.needs_approval and str(exc.action) not in asked:
                    description = (self.tr("Changing the price list needs a senior's approval.")
                                   if exc.action == Action.CHANGE_PRICE_LIST else
                                   self.tr("Changing the credit limit needs a senior's "
                                           "approval."))
                    approval = ApprovalDialog.ask(
                        self.services, self.actor, Action(exc.action), amount=exc.amount,
                        description=description, parent=self)
                    if approval is None:
                        return
                    approvals = (*approvals, approval)
                    continue
                field = {Action.CHANGE_CREDIT_LIMIT: "credit_limit",
                         Action.CHANGE_PRICE_LIST: "price_list"}.get(exc.action,
                                                                     "account_manager")
                label = self._errors[field]
                label.setText(error_text(exc))
                label.show()
                return
            except Conflict as exc:
                QMessageBox.warning(self, self.tr("Changed meanwhile"), error_text(exc))
                return
            except Exception as exc:  # noqa: BLE001 (the dialog stays open with the input)
                show_error(self, exc)
                return
            self.accept()
            return

    def open_standing_orders(self) -> None:
        """The account's standing orders and their runs (``ui.standing``)."""
        if self._original is not None:
            standing_entry.open_standing_orders(self, self.services, self.actor, self._original.id,
                                 customer_name=self._original.name)

    @classmethod
    def edit(cls, parent: QWidget | None, services: Services, actor: Actor | None,
             customer_id: int | None = None, initial_text: str = "") -> CustomerDetail | None:
        """Show the dialog modally; the saved customer, or ``None`` if cancelled."""
        dialog = cls(services, actor, customer_id, parent, initial_text)
        return dialog.detail if dialog.exec() == QDialog.DialogCode.Accepted else None
