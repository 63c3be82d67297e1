"""Who may do what: the role × action matrix and the one approval rule, in one place.

Services call ``counterapp.services.context.authorize`` (which calls ``judge`` here); the UI
never decides. An action a role may not do alone raises ``PermissionDenied(needs_approval=
True)`` when a senior rep or a manager may approve it on the spot with their PIN.

``SERVICE_ACTIONS`` names the action that guards every public service method that writes
or exports; ``READ_ONLY`` lists the ones that do neither. ``tests/services/
test_permissions_matrix.py`` walks every service method of ``build_services`` against both,
so a new method fails the suite until it is classified here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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

    EVERYDAY = "everyday"  # the counter's and the phone's daily work: any logged-in user
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
    CHANGE_PRICE_LIST = "change_price_list"
    DEACTIVATE_CUSTOMER = "deactivate_customer"
    UNLOCK_USER = "unlock_user"
    VIEW_AUDIT = "view_audit"
    MERGE_CUSTOMERS = "merge_customers"
    ASSIGN_ACCOUNT_MANAGER = "assign_account_manager"
    SELL_BEYOND_STOCK = "sell_beyond_stock"
    IMPORT_DATA = "import_data"
    EXPORT_ORDERS = "export_orders"
    EXPORT_CALLS = "export_calls"
    EXPORT_CUSTOMERS = "export_customers"
    EXPORT_PRODUCTS = "export_products"
    EXPORT_TASKS = "export_tasks"
    MANAGE_CARRIERS = "manage_carriers"
    MANAGE_CAMPAIGNS = "manage_campaigns"
    CHANGE_SETTINGS = "change_settings"
    CLOSE_MONTH = "close_month"
    RUN_STANDING_ORDERS = "run_standing_orders"
    FISCAL_CLOSE = "fiscal_close"
    OPEN_DRAWER = "open_drawer"  # the cash drawer without a sale (audited with a reason)
    EDIT_COMMISSION = "edit_commission"  # commission plans and quotas
    EXPORT_PERFORMANCE = "export_performance"


ALLOW, APPROVAL, DENY = "allow", "approval", "deny"
J, S, A, M = Role.JUNIOR, Role.SENIOR, Role.ACCOUNT_MANAGER, Role.MANAGER
_EVERYONE = {J: ALLOW, S: ALLOW, A: ALLOW, M: ALLOW}
_MANAGER_ONLY = {J: DENY, S: DENY, A: DENY, M: ALLOW}
_NOT_JUNIOR = {J: DENY, S: ALLOW, A: ALLOW, M: ALLOW}

# Discount actions are also bounded by the per-role limit (settings); "allow" there means
# "allowed up to the limit". Refunds are bounded by the refund limits, summed per sale and
# per user over a rolling day (the sales service adds them up).
MATRIX: dict[Action, dict[Role, str]] = {
    Action.EVERYDAY: _EVERYONE,
    Action.LINE_DISCOUNT: _EVERYONE,
    Action.CART_DISCOUNT: _EVERYONE,
    Action.PRICE_OVERRIDE: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.SALE_OVER_CREDIT: {J: APPROVAL, S: APPROVAL, A: APPROVAL, M: ALLOW},
    Action.REFUND: _EVERYONE,
    Action.VOID_SALE: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.REPRINT: _EVERYONE,
    Action.EDIT_PRICES: _MANAGER_ONLY,
    Action.EDIT_USERS: _MANAGER_ONLY,
    Action.CHANGE_CREDIT_LIMIT: {J: APPROVAL, S: APPROVAL, A: ALLOW, M: ALLOW},
    # A price list is a standing discount on every future sale: like a discount beyond the
    # junior's limit, a senior approves it (measuring it on a "typical basket" would be a
    # guess; the simplest honest rule is senior-only).
    Action.CHANGE_PRICE_LIST: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.DEACTIVATE_CUSTOMER: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.UNLOCK_USER: _MANAGER_ONLY,
    Action.VIEW_AUDIT: _MANAGER_ONLY,
    Action.MERGE_CUSTOMERS: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.ASSIGN_ACCOUNT_MANAGER: {J: DENY, S: DENY, A: ALLOW, M: ALLOW},
    Action.SELL_BEYOND_STOCK: _EVERYONE,
    Action.IMPORT_DATA: _MANAGER_ONLY,
    # Exports copy whole tables out of the shop: the customer base only for those who own
    # accounts, the catalogue (public prices) for anyone.
    Action.EXPORT_ORDERS: _NOT_JUNIOR,
    Action.EXPORT_CALLS: _NOT_JUNIOR,
    Action.EXPORT_CUSTOMERS: {J: DENY, S: DENY, A: ALLOW, M: ALLOW},
    Action.EXPORT_PRODUCTS: _EVERYONE,
    Action.EXPORT_TASKS: _NOT_JUNIOR,
    Action.MANAGE_CARRIERS: _MANAGER_ONLY,
    Action.MANAGE_CAMPAIGNS: _NOT_JUNIOR,
    Action.CHANGE_SETTINGS: _MANAGER_ONLY,
    Action.CLOSE_MONTH: _MANAGER_ONLY,
    Action.RUN_STANDING_ORDERS: _NOT_JUNIOR,
    Action.FISCAL_CLOSE: _NOT_JUNIOR,
    # A drawer opened without a sale is where till shortages start: a junior asks a senior.
    Action.OPEN_DRAWER: {J: APPROVAL, S: ALLOW, A: ALLOW, M: ALLOW},
    Action.EDIT_COMMISSION: _MANAGER_ONLY,
    # Everyone's pay in one file: managers only (reps see their own month in the app).
    Action.EXPORT_PERFORMANCE: _MANAGER_ONLY,
}

EXPORT_ACTIONS: dict[str, Action] = {
    "orders": Action.EXPORT_ORDERS, "calls": Action.EXPORT_CALLS,
    "customers": Action.EXPORT_CUSTOMERS, "products": Action.EXPORT_PRODUCTS,
    "tasks": Action.EXPORT_TASKS,
}

# Roles whose PIN may approve an action another role needs approval for.
APPROVERS = frozenset({Role.SENIOR, Role.MANAGER})

DEFAULT_DISCOUNT_LIMITS = {J: Decimal("5"), S: Decimal("15"), A: Decimal("15"), M: Decimal("100")}
# Discount a senior or manager may approve for someone else on the spot: a senior trains and
# covers juniors, so they may approve more than they would give alone (the shop sets both).
DEFAULT_APPROVAL_LIMITS = {J: Decimal("0"), S: Decimal("25"), A: Decimal("0"),
                           M: Decimal("100")}
# Refunds a role may give alone (euros), summed over one sale and over the user's last
# 24 hours; above it needs approval.
DEFAULT_REFUND_LIMITS = {J: Decimal("50"), S: Decimal("500"), A: Decimal("500"),
                         M: Decimal("9999999")}

_LIMITED = {Action.LINE_DISCOUNT, Action.CART_DISCOUNT}


@dataclass(frozen=True)
class Limits:
    """The shop's limits by role (settings feed them; the defaults are the shipped ones)."""

    discount: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_DISCOUNT_LIMITS))
    approval: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_APPROVAL_LIMITS))
    refund: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_REFUND_LIMITS))


