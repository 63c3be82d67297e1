"""Demo staff and catalogue: users, plans and quotas, price lists, products, carriers and drivers."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from counterapp.db.demo.world import (
    _BRANDS,
    _CARRIERS,
    _CATALOGUE,
    _DRIVERS,
    _LINES,
    DEMO_USERS,
    ean13_check_digit,
)
from counterapp.db.models import (
    Carrier,
    CommissionPlan,
    Driver,
    PriceList,
    Product,
    ProductPrice,
    Quota,
    User,
)
from counterapp.domain.money import round_cents
from counterapp.domain.pins import make_pin_hasher
from counterapp.domain.text import fold
from counterapp.domain.vat import net_from_gross


class StaffAndCatalogue:
    """Generator steps for the people behind the counter and what they sell."""

    # users, plans, quotas ----------------------------------------------------------------
    def users(self) -> None:
        existing = {u.login: u.id for u in User.select(User.login, User.id)}
        hasher = make_pin_hasher()
        next_id = self.out.next_id(User)
        self.user_ids = dict(existing)
        rows = []
        for login, name, role, pin, _mentor in DEMO_USERS:
            if login in existing:
                continue
            self.user_ids[login] = next_id
            rows.append((next_id, login, name, role, hasher.hash(pin), None, True, 0, False,
                         "", f"{login}@ferramenta-brixia.it", self.now - dt.timedelta(days=400)))
            next_id += 1
        self.out.insert(User, ["id", "login", "display_name", "role", "pin_hash", "mentor",
                               "active", "failed_pins", "locked", "language", "email",
                               "created_at"], rows, "users")
        with self.db.atomic():
            for login, _name, _role, _pin, mentor in DEMO_USERS:
                if mentor and login not in existing:
                    User.update(mentor=self.user_ids[mentor]).where(User.login == login).execute()
        self.roles = {login: role for login, _n, role, _p, _m in DEMO_USERS}
        self.reps = [u for u in self.roles if self.roles[u] != "manager"] + ["admin"]
        self.account_managers = [u for u in self.roles if self.roles[u] == "account-manager"]
        plans = {"junior": ("1600", 200, "300", "100"), "senior": ("2000", 300, "500", "150"),
                 "account-manager": ("2400", 250, "800", "200"), "manager": ("3200", 100, "0", "0")}
        if not CommissionPlan.select().exists():
            valid_from = dt.date(self.today.year - 1, 1, 1)
            self.out.insert(CommissionPlan, ["role", "base_pay", "commission_rate", "quota_bonus",
                                             "new_account_bonus", "valid_from"],
                            [(role, Decimal(b), r, Decimal(q), Decimal(n), valid_from)
                             for role, (b, r, q, n) in plans.items()], "plans")
        targets = {"junior": 15000, "senior": 30000, "account-manager": 45000}
        month = self.today.replace(day=1)
        quota_rows = []
        have = {(q.user_id, q.month) for q in Quota.select(Quota.user, Quota.month)}
        for back in range(3):
            key = f"{month.year:04d}-{month.month:02d}"
            for login, role in self.roles.items():
                if role in targets and (self.user_ids[login], key) not in have:
                    quota_rows.append((self.user_ids[login], key, Decimal(targets[role])))
            month = (month - dt.timedelta(days=1)).replace(day=1)
            del back
        self.out.insert(Quota, ["user", "month", "target"], quota_rows, "quotas")

    # catalogue ----------------------------------------------------------------------------
    def price_lists(self) -> None:
        wanted = [("RETAIL", "Listino al pubblico", True, 0), ("RIV15", "Rivenditori -15%", False, 15),
                  ("GRANDI", "Grandi clienti", False, 20), ("EDIL", "Edilizia", False, 10)]
        existing = {p.code for p in PriceList.select(PriceList.code)}
        self.out.insert(PriceList, ["code", "name", "includes_vat", "default_discount", "active"],
                        [(c, n, v, Decimal(d), True) for c, n, v, d in wanted if c not in existing],
                        "price lists")
        self.lists = {p.code: (p.id, p.default_discount) for p in PriceList.select()}

    def products(self) -> None:
        rng, n = self.rng, self.size.products
        start = self.out.next_id(Product)
        self.product_info = []  # (id, sku, name, price, vat, exemption, cost, weight, stock)
        folded = functools.lru_cache(maxsize=None)(fold)
        rows, columns = [], ["id", "sku", "barcode", "name", "description", "category",
                             "vat_rate", "vat_exemption", "price", "cost", "stock", "location",
                             "weight_grams", "active", "search_text", "updated_at"]
        for i in range(n):
            pid = start + i
            prefix, category, items = _CATALOGUE[rng.randrange(len(_CATALOGUE))]
            item, variants, (low, high), weight, rate, exemption = items[rng.randrange(len(items))]
            variant = variants[rng.randrange(len(variants))]
            brand = _BRANDS[rng.randrange(len(_BRANDS))]
            line = _LINES[rng.randrange(len(_LINES))]
            name = " ".join(p for p in (item, variant, line, brand) if p)
            sku = f"{prefix}-{pid:06d}"
            # Multiplying by a number prime to 10¹¹ spreads ids over codes without collisions.
            body = f"80{(pid * 7_919 + 104_729) % 10**10:010d}"
            barcode = body + ean13_check_digit(body)
            cents = rng.randint(low * 100, high * 100)
            price = Decimal(cents - cents % 10 + rng.choice((0, 0, 9, 5))) / 100 or Decimal("0.99")
            vat = Decimal(rate)
            cost = round_cents(net_from_gross(price, vat) * Decimal(rng.randint(50, 75)) / 100)
            stock = 0 if rng.random() < 0.07 else rng.randint(1, 400)
            location = f"{'ABCDEFGH'[rng.randrange(8)]}-{rng.randint(1, 30):02d}-{rng.randint(1, 6)}"
            grams = int(weight * rng.uniform(0.8, 1.2))
            description = f"{category}: {item.lower()} {variant}, marca {brand}. Art. {sku}."
            active = rng.random() > 0.02
            # == fold(f"{name} {sku} {barcode} {description}"), from cached folded parts
            # (folding is per character, so it commutes with concatenation of plain text).
            search = (f"{folded(name)} {sku.lower()} {barcode} "
                      f"{folded(description[:-len(sku) - 1])}{sku.lower()}.")
            rows.append((pid, sku, barcode, name, description, category, vat, exemption, price,
                         cost, stock, location, grams, active, search, self.now))
            self.product_info.append((pid, sku, name, price, vat, exemption, cost, grams, stock))
        self.out.insert(Product, columns, rows, "products")
        # Popular items sell more: a Zipf-like weight over a shuffled order.
        order = list(range(n))
        rng.shuffle(order)
        weights = [0.0] * n
        for rank, index in enumerate(order):
            weights[index] = 1.0 / (rank + 10) ** 0.9
        cumulative, total = [], 0.0
        for w in weights:
            total += w
            cumulative.append(total)
        self.product_cum = cumulative

    def list_prices(self) -> None:
        rng, rows = self.rng, []
        self.net_prices: dict[tuple[int, int], Decimal] = {}
        for code in ("RIV15", "GRANDI", "EDIL"):
            list_id, discount = self.lists[code]
            for index, info in enumerate(self.product_info):
                if rng.random() < 0.12:
                    extra = Decimal(rng.choice((0, 2, 5, 8)))
                    net = round_cents(net_from_gross(info[3], info[4])
                                      * (100 - discount - extra) / 100)
                    self.net_prices[(list_id, index)] = net
                    rows.append((list_id, info[0], net))
        self.out.insert(ProductPrice, ["price_list", "product", "price"], rows, "list prices")

    def net_price(self, list_id: int, index: int) -> Decimal:
        price = self.net_prices.get((list_id, index))
        if price is None:
            info = self.product_info[index]
            discount = self.list_discount[list_id]
            price = round_cents(net_from_gross(info[3], info[4]) * (100 - discount) / 100)
            self.net_prices[(list_id, index)] = price
        return price

    def delivery(self) -> None:
        existing = {c.code for c in Carrier.select(Carrier.code)}
        self.out.insert(Carrier, ["code", "name", "pickup_time", "cutoff_time", "transit_days",
                                  "express_transit_days", "tracking_url_template",
                                  "tracking_pattern", "active"],
                        [(c, n, dt.time.fromisoformat(p), dt.time.fromisoformat(k), t, e, u, r, True)
                         for c, n, p, k, t, e, u, r, _w in _CARRIERS if c not in existing],
                        "carriers")
        if not Driver.select().exists():
            self.out.insert(Driver, ["name", "zone", "provinces", "daily_capacity", "cutoff_time",
                                     "active"],
                            [(n, z, p, c, dt.time.fromisoformat(k), True) for n, z, p, c, k in _DRIVERS],
                            "drivers")
        carriers = {c.code: c for c in Carrier.select()}
        self.carriers = [(carriers[c[0]], c[8]) for c in _CARRIERS]
        self.drivers = list(Driver.select())
