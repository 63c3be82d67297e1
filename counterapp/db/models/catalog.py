"""Products, price lists and stock movements."""

from __future__ import annotations

import peewee

from counterapp.db.models.base import BaseModel, MoneyField, RateField, now


class Product(BaseModel):
    """A catalogue item; ``price`` is the consumer price, VAT included."""

    sku = peewee.CharField(max_length=40, unique=True)
    barcode = peewee.CharField(max_length=20, null=True, unique=True)
    name = peewee.CharField(max_length=200)
    description = peewee.TextField(default="")
    category = peewee.CharField(max_length=80, default="")
    vat_rate = RateField(default=22)  # percent (stored as 2200 hundredths)
    vat_exemption = peewee.CharField(max_length=10, default="")
    price = MoneyField()
    cost = MoneyField(default=0)
    stock = peewee.IntegerField(default=0)
    location = peewee.CharField(max_length=20, default="")
    weight_grams = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)
    search_text = peewee.TextField(default="")  # folded name/sku/barcode/description
    updated_at = peewee.DateTimeField(default=now)


class PriceList(BaseModel):
    """A named list of prices; ``includes_vat`` for retail lists, net for business ones."""

    code = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=120)
    includes_vat = peewee.BooleanField(default=False)
    # Products without their own price here are sold at retail net less this discount.
    default_discount = RateField(default=0)
    active = peewee.BooleanField(default=True)


class ProductPrice(BaseModel):
    """One product's price in one price list."""

    price_list = peewee.ForeignKeyField(PriceList, backref="prices", on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product, backref="list_prices", on_delete="CASCADE")
    price = MoneyField()

    class Meta:
        indexes = ((("price_list", "product"), True),)