def _limits(discount_limits=None, refund_limits=None, approval_limits=None) -> Limits:
    return Limits(discount=discount_limits or DEFAULT_DISCOUNT_LIMITS,
                  approval=approval_limits or DEFAULT_APPROVAL_LIMITS,
                  refund=refund_limits or DEFAULT_REFUND_LIMITS)


def _alone(role: Role, action: Action, amount: Decimal | None, limits: Limits) -> str:
    verdict = MATRIX[action][role]
    if verdict != ALLOW or amount is None:
        return verdict
    if action in _LIMITED:
        return ALLOW if amount <= limits.discount[role] else APPROVAL
    if action == Action.REFUND:
        return ALLOW if amount <= limits.refund[role] else APPROVAL
    return ALLOW


def _approver_may(approver_role: Role, action: Action, amount: Decimal | None,
                  limits: Limits) -> bool:
    if approver_role not in APPROVERS:
        return False
    if action in _LIMITED and amount is not None:
        return amount <= max(limits.approval[approver_role], limits.discount[approver_role])
    return _alone(approver_role, action, amount, limits) == ALLOW


def judge(actor_id: int | None, role: Role, action: Action, amount: Decimal | None = None, *,
          approver_id: int | None = None, approver_role: Role | None = None,
          approved_amount: Decimal | None = None, limits: Limits | None = None) -> bool:
    """The one approval rule. ``False``: the actor may do it alone; ``True``: the approver's
    approval was needed and suffices. Raises ``PermissionDenied`` otherwise.

    The approver must be someone else (nobody approves their own request), a senior or a
    manager who may do the action themselves (discounts: up to their approval limit, a senior
    covering a junior's 20 % though they give 15 % alone), and the approval covers at most
    the amount it was given for.
    """
    limits = limits or Limits()
    role, action = Role(role), Action(action)
    verdict = _alone(role, action, amount, limits)
    if verdict == ALLOW:
        return False
    if verdict == DENY:
        raise PermissionDenied(action, f"your role may not do {action}")
    detail = f" ({amount})" if amount is not None else ""
    if approver_role is not None:
        if approver_id is not None and approver_id == actor_id:
            raise PermissionDenied(action, "nobody may approve their own request",
                                   needs_approval=True, amount=amount)
        covered = (amount is None or approved_amount is None or amount <= approved_amount)
        if covered and _approver_may(Role(approver_role), action, amount, limits):
            return True
        raise PermissionDenied(action, f"{action}{detail} is beyond what the approver may "
                               "approve", needs_approval=True, amount=amount)
    raise PermissionDenied(action, f"{action}{detail} needs a senior's approval",
                           needs_approval=True, amount=amount)


