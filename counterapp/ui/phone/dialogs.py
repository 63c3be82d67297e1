"""Small dialogs of the phone panel: new lead, handover note, campaign, price inquiry.

Each modal dialog has a classmethod ``ask(...)`` that returns the result (or ``None``), so
tests can drive the dialog itself or replace ``ask``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain.errors import CounterAppError
from counterapp.domain.phone import format_phone
from counterapp.services import Actor, Services
from counterapp.services.calls import CallerMatch
from counterapp.ui.common import palette
from counterapp.ui.common.i18n import counted
from counterapp.ui.common.messages import error_text
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import sorted_table
from counterapp.ui.phone.labels import money_text


class _FormDialog(QDialog):
    """A form with OK/Cancel and an error line that names what is wrong."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        palette.style_message(self.error, "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        try:
            self.submit()
        except CounterAppError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    def submit(self) -> None:
        """Do the work; raise a ``CounterAppError`` to stay open with the message."""
        raise NotImplementedError


class NewLeadDialog(_FormDialog):
    """An unknown caller becomes a lead (status ``lead``) with the calling number."""

    def __init__(self, services: Services, actor: Actor, number: str,
                 parent: QWidget | None = None):
        super().__init__(self.tr("New lead"), parent)
        self.setObjectName("newLeadDialog")
        self.services, self.actor, self.number = services, actor, number
        self.result_match: CallerMatch | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("leadName")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("leadKind")
        self.kind_combo.addItem(self.tr("Consumer (B2C)"), "b2c")
        self.kind_combo.addItem(self.tr("Business (B2B)"), "b2b")
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("leadContact")
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("leadNotes")
        self.form.addRow(self.tr("Number"), QLabel(format_phone(number), self))
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Type"), self.kind_combo)
        self.form.addRow(self.tr("&Contact person"), self.contact_edit)
        self.form.addRow(self.tr("N&otes"), self.notes_edit)

    def submit(self) -> None:
        """Create the lead (the call service saves it through the customers service)."""
        self.result_match = self.services.calls.create_lead(
            self.actor, self.number, self.name_edit.text(), kind=self.kind_combo.currentData(),
            contact_name=self.contact_edit.text(), notes=self.notes_edit.text())

    @classmethod
    def ask(cls, parent, services: Services, actor: Actor, number: str) -> CallerMatch | None:
        """The new lead, or ``None`` when cancelled."""
        dialog = cls(services, actor, number, parent)
        return dialog.result_match if dialog.exec() == QDialog.DialogCode.Accepted else None


class HandoverDialog(_FormDialog):
    """A note for the account manager (a follow-up task in their list)."""

    def __init__(self, services: Services, actor: Actor, customer_id: int, manager: str,
                 call_id: int | None, parent: QWidget | None = None):
        super().__init__(self.tr("Handover note for %1").replace("%1", manager), parent)
        self.setObjectName("handoverDialog")
        self.services, self.actor = services, actor
        self.customer_id, self.call_id = customer_id, call_id
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("handoverNote")
        self.form.addRow(self.tr("What should they know?"), self.note)

    def submit(self) -> None:
        """Create the task for the manager."""
        self.services.calls.handover_note(self.actor, self.customer_id,
                                          self.note.toPlainText(), self.call_id)

    @classmethod
    def ask(cls, parent, services, actor, customer_id, manager, call_id) -> bool:
        """True when the note was left."""
        return cls(services, actor, customer_id, manager, call_id,
                   parent).exec() == QDialog.DialogCode.Accepted


