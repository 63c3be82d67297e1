"""Courier services and in-house drivers, as managers set them up."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from counterapp.db.models import (
    Carrier,
    Driver,
)
from counterapp.db.values import as_time
from counterapp.domain.errors import NotFound, ValidationError
from counterapp.domain.permissions import Action
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext, authorize
from counterapp.services.shipping_planning import PROVINCE_PATTERN, bump_change_counter


@dataclass(frozen=True)
class CarrierRow:
    """A courier service as managers edit it."""

    id: int | None
    code: str
    name: str
    pickup_time: dt.time
    cutoff_time: dt.time
    transit_days: int = 1
    express_transit_days: int = 1
    tracking_url_template: str = ""
    tracking_pattern: str = ""
    active: bool = True


@dataclass(frozen=True)
class DriverRow:
    """An in-house driver as managers edit it."""

    id: int | None
    name: str
    zone: str = ""
    provinces: str = ""
    daily_capacity: int = 20
    cutoff_time: dt.time = dt.time(11, 0)
    active: bool = True

class CarrierService:
    """Reads and saves courier services and in-house drivers (saving: managers only)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def carriers(self, include_inactive: bool = True) -> list[CarrierRow]:
        """Courier services, by code."""
        query = Carrier.select().order_by(Carrier.code)
        if not include_inactive:
            query = query.where(Carrier.active)
        return [CarrierRow(id=c.id, code=c.code, name=c.name, pickup_time=as_time(c.pickup_time),
                           cutoff_time=as_time(c.cutoff_time), transit_days=c.transit_days,
                           express_transit_days=c.express_transit_days,
                           tracking_url_template=c.tracking_url_template,
                           tracking_pattern=c.tracking_pattern, active=c.active)
                for c in query]

    def drivers(self, include_inactive: bool = True) -> list[DriverRow]:
        """In-house drivers, by name."""
        query = Driver.select().order_by(Driver.name)
        if not include_inactive:
            query = query.where(Driver.active)
        return [DriverRow(id=d.id, name=d.name, zone=d.zone, provinces=d.provinces,
                          daily_capacity=d.daily_capacity, cutoff_time=as_time(d.cutoff_time),
                          active=d.active) for d in query]

    def save_carrier(self, actor: Actor, row: CarrierRow) -> CarrierRow:
        """Create (``id`` None) or update a courier service (managers only)."""
        authorize(self.ctx, actor, Action.MANAGE_CARRIERS)
        code = clean_text("code", row.code, required=True, max_length=20).upper()
        name = clean_text("name", row.name, required=True, max_length=80)
        template = clean_text("tracking_url_template", row.tracking_url_template,
                              max_length=300)
        if template and "{tracking}" not in template:
            raise ValidationError("tracking_url_template", "must contain {tracking}")
        pattern = clean_text("tracking_pattern", row.tracking_pattern, max_length=120)
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValidationError("tracking_pattern", f"not a valid pattern: {exc}") from None
        for field_name in ("transit_days", "express_transit_days"):
            value = getattr(row, field_name)
            if not isinstance(value, int) or not 0 <= value <= 30:
                raise ValidationError(field_name, "between 0 and 30 working days")
        if row.cutoff_time > row.pickup_time:
            raise ValidationError("cutoff_time", "the cut-off must not be after the pickup")
        values = dict(code=code, name=name, pickup_time=row.pickup_time,
                      cutoff_time=row.cutoff_time, transit_days=row.transit_days,
                      express_transit_days=row.express_transit_days,
                      tracking_url_template=template, tracking_pattern=pattern,
                      active=bool(row.active))
        with self.ctx.db.atomic():
            clash = Carrier.get_or_none(Carrier.code == code)
            if clash is not None and clash.id != row.id:
                raise ValidationError("code", f"{code} is already used by {clash.name}")
            if row.id is None:
                carrier = Carrier.create(**values)
                before = None
            else:
                carrier = Carrier.get_or_none(Carrier.id == row.id)
                if carrier is None:
                    raise NotFound("carrier", row.id)
                before = {"code": carrier.code, "active": carrier.active}
                Carrier.update(values).where(Carrier.id == row.id).execute()
            audit.record(actor, "carrier_saved", entity="carrier", entity_id=code,
                         before=before, after=values, at=self.ctx.now())
            bump_change_counter(self.ctx.db)
        return next(c for c in self.carriers() if c.id == carrier.id)

    def save_driver(self, actor: Actor, row: DriverRow) -> DriverRow:
        """Create (``id`` None) or update an in-house driver (managers only)."""
        authorize(self.ctx, actor, Action.MANAGE_CARRIERS)
        name = clean_text("name", row.name, required=True, max_length=80)
        zone = clean_text("zone", row.zone, max_length=80)
        provinces = [p.strip().upper() for p in (row.provinces or "").split(",") if p.strip()]
        for province in provinces:
            if not PROVINCE_PATTERN.match(province):
                raise ValidationError("provinces", f"{province!r} is not a two-letter province")
        if not isinstance(row.daily_capacity, int) or not 1 <= row.daily_capacity <= 500:
            raise ValidationError("daily_capacity", "between 1 and 500 stops a day")
        values = dict(name=name, zone=zone, provinces=",".join(provinces),
                      daily_capacity=row.daily_capacity, cutoff_time=row.cutoff_time,
                      active=bool(row.active))
        with self.ctx.db.atomic():
            if row.id is None:
                driver = Driver.create(**values)
            else:
                driver = Driver.get_or_none(Driver.id == row.id)
                if driver is None:
                    raise NotFound("driver", row.id)
                Driver.update(values).where(Driver.id == row.id).execute()
            audit.record(actor, "driver_saved", entity="driver", entity_id=driver.id,
                         after=values, at=self.ctx.now())
            bump_change_counter(self.ctx.db)
        return next(d for d in self.drivers() if d.id == driver.id)
