"""``shipment.carrier_label``: the carrier's (or else the driver's) name, kept by triggers.

Sorting the whole queue by carrier through a lookup per row costs a full sort of every
shipment; a plain column with an index on (carrier_label, id) gives the order directly.
Triggers (not application code) keep it right, so every writer — the shipping service, the
demo/bench generators, imports, a renamed carrier or driver — stays consistent.
"""

from __future__ import annotations

from counterapp.db.database import is_sqlite

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS shipment_carrier_label_insert AFTER INSERT ON shipment
    BEGIN UPDATE shipment SET carrier_label = COALESCE(
        (SELECT name FROM carrier WHERE carrier.id = NEW.carrier_id),
        (SELECT name FROM driver WHERE driver.id = NEW.driver_id), '') WHERE id = NEW.id; END""",
    # Also when carrier_label itself is written (a full-row save): the WHEN stops the loop.
    """CREATE TRIGGER IF NOT EXISTS shipment_carrier_label_update
    AFTER UPDATE OF carrier_id, driver_id, carrier_label ON shipment
    WHEN NEW.carrier_label IS NOT COALESCE(
        (SELECT name FROM carrier WHERE carrier.id = NEW.carrier_id),
        (SELECT name FROM driver WHERE driver.id = NEW.driver_id), '')
    BEGIN UPDATE shipment SET carrier_label = COALESCE(
        (SELECT name FROM carrier WHERE carrier.id = NEW.carrier_id),
        (SELECT name FROM driver WHERE driver.id = NEW.driver_id), '') WHERE id = NEW.id; END""",
    """CREATE TRIGGER IF NOT EXISTS carrier_name_label AFTER UPDATE OF name ON carrier
    BEGIN UPDATE shipment SET carrier_label = NEW.name WHERE carrier_id = NEW.id; END""",
    """CREATE TRIGGER IF NOT EXISTS driver_name_label AFTER UPDATE OF name ON driver
    BEGIN UPDATE shipment SET carrier_label = NEW.name
          WHERE driver_id = NEW.id AND carrier_id IS NULL; END""",
)

_POSTGRES_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION shipment_carrier_label() RETURNS trigger AS $$
    BEGIN NEW.carrier_label := COALESCE(
        (SELECT name FROM carrier WHERE carrier.id = NEW.carrier_id),
        (SELECT name FROM driver WHERE driver.id = NEW.driver_id), ''); RETURN NEW; END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER shipment_carrier_label BEFORE INSERT OR UPDATE ON shipment
    FOR EACH ROW EXECUTE FUNCTION shipment_carrier_label()""",
    """CREATE OR REPLACE FUNCTION carrier_name_label() RETURNS trigger AS $$
    BEGIN UPDATE shipment SET carrier_label = NEW.name WHERE carrier_id = NEW.id; RETURN NULL; END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER carrier_name_label AFTER UPDATE OF name ON carrier
    FOR EACH ROW EXECUTE FUNCTION carrier_name_label()""",
    """CREATE OR REPLACE FUNCTION driver_name_label() RETURNS trigger AS $$
    BEGIN UPDATE shipment SET carrier_label = NEW.name
          WHERE driver_id = NEW.id AND carrier_id IS NULL; RETURN NULL; END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER driver_name_label AFTER UPDATE OF name ON driver
    FOR EACH ROW EXECUTE FUNCTION driver_name_label()""",
)


def up(db, migrator) -> None:
    """Add the column, backfill it in one set-based UPDATE, index it, install the triggers."""
    del migrator
    db.execute_sql("ALTER TABLE shipment ADD COLUMN carrier_label VARCHAR(80) "
                   "NOT NULL DEFAULT ''")
    db.execute_sql("UPDATE shipment SET carrier_label = COALESCE("
                   "(SELECT name FROM carrier WHERE carrier.id = shipment.carrier_id), "
                   "(SELECT name FROM driver WHERE driver.id = shipment.driver_id), '')")
    db.execute_sql("CREATE INDEX IF NOT EXISTS shipment_carrier_label_id "
                   "ON shipment (carrier_label, id)")
    for statement in _SQLITE_TRIGGERS if is_sqlite(db) else _POSTGRES_TRIGGERS:
        db.execute_sql(statement)