class CampaignDialog(_FormDialog):
    """A new campaign: a rule over customers and a script for the reps."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(self.tr("New campaign"), parent)
        self.setObjectName("campaignDialog")
        self.services, self.actor = services, actor
        self.name_edit = QLineEdit(self)
        self.rule_combo = QComboBox(self)
        self.rule_combo.addItem(self.tr("B2B accounts without an order in the last N days"),
                                "b2b_no_order_days")
        self.rule_combo.addItem(self.tr("Leads not contacted in N days"), "leads_not_contacted")
        self.rule_combo.addItem(self.tr("Customers who bought a product (SKU)"),
                                "bought_product")
        self.days = QSpinBox(self)
        self.days.setRange(1, 3650)
        self.days.setValue(60)
        self.sku = QLineEdit(self)
        self.script = QPlainTextEdit(self)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Rule"), self.rule_combo)
        self.form.addRow(self.tr("&Days (N)"), self.days)
        self.form.addRow(self.tr("&Product SKU"), self.sku)
        self.form.addRow(self.tr("&Script for the rep"), self.script)
        self.rule_combo.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()

    def _rule_changed(self) -> None:
        by_sku = self.rule_combo.currentData() == "bought_product"
        self.days.setEnabled(not by_sku)
        self.sku.setEnabled(by_sku)

    def submit(self) -> None:
        """Save the campaign."""
        rule = self.rule_combo.currentData()
        params = {"sku": self.sku.text()} if rule == "bought_product" else {
            "days": self.days.value()}
        self.services.campaigns.create(self.actor, self.name_edit.text(), rule, params,
                                       self.script.toPlainText())

    @classmethod
    def ask(cls, parent, services, actor) -> bool:
        """True when a campaign was created."""
        return cls(services, actor, parent).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class InquiryRow:
    """One product priced for the caller: one unit on their price list."""

    sku: str
    name: str
    unit_price: Decimal
    prices_include_vat: bool
    stock: int


def _price_text(row: InquiryRow) -> str:
    suffix = (QCoreApplication.translate("InquiryDialog", " VAT incl.")
              if row.prices_include_vat else QCoreApplication.translate("InquiryDialog",
                                                                         " + VAT"))
    return money_text(row.unit_price) + suffix


class InquiryModel(RowsModel):
    """``InquiryRow``: SKU, product, price for this customer, stock."""

    CONTEXT = "InquiryDialog"
    COL_SKU, COL_NAME, COL_PRICE, COL_STOCK = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("InquiryDialog", "SKU"), lambda r: r.sku),
        Column(QT_TRANSLATE_NOOP("InquiryDialog", "Product"), lambda r: r.name,
               tooltip=lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("InquiryDialog", "Price for this customer"), _price_text,
               lambda r: r.unit_price, RIGHT),
        Column(QT_TRANSLATE_NOOP("InquiryDialog", "Stock"), lambda r: str(r.stock),
               lambda r: r.stock, RIGHT),
    )


class InquiryDialog(QDialog):
    """Price and availability for the caller: this customer's price list, one unit."""

    def __init__(self, services: Services, customer_id: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self.setWindowTitle(self.tr("Price and availability"))
        self.services, self.customer_id = services, customer_id
        self.search = QLineEdit(self)
        self.search.setObjectName("inquirySearch")
        self.search.setPlaceholderText(self.tr("Product name, SKU or barcode – Enter"))
        self.model = InquiryModel(self)
        self.proxy, self.table = sorted_table(self.model, self, "inquiryResults",
                                              stretch_column=InquiryModel.COL_NAME)
        self.message = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.search.returnPressed.connect(self.run_search)
        self.resize(780, 420)  # a product name and "Prezzo per questo cliente" side by side

    def run_search(self) -> None:
        """Search the catalogue and price each hit for the caller (one line, one unit)."""
        from counterapp.services.cart import CartDraft, CartLineInput  # noqa: PLC0415

        try:
            products = self.services.catalog.search(self.search.text(), limit=20)
            rows = []
            for product in products:
                priced = self.services.pricing.price_cart(CartDraft(
                    lines=(CartLineInput(product_id=product.id, quantity=1),),
                    customer_id=self.customer_id, channel="phone"))
                line = priced.lines[0]
                rows.append(InquiryRow(product.sku, product.name, line.unit_price,
                                       line.prices_include_vat, line.stock))
            self.model.set_rows(rows)
            self.message.setText(counted(self.tr("%n products", "", len(products)), len(products),
                                     "%n product"))
        except CounterAppError as exc:
            self.message.setText(error_text(exc))


__all__ = ["CampaignDialog", "HandoverDialog", "InquiryDialog", "NewLeadDialog"]