def decision(role: Role, action: Action, amount: Decimal | None = None,
             discount_limits: Mapping[str, Decimal] | None = None,
             refund_limits: Mapping[str, Decimal] | None = None) -> str:
    """``"allow"``, ``"approval"`` or ``"deny"`` for ``role`` doing ``action`` alone."""
    return _alone(Role(role), Action(action), amount, _limits(discount_limits, refund_limits))


def can_approve(approver_role: Role, action: Action, amount: Decimal | None = None,
                discount_limits: Mapping[str, Decimal] | None = None,
                refund_limits: Mapping[str, Decimal] | None = None,
                approval_limits: Mapping[str, Decimal] | None = None) -> bool:
    """Whether a senior or manager of ``approver_role`` may approve ``action`` for ``amount``."""
    return _approver_may(Role(approver_role), Action(action), amount,
                         _limits(discount_limits, refund_limits, approval_limits))


def require(role: Role, action: Action, amount: Decimal | None = None, *,
            discount_limits: Mapping[str, Decimal] | None = None,
            refund_limits: Mapping[str, Decimal] | None = None) -> None:
    """Raise ``PermissionDenied`` unless ``role`` may do ``action`` alone (no approval)."""
    judge(None, role, action, amount, limits=_limits(discount_limits, refund_limits))


