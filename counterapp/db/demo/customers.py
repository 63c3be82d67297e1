"""Demo customers: companies and private buyers with contacts, phones and addresses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from stdnum import luhn

from counterapp.db.demo.world import (
    _CITIES,
    _COMPANY_FORMS,
    _COMPANY_TRADES,
    _CONTACT_ROLES,
    _MOBILE_PREFIXES,
    _PAYMENT_TERMS,
    _slug,
    fiscal_code,
)
from counterapp.db.models import (
    Address,
    Contact,
    Customer,
    PhoneNumber,
)
from counterapp.domain.text import fold


class Customers:
    """Generator steps for the customers."""

    # customers ------------------------------------------------------------------------------
    def _city(self):
        return self.rng.choices(_CITIES, cum_weights=self.city_cum)[0]

    def _street(self) -> str:
        return f"{self.fake.street_name()} {self.rng.randint(1, 180)}"

    def _landline(self, city) -> str:
        prefix = "0" + city[4]
        return "+39" + prefix + "".join(str(self.rng.randrange(10)) for _ in range(10 - len(prefix)))

    def _mobile(self) -> str:
        rest = "".join(str(self.rng.randrange(10)) for _ in range(7))
        return "+39" + self.rng.choice(_MOBILE_PREFIXES) + rest

    def customers(self) -> None:
        rng, fake = self.rng, self.fake
        self.city_cum, total = [], 0
        for city in _CITIES:
            total += city[6]
            self.city_cum.append(total)
        self.list_discount = {lid: disc for lid, disc in self.lists.values()}
        b2b_lists = [self.lists["RIV15"][0], self.lists["EDIL"][0], self.lists["GRANDI"][0]]
        retail = self.lists["RETAIL"][0]
        cid = self.out.next_id(Customer)
        contact_id = self.out.next_id(Contact)
        rows, contacts, phones, addresses = [], [], [], []
        # (id, kind, list_id, default address tuple, phones, status, weight)
        self.customer_info = []
        for _ in range(self.size.customers):
            b2b = rng.random() < 0.45
            status = rng.choices(("active", "lead", "inactive"), (86, 8, 6))[0]
            city = self._city()
            created = self.now - dt.timedelta(days=rng.randint(30, 1500), hours=rng.randint(0, 9))
            cap = f"{city[1] + rng.randint(0, city[2]):05d}"
            own_phones: list[str] = []
            if b2b:
                last = fake.last_name()
                name = (f"{rng.choice(_COMPANY_TRADES)} {last} {rng.choice(_COMPANY_FORMS)}"
                        if rng.random() < 0.6 else fake.company())
                body = f"{rng.randint(1, 9_999_999):07d}{rng.randint(1, 100):03d}"
                vat = body + luhn.calc_check_digit(body)  # the P.IVA check digit is Luhn
                slug = _slug(name)
                list_id = rng.choice(b2b_lists)
                credit = Decimal(rng.choice((1000, 2500, 5000, 10000, 20000, 50000)))
                manager = None
                if credit >= 20000 and rng.random() < 0.8:
                    manager = self.user_ids[rng.choice(self.account_managers)]
                converted = brought = None
                if rng.random() < 0.06:
                    converted = self.now - dt.timedelta(days=rng.randint(1, 30 * self.size.months))
                    brought = self.user_ids[rng.choice(self.reps)]
                rows.append((cid, f"C{cid:06d}", "b2b", name, fold(name), vat, vat,
                             "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                     for _ in range(7)),
                             f"{slug}@pec.it", f"info@{slug}.it", list_id,
                             rng.choice(_PAYMENT_TERMS), credit, Decimal(0), manager, status,
                             created, converted, brought))
                own_phones.append(self._landline(city))
                phones.append((cid, None, own_phones[-1], "Centralino"))
                for _ in range(rng.randint(1, 3)):
                    person = f"{fake.first_name()} {fake.last_name()}"
                    contacts.append((contact_id, cid, person, rng.choice(_CONTACT_ROLES),
                                     f"{_slug(person.split()[0])}@{slug}.it", True))
                    if rng.random() < 0.8:
                        own_phones.append(self._mobile())
                        phones.append((cid, contact_id, own_phones[-1], "Cellulare"))
                    contact_id += 1
                labels = ["Sede", "Magazzino", "Cantiere"]
                for n_addr in range(rng.choice((1, 1, 2, 3))):
                    where = city if n_addr == 0 else self._city()
                    addresses.append((cid, labels[n_addr], self._street(),
                                      f"{where[1] + rng.randint(0, where[2]):05d}", where[0],
                                      where[3], "IT", n_addr == 0))
                weight = float(credit) ** 0.5 / 20
            else:
                female = rng.random() < 0.5
                first = fake.first_name_female() if female else fake.first_name_male()
                last = fake.last_name()
                name = f"{first} {last}"
                code = ""
                if rng.random() < 0.7:
                    birth = dt.date(rng.randint(1945, 2004), rng.randint(1, 12), rng.randint(1, 28))
                    code = fiscal_code(first, last, birth, female, city[5])
                email = f"{_slug(first)}.{_slug(last)}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'libero.it', 'alice.it', 'outlook.it'))}" if rng.random() < 0.6 else ""
                rows.append((cid, f"C{cid:06d}", "b2c", name, fold(name), "", code, "", "", email,
                             retail, "", Decimal(0), Decimal(0), None, status, created, None, None))
                own_phones.append(self._mobile() if rng.random() < 0.8 else self._landline(city))
                phones.append((cid, None, own_phones[-1], "Cellulare"))
                default_address = None
                if rng.random() < 0.6:
                    addresses.append((cid, "Casa", self._street(), cap, city[0], city[3], "IT", True))
                    default_address = self._street_of(addresses[-1])
                weight = 0.6
            if b2b:
                default_address = next(self._street_of(a) for a in reversed(addresses)
                                       if a[0] == cid and a[7])
            if status == "lead":
                weight = 0.0
            elif status == "inactive":
                weight *= 0.05
            self.customer_info.append((cid, "b2b" if b2b else "b2c",
                                       rows[-1][10], default_address, own_phones, status, weight,
                                       name))
            cid += 1
        self.out.insert(Customer, ["id", "code", "kind", "name", "search_name", "vat_number",
                                   "fiscal_code", "sdi_code", "pec", "email", "price_list",
                                   "payment_terms", "credit_limit", "balance", "account_manager",
                                   "status", "created_at", "converted_at", "brought_in_by"],
                        rows, "customers")
        self.out.insert(Contact, ["id", "customer", "name", "role", "email", "active"], contacts,
                        "contacts")
        self.out.insert(PhoneNumber, ["customer", "contact", "e164", "label"], phones, "phones")
        self.out.insert(Address, ["customer", "label", "street", "postcode", "city", "province",
                                  "country", "is_default"], addresses, "addresses")

    @staticmethod
    def _street_of(address: tuple) -> tuple:
        return address[2:6]  # street, postcode, city, province
