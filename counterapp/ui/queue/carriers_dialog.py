"""Managers edit courier services (pickup, cut-off, transit, tracking) and in-house drivers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counterapp.services.carriers import CarrierRow, DriverRow
from counterapp.ui.common import palette
from counterapp.ui.common.messages import error_text

ERROR_STYLE = palette.message_style("error")


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(edit: QTimeEdit) -> dt.time:
    return dt.time(edit.time().hour(), edit.time().minute())


class _Editor(QWidget):
    """A list on the left, a form on the right, New and Save below."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)


class CarriersDriversDialog(QDialog):
    """Two tabs: courier services and in-house drivers.

    ``changed`` is True after anything was saved (the queue refills its filters).
    """

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.changed = False
        self.setObjectName("carriersDriversDialog")
        self.setWindowTitle(self.tr("Carriers and drivers"))
        self.resize(760, 420)
        tabs = QTabWidget(self)
        tabs.addTab(self._carrier_tab(), self.tr("Courier services"))
        tabs.addTab(self._driver_tab(), self.tr("In-house drivers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._load_carriers()
        self._load_drivers()

    # -- carriers -------------------------------------------------------------------------
    def _carrier_tab(self) -> QWidget:
        tab = self.carrier_tab = _Editor(self)
        tab.list.setObjectName("carrierList")
        self.c_code = QLineEdit(tab)
        self.c_code.setObjectName("carrierCode")
        self.c_code.setMaxLength(20)
        self.c_name = QLineEdit(tab)
        self.c_name.setObjectName("carrierName")
        self.c_pickup = QTimeEdit(tab)
        self.c_pickup.setObjectName("carrierPickup")
        self.c_cutoff = QTimeEdit(tab)
        self.c_cutoff.setObjectName("carrierCutoff")
        self.c_transit = QSpinBox(tab)
        self.c_transit.setRange(0, 30)
        self.c_express = QSpinBox(tab)
        self.c_express.setRange(0, 30)
        self.c_url = QLineEdit(tab)
        self.c_url.setObjectName("carrierTrackingUrl")
        self.c_url.setPlaceholderText("https://…/{tracking}")
        self.c_pattern = QLineEdit(tab)
        self.c_pattern.setObjectName("carrierTrackingPattern")
        self.c_pattern.setPlaceholderText(r"^\d{12}$")
        self.c_active = QCheckBox(self.tr("Active"), tab)
        for label, widget in ((self.tr("Code"), self.c_code), (self.tr("Name"), self.c_name),
                              (self.tr("Daily pickup"), self.c_pickup),
                              (self.tr("Cut-off"), self.c_cutoff),
                              (self.tr("Transit (working days)"), self.c_transit),
                              (self.tr("Express transit (rush)"), self.c_express),
                              (self.tr("Tracking URL"), self.c_url),
                              (self.tr("Tracking number pattern"), self.c_pattern),
                              ("", self.c_active)):
            tab.form.addRow(label, widget)
        tab.list.currentRowChanged.connect(self._show_carrier)
        tab.new_button.clicked.connect(lambda: self._show_carrier(-1))
        tab.save_button.clicked.connect(self.save_carrier)
        tab.save_button.setObjectName("saveCarrierButton")
        return tab

    def _load_carriers(self, select_id: int | None = None) -> None:
        self.carriers = self.services.carriers.carriers()
        self.carrier_tab.list.clear()
        for carrier in self.carriers:
            suffix = "" if carrier.active else " " + self.tr("(inactive)")
            self.carrier_tab.list.addItem(f"{carrier.code} – {carrier.name}{suffix}")
        ids = [c.id for c in self.carriers]
        self.carrier_tab.list.setCurrentRow(ids.index(select_id) if select_id in ids
                                            else (0 if ids else -1))
        if not ids:
            self._show_carrier(-1)

    def _show_carrier(self, row: int) -> None:
        carrier = self.carriers[row] if 0 <= row < len(self.carriers) else CarrierRow(
            id=None, code="", name="", pickup_time=dt.time(17), cutoff_time=dt.time(16))
        if row < 0:
            self.carrier_tab.list.clearSelection()
        self._carrier_id = carrier.id
        self.c_code.setText(carrier.code)
        self.c_name.setText(carrier.name)
        self.c_pickup.setTime(_qtime(carrier.pickup_time))
        self.c_cutoff.setTime(_qtime(carrier.cutoff_time))
        self.c_transit.setValue(carrier.transit_days)
        self.c_express.setValue(carrier.express_transit_days)
        self.c_url.setText(carrier.tracking_url_template)
        self.c_pattern.setText(carrier.tracking_pattern)
        self.c_active.setChecked(carrier.active)
        self.carrier_tab.error.clear()

    def carrier_form(self) -> CarrierRow:
        """The carrier as the form shows it."""
        return CarrierRow(id=self._carrier_id, code=self.c_code.text(), name=self.c_name.text(),
                          pickup_time=_pytime(self.c_pickup), cutoff_time=_pytime(self.c_cutoff),
                          transit_days=self.c_transit.value(),
                          express_transit_days=self.c_express.value(),
                          tracking_url_template=self.c_url.text(),
                          tracking_pattern=self.c_pattern.text(),
                          active=self.c_active.isChecked())

    def save_carrier(self) -> None:
        """Save the form (the service checks the manager's role and every field)."""
        try:
            saved = self.services.carriers.save_carrier(self.session.actor, self.carrier_form())
        except Exception as exc:  # noqa: BLE001 (shown next to the form)
            self.carrier_tab.error.setText(error_text(exc))
            return
        self.changed = True
        self._load_carriers(saved.id)

    # -- drivers --------------------------------------------------------------------------
    def _driver_tab(self) -> QWidget:
        tab = self.driver_tab = _Editor(self)
        tab.list.setObjectName("driverList")
        self.d_name = QLineEdit(tab)
        self.d_name.setObjectName("driverName")
        self.d_zone = QLineEdit(tab)
        self.d_provinces = QLineEdit(tab)
        self.d_provinces.setObjectName("driverProvinces")
        self.d_provinces.setPlaceholderText("MI, MB, LO")
        self.d_capacity = QSpinBox(tab)
        self.d_capacity.setObjectName("driverCapacity")
        self.d_capacity.setRange(1, 500)
        self.d_cutoff = QTimeEdit(tab)
        self.d_active = QCheckBox(self.tr("Active"), tab)
        for label, widget in ((self.tr("Name"), self.d_name), (self.tr("Zone"), self.d_zone),
                              (self.tr("Provinces served"), self.d_provinces),
                              (self.tr("Stops per day"), self.d_capacity),
                              (self.tr("Cut-off for same day"), self.d_cutoff),
                              ("", self.d_active)):
            tab.form.addRow(label, widget)
        tab.list.currentRowChanged.connect(self._show_driver)
        tab.new_button.clicked.connect(lambda: self._show_driver(-1))
        tab.save_button.clicked.connect(self.save_driver)
        tab.save_button.setObjectName("saveDriverButton")
        return tab

    def _load_drivers(self, select_id: int | None = None) -> None:
        self.drivers = self.services.carriers.drivers()
        self.driver_tab.list.clear()
        for driver in self.drivers:
            suffix = "" if driver.active else " " + self.tr("(inactive)")
            self.driver_tab.list.addItem(f"{driver.name} – {driver.provinces}{suffix}")
        ids = [d.id for d in self.drivers]
        self.driver_tab.list.setCurrentRow(ids.index(select_id) if select_id in ids
                                           else (0 if ids else -1))
        if not ids:
            self._show_driver(-1)

    def _show_driver(self, row: int) -> None:
        driver = self.drivers[row] if 0 <= row < len(self.drivers) else DriverRow(id=None,
                                                                                  name="")
        if row < 0:
            self.driver_tab.list.clearSelection()
        self._driver_id = driver.id
        self.d_name.setText(driver.name)
        self.d_zone.setText(driver.zone)
        self.d_provinces.setText(driver.provinces)
        self.d_capacity.setValue(driver.daily_capacity)
        self.d_cutoff.setTime(_qtime(driver.cutoff_time))
        self.d_active.setChecked(driver.active)
        self.driver_tab.error.clear()

    def driver_form(self) -> DriverRow:
        """The driver as the form shows it."""
        return replace(DriverRow(id=self._driver_id, name=self.d_name.text()),
                       zone=self.d_zone.text(), provinces=self.d_provinces.text(),
                       daily_capacity=self.d_capacity.value(),
                       cutoff_time=_pytime(self.d_cutoff), active=self.d_active.isChecked())

    def save_driver(self) -> None:
        """Save the form (the service checks the manager's role and every field)."""
        try:
            saved = self.services.carriers.save_driver(self.session.actor, self.driver_form())
        except Exception as exc:  # noqa: BLE001 (shown next to the form)
            self.driver_tab.error.setText(error_text(exc))
            return
        self.changed = True
        self._load_drivers(saved.id)
