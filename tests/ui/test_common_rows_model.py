"""The one list-model base (``ui/common/rows_model.RowsModel``) and every model built on it.

Each model is checked by ``qtmodeltester`` with rows of the service's own frozen dataclass,
and sorting is checked to compare native values, never display text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from decimal import Decimal
from types import UnionType

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from counterapp.domain.permissions import Role
from counterapp.services.audit import AuditRow
from counterapp.services.call_history import CallRow, DailyCallCount
from counterapp.services.cart import ParkedRow, ProductRow, QuoteRow, SaleLineRow
from counterapp.services.customer_reports import ValueRow
from counterapp.services.customer_search import CustomerRow
from counterapp.services.shipping_queue import QueueRow
from counterapp.services.shipping_reports import OnTimeRow
from counterapp.services.staff import UserRow
from counterapp.services.tasks import CallListRow
from counterapp.ui.audit.models import AuditModel
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel
from counterapp.ui.common.tables import RowRole, SortRole, current_row, sorted_table
from counterapp.ui.counter.parked_dialog import ParkedModel
from counterapp.ui.counter.quote_dialogs import QuotesModel
from counterapp.ui.counter.results_model import ResultsModel
from counterapp.ui.counter.return_dialog import ReturnLinesModel
from counterapp.ui.customers.models import CustomerResultsModel, ValueModel
from counterapp.ui.phone.call_list_model import CallHistoryModel, CallListModel, DailyCountModel
from counterapp.ui.phone.dialogs import InquiryModel, InquiryRow
from counterapp.ui.queue.delivery_check import LateModel
from counterapp.ui.queue.stats import OnTimeModel
from counterapp.ui.staff.models import UsersModel

_SAMPLES = {str: "Rossi & Figli", int: 3, Decimal: Decimal("1234.50"), bool: True,
            float: 1.5, dt.datetime: dt.datetime(2026, 11, 27, 14, 5),
            dt.date: dt.date(2026, 11, 20), Role: Role.SENIOR}


def _sample(kind):
    if kind in _SAMPLES:
        return _SAMPLES[kind]
    if isinstance(kind, UnionType) or typing.get_origin(kind) is typing.Union:
        return _sample(next(a for a in typing.get_args(kind) if a is not type(None)))
    origin = typing.get_origin(kind)
    if origin in (tuple, list):
        return origin()
    if isinstance(kind, type) and issubclass(kind, str):  # a StrEnum
        return next(iter(kind))
    return None


def make(cls, **values):
    """A real row dataclass with a plausible value in every field, ``values`` overriding."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: _sample(hints[f.name]) for f in dataclasses.fields(cls)
              if f.name not in values}
    return cls(**fields, **values)


class _Money(RowsModel):
    CONTEXT = "TestRows"
    COL_NAME, COL_AMOUNT = range(2)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TestRows", "Name"), lambda r: r[0]),
        Column(QT_TRANSLATE_NOOP("TestRows", "Amount"), lambda r: f"{r[1]:.2f} €",
               lambda r: r[1], RIGHT, tooltip=lambda r: r[0]),
    )


