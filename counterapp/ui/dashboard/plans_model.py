"""The commission plans as a table: who it is for, from when, pay, basis, tiers, bonuses."""

from __future__ import annotations

from counterapp.domain.formatting import format_date, format_money
from counterapp.settings import QT_TRANSLATE_NOOP
from counterapp.ui.common.formatting import ui_locale
from counterapp.ui.common.i18n import translate
from counterapp.ui.common.rows_model import RIGHT, Column, RowsModel

BASIS_TEXT = {"net": QT_TRANSLATE_NOOP("PlansModel", "net sales"),
              "margin": QT_TRANSLATE_NOOP("PlansModel", "gross margin")}


def basis_text(basis: str) -> str:
    """A plan's basis in words (``net`` → "net sales")."""
    return translate("PlansModel", BASIS_TEXT[basis]) if basis in BASIS_TEXT else basis


def _money(value) -> str:
    return format_money(value, ui_locale())


class PlansModel(RowsModel):
    """One ``PlanRow`` per line, oldest first (the service's order)."""

    CONTEXT = "PlansModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PlansModel", "For"), lambda r: r.rep or r.role),
        Column(QT_TRANSLATE_NOOP("PlansModel", "Valid from"),
               lambda r: format_date(r.valid_from, ui_locale()), sort=lambda r: r.valid_from),
        Column(QT_TRANSLATE_NOOP("PlansModel", "Base pay"), lambda r: _money(r.base_pay),
               sort=lambda r: r.base_pay, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("PlansModel", "Basis"), lambda r: basis_text(r.basis)),
        Column(QT_TRANSLATE_NOOP("PlansModel", "Tiers"), lambda r: r.tiers),
        Column(QT_TRANSLATE_NOOP("PlansModel", "Quota bonus"), lambda r: _money(r.quota_bonus),
               sort=lambda r: r.quota_bonus, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("PlansModel", "New-account bonus"),
               lambda r: _money(r.new_account_bonus), sort=lambda r: r.new_account_bonus,
               align=RIGHT),
    )
