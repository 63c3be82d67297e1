"""Business operations: one public method = one transaction; no Qt, no peewee objects out.

``build_services`` is called once by the composition root (``counterapp.app``) and by
test fixtures; the resulting ``Services`` is passed down to every panel.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterapp.db import connect
from counterapp.db.migrations import migrate
from counterapp.services.audit import AuditService
from counterapp.services.call_history import CallHistoryService
from counterapp.services.calls import CallService
from counterapp.services.campaigns import CampaignService
from counterapp.services.carriers import CarrierService
from counterapp.services.catalog import CatalogService
from counterapp.services.checkout import CheckoutService
from counterapp.services.context import Actor, Approval, ServiceContext
from counterapp.services.csv_io import CsvService
from counterapp.services.customer_contacts import CustomerContactService
from counterapp.services.customer_reports import CustomerReportService
from counterapp.services.customer_search import CustomerSearchService
from counterapp.services.customers import CustomerService
from counterapp.services.devices import ReceiptDeviceService
from counterapp.services.parking import ParkingService
from counterapp.services.performance import PerformanceService
from counterapp.services.printing import PrintingService
from counterapp.services.quotes import QuoteService
from counterapp.services.returns import ReturnService
from counterapp.services.sale_pricing import PricingService
from counterapp.services.settings_admin import SettingsAdminService
from counterapp.services.shipping_queue import ShippingQueueService
from counterapp.services.shipping_reports import ShippingReportService
from counterapp.services.shipping_status import ShippingService
from counterapp.services.staff import StaffService
from counterapp.services.standing_orders import StandingOrderService
from counterapp.services.tasks import TaskService
from counterapp.settings import Settings


@dataclass
class Services:
    """Every service of the app, sharing one context."""

    ctx: ServiceContext
    staff: StaffService
    customer_search: CustomerSearchService
    customers: CustomerService
    customer_contacts: CustomerContactService
    customer_reports: CustomerReportService
    catalog: CatalogService
    pricing: PricingService
    checkout: CheckoutService
    parking: ParkingService
    quotes: QuoteService
    returns: ReturnService
    calls: CallService
    call_history: CallHistoryService
    tasks: TaskService
    shipping_queue: ShippingQueueService
    shipping: ShippingService
    shipping_reports: ShippingReportService
    carriers: CarrierService
    printing: PrintingService
    csv: CsvService
    audit: AuditService
    campaigns: CampaignService
    standing: StandingOrderService
    performance: PerformanceService
    settings_admin: SettingsAdminService
    devices: ReceiptDeviceService


def build_services(ctx: ServiceContext) -> Services:
    """Create every service over one context."""
    checkout = CheckoutService(ctx)
    return Services(
        ctx=ctx,
        staff=StaffService(ctx),
        customer_search=CustomerSearchService(ctx),
        customers=CustomerService(ctx),
        customer_contacts=CustomerContactService(ctx),
        customer_reports=CustomerReportService(ctx),
        catalog=CatalogService(ctx),
        pricing=PricingService(ctx),
        checkout=checkout,
        parking=ParkingService(ctx),
        quotes=QuoteService(ctx),
        returns=ReturnService(ctx),
        calls=CallService(ctx),
        call_history=CallHistoryService(ctx),
        tasks=TaskService(ctx),
        shipping_queue=ShippingQueueService(ctx),
        shipping=ShippingService(ctx),
        shipping_reports=ShippingReportService(ctx),
        carriers=CarrierService(ctx),
        printing=PrintingService(ctx),
        csv=CsvService(ctx),
        audit=AuditService(ctx),
        campaigns=CampaignService(ctx),
        standing=StandingOrderService(ctx, checkout),
        performance=PerformanceService(ctx),
        settings_admin=SettingsAdminService(ctx),
        devices=ReceiptDeviceService(ctx),
    )


def open_services(database_url: str, settings: Settings | None = None, *,
                  create: bool = False) -> Services:
    """Connect, migrate and build the services (the GUI and the command line share this).

    A missing SQLite file is ``DatabaseMissing`` unless ``create`` (first-run set-up,
    ``demo``, ``--create``): a typo in a path must not open a new, empty shop. Here and not
    in ``counterapp.app`` so that a command does not load Qt and every panel to start.
    """
    settings = settings or Settings()
    db = connect(database_url, create=create)
    migrate(db)
    return build_services(ServiceContext(db=db, settings=settings))


__all__ = ["Actor", "Approval", "ServiceContext", "Services", "build_services",
           "open_services"]
