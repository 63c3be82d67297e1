"""``counterapp import products|customers|standing FILE.csv [--valid-rows-only]`` and
``counterapp export orders|calls|customers|products|tasks|standing --out FILE.csv
[--since DATE]``. Standing orders are imported all or nothing (``--valid-rows-only`` is
refused for them) and exported whole (``--since`` is refused). Quotas and plans
(``import quotas|plans``) are imported all or nothing too; ``export performance --month
YYYY-MM`` writes every rep's month (CONTRACT.md, "Additions (second round)")."""

from __future__ import annotations

import datetime as dt
import sys

from counterapp.commands.common import (
    acting_actor,
    add_user_argument,
    database_reader,
    services_for,
)
from counterapp.domain.errors import ValidationError


def register(subparsers, common) -> None:
    """Add the ``import`` and ``export`` commands."""
    imp = subparsers.add_parser("import", parents=[common], help="import products or customers "
                                "from CSV")
    imp.add_argument("kind", choices=["products", "customers", "standing", "quotas", "plans"])
    imp.add_argument("file")
    imp.add_argument("--valid-rows-only", action="store_true",
                     help="import the valid rows even when some rows are bad")
    add_user_argument(imp)
    imp.set_defaults(handler=_import)
    exp = subparsers.add_parser("export", parents=[common], help="export to CSV")
    exp.add_argument("kind", choices=["orders", "calls", "customers", "products", "tasks",
                                      "standing", "performance"])
    exp.add_argument("--out", required=True, help="the CSV file to write")
    exp.add_argument("--since", help="only records from this date (YYYY-MM-DD)")
    exp.add_argument("--month", metavar="YYYY-MM", help="the month (export performance)")
    add_user_argument(exp, required=False)
    exp.set_defaults(handler=_export)


def _import(args, database) -> int:
    if args.kind == "standing" and args.valid_rows_only:
        raise ValidationError("--valid-rows-only", "standing orders are imported all or "
                              "nothing")
    if args.kind in ("quotas", "plans") and args.valid_rows_only:
        raise ValidationError("--valid-rows-only", f"{args.kind} are imported all or nothing")
    services = services_for(database)
    actor = acting_actor(args, services)
    if args.kind == "standing":
        report = services.standing.import_csv(args.file, actor=actor)
    elif args.kind == "quotas":
        report = services.performance.import_quotas(args.file, actor=actor)
    elif args.kind == "plans":
        report = services.performance.import_plans(args.file, actor=actor)
    else:
        run = (services.csv.import_products if args.kind == "products"
               else services.csv.import_customers)
        report = run(args.file, actor=actor, valid_rows_only=args.valid_rows_only)
    for line in report.lines():
        print(line)
    if report.written:
        print(f"{report.rows_valid} of {report.rows_total} rows imported: "
              f"{report.created} created, {report.updated} updated")
        return 0
    if not report.problems:
        print("nothing to import")
        return 0
    file_broken = any(line == 1 or not column for line, column, _ in report.problems)
    if args.valid_rows_only and not file_broken:
        print("no valid rows to import")
        return 0
    print(f"nothing imported: {report.problem_count} problem(s) in {report.rows_total} rows",
          file=sys.stderr)
    return 2


def _export(args, database) -> int:
    since = None
    if args.since:
        try:
            since = dt.date.fromisoformat(args.since)
        except ValueError:
            raise ValidationError("--since", f"'{args.since}' is not a date (YYYY-MM-DD)") from None
    if args.kind == "standing" and since is not None:
        raise ValidationError("--since", "standing orders are exported whole")
    if (args.kind == "performance") != bool(args.month):
        raise ValidationError("--month", "export performance needs --month YYYY-MM (and only "
                              "it takes --month)")
    services = services_for(database)
    actor = acting_actor(args, services) if args.user else database_reader()
    if args.kind == "standing":
        count = services.standing.export_csv(args.out, actor=actor)
    elif args.kind == "performance":
        count = services.performance.export_csv(actor, args.month, args.out)
    else:
        count = services.csv.export(args.kind, args.out, since=since, actor=actor)
    print(f"{count} {args.kind} written to {args.out}")
    return 0