# -- every public service method that writes or exports, and the action that guards it ------
# "Everyday" methods need a logged-in actor and nothing more. A method whose action depends
# on its arguments (a discount, a credit limit, a price list) names the action it always
# checks; the others it may add are listed in CONDITIONAL_ACTIONS.
SERVICE_ACTIONS: dict[str, Action] = {
    "StaffService.create_user": Action.EDIT_USERS,
    "StaffService.reset_pin": Action.EDIT_USERS,
    "StaffService.set_active": Action.EDIT_USERS,
    "StaffService.set_mentor": Action.EDIT_USERS,
    "StaffService.set_role": Action.EDIT_USERS,
    "StaffService.unlock": Action.UNLOCK_USER,
    "CustomerService.create": Action.EVERYDAY,
    "CustomerService.update": Action.EVERYDAY,
    "CustomerService.set_credit_limit": Action.CHANGE_CREDIT_LIMIT,
    "CustomerService.deactivate": Action.DEACTIVATE_CUSTOMER,
    "CustomerService.merge": Action.MERGE_CUSTOMERS,
    "CustomerService.assign_account_manager": Action.ASSIGN_ACCOUNT_MANAGER,
    "CustomerService.convert_lead": Action.EVERYDAY,
    "CustomerContactService.add_phone": Action.EVERYDAY,
    "CustomerContactService.edit_phone": Action.EVERYDAY,
    "CustomerContactService.remove_phone": Action.EVERYDAY,
    "CustomerContactService.add_address": Action.EVERYDAY,
    "CustomerContactService.edit_address": Action.EVERYDAY,
    "CustomerContactService.remove_address": Action.EVERYDAY,
    "CustomerContactService.add_contact": Action.EVERYDAY,
    "CustomerContactService.edit_contact": Action.EVERYDAY,
    "CustomerContactService.remove_contact": Action.EVERYDAY,
    "CheckoutService.checkout": Action.EVERYDAY,
    "ParkingService.park": Action.EVERYDAY,
    "ParkingService.resume": Action.EVERYDAY,
    "ParkingService.discard_parked": Action.EVERYDAY,
    "QuoteService.save_quote": Action.EVERYDAY,
    "ReturnService.refund": Action.REFUND,
    "CallService.start_call": Action.EVERYDAY,
    "CallService.end_call": Action.EVERYDAY,
    "CallService.set_customer": Action.EVERYDAY,
    "CallService.link_order": Action.EVERYDAY,
    "CallService.create_lead": Action.EVERYDAY,
    "CallService.handover_note": Action.EVERYDAY,
    "CallHistoryService.export_csv": Action.EXPORT_CALLS,
    "TaskService.create_task": Action.EVERYDAY,
    "TaskService.mark_done": Action.EVERYDAY,
    "TaskService.reassign": Action.EVERYDAY,
    "ShippingService.dispatch": Action.EVERYDAY,
    "ShippingService.mark_delivered": Action.EVERYDAY,
    "ShippingService.reschedule": Action.EVERYDAY,
    "ShippingService.set_status": Action.EVERYDAY,
    "ShippingService.set_tracking": Action.EVERYDAY,
    "ShippingService.run_delivery_check": Action.EVERYDAY,
    "CarrierService.save_carrier": Action.MANAGE_CARRIERS,
    "CarrierService.save_driver": Action.MANAGE_CARRIERS,
    "PrintingService.render": Action.EVERYDAY,
    "PrintingService.render_manifest": Action.EVERYDAY,
    "PrintingService.render_run_sheet": Action.EVERYDAY,
    "PrintingService.mark_printed": Action.EVERYDAY,
    "PrintingService.record_failure": Action.EVERYDAY,
    "PrintingService.discard": Action.EVERYDAY,
    "CsvService.import_products": Action.IMPORT_DATA,
    "CsvService.import_customers": Action.IMPORT_DATA,
    "CsvService.export": Action.EXPORT_PRODUCTS,
    "AuditService.export_csv": Action.VIEW_AUDIT,
    "CampaignService.create": Action.MANAGE_CAMPAIGNS,
    "CampaignService.deactivate": Action.MANAGE_CAMPAIGNS,
    "StandingOrderService.create": Action.EVERYDAY,
    "StandingOrderService.update": Action.EVERYDAY,
    "StandingOrderService.pause": Action.EVERYDAY,
    "StandingOrderService.resume": Action.EVERYDAY,
    "StandingOrderService.end": Action.EVERYDAY,
    "StandingOrderService.make_standing": Action.EVERYDAY,
    "StandingOrderService.confirm_run": Action.EVERYDAY,
    "StandingOrderService.confirm_run_with_changes": Action.EVERYDAY,
    "StandingOrderService.skip_run": Action.EVERYDAY,
    "StandingOrderService.run_due": Action.RUN_STANDING_ORDERS,
    "StandingOrderService.import_csv": Action.IMPORT_DATA,
    "StandingOrderService.export_csv": Action.EXPORT_ORDERS,
    "StandingOrderService.set_confirm_days": Action.CHANGE_SETTINGS,
    "PerformanceService.set_options": Action.CHANGE_SETTINGS,
    "PerformanceService.save_plan": Action.EDIT_COMMISSION,
    "PerformanceService.delete_plan": Action.EDIT_COMMISSION,
    "PerformanceService.import_plans": Action.IMPORT_DATA,
    "PerformanceService.set_quota": Action.EDIT_COMMISSION,
    "PerformanceService.copy_quotas": Action.EDIT_COMMISSION,
    "PerformanceService.import_quotas": Action.IMPORT_DATA,
    "PerformanceService.close_month": Action.CLOSE_MONTH,
    "PerformanceService.reopen_month": Action.CLOSE_MONTH,
    "PerformanceService.rebuild_summary": Action.CLOSE_MONTH,
    "PerformanceService.export_csv": Action.EXPORT_PERFORMANCE,
    "SettingsAdminService.save": Action.CHANGE_SETTINGS,
    "ReceiptDeviceService.print_after_sale": Action.EVERYDAY,
    "ReceiptDeviceService.retry": Action.EVERYDAY,
    "ReceiptDeviceService.test_print": Action.EVERYDAY,
    "ReceiptDeviceService.daily_closure": Action.FISCAL_CLOSE,
    "ReceiptDeviceService.open_drawer": Action.OPEN_DRAWER,
    "PrintingService.receipt_data": Action.EVERYDAY,
}

