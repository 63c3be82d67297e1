"""The rows of each CSV export, in the contract's columns (docs: CONTRACT.md, "CSV exports").

Each ``*_rows(since)`` yields plain lists of cells; ``CsvService.export`` writes them with
formula cells neutralised (``csv_cells``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import JOIN, fn

from counterapp.db.models import (
    Address,
    Call,
    Carrier,
    Customer,
    Order,
    PhoneNumber,
    PriceList,
    Product,
    Shipment,
    Task,
    User,
)


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    return value.isoformat()


def _money(value) -> str:
    return "" if value is None else f"{Decimal(value):.2f}"


def _rate_text(rate) -> str:
    if rate is None:
        return ""
    text = format(Decimal(rate).normalize(), "f")
    return text


def _date(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def orders_rows(since):
    rep = User.alias()
    query = (Order.select(Order.number, Order.created_at, Order.channel, Customer.code,
                          Customer.name, Customer.kind, rep.login, Order.status, Order.net,
                          Order.vat, Order.gross, Order.paid, Shipment.method,
                          Carrier.code, Shipment.rush, Shipment.promised_date,
                          Shipment.dispatched_at, Shipment.delivered_at,
                          Shipment.tracking_number, Order.fiscal_number)
             .join(Customer, JOIN.LEFT_OUTER, on=(Order.customer == Customer.id))
             .switch(Order).join(rep, on=(Order.rep == rep.id))
             .switch(Order).join(Shipment, JOIN.LEFT_OUTER, on=(Shipment.order == Order.id))
             .join(Carrier, JOIN.LEFT_OUTER, on=(Shipment.carrier == Carrier.id))
             .order_by(Order.created_at, Order.id))
    if since:
        query = query.where(Order.created_at >= since)
    for (number, created, channel, ccode, cname, ckind, login, status, net, vat, gross, paid,
         method, carrier, rush, promised, dispatched, delivered, tracking,
         fiscal_number) in query.tuples().iterator():
        on_time = ""
        if delivered is not None and promised is not None:
            on_time = "yes" if _date(delivered) <= _date(promised) else "no"
        yield [number, _iso(created), channel, ccode or "", cname or "", ckind or "", login,
               status, _money(net), _money(vat), _money(gross), _money(paid), method or "",
               carrier or "", ("yes" if rush else "no") if method else "",
               _iso(promised), _iso(dispatched), _iso(delivered), tracking or "", on_time,
               fiscal_number or ""]

def calls_rows(since):
    rep = User.alias()
    query = (Call.select(Call.id, Call.started_at, Call.ended_at, Call.direction, Call.number,
                         Customer.code, rep.login, Call.purpose, Call.outcome, Order.number,
                         Call.notes)
             .join(Customer, JOIN.LEFT_OUTER, on=(Call.customer == Customer.id))
             .switch(Call).join(rep, on=(Call.rep == rep.id))
             .switch(Call).join(Order, JOIN.LEFT_OUTER, on=(Call.order == Order.id))
             .order_by(Call.started_at, Call.id))
    if since:
        query = query.where(Call.started_at >= since)
    for (cid, started, ended, direction, number, ccode, login, purpose, outcome, onum,
         notes) in query.tuples().iterator():
        duration = int((ended - started).total_seconds()) if ended and started else ""
        yield [cid, _iso(started), _iso(ended), duration, direction, number, ccode or "",
               login, purpose, outcome, onum or "", notes]

def customers_rows(since):
    manager = User.alias()
    first_phone = (PhoneNumber.select(fn.MIN(PhoneNumber.id))
                   .where(PhoneNumber.customer == Customer.id))
    city = (Address.select(Address.city).where(Address.customer == Customer.id)
            .order_by(Address.is_default.desc(), Address.id).limit(1))
    query = (Customer.select(Customer.code, Customer.kind, Customer.name, Customer.vat_number,
                             Customer.fiscal_code, PhoneNumber.e164, Customer.email,
                             city.alias("city"), manager.login, PriceList.code,
                             Customer.credit_limit, Customer.balance, Customer.status)
             .join(manager, JOIN.LEFT_OUTER, on=(Customer.account_manager == manager.id))
             .switch(Customer)
             .join(PriceList, JOIN.LEFT_OUTER, on=(Customer.price_list == PriceList.id))
             .switch(Customer)
             .join(PhoneNumber, JOIN.LEFT_OUTER, on=(PhoneNumber.id == first_phone))
             .where(Customer.merged_into.is_null())
             .order_by(Customer.code))
    if since:
        query = query.where(Customer.created_at >= since)
    for (code, kind, name, vat, fiscal, phone, email, city_name, login, plist, credit,
         balance, status) in query.tuples().iterator():
        yield [code, kind, name, vat, fiscal, phone or "", email, city_name or "", login or "",
               plist or "", _money(credit), _money(balance), status]

def products_rows(since):
    query = (Product.select(Product.sku, Product.barcode, Product.name, Product.vat_rate,
                            Product.price, Product.stock).order_by(Product.sku))
    if since:
        query = query.where(Product.updated_at >= since)
    for sku, barcode, name, rate, price, stock in query.tuples().iterator():
        yield [sku, barcode or "", name, _rate_text(rate), _money(price), stock]

def tasks_rows(since):
    query = (Task.select(Task.id, Task.kind, Customer.code, User.login, Task.due_at,
                         Task.status, Task.reason, Order.number)
             .join(Customer, JOIN.LEFT_OUTER, on=(Task.customer == Customer.id))
             .switch(Task).join(User, on=(Task.assigned_to == User.id))
             .switch(Task).join(Order, JOIN.LEFT_OUTER, on=(Task.order == Order.id))
             .order_by(Task.due_at, Task.id))
    if since:
        query = query.where(Task.created_at >= since)
    for tid, kind, ccode, login, due, status, reason, onum in query.tuples().iterator():
        yield [tid, kind, ccode or "", login, _iso(due), status, reason, onum or ""]


ROWS = {"orders": orders_rows, "calls": calls_rows, "customers": customers_rows,
        "products": products_rows, "tasks": tasks_rows}

__all__ = ["ROWS"]