def test_base_feeds_sorts_on_native_values_and_passes_the_model_tester(qtbot, qtmodeltester):
    model = _Money()
    model.set_rows([("b", Decimal("9.50")), ("a", Decimal("10.00")), ("c", Decimal("100"))])
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    assert model.index(0, 1).data(SortRole) == Decimal("9.50")
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "a"
    assert model.index(2, 0).data(RowRole) == ("c", Decimal("100"))
    proxy, view = sorted_table(model, None, "moneyTable")
    qtbot.addWidget(view)
    view.sortByColumn(_Money.COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    # Text would order "10.00 €" < "100.00 €" < "9.50 €"; the Decimal order is the real one.
    assert [proxy.index(r, 0).data() for r in range(3)] == ["b", "a", "c"]
    view.selectRow(2)
    assert current_row(view) == ("c", Decimal("100"))
    model.set_rows([])
    assert model.rowCount() == 0 and model.row_at(0) is None


def _value_row(rank_revenue):
    return make(ValueRow, revenue=Decimal(rank_revenue), margin=Decimal("-1"))


MODELS = [
    (CustomerResultsModel, lambda: [make(CustomerRow, status="active", phone="+390212345678",
                                         balance=Decimal("900"), credit_limit=Decimal("500")),
                                    make(CustomerRow, status="inactive", phone="")]),
    (ValueModel, lambda: [_value_row("300"), _value_row("0")]),
    (AuditModel, lambda: [make(AuditRow), make(AuditRow, amount=None, at=None)]),
    (UsersModel, lambda: [make(UserRow, locked=True), make(UserRow, locked=False, active=False)]),
    (CallListModel, lambda: [make(CallListRow, overdue=True, number="+390212345678"),
                             make(CallListRow, overdue=False, due_at=None, number="")]),
    (CallHistoryModel, lambda: [make(CallRow, number="+390212345678"),
                                make(CallRow, number="+390212345679", purpose="", outcome="")]),
    (DailyCountModel, lambda: [make(DailyCallCount), make(DailyCallCount, orders=0)]),
    (ResultsModel, lambda: [make(ProductRow, stock=0), make(ProductRow, stock=5)]),
    (ParkedModel, lambda: [make(ParkedRow), make(ParkedRow, customer_name="", label="")]),
    (QuotesModel, lambda: [make(QuoteRow, status="quote", expired=False),
                           make(QuoteRow, status="converted", valid_until=None)]),
    (ReturnLinesModel, lambda: [make(SaleLineRow), make(SaleLineRow, quantity=7)]),
    (LateModel, lambda: [make(QueueRow), make(QueueRow, promised_date=None)]),
    (OnTimeModel, lambda: [make(OnTimeRow), make(OnTimeRow, label="")]),
    (InquiryModel, lambda: [InquiryRow("MIELE-500", "Miele", Decimal("7.90"), True, 12),
                            InquiryRow("X", "Y", Decimal("1"), False, 0)]),
]


@pytest.mark.parametrize(("model_class", "rows"), MODELS, ids=[m[0].__name__ for m in MODELS])
def test_every_list_model_is_a_rows_model_that_passes_the_model_tester(qtmodeltester,
                                                                        model_class, rows):
    model = model_class()
    assert isinstance(model, RowsModel)
    fed = rows()
    model.set_rows(fed)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)  # every column named
        for row in range(2):
            assert isinstance(model.index(row, column).data(), str)
            model.index(row, column).data(SortRole)  # never raises
    assert model.index(1, 0).data(RowRole) is fed[1]


def test_sort_values_are_native_not_display_text():
    customers = CustomerResultsModel()
    customers.set_rows([make(CustomerRow, balance=Decimal("9.50")),
                        make(CustomerRow, balance=Decimal("10.00"))])
    column = CustomerResultsModel.COL_BALANCE
    assert customers.index(0, column).data(SortRole) < customers.index(1, column).data(SortRole)
    calls = CallHistoryModel()
    calls.set_rows([make(CallRow)])
    assert isinstance(calls.index(0, CallHistoryModel.COL_STARTED).data(SortRole), dt.datetime)


def test_on_time_model_names_its_first_column_after_the_grouping(qtbot):
    model = OnTimeModel()
    with qtbot.waitSignal(model.headerDataChanged):
        model.set_group("method", "Method")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Method"
    model.set_rows([make(OnTimeRow, label="in_house")])
    assert model.index(0, 0).data() != "in_house"  # the method's translated label


def test_audit_and_staff_models_do_not_depend_on_the_customers_package():
    import counterapp.ui.audit.models as audit_models  # noqa: PLC0415
    import counterapp.ui.staff.models as staff_models  # noqa: PLC0415

    assert audit_models.RowsModel is RowsModel and staff_models.RowsModel is RowsModel


def test_a_sorted_table_opens_in_the_order_the_service_gave(qtbot):
    model = _Money()
    model.set_rows([("b", Decimal("2")), ("a", Decimal("1")), ("c", Decimal("3"))])
    proxy, view = sorted_table(model, None, "moneyTable")
    qtbot.addWidget(view)
    # Qt sorted by the first column as soon as sorting was enabled: c, b, a.
    assert [proxy.index(r, 0).data() for r in range(3)] == ["b", "a", "c"]
    view.selectRow(0)
    assert current_row(view) == ("b", Decimal("2"))


def test_sorting_happens_in_the_model_keeps_the_selection_and_survives_new_rows(qtbot):
    model = _Money()
    model.set_rows([("b", Decimal("9.50")), ("a", None), ("c", Decimal("100"))])
    proxy, view = sorted_table(model, None, "moneyTable")
    qtbot.addWidget(view)
    view.selectRow(0)  # "b"
    view.sortByColumn(_Money.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["c", "b", "a"]  # None last
    assert current_row(view) == ("b", Decimal("9.50"))  # the selection moved with its row
    assert proxy.sortColumn() == _Money.COL_AMOUNT
    model.set_rows([("x", Decimal("1")), ("y", Decimal("2"))])  # a refresh keeps the sort
    assert [proxy.index(r, 0).data() for r in range(2)] == ["y", "x"]
    proxy.sort(-1)  # back to the service's order
    assert [proxy.index(r, 0).data() for r in range(2)] == ["x", "y"]
    assert model.rows() == [("x", Decimal("1")), ("y", Decimal("2"))]
