"""All models; ``ALL_MODELS`` is in dependency order (parents first)."""

from counterapp.db.models.audit import AuditEntry, SharedSetting
from counterapp.db.models.base import BaseModel, MoneyField, RateField, now
from counterapp.db.models.calls import (
    Call,
    Campaign,
    StandingOrder,
    StandingOrderLine,
    StandingRun,
    Task,
)
from counterapp.db.models.catalog import PriceList, Product, ProductPrice
from counterapp.db.models.customers import Address, Contact, Customer, PhoneNumber
from counterapp.db.models.fiscal import FiscalJournal
from counterapp.db.models.orders import (
    DocumentSequence,
    Order,
    OrderLine,
    ParkedSale,
    Payment,
    PrintJob,
    StockMovement,
)
from counterapp.db.models.shipping import Carrier, Driver, Shipment, ShipmentEvent
from counterapp.db.models.staff import CommissionPlan, MonthClose, MonthCloseRep, Quota, User

ALL_MODELS = [
    User, CommissionPlan, Quota,
    Product, PriceList, ProductPrice,
    Customer, Contact, PhoneNumber, Address,
    DocumentSequence, Order, OrderLine, Payment, StockMovement, ParkedSale, PrintJob,
    Carrier, Driver, Shipment, ShipmentEvent,
    Call, Campaign, Task, StandingOrder, StandingOrderLine, StandingRun,
    AuditEntry, SharedSetting, MonthClose, MonthCloseRep, FiscalJournal,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel", "MoneyField",
                                               "RateField", "now"]
