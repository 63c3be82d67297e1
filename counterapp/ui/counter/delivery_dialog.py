"""F11: where and how the goods go — the customer's address (or a free one), method, date.

The promise is shown before saving: as method, date, rush or address change, the dialog
asks the shipping service (``ShippingService.promise``) for the date the shop can commit
to and why, and offers the earliest feasible date with one button.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterapp.domain import delivery as rules
from counterapp.domain.errors import CounterAppError
from counterapp.domain.formatting import format_date
from counterapp.services.cart import CustomerBadge
from counterapp.services.delivery import DeliveryRequest
from counterapp.services.shipping_status import DeliveryPromise
from counterapp.ui.common import palette
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.messages import error_text

FREE_ADDRESS = -1


class _Missing(dict):
    """Parameters for a reason's words: one the planner did not give reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


class DeliveryDialog(QDialog):
    """Builds a ``DeliveryRequest``; the shipping service decides the promised date."""

    def __init__(self, services, customer: CustomerBadge | None, today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.customer = customer
        self.today = today
        self.request: DeliveryRequest | None = None
        self.setObjectName("deliveryDialog")
        self.setWindowTitle(self.tr("Deliver the order"))

        self.address_combo = QComboBox(self)
        self.address_combo.setObjectName("deliveryAddress")
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setObjectName("deliveryRecipient")
        self.street_edit = QLineEdit(self)
        self.street_edit.setObjectName("deliveryStreet")
        self.postcode_edit = QLineEdit(self)
        self.postcode_edit.setObjectName("deliveryPostcode")
        self.postcode_edit.setMaxLength(10)
        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("deliveryCity")
        self.province_edit = QLineEdit(self)
        self.province_edit.setObjectName("deliveryProvince")
        self.province_edit.setMaxLength(2)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("deliveryPhone")
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("deliveryMethod")
        self.method_combo.addItem(self.tr("Courier service"), "courier")
        self.method_combo.addItem(self.tr("Our own van (in-house)"), "in_house")
        self.date_check = QCheckBox(self.tr("On a &requested date:"), self)
        self.date_check.setObjectName("deliveryDateWanted")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("requestedDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        tomorrow = today + dt.timedelta(days=1)
        self.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.rush_check = QCheckBox(self.tr("R&ush (today or the earliest possible)"), self)
        self.rush_check.setObjectName("rushCheck")
        self.parcels_spin = QSpinBox(self)
        self.parcels_spin.setObjectName("deliveryParcels")
        self.parcels_spin.setRange(1, 999)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("deliveryNotes")
        self.promised_label = QLabel(self)
        self.promised_label.setObjectName("promisedDate")
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("promiseReason")
        self.reason_label.setWordWrap(True)
        self.earliest_button = QPushButton(self)
        self.earliest_button.setObjectName("earliestDateButton")
        self.earliest_button.setAutoDefault(False)
        self.earliest_button.clicked.connect(self.use_earliest_date)
        self.promise: DeliveryPromise | None = None
        self.message = QLabel(self)
        self.message.setObjectName("deliveryMessage")
        palette.style_message(self.message, "error")
        self.message.setWordWrap(True)

        ok = QPushButton(self.tr("Continue to payment (Enter)"), self)
        ok.setObjectName("confirmDelivery")
        ok.setDefault(True)
        ok.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address_combo)
        form.addRow(self.tr("Reci&pient:"), self.recipient_edit)
        form.addRow(self.tr("&Street:"), self.street_edit)
        place = QHBoxLayout()
        place.addWidget(self.postcode_edit, 1)
        place.addWidget(self.city_edit, 3)
        place.addWidget(self.province_edit, 1)
        form.addRow(self.tr("Postcode, city, province:"), place)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&Method:"), self.method_combo)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date_edit, 1)
        form.addRow(date_row)
        form.addRow(self.rush_check)
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.promised_label, 1)
        promise_row.addWidget(self.earliest_button)
        form.addRow(self.tr("Promised:"), promise_row)
        form.addRow(self.reason_label)
        form.addRow(self.tr("Parc&els:"), self.parcels_spin)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 0)
        self._load_addresses()
        self.address_combo.currentIndexChanged.connect(self._address_chosen)
        self._address_chosen()
        for signal in (self.method_combo.currentIndexChanged, self.date_check.toggled,
                       self.date_edit.dateChanged, self.rush_check.toggled,
                       self.address_combo.currentIndexChanged,
                       self.province_edit.editingFinished):
            signal.connect(self.update_promise)
        self.update_promise()
        self.address_combo.setFocus()

    def _load_addresses(self) -> None:
        self.addresses = ()
        if self.customer is not None:
            try:
                detail = self.services.customers.get(self.customer.id)
                self.addresses = detail.addresses
                self.recipient_edit.setText(detail.name)
                if detail.phones:
                    self.phone_edit.setText(detail.phones[0].e164)
            except (CounterAppError, AttributeError) as exc:
                self.message.setText(error_text(exc) if isinstance(exc, CounterAppError) else "")
        for address in self.addresses:
            label = f"{address.street}, {address.postcode} {address.city} ({address.province})"
            if address.label:
                label = f"{address.label}: {label}"
            self.address_combo.addItem(label, address.id)
        self.address_combo.addItem(self.tr("Another address (type it below)"), FREE_ADDRESS)

    def _address_chosen(self) -> None:
        free = self.address_combo.currentData() == FREE_ADDRESS
        for edit in (self.street_edit, self.postcode_edit, self.city_edit, self.province_edit):
            edit.setEnabled(free)

    def _province(self) -> str:
        address_id = self.address_combo.currentData()
        if address_id == FREE_ADDRESS:
            return self.province_edit.text().strip().upper()
        return next((a.province for a in self.addresses if a.id == address_id), "")

    def _requested_date(self) -> dt.date | None:
        if not self.date_check.isChecked():
            return None
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def update_promise(self) -> None:
        """Ask the shipping service what can be promised now, and show it with its reason."""
        request = DeliveryRequest(method=self.method_combo.currentData(),
                                  requested_date=self._requested_date(),
                                  rush=self.rush_check.isChecked())
        try:
            self.promise = self.services.shipping.promise(request, self._province())
        except CounterAppError as exc:
            self.promise = None
            self.promised_label.setText("—")
            self.reason_label.setText(error_text(exc))
            palette.style_message(self.reason_label, "error")
            self.earliest_button.setVisible(False)
            return
        promise, locale = self.promise, ui_locale()
        self.promised_label.setText(
            f"<b>{format_date(promise.promised_date, locale)}</b>"
            if promise.promised_date else "—")
        self.reason_label.setText(self.reason_text(promise))
        palette.style_message(self.reason_label, "ok" if promise.feasible else "warning")
        earliest = promise.earliest_date
        offer = earliest is not None and (not promise.feasible
                                          or (request.requested_date is not None
                                              and earliest < request.requested_date))
        self.earliest_button.setVisible(offer)
        if earliest is not None:
            self.earliest_button.setText(
                self.tr("Earliest: %1").replace("%1", format_date(earliest, locale)))

    def use_earliest_date(self) -> None:
        """Ask for the earliest feasible date (the promise updates through the signals)."""
        if self.promise is None or self.promise.earliest_date is None:
            return
        day = self.promise.earliest_date
        self.date_check.setChecked(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.update_promise()

    def reason_text(self, promise: DeliveryPromise) -> str:
        """Why this date, in the UI language, dates written as the locale does."""
        locale = ui_locale()
        values = dict(promise.params)
        for key in ("promised", "ship_day", "target"):
            if values.get(key):
                values[key] = format_date(dt.date.fromisoformat(values[key]), locale)
        if values.get("full_days"):
            values["full_days"] = ", ".join(format_date(dt.date.fromisoformat(day), locale)
                                            for day in values["full_days"].split(", "))
        texts = {
            rules.RULE_OK: self.tr("Delivery on {promised} is possible."),
            rules.RULE_TARGET_WEEKEND: self.tr("{target} falls on a weekend: no deliveries "
                                               "at weekends."),
            rules.RULE_TARGET_HOLIDAY: self.tr("{target} is a public holiday ({holiday}): "
                                               "no deliveries."),
            rules.RULE_NO_PICKUP_TODAY: self.tr("Today is not a working day: the goods leave "
                                                "on {ship_day}."),
            rules.RULE_AFTER_CUTOFF: self.tr("Ordered at {time}, after the {cutoff} cut-off: "
                                             "the goods leave on {ship_day}."),
            rules.RULE_CAPACITY_FULL: self.tr("{driver} is fully booked ({capacity} stops) on "
                                              "{full_days}."),
            rules.RULE_TRANSIT_TIME: self.tr("{carrier} takes {transit_days} working day(s) in "
                                             "transit from {ship_day}."),
            rules.RULE_NO_CAPACITY: self.tr("{driver} has no free stop in the next {days} "
                                            "days."),
        }
        template = texts.get(promise.rule)
        if template is None:
            return promise.explanation
        text = template.format_map(_Missing(values))
        if promise.feasible:
            return text
        return self.tr("The rush cannot be met. {reason} Earliest delivery: {promised}.").format(
            reason=text, promised=values.get("promised", ""))

    def _confirm(self) -> None:
        address_id = self.address_combo.currentData()
        free = address_id == FREE_ADDRESS
        if free and not (self.street_edit.text().strip() and self.city_edit.text().strip()):
            self.message.setText(self.tr("Type the street and the city of the delivery."))
            (self.street_edit if not self.street_edit.text().strip()
             else self.city_edit).setFocus()
            return
        date = self.date_edit.date()
        self.request = DeliveryRequest(
            method=self.method_combo.currentData(),
            address_id=None if free else address_id,
            recipient=self.recipient_edit.text().strip(),
            street=self.street_edit.text().strip() if free else "",
            postcode=self.postcode_edit.text().strip() if free else "",
            city=self.city_edit.text().strip() if free else "",
            province=self.province_edit.text().strip().upper() if free else "",
            phone=self.phone_edit.text().strip(),
            requested_date=(dt.date(date.year(), date.month(), date.day())
                            if self.date_check.isChecked() else None),
            rush=self.rush_check.isChecked(), parcels=self.parcels_spin.value(),
            notes=self.notes_edit.text().strip())
        self.accept()

    @classmethod
    def ask(cls, services, customer: CustomerBadge | None, today: dt.date,
            parent: QWidget | None = None) -> DeliveryRequest | None:
        """The delivery request, or ``None`` when cancelled (tests may replace this)."""
        dialog = cls(services, customer, today, parent)
        dialog.exec()
        request = dialog.request
        dialog.deleteLater()
        return request
