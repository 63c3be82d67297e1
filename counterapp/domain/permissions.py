"""Who may do what: the role × action matrix, in one place.

Services call ``require(role, action, ...)``; the UI never decides. An action a role may
not do alone raises ``PermissionDenied(needs_approval=True)`` when a senior rep or a manager
may approve it on the spot with their PIN.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from counterapp.domain.errors import PermissionDenied


class Role(StrEnum):
    """Staff roles, lowest to highest rights."""

    JUNIOR = "junior"
    SENIOR = "senior"
    ACCOUNT_MANAGER = "account-manager"
    MANAGER = "manager"


class Action(StrEnum):
    """Operations that are permission-checked."""

    LINE_DISCOUNT = "line_discount"
    CART_DISCOUNT = "cart_discount"
    PRICE_OVERRIDE = "price_override"
    SALE_OVER_CREDIT = "sale_over_credit"
    REFUND = "refund"
    VOID_SALE = "void_sale"
    REPRINT = "reprint"
    EDIT_PRICES = "edit_prices"
    EDIT_USERS = "edit_users"
    CHANGE_CREDIT_LIMIT = "change_credit_limit"
    UNLOCK_USER = "unlock_user"
    VIEW_AUDIT = "view_audit"
    MERGE_CUSTOMERS = "merge_customers"
    ASSIGN_ACCOUNT_MANAGER = "assign_account_manager"
    SELL_BEYOND_STOCK = "sell_beyond_stock"
    IMPORT_DATA = "import_data"


ALLOW, APPROVAL, DENY = "allow", "approval", "deny"
J, S, A, M = Role.JUNIOR, Role.SENIOR, Role.ACCOUNT_MANAGER, Role.MANAGER

# Discount actions are also bounded by the per-role limit (settings); "allow" there means
# "allowed up to the limit". Refunds are bounded by REFUND_LIMITS.
MATRIX: dict[Action, dict[Role, str]] = {
    Action.LINE_DISCOUNT: {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.CART_DISCOUNT: {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.PRICE_OVERRIDE: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.SALE_OVER_CREDIT: {J: APPROVAL, S: APPROVAL, A: APPROVAL, M: ALLOW},
    Action.REFUND: {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.VOID_SALE: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.REPRINT: {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.EDIT_PRICES: {J: DENY, S: DENY, A: DENY, M: ALLOW},
    Action.EDIT_USERS: {J: DENY, S: DENY, A: DENY, M: ALLOW},
    Action.CHANGE_CREDIT_LIMIT: {J: APPROVAL, S: APPROVAL, A: ALLOW, M: ALLOW},
    Action.UNLOCK_USER: {J: DENY, S: DENY, A: DENY, M: ALLOW},
    Action.VIEW_AUDIT: {J: DENY, S: DENY, A: DENY, M: ALLOW},
    Action.MERGE_CUSTOMERS: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.ASSIGN_ACCOUNT_MANAGER: {J: DENY, S: DENY, A: ALLOW, M: ALLOW},
    Action.SELL_BEYOND_STOCK: {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.IMPORT_DATA: {J: DENY, S: DENY, A: DENY, M: ALLOW},
}

# Roles whose PIN may approve an action another role needs approval for.
APPROVERS = frozenset({Role.SENIOR, Role.MANAGER})

DEFAULT_DISCOUNT_LIMITS = {J: Decimal("5"), S: Decimal("15"), A: Decimal("15"), M: Decimal("100")}
# Discount a senior or manager may approve for someone else on the spot: a senior trains and
# covers juniors, so they may approve more than they would give alone (the shop sets both).
DEFAULT_APPROVAL_LIMITS = {J: Decimal("0"), S: Decimal("25"), A: Decimal("0"),
                           M: Decimal("100")}
# Refund amount a role may give alone (euros); above it needs approval.
DEFAULT_REFUND_LIMITS = {J: Decimal("50"), S: Decimal("500"), A: Decimal("500"),
                         M: Decimal("9999999")}

_LIMITED = {Action.LINE_DISCOUNT, Action.CART_DISCOUNT}


def decision(role: Role, action: Action, amount: Decimal | None = None,
             discount_limits: dict[Role, Decimal] | None = None,
             refund_limits: dict[Role, Decimal] | None = None) -> str:
    """``"allow"``, ``"approval"`` or ``"deny"`` for ``role`` doing ``action`` for ``amount``."""
    verdict = MATRIX[Action(action)][Role(role)]
    if verdict != ALLOW:
        return verdict
    if action in _LIMITED and amount is not None:
        limit = (discount_limits or DEFAULT_DISCOUNT_LIMITS)[Role(role)]
        return ALLOW if amount <= limit else APPROVAL
    if action == Action.REFUND and amount is not None:
        limit = (refund_limits or DEFAULT_REFUND_LIMITS)[Role(role)]
        return ALLOW if amount <= limit else APPROVAL
    return ALLOW


def can_approve(approver_role: Role, action: Action, amount: Decimal | None = None,
                discount_limits: dict[Role, Decimal] | None = None,
                refund_limits: dict[Role, Decimal] | None = None,
                approval_limits: dict[Role, Decimal] | None = None) -> bool:
    """An approver must be a senior or manager allowed the action.

    Discounts are bounded by the approver's *approval* limit (a senior may approve a
    junior's 20 % though they would give only 15 % alone); other actions by what the
    approver may do themselves.
    """
    role = Role(approver_role)
    if role not in APPROVERS:
        return False
    if Action(action) in _LIMITED and amount is not None:
        limit = (approval_limits or DEFAULT_APPROVAL_LIMITS)[role]
        own = (discount_limits or DEFAULT_DISCOUNT_LIMITS)[role]
        return amount <= max(limit, own)
    return decision(role, action, amount, discount_limits, refund_limits) == ALLOW


def require(role: Role, action: Action, amount: Decimal | None = None, *,
            approver_role: Role | None = None,
            discount_limits: dict[Role, Decimal] | None = None,
            refund_limits: dict[Role, Decimal] | None = None,
            approval_limits: dict[Role, Decimal] | None = None) -> None:
    """Raise ``PermissionDenied`` unless ``role`` (or the on-the-spot approver) may do it."""
    verdict = decision(role, action, amount, discount_limits, refund_limits)
    if verdict == ALLOW:
        return
    if approver_role is not None and verdict == APPROVAL and can_approve(
            approver_role, action, amount, discount_limits, refund_limits, approval_limits):
        return
    if verdict == APPROVAL:
        detail = f" ({amount})" if amount is not None else ""
        raise PermissionDenied(action, f"{action}{detail} needs a senior's approval",
                               needs_approval=True, amount=amount)
    raise PermissionDenied(action, f"your role may not do {action}")
