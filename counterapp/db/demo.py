"""Realistic demo data: an Italian hardware and office-supplies wholesaler with a counter.

``generate("small")`` fills an empty database in seconds (the first ``make run`` does it);
``generate("large")`` builds the 200,000-product / 500,000-order set the benchmarks use.
Everything is drawn from one seeded ``random.Random`` and one seeded ``Faker("it_IT")``,
so the same seed gives the same shop.

Speed: rows are computed in plain Python lists first and written in chunks of a few
thousand with one multi-row ``executemany`` per chunk inside a transaction, with ids
assigned here (so lines can point at their order without reading it back). Values are
converted to their stored form by the models' own fields (``MoneyField`` → cents …), so
what lands in the database is exactly what the ORM would have written.

Vocabulary used by the history (other modules read it): order ``channel`` counter, phone,
standing; ``status`` completed, open, cancelled; payment ``method`` cash, card, account;
shipment ``status`` new, picking, packed, dispatched, delivered, failed, returned,
cancelled; call ``purpose`` order, info, quote, complaint, delivery, follow_up and
``outcome`` order, no_answer, callback, info_given, quote_sent, not_interested, complaint;
task ``kind`` callback, follow_up and ``status`` open, done.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import peewee
from stdnum import luhn
from stdnum.it import codicefiscale

from counterapp.db.database import database_proxy, is_sqlite
from counterapp.db.models import (
    Address,
    AuditEntry,
    Call,
    Campaign,
    Carrier,
    CommissionPlan,
    Contact,
    Customer,
    DocumentSequence,
    Driver,
    Order,
    OrderLine,
    Payment,
    PhoneNumber,
    PriceList,
    Product,
    ProductPrice,
    Quota,
    Shipment,
    ShipmentEvent,
    StandingOrder,
    StandingOrderLine,
    StockMovement,
    Task,
    User,
)
from counterapp.db.models.audit import chain_rows
from counterapp.db.models.base import MoneyField, RateField
from counterapp.domain import schedule
from counterapp.domain.money import CENT, round_cents
from counterapp.domain.pins import make_pin_hasher
from counterapp.domain.text import fold
from counterapp.domain.vat import line_amounts, net_from_gross

Progress = Callable[[int, int, str], None]

# login, display name, role, PIN, mentor login (README.md lists the same).
DEMO_USERS: list[tuple[str, str, str, str, str]] = [
    ("admin", "Amministratore", "manager", "1234", ""),
    ("sara", "Sara Colombo", "senior", "2345", ""),
    ("marco", "Marco Ferrari", "senior", "3456", ""),
    ("luca", "Luca Bianchi", "junior", "4567", "sara"),
    ("giulia", "Giulia Romano", "junior", "5678", "marco"),
    ("paolo", "Paolo Ricci", "junior", "6789", "sara"),
    ("elena", "Elena Galli", "account-manager", "7890", ""),
    ("franco", "Franco Moretti", "account-manager", "8901", ""),
    ("chiara", "Chiara Conti", "manager", "9012", ""),
    ("davide", "Davide Greco", "junior", "0123", "marco"),
]


@dataclass(frozen=True)
class _Size:
    products: int
    customers: int
    orders: int
    months: int


SIZES = {
    "tiny": _Size(products=300, customers=80, orders=250, months=1),  # tests only
    "small": _Size(products=2_000, customers=500, orders=3_000, months=3),
    "large": _Size(products=200_000, customers=50_000, orders=500_000, months=12),
}

# SQLite accepts at most 32,766 bound values per statement; stay well under it.
_MAX_VALUES_PER_STATEMENT = 30_000
_ROWS_PER_CHUNK = 5_000

# --- the shop's world -----------------------------------------------------------------------
# city, CAP (first), CAP span, province, landline prefix (without the 0), Belfiore code, weight
_CITIES = [
    ("Milano", 20121, 41, "MI", "2", "F205", 30), ("Sesto San Giovanni", 20099, 0, "MI", "2", "I690", 4),
    ("Cinisello Balsamo", 20092, 0, "MI", "2", "C707", 3), ("Rho", 20017, 0, "MI", "2", "H264", 3),
    ("Legnano", 20025, 0, "MI", "331", "E514", 2), ("Monza", 20900, 0, "MB", "39", "F704", 6),
    ("Bergamo", 24121, 8, "BG", "35", "A794", 5), ("Lecco", 23900, 0, "LC", "341", "E507", 2),
    ("Brescia", 25121, 14, "BS", "30", "B157", 4), ("Como", 22100, 0, "CO", "31", "C933", 3),
    ("Varese", 21100, 0, "VA", "332", "L682", 3), ("Pavia", 27100, 0, "PV", "382", "G388", 2),
    ("Lodi", 26900, 0, "LO", "371", "E648", 1), ("Cremona", 26100, 0, "CR", "372", "D150", 1),
    ("Piacenza", 29121, 1, "PC", "523", "G535", 1), ("Novara", 28100, 0, "NO", "321", "F952", 1),
    ("Torino", 10121, 30, "TO", "11", "L219", 4), ("Genova", 16121, 40, "GE", "10", "D969", 2),
    ("Bologna", 40121, 20, "BO", "51", "A944", 3), ("Firenze", 50121, 20, "FI", "55", "D612", 2),
    ("Roma", 118, 80, "RM", "6", "H501", 5), ("Napoli", 80121, 20, "NA", "81", "F839", 2),
    ("Verona", 37121, 20, "VR", "45", "L781", 2), ("Padova", 35121, 20, "PD", "49", "G224", 2),
    ("Venezia", 30121, 20, "VE", "41", "L736", 1), ("Bari", 70121, 10, "BA", "80", "A662", 1),
    ("Palermo", 90121, 20, "PA", "91", "G273", 1),
]
_MOBILE_PREFIXES = ["320", "328", "329", "333", "334", "335", "338", "339", "340", "342", "345",
                    "347", "348", "349", "351", "366", "380", "388", "389", "392", "393"]

# prefix, category, items: (name, variants, retail price range €, weight g, VAT %, exemption)
_CATALOGUE = [
    ("FER", "Ferramenta", [
        ("Vite autofilettante", ["3,5x25 zincata (conf. 100)", "4x30 zincata (conf. 100)",
                                 "4x40 brunita (conf. 200)", "5x50 inox A2 (conf. 100)",
                                 "6x60 zincata (conf. 50)"], (3, 18), 400, 22, ""),
        ("Tassello in nylon", ["6 mm (conf. 100)", "8 mm (conf. 50)", "10 mm (conf. 25)"],
         (2, 9), 200, 22, ""),
        ("Cerniera per mobili", ["35 mm a scatto", "a molla 110°", "piatta in ottone"], (2, 12), 90, 22, ""),
        ("Lucchetto", ["in ottone 40 mm", "ad arco lungo 50 mm", "a combinazione"], (6, 25), 250, 22, ""),
        ("Rondella piana", ["M6 zincata (conf. 200)", "M8 inox (conf. 100)"], (2, 8), 300, 22, ""),
        ("Catena zincata", ["4 mm al metro", "6 mm al metro"], (2, 6), 500, 22, ""),
    ]),
    ("UTE", "Utensili", [
        ("Trapano avvitatore", ["18 V 2 batterie", "12 V compatto", "a percussione 800 W"],
         (59, 249), 1800, 22, ""),
        ("Set punte HSS", ["19 pezzi 1-10 mm", "per metallo 13 pezzi"], (9, 39), 400, 22, ""),
        ("Metro a nastro", ["3 m", "5 m", "8 m magnetico"], (4, 19), 250, 22, ""),
        ("Livella a bolla", ["40 cm", "60 cm", "100 cm in alluminio"], (8, 35), 600, 22, ""),
        ("Martello da carpentiere", ["300 g", "500 g manico in fibra"], (9, 29), 650, 22, ""),
        ("Cacciavite", ["a taglio 5,5x125", "a croce PH2", "set 6 pezzi"], (3, 24), 150, 22, ""),
    ]),
    ("ELE", "Elettricità", [
        ("Lampadina LED", ["E27 9 W luce calda", "E14 5 W luce naturale", "GU10 4,5 W"],
         (2, 9), 60, 22, ""),
        ("Cavo unipolare FS17", ["1,5 mm² matassa 100 m", "2,5 mm² matassa 100 m"], (35, 79), 2500, 22, ""),
        ("Multipresa", ["6 posti con interruttore", "4 posti + 2 USB"], (7, 26), 400, 22, ""),
        ("Prolunga", ["5 m Schuko", "10 m da esterno IP44"], (8, 29), 700, 22, ""),
    ]),
    ("IDR", "Idraulica", [
        ("Raccordo in ottone", ["1/2\" maschio-femmina", "3/4\" a gomito", "1\" a T"], (2, 11), 120, 22, ""),
        ("Rubinetto a sfera", ["1/2\" leva rossa", "3/4\" farfalla"], (6, 19), 300, 22, ""),
        ("Nastro in PTFE", ["12 mm x 12 m (conf. 10)"], (4, 9), 100, 22, ""),
    ]),
    ("COL", "Colori e vernici", [
        ("Smalto all'acqua", ["bianco lucido 0,75 l", "grigio perla 2,5 l", "verde bosco 0,75 l"],
         (9, 45), 1200, 22, ""),
        ("Pennello piatto", ["30 mm", "50 mm", "70 mm setola naturale"], (2, 9), 80, 22, ""),
        ("Nastro di carta", ["25 mm x 50 m", "50 mm x 50 m"], (2, 6), 150, 22, ""),
    ]),
    ("CAR", "Carta e cancelleria", [
        ("Carta A4 80 g", ["risma 500 fogli", "5 risme da 500 fogli", "riciclata risma 500 fogli"],
         (4, 24), 2500, 22, ""),
        ("Penna a sfera", ["blu (conf. 50)", "nera (conf. 50)", "rossa (conf. 12)"], (4, 19), 300, 22, ""),
        ("Raccoglitore ad anelli", ["dorso 8 cm", "dorso 5 cm", "A4 4 anelli"], (2, 6), 450, 22, ""),
        ("Quaderno A4", ["a quadretti 5 mm", "a righe", "spiralato 80 fogli"], (1, 5), 300, 22, ""),
        ("Foglietti adesivi", ["76x76 giallo (conf. 12)", "colori neon (conf. 6)"], (5, 14), 400, 22, ""),
        ("Cucitrice", ["a pinza 24/6", "da tavolo 40 fogli"], (6, 29), 350, 22, ""),
        ("Busta imbottita", ["C/3 (conf. 100)", "E/5 (conf. 50)"], (9, 39), 1500, 22, ""),
    ]),
    ("PUL", "Pulizia e igiene", [
        ("Detergente pavimenti", ["5 l al limone", "1 l igienizzante"], (3, 14), 5200, 22, ""),
        ("Carta igienica", ["(conf. 10 rotoli)", "maxi jumbo (conf. 6)"], (4, 19), 1500, 22, ""),
        ("Guanti in nitrile", ["taglia M (conf. 100)", "taglia L (conf. 100)"], (6, 14), 700, 22, ""),
    ]),
    ("BAR", "Ristoro", [
        ("Caffè in grani", ["1 kg", "miscela arabica 1 kg"], (14, 29), 1050, 22, ""),
        ("Caffè macinato", ["250 g (conf. 4)", "in cialde (conf. 150)"], (9, 39), 1100, 22, ""),
        ("Tè verde", ["(conf. 25 filtri)", "al gelsomino (conf. 50 filtri)"], (2, 7), 100, 22, ""),
        ("Zucchero di canna", ["in bustine (conf. 1000)", "1 kg"], (2, 19), 1000, 10, ""),
        ("Biscotti frollini", ["1 kg", "monoporzione (conf. 100)"], (4, 18), 1100, 10, ""),
        ("Acqua minerale naturale", ["0,5 l (conf. 24)", "1,5 l (conf. 6)"], (3, 7), 12500, 22, ""),
    ]),
    ("EDI", "Libri e agende", [
        ("Manuale", ["del fai da te", "di elettrotecnica", "di idraulica domestica"], (14, 39), 700, 4, ""),
        ("Prontuario IVA", ["edizione aggiornata"], (19, 29), 500, 4, ""),
        ("Agenda", ["settimanale 2027", "giornaliera 2027"], (6, 19), 600, 22, ""),
    ]),
    ("SER", "Servizi", [
        ("Corso di formazione", ["sicurezza in cantiere (4 ore)", "primo soccorso (12 ore)"],
         (60, 180), 0, 0, "N4"),
    ]),
]
_BRANDS = ["Brixia", "Ferroluce", "Padana", "Tecnofix", "Oròbica", "Lumière", "Città Alta",
           "Volta", "Arnò", "Gallo", "Dolomiti", "Perù Caffè"]
_LINES = ["", "", "Pro", "Eco", "Plus", "Classic", "Top"]

_COMPANY_TRADES = ["Ferramenta", "Edilizia", "Impianti elettrici", "Idraulica", "Studio",
                   "Cartoleria", "Costruzioni", "Serramenti", "Tipografia", "Autofficina"]
_COMPANY_FORMS = ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s."]
_CONTACT_ROLES = ["Titolare", "Ufficio acquisti", "Amministrazione", "Capocantiere", "Magazzino"]
_PAYMENT_TERMS = ["30 gg DF FM", "60 gg DF FM", "RiBa 30/60", "Bonifico anticipato",
                  "Rimessa diretta"]
_MONTH_LETTERS = "ABCDEHLMPRST"

# code, name, pickup, cut-off, transit, express transit, tracking URL, tracking pattern, weight
_CARRIERS = [
    ("BRT", "BRT", "17:30", "16:30", 1, 1,
     "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={tracking}", r"^\d{12}$", 40),
    ("GLS", "GLS Italy", "17:00", "16:00", 1, 1,
     "https://www.gls-italy.com/it/servizi-online/ricerca-spedizioni?match={tracking}",
     r"^[A-Z]{2}\d{9}$", 30),
    ("SDA", "SDA Express Courier", "16:30", "15:30", 2, 1,
     "https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione?locale=it&tracing.letteraVettura={tracking}",
     r"^\d{13}$", 15),
    ("POSTE", "Poste Delivery Business", "16:00", "15:00", 2, 1,
     "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{tracking}",
     r"^[A-Z]{2}\d{9}IT$", 15),
]
# name, zone, provinces, capacity, cut-off
_DRIVERS = [
    ("Giorgio Brambilla", "Milano città", "MI", 25, "11:00"),
    ("Stefano Villa", "Hinterland e Brianza", "MI,MB", 20, "10:30"),
    ("Walter Locatelli", "Bergamo e Lecco", "BG,LC", 15, "10:00"),
]
_OUTCOMES_OTHER = [("no_answer", "follow_up", 25), ("callback", "info", 20),
                   ("info_given", "info", 25), ("quote_sent", "quote", 12),
                   ("not_interested", "follow_up", 8), ("complaint", "complaint", 5),
                   ("info_given", "delivery", 5)]


# --- small helpers ---------------------------------------------------------------------------
def database_is_empty() -> bool:
    """True when the bound database has no users, products and customers (first start)."""
    return not (User.select().exists() or Product.select().exists()
                or Customer.select().exists())


def ean13_check_digit(first12: str) -> str:
    """The EAN-13 check digit of 12 digits (weights 1, 3, 1, 3 … from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def _consonants_vowels(text: str) -> tuple[str, str]:
    letters = [c for c in fold(text).upper() if "A" <= c <= "Z"]
    return ("".join(c for c in letters if c not in "AEIOU"),
            "".join(c for c in letters if c in "AEIOU"))


def fiscal_code(first: str, last: str, birth: dt.date, female: bool, belfiore: str) -> str:
    """An Italian codice fiscale built by the official rules (no homocode handling)."""
    cons, vow = _consonants_vowels(last)
    surname = (cons + vow + "XXX")[:3]
    cons, vow = _consonants_vowels(first)
    name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vow + "XXX")[:3]
    day = birth.day + (40 if female else 0)
    body = f"{surname}{name}{birth.year % 100:02d}{_MONTH_LETTERS[birth.month - 1]}{day:02d}{belfiore}"
    return body + codicefiscale.calc_check_digit(body)