# Actions a method adds on top of its own, depending on what it is asked to do.
CONDITIONAL_ACTIONS: dict[str, tuple[Action, ...]] = {
    "CustomerService.create": (Action.CHANGE_CREDIT_LIMIT, Action.CHANGE_PRICE_LIST),
    "CustomerService.update": (Action.CHANGE_CREDIT_LIMIT, Action.CHANGE_PRICE_LIST,
                               Action.ASSIGN_ACCOUNT_MANAGER),
    "CheckoutService.checkout": (Action.LINE_DISCOUNT, Action.CART_DISCOUNT,
                                 Action.PRICE_OVERRIDE, Action.SALE_OVER_CREDIT),
    "QuoteService.save_quote": (Action.LINE_DISCOUNT, Action.CART_DISCOUNT,
                                Action.PRICE_OVERRIDE),
    "CsvService.import_products": (Action.EDIT_PRICES,),
    "CsvService.export": tuple(EXPORT_ACTIONS.values()),
    "PrintingService.render": (Action.REPRINT,),
    "PrintingService.receipt_data": (Action.REPRINT,),
}

# Public service methods that neither write nor export (they read, price or validate).
READ_ONLY: frozenset[str] = frozenset({
    "StaffService.actor", "StaffService.approve", "StaffService.count_users",
    "StaffService.hash_pin", "StaffService.list_users", "StaffService.login",
    "StaffService.validate_pin",
    "CustomerService.account_managers", "CustomerService.audit_count",
    "CustomerService.get", "CustomerService.get_by_code", "CustomerService.price_lists",
    "CustomerSearchService.find_by_phone", "CustomerSearchService.search",
    "CustomerReportService.most_valuable",
    "CatalogService.get", "CatalogService.lookup_code", "CatalogService.search",
    "PricingService.check_discount", "PricingService.price_cart",
    "CheckoutService.last_order_draft", "ParkingService.list_parked",
    "QuoteService.find_quotes", "QuoteService.quote_to_draft", "ReturnService.find_sale",
    "CallService.caller_card", "CallService.get", "CallService.lookup",
    "CallHistoryService.daily_counts", "CallHistoryService.history",
    "CallHistoryService.reps",
    "TaskService.call_list", "TaskService.customer_tasks", "TaskService.due_between",
    "TaskService.get", "TaskService.open_tasks",
    "ShippingQueueService.change_token", "ShippingQueueService.events",
    "ShippingQueueService.find", "ShippingQueueService.get",
    "ShippingQueueService.late_shipments", "ShippingQueueService.queue_count",
    "ShippingQueueService.queue_page", "ShippingQueueService.queue_position",
    "ShippingService.promise",
    "ShippingReportService.on_time_csv", "ShippingReportService.on_time_stats",
    "CarrierService.carriers", "CarrierService.drivers",
    "PrintingService.document_types", "PrintingService.journal",
    "AuditService.actions", "AuditService.people", "AuditService.search",
    "AuditService.verify",
    "CampaignService.list_active", "CampaignService.members",
    "StandingOrderService.confirm_days", "StandingOrderService.get",
    "StandingOrderService.list_standing", "StandingOrderService.next_runs_for_customer",
    "StandingOrderService.preview", "StandingOrderService.run_for_task",
    "StandingOrderService.runs",
    # Reads: each checks who may see whose figures (own, mentees, everyone for a manager).
    "PerformanceService.options", "PerformanceService.plans", "PerformanceService.validate_plan",
    "PerformanceService.quotas",
    "PerformanceService.month_figure", "PerformanceService.my_month",
    "PerformanceService.leaderboard", "PerformanceService.month_status",
    "PerformanceService.statement", "PerformanceService.statement_pdf",
    # The Settings dialog's reads, and the database-URL check that opens, reads, closes.
    "SettingsAdminService.workstation", "SettingsAdminService.company",
    "SettingsAdminService.check_database_url",
    "ReceiptDeviceService.describe", "ReceiptDeviceService.pending",
    "ReceiptDeviceService.customer_display",
})
