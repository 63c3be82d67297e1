"""The phone panel's widgets and their places (no behaviour: ``panel.py`` wires them).

``build(panel)`` creates every widget as a public attribute of the panel with the object
names CONTRACT.md lists (incomingNumber, takeCallButton, callTimer, callPurpose,
callerCard, callOutcome, callNotes, callbackCheck, callbackAt, endCallButton, callError,
resumeSaleButton, answerCallButton and declineCallButton (shown while a call rings), the
action buttons and the call list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counterapp.ui.common import palette
from counterapp.ui.phone.call_list_box import CallListBox
from counterapp.ui.phone.caller_card import CallerCardView
from counterapp.ui.phone.labels import OUTCOME_LABELS, PURPOSE_LABELS, label

ERROR_STYLE = palette.message_style("error")
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


def _error_label(parent: QWidget, name: str) -> QLabel:
    error = QLabel(parent)
    error.setObjectName(name)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    return error


def _combo(parent: QWidget, name: str, first: str, labels: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(first, "")
    for key in labels:
        combo.addItem(label(labels, key), key)
    return combo


def _call_part(panel) -> QWidget:
    part = QWidget(panel)
    panel.number_edit = QLineEdit(part)
    panel.number_edit.setObjectName("incomingNumber")
    panel.number_edit.setPlaceholderText(translate("PhonePanel", "Caller's number, then Enter"))
    panel.number_edit.setClearButtonEnabled(True)
    panel.take_button = _button(part, translate("PhonePanel", "Take call (Enter)"), "takeCallButton")
    panel.input_error = _error_label(part, "numberError")
    panel.input_error.hide()
    # While a call rings (#12 item 3): only Answer starts the call and parks the sale.
    panel.answer_button = _button(part, translate("PhonePanel", "Answer (Ctrl+Shift+A)"),
                                  "answerCallButton")
    panel.decline_button = _button(part, translate("PhonePanel", "Decline (Ctrl+Shift+X)"),
                                   "declineCallButton")
    top = QHBoxLayout()
    top.addWidget(panel.number_edit, 1)
    top.addWidget(panel.take_button)
    top.addWidget(panel.answer_button)
    top.addWidget(panel.decline_button)

    panel.state_label = QLabel(translate("PhonePanel", "No call"), part)
    panel.state_label.setObjectName("callState")
    panel.timer_label = QLabel("00:00", part)
    panel.timer_label.setObjectName("callTimer")
    font = QFont(panel.timer_label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    panel.timer_label.setFont(font)
    panel.purpose_combo = _combo(part, "callPurpose", translate("PhonePanel", "Purpose…"),
                                 PURPOSE_LABELS)
    state = QHBoxLayout()
    state.addWidget(panel.timer_label)
    state.addWidget(panel.state_label, 1)
    state.addWidget(panel.purpose_combo)

    panel.card_view = CallerCardView(part)
    panel.order_button = _button(part, translate("PhonePanel", "Phone order (Ctrl+Shift+O)"),
                                 "phoneOrderButton")
    panel.repeat_button = _button(part, translate("PhonePanel", "Repeat last order (Ctrl+Shift+R)"),
                                  "repeatOrderButton")
    panel.inquiry_button = _button(part, translate("PhonePanel", "Price / stock (Ctrl+Shift+I)"),
                                   "inquiryButton")
    panel.account_button = _button(part, translate("PhonePanel", "Update account…"), "accountButton")
    panel.handover_button = _button(part, translate("PhonePanel", "Handover note…"), "handoverButton")
    panel.history_button = _button(part, translate("PhonePanel", "Customer's calls…"),
                                   "customerHistoryButton")
    panel.lead_button = _button(part, translate("PhonePanel", "New lead… (Ctrl+Shift+N)"),
                                "newLeadButton")
    actions = QGridLayout()
    for position, button in enumerate((panel.order_button, panel.repeat_button,
                                       panel.inquiry_button, panel.account_button,
                                       panel.handover_button, panel.history_button,
                                       panel.lead_button)):
        actions.addWidget(button, position // 2, position % 2)

    layout = QVBoxLayout(part)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(panel.input_error)
    layout.addLayout(state)
    layout.addWidget(panel.card_view, 1)
    layout.addLayout(actions)
    layout.addWidget(_end_box(panel, part))
    panel.resume_button = _button(part, translate("PhonePanel", "Resume the parked sale (Ctrl+Shift+U)"),
                                  "resumeSaleButton")
    panel.resume_button.hide()
    layout.addWidget(panel.resume_button)
    return part


def _end_box(panel, parent: QWidget) -> QGroupBox:
    box = QGroupBox(translate("PhonePanel", "End of call"), parent)
    panel.outcome_combo = _combo(box, "callOutcome", translate("PhonePanel", "Outcome… (required)"),
                                 OUTCOME_LABELS)
    panel.notes_edit = QPlainTextEdit(box)
    panel.notes_edit.setObjectName("callNotes")
    panel.notes_edit.setPlaceholderText(translate("PhonePanel", "Notes"))
    panel.notes_edit.setTabChangesFocus(True)
    panel.notes_edit.setMaximumHeight(70)
    panel.callback_check = QCheckBox(translate("PhonePanel", "Call back at"), box)
    panel.callback_check.setObjectName("callbackCheck")
    panel.callback_edit = QDateTimeEdit(box)
    panel.callback_edit.setObjectName("callbackAt")
    panel.callback_edit.setCalendarPopup(True)
    panel.callback_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    panel.end_button = _button(box, translate("PhonePanel", "End call (Ctrl+Shift+E)"), "endCallButton")
    panel.call_error = _error_label(box, "callError")
    grid = QGridLayout(box)
    grid.addWidget(panel.outcome_combo, 0, 0, 1, 2)
    grid.addWidget(panel.notes_edit, 1, 0, 1, 2)
    grid.addWidget(panel.callback_check, 2, 0)
    grid.addWidget(panel.callback_edit, 2, 1)
    grid.addWidget(panel.call_error, 3, 0, 1, 2)
    grid.addWidget(panel.end_button, 4, 0, 1, 2)
    return box


def build(panel) -> None:
    """Create the panel's widgets (public attributes) and lay them out."""
    call_part = _call_part(panel)
    panel.call_list = CallListBox(panel.services, panel.session, panel)
    panel.list_view, panel.list_model = panel.call_list.view, panel.call_list.model
    panel.dial_button = panel.call_list.dial_button
    splitter = QSplitter(Qt.Orientation.Vertical, panel)
    splitter.addWidget(call_part)
    splitter.addWidget(panel.call_list)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    layout = QVBoxLayout(panel)
    layout.addWidget(splitter)
