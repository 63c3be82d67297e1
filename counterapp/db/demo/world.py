"""The demo shop's world: sizes, logins, places, catalogue words, carriers and small helpers."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.it import codicefiscale

from counterapp.domain.text import fold

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