def _add_business_days(day: dt.date, days: int) -> dt.date:
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _slug(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())[:24] or "cliente"


class _Writer:
    """Multi-row inserts in chunks inside one transaction per call, with progress."""

    def __init__(self, db: peewee.Database, progress: Progress | None):
        self.db = db
        self.sqlite = is_sqlite(db)
        self.progress = progress
        self.counts: dict[str, int] = {}

    def next_id(self, model) -> int:
        return (model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1

    def _converter(self, field):
        """How a Python value of ``field`` becomes its stored form; ``None`` when as is."""
        if isinstance(field, MoneyField):
            # MoneyField.db_value in one step (it is called a million times on the large set).
            return lambda v: None if v is None else int(
                Decimal(v).quantize(CENT, ROUND_HALF_UP) * 100)
        if isinstance(field, RateField):
            return field.db_value
        if not self.sqlite:
            return None  # psycopg2 adapts bool, date and datetime itself
        if isinstance(field, peewee.BooleanField):
            return lambda v: None if v is None else int(v)
        if isinstance(field, peewee.DateTimeField | peewee.DateField | peewee.TimeField):
            # SQLite stores these as text; str() gives the format peewee reads back.
            return lambda v: None if v is None else str(v)
        return None

    def insert(self, model, columns: list[str], rows: list[tuple], label: str = "", *,
               report: bool = True) -> None:
        """Insert ``rows`` (tuples in ``columns`` order, Python values) in one transaction."""
        if not rows:
            return
        # Raw inserts get no ORM defaults: add every defaulted column that was not given.
        extra = [f for f in model._meta.sorted_fields
                 if f.name not in columns and f.default is not None and not f.primary_key]
        defaults = tuple(f.default() if callable(f.default) else f.default for f in extra)
        columns = list(columns) + [f.name for f in extra]
        fields = [model._meta.fields[name] for name in columns]
        conversions = [(i, conv) for i, conv in enumerate(map(self._converter, fields)) if conv]
        table = model._meta.table_name
        column_sql = ", ".join(f'"{f.column_name}"' for f in fields)
        chunk = max(1, min(_ROWS_PER_CHUNK, _MAX_VALUES_PER_STATEMENT // len(fields)))
        label = label or table
        total = len(rows)
        if self.sqlite:
            marks = ", ".join("?" * len(fields))
            # Names come from model metadata, values are bound parameters.
            sql = f'INSERT INTO "{table}" ({column_sql}) VALUES ({marks})'  # noqa: S608
        else:
            from psycopg2.extras import execute_values  # noqa: PLC0415 (PostgreSQL only)

            sql = f'INSERT INTO "{table}" ({column_sql}) VALUES %s'  # noqa: S608
        with self.db.atomic():
            cursor = self.db.connection().cursor()
            for start in range(0, total, chunk):
                # Column by column: one map() per converted column beats a call per value.
                part = rows[start:start + chunk]
                if defaults:
                    part = [row + defaults for row in part]
                if conversions:
                    cols = list(zip(*part, strict=True))
                    for index, conv in conversions:
                        cols[index] = list(map(conv, cols[index]))
                    part = list(zip(*cols, strict=True))
                if self.sqlite:
                    cursor.executemany(sql, part)
                else:
                    execute_values(cursor, sql, part, page_size=len(part))
                if self.progress and report:
                    self.progress(min(start + chunk, total), total, label)
        self.counts[table] = self.counts.get(table, 0) + total

    def fix_sequences(self, models) -> None:
        """PostgreSQL: move each id sequence past the ids assigned here."""
        if self.sqlite:
            return
        for model in models:
            table = model._meta.table_name
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "  # noqa: S608
                f"COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)")


# --- the generator ---------------------------------------------------------------------------
class _Generator:
    def __init__(self, size: _Size, progress: Progress | None, seed: int):
        from faker import Faker  # noqa: PLC0415 (slow import, only for demo data)

        self.size = size
        self.rng = random.Random(seed)
        self.fake = Faker("it_IT")
        self.fake.seed_instance(seed)
        self.db = database_proxy.obj
        self.out = _Writer(self.db, progress)
        self.now = dt.datetime.now().replace(microsecond=0)
        self.today = self.now.date()

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

    # history --------------------------------------------------------------------------------
    def _order_times(self) -> list[dt.datetime]:
        """Opening hours of the last months: Monday–Friday, Saturday mornings, none on Sunday."""
        rng = self.rng
        days = []
        first = self.today - dt.timedelta(days=30 * self.size.months)
        day = first
        while day <= self.today:
            if day.weekday() < 6:
                days.append(day)
            day += dt.timedelta(days=1)
        weights = [0.4 if d.weekday() == 5 else 1.0 for d in days]
        picked = rng.choices(days, weights=weights, k=self.size.orders)
        times = []
        for day in picked:
            close = 12 * 60 + 30 if day.weekday() == 5 else 18 * 60 + 30
            minute = rng.randint(8 * 60 + 30, close)
            moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randint(0, 59)))
            if moment > self.now:
                moment = self.now - dt.timedelta(minutes=rng.randint(1, 240))
            times.append(moment)
        times.sort()
        return times

    def history(self) -> None:
        rng = self.rng
        times = self._order_times()
        buyers = [c for c in self.customer_info if c[6] > 0]
        buyer_cum, total = [], 0.0
        for c in buyers:
            total += c[6]
            buyer_cum.append(total)
        b2b_buyers = [c for c in buyers if c[1] == "b2b"]
        standing_customers = rng.sample(b2b_buyers, k=min(len(b2b_buyers),
                                                          max(3, len(b2b_buyers) // 50)))
        self.standing_customers = standing_customers
        seq = {s.year: s.last_number for s in
               DocumentSequence.select().where(DocumentSequence.series == ORDER_SERIES)}
        first_numbers = dict(seq)
        ids = {m: self.out.next_id(m) for m in (Order, OrderLine, Shipment, Call)}
        keep_stock_movements = self.size.orders <= 50_000
        phones_by_order: dict[int, tuple] = {}
        self.phone_orders: list[tuple] = []  # (order id, customer info, rep, created_at)
        self.balances: dict[int, Decimal] = {}
        totals = {"orders": 0, "lines": 0, "shipments": 0}
        batch = 20_000
        rep_logins = self.reps
        rep_weights = [3 if self.roles[r] == "junior" else 4 if self.roles[r] == "senior"
                       else 2 if self.roles[r] == "account-manager" else 1 for r in rep_logins]
        for start in range(0, len(times), batch):
            orders, lines, payments, moves, ships, events, audits = [], [], [], [], [], [], []
            for created in times[start:start + batch]:
                oid = ids[Order]
                ids[Order] += 1
                seq[created.year] = seq.get(created.year, 0) + 1
                number = f"{ORDER_PREFIX}{created.year}-{seq[created.year]:06d}"
                roll = rng.random()
                channel = "counter" if roll < 0.55 else "phone" if roll < 0.92 else "standing"
                if channel == "standing":
                    customer = rng.choice(standing_customers)
                elif channel == "counter" and rng.random() < 0.45:
                    customer = None  # walk-in consumer
                else:
                    customer = rng.choices(buyers, cum_weights=buyer_cum)[0]
                if channel == "phone" and customer is None:
                    customer = rng.choice(b2b_buyers)
                b2b = customer is not None and customer[1] == "b2b"
                if customer and customer[0] in (self.managed or {}) and rng.random() < 0.5:
                    rep = self.managed[customer[0]]
                else:
                    rep = rng.choices(rep_logins, weights=rep_weights)[0]
                rep_id = self.user_ids[rep]
                n_lines = min(9, max(1, int(rng.expovariate(1 / 2.2)) + 1))
                picked = rng.choices(range(len(self.product_info)), cum_weights=self.product_cum,
                                     k=n_lines)
                net = vat_total = gross = Decimal(0)
                weight = 0
                for line_no, index in enumerate(picked, start=1):
                    pid, sku, name, price, vat, exemption, cost, grams, stock = self.product_info[index]
                    quantity = rng.randint(1, 12 if b2b else 4)
                    discount = Decimal(rng.choice((5, 10))) if rng.random() < 0.08 else Decimal(0)
                    if b2b:
                        unit = self.net_price(customer[2], index)
                        amounts = line_amounts(unit, quantity, vat, price_includes_vat=False,
                                               discount_pct=discount)
                    else:
                        unit = price
                        amounts = line_amounts(unit, quantity, vat, price_includes_vat=True,
                                               discount_pct=discount)
                    net += amounts.net
                    vat_total += amounts.vat
                    gross += amounts.gross
                    weight += grams * quantity
                    lines.append((ids[OrderLine], oid, line_no, pid, sku, name, quantity, unit,
                                  discount, vat, exemption, amounts.net, amounts.vat,
                                  amounts.gross, cost * quantity, stock == 0))
                    ids[OrderLine] += 1
                    if keep_stock_movements:
                        moves.append((pid, -quantity, "sale", oid, rep_id, created))
                status = "completed"
                shipment = None
                address = customer[3] if customer else None
                if address and rng.random() < (0.62 if b2b else 0.35):
                    shipment = self._shipment(ids[Shipment], oid, created, customer, address,
                                              weight, rep_id)
                    ids[Shipment] += 1
                    ships.append(shipment[0])
                    events.extend(shipment[1])
                    status = {"delivered": "completed", "cancelled": "cancelled"}.get(
                        shipment[0][19], "open")
                if status != "cancelled":
                    if b2b:
                        payments.append((oid, "account", gross, None, None, created))
                        if (self.now - created).days < 60:
                            self.balances[customer[0]] = self.balances.get(customer[0], 0) + gross
                    elif rng.random() < 0.45:
                        tendered = (gross / 5).to_integral_value(rounding="ROUND_CEILING") * 5
                        payments.append((oid, "cash", gross, tendered, tendered - gross, created))
                    else:
                        payments.append((oid, "card", gross, None, None, created))
                paid = gross if status != "cancelled" else Decimal(0)
                orders.append((oid, number, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                               "sale", channel, customer[0] if customer else None, rep_id,
                               status, created, not b2b, Decimal(0), net, vat_total, gross, paid,
                               ""))
                audits.append((created, rep_id, "sale", "order", number,
                               customer[0] if customer else None, gross, "",
                               json.dumps({"number": number, "gross": str(gross),
                                           "channel": channel}, sort_keys=True)))
                if channel == "phone":
                    self.phone_orders.append((oid, customer, rep_id, created))
            self.out.insert(Order, ["id", "number", "uuid", "kind", "channel", "customer", "rep",
                                    "status", "created_at", "prices_include_vat", "cart_discount",
                                    "net", "vat", "gross", "paid", "notes"], orders, "orders",
                            report=False)
            self.out.insert(OrderLine, ["id", "order", "line_no", "product", "sku", "description",
                                        "quantity", "unit_price", "discount", "vat_rate",
                                        "vat_exemption", "net", "vat", "gross", "cost",
                                        "backorder"], lines, "lines", report=False)
            self.out.insert(Payment, ["order", "method", "amount", "tendered", "change",
                                      "created_at"], payments, "payments", report=False)
            self.out.insert(StockMovement, ["product", "quantity", "reason", "order", "user",
                                            "created_at"], moves, "stock", report=False)
            self.out.insert(Shipment, _SHIPMENT_COLUMNS, ships, "shipments", report=False)
            self.out.insert(ShipmentEvent, ["shipment", "from_status", "to_status", "user", "at",
                                            "note"], events, "events", report=False)
            with self.db.atomic():  # the chain head is read and moved in one transaction
                audit_columns, audits = chain_rows(
                    self.db, ["at", "user", "action", "entity", "entity_id", "customer",
                              "amount", "before", "after"], audits)
                self.out.insert(AuditEntry, audit_columns, audits, "audit", report=False)
            totals["orders"] += len(orders)
            totals["lines"] += len(lines)
            totals["shipments"] += len(ships)
            if self.out.progress:
                self.out.progress(totals["orders"], len(times), "orders")
        del phones_by_order
        with self.db.atomic():
            for year, last in seq.items():
                if year in first_numbers:
                    DocumentSequence.update(last_number=last).where(
                        (DocumentSequence.series == ORDER_SERIES)
                        & (DocumentSequence.year == year)).execute()
                else:
                    DocumentSequence.insert(series=ORDER_SERIES, year=year,
                                            last_number=last).execute()
            # Customers' open balance: what they bought on account in the last two months.
            for customer_id, balance in self.balances.items():
                Customer.update(balance=balance).where(Customer.id == customer_id).execute()
        self.totals = totals

    def _shipment(self, sid, oid, created, customer, address, weight, rep_id):
        """One shipment row and its status history, realistic for the order's age."""
        rng = self.rng
        street, postcode, city, province = address
        drivers = [d for d in self.drivers if province in d.provinces.split(",")]
        rush = rng.random() < 0.06
        if drivers and rng.random() < 0.6:
            method, carrier, driver = "in_house", None, rng.choice(drivers)
            cutoff, transit = driver.cutoff_time, 1
            pickup = dt.time(12, 0)
        else:
            carrier = rng.choices([c for c, _w in self.carriers],
                                  weights=[w for _c, w in self.carriers])[0]
            method, driver = "courier", None
            cutoff, pickup = carrier.cutoff_time, carrier.pickup_time
            transit = carrier.express_transit_days if rush else carrier.transit_days
        if isinstance(cutoff, str):
            cutoff = dt.time.fromisoformat(cutoff)
        if isinstance(pickup, str):
            pickup = dt.time.fromisoformat(pickup)
        leaves = created.date() if created.time() < cutoff and created.weekday() < 5 else \
            _add_business_days(created.date(), 1)
        promised = leaves if (rush and method == "in_house") else _add_business_days(leaves, transit)
        age = (self.today - created.date()).days
        if age == 0:
            status = rng.choices(("new", "picking", "packed", "dispatched"), (45, 25, 20, 10))[0]
        elif age == 1:
            status = rng.choices(("new", "packed", "dispatched", "delivered"), (8, 12, 45, 35))[0]
        elif age <= 5:
            status = rng.choices(("dispatched", "delivered", "failed"), (28, 68, 4))[0]
        elif age <= 14:
            # The few still "dispatched" here are the late, undelivered ones to chase.
            status = rng.choices(("delivered", "dispatched", "failed", "returned", "cancelled"),
                                 (900, 40, 25, 15, 20))[0]
        else:
            # Old shipments are settled: delivered, sent back or cancelled.
            status = rng.choices(("delivered", "returned", "cancelled"), (960, 20, 20))[0]
        dispatched_at = delivered_at = None
        if status in ("dispatched", "delivered", "failed", "returned"):
            dispatched_at = dt.datetime.combine(leaves, pickup)
            if dispatched_at > self.now:
                dispatched_at = self.now
            if dispatched_at < created:
                dispatched_at = created + dt.timedelta(minutes=rng.randint(20, 90))
        if status == "delivered":
            on_time = rng.random() < 0.88
            day = promised - dt.timedelta(days=rng.choice((0, 0, 0, 1))) if on_time else \
                _add_business_days(promised, rng.choice((1, 1, 2, 3)))
            delivered_at = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randint(0, 59)))
            if delivered_at <= dispatched_at:
                delivered_at = dispatched_at + dt.timedelta(hours=rng.randint(2, 6))
            if delivered_at > self.now:
                status, delivered_at = "dispatched", None
        tracking = ""
        if method == "courier" and dispatched_at is not None:
            tracking = _tracking_number(carrier.code, rng)
        name = customer[7]
        phone = customer[4][0] if customer[4] else ""
        row = (sid, oid, method, carrier.id if carrier else None, driver.id if driver else None,
               name, street, postcode, city, province, "IT", phone, promised, rush,
               True if rush else None, "Richiesta urgente del cliente" if rush else "",
               1 + weight // 20_000, weight, tracking, status, dispatched_at,
               rep_id if dispatched_at else None, delivered_at, created)
        chain = {"new": [], "picking": ["picking"], "packed": ["picking", "packed"],
                 "dispatched": ["picking", "packed", "dispatched"],
                 "delivered": ["picking", "packed", "dispatched", "delivered"],
                 "failed": ["picking", "packed", "dispatched", "failed"],
                 "returned": ["picking", "packed", "dispatched", "failed", "returned"],
                 "cancelled": ["cancelled"]}[status]
        events, previous, moment = [], "new", created
        for step in chain:
            if step == "dispatched":
                moment = dispatched_at
            elif step == "delivered":
                moment = delivered_at
            else:
                moment = min(self.now, moment + dt.timedelta(minutes=rng.randint(5, 90)))
            events.append((sid, previous, step, rep_id if step != "delivered" else None, moment,
                           ""))
            previous = step
        return row, events

    def calls_and_tasks(self) -> None:
        rng = self.rng
        calls, tasks = [], []
        call_id = self.out.next_id(Call)
        for oid, customer, rep_id, created in self.phone_orders:
            duration = rng.randint(90, 900)
            inbound = rng.random() < 0.75
            number = customer[4][rng.randrange(len(customer[4]))] if customer[4] else self._mobile()
            calls.append((call_id, "inbound" if inbound else "outbound", number, customer[0],
                          rep_id, created - dt.timedelta(seconds=duration),
                          created + dt.timedelta(seconds=rng.randint(10, 60)), "order", "order",
                          "", oid))
            call_id += 1
        contacts = [c for c in self.customer_info if c[4] and c[5] != "inactive"]
        extra = int(len(self.phone_orders) * 1.3) + 20
        span = 30 * self.size.months * 24 * 3600
        reps = self.reps
        outcome_weights = [w for _o, _p, w in _OUTCOMES_OTHER]
        for _ in range(extra):
            customer = rng.choice(contacts) if rng.random() < 0.93 else None
            started = self.now - dt.timedelta(seconds=rng.randint(600, span))
            if started.weekday() == 6 or not 8 <= started.hour < 19:
                started = started.replace(hour=rng.randint(9, 17))
                if started.weekday() == 6:
                    started -= dt.timedelta(days=1)
            outcome, purpose, _w = rng.choices(_OUTCOMES_OTHER, weights=outcome_weights)[0]
            inbound = outcome != "no_answer" and rng.random() < 0.6
            duration = rng.randint(0, 25) if outcome == "no_answer" else rng.randint(40, 720)
            number = (customer[4][rng.randrange(len(customer[4]))] if customer
                      else self._mobile())
            rep_id = self.user_ids[rng.choice(reps)]
            notes = {"callback": "Richiamare per conferma quantità",
                     "complaint": "Lamenta ritardo nella consegna",
                     "quote_sent": "Inviato preventivo via e-mail"}.get(outcome, "")
            calls.append((call_id, "inbound" if inbound else "outbound", number,
                          customer[0] if customer else None, rep_id, started,
                          started + dt.timedelta(seconds=duration), purpose, outcome, notes, None))
            if customer and outcome in ("callback", "quote_sent", "complaint"):
                due = started + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 3))
                if due.weekday() >= 5:
                    due += dt.timedelta(days=7 - due.weekday())
                # Reps catch up within a week or so: only recent tasks are still overdue.
                done = due < self.now - dt.timedelta(days=1) and (
                    rng.random() < 0.8 or due < self.now - dt.timedelta(days=8))
                kind = "callback" if outcome == "callback" else "follow_up"
                reason = {"callback": "Richiamare il cliente",
                          "quote_sent": "Sentire il cliente per il preventivo",
                          "complaint": "Verificare la consegna e richiamare"}[outcome]
                tasks.append((kind, customer[0], rep_id, due, "done" if done else "open", reason,
                              call_id, rep_id, started, due if done else None))
            call_id += 1
        # A few callbacks due today and tomorrow so the task list is never empty at a demo.
        for login in reps:
            customer = rng.choice(contacts)
            for offset in (-1, 0, 1):
                due = dt.datetime.combine(self.today + dt.timedelta(days=offset),
                                          dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
                tasks.append(("callback" if offset else "follow_up", customer[0],
                              self.user_ids[login], due, "open", "Richiamare il cliente",
                              None, self.user_ids[login], self.now - dt.timedelta(days=2), None))
        self.out.insert(Call, ["id", "direction", "number", "customer", "rep", "started_at",
                               "ended_at", "purpose", "outcome", "notes", "order"], calls, "calls")
        self.out.insert(Task, ["kind", "customer", "assigned_to", "due_at", "status", "reason",
                               "call", "created_by", "created_at", "done_at"], tasks, "tasks")

    def _morning(self, days_ago: int) -> dt.datetime:
        """Opening time ``days_ago`` days ago (when a manager sets a campaign up)."""
        return dt.datetime.combine(self.today - dt.timedelta(days=days_ago), dt.time(8, 30))

    def campaigns_and_standing(self) -> None:
        rng = self.rng
        if not Campaign.select().exists():
            self.out.insert(Campaign, ["name", "rule", "params", "script", "active", "created_at"], [
                ("Imprese edili senza ordini da 60 giorni", "b2b_no_order_days",
                 json.dumps({"days": 60}),
                 "Buongiorno, sono {rep} della Ferramenta Brixia: è da un po' che non vi sentiamo. "
                 "Avete cantieri in partenza? Questo mese sul listino Edilizia c'è il 5% in più.",
                 True, self._morning(20)),
                ("Lead da contattare", "leads_not_contacted", json.dumps({"days": 14}),
                 "Buongiorno, la chiamo per presentarle il nostro servizio di consegna in giornata "
                 "su Milano e provincia.", True, self._morning(5)),
            ], "campaigns")
        so_id = self.out.next_id(StandingOrder)
        orders, lines = [], []
        for customer in self.standing_customers:
            interval = rng.choice((7, 14, 30))
            rep = self.managed.get(customer[0]) or rng.choice(self.reps)
            start = self.today + dt.timedelta(days=rng.randint(0, interval))
            # A real schedule (the services run rrule/start; interval_days is the old column):
            # weekly or fortnightly on a weekday, or monthly on the start's day.
            rule = (schedule.monthly_on_day(start.day) if interval == 30 else
                    schedule.weekly([min(start.weekday(), 4)], interval // 7))
            first = schedule.next_runs(rule, start, 1)[0]
            # An account closed since has its standing order ended (a run would only fail).
            status = "ended" if customer[5] == "inactive" else "active"
            orders.append((so_id, customer[0], self.user_ids[rep], interval, first,
                           rng.random() < 0.6, status == "active",
                           "Riordino periodico materiale di consumo",
                           rule, start, start, status, "courier", 1, self.now, self.now))
            for index in rng.sample(range(len(self.product_info)), k=rng.randint(2, 5)):
                lines.append((so_id, self.product_info[index][0], rng.randint(1, 20)))
            so_id += 1
        self.out.insert(StandingOrder, ["id", "customer", "rep", "interval_days", "next_run",
                                        "needs_confirmation", "active", "notes", "rrule",
                                        "start_date", "not_before", "status",
                                        "delivery_method", "version", "created_at",
                                        "updated_at"], orders,
                        "standing orders")
        self.out.insert(StandingOrderLine, ["standing_order", "product", "quantity"], lines,
                        "standing lines")


ORDER_SERIES = "order"  # DocumentSequence.series of sale numbers
ORDER_PREFIX = "V"  # as counterapp.services.sequences.format_number("V", year, n)
_SHIPMENT_COLUMNS = ["id", "order", "method", "carrier", "driver", "recipient", "street",
                     "postcode", "city", "province", "country", "phone", "promised_date", "rush",
                     "rush_feasible", "rush_reason", "parcels", "weight_grams",
                     "tracking_number", "status", "dispatched_at", "dispatched_by",
                     "delivered_at", "created_at"]


def _tracking_number(code: str, rng: random.Random) -> str:
    """A number matching the carrier's ``tracking_pattern``."""
    digits = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    letters = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    if code == "BRT":
        return digits(12)
    if code == "GLS":
        return letters(2) + digits(9)
    if code == "SDA":
        return digits(13)
    return letters(2) + digits(9) + "IT"


def generate(size: str = "small", progress: Progress | None = None, seed: int = 42) -> str:
    """Fill the bound database with demo data of ``size`` (tiny, small, large); a summary line.

    ``progress(done, total, label)`` is called after each chunk written. Adds to what is
    there (users, price lists and carriers that exist are reused), so ``--force`` works.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r} (small or large)")
    started = time.perf_counter()
    gen = _Generator(SIZES[size], progress, seed)
    sqlite = is_sqlite(gen.db)
    if sqlite:
        # A bulk load that fails is simply run again: no fsync per commit, no foreign-key
        # look-ups for ids assigned here (the tests check them), a cache big enough for the
        # indexes of half a million orders.
        settings = {name: gen.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
                    for name in ("synchronous", "foreign_keys", "cache_size")}
        for pragma in ("synchronous=NORMAL", "foreign_keys=OFF", "cache_size=-400000"):
            gen.db.execute_sql(f"PRAGMA {pragma}")
    try:
        _fill(gen)
    finally:
        if sqlite:
            for name, value in settings.items():
                gen.db.execute_sql(f"PRAGMA {name}={int(value)}")
    counts = gen.out.counts
    return (f"Demo data ({size}): {counts.get('product', 0):,} products, "
            f"{counts.get('customer', 0):,} customers, {counts.get('user', 0)} users, "
            f"{gen.totals['orders']:,} orders with {gen.totals['lines']:,} lines, "
            f"{gen.totals['shipments']:,} shipments, {counts.get('call', 0):,} calls, "
            f"{counts.get('task', 0):,} tasks in {time.perf_counter() - started:.1f} s")


def _fill(gen: _Generator) -> None:
    gen.users()
    gen.price_lists()
    gen.products()
    gen.list_prices()
    gen.delivery()
    gen.customers()
    gen.managed = {}
    managers = {u.id: u.login for u in User.select(User.id, User.login)}
    for row in (Customer.select(Customer.id, Customer.account_manager)
                .where(Customer.account_manager.is_null(False))):
        gen.managed[row.id] = managers[row.account_manager_id]
    gen.history()
    gen.calls_and_tasks()
    gen.campaigns_and_standing()
    gen.out.fix_sequences([User, Product, Customer, Contact, Order, OrderLine, Shipment, Call,
                           StandingOrder])
    if is_sqlite(gen.db):
        gen.db.execute_sql("PRAGMA optimize")
