"""``counterapp print slip|packing|delivery-note|receipt|quote ORDER_NUMBER --out FILE.pdf``.

Renders through the same service as the app, so the print journal records the
document (printer ``file:<path>``), a reprint is stamped as a copy and a delivery
note takes its DDT number. An unknown order or a delivery note for an order without
shipment exits 2 with one line.
"""

from __future__ import annotations

from pathlib import Path

from counterapp.commands.common import services_for
from counterapp.services.printing import DOC_TYPES


def register(subparsers, common) -> None:
    """Add the ``print`` command."""
    parser = subparsers.add_parser("print", parents=[common],
                                   help="render a document of an order to a PDF file")
    parser.add_argument("doc_type", choices=DOC_TYPES, metavar="|".join(DOC_TYPES))
    parser.add_argument("order_number")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write it")
    parser.add_argument("--user", default="", metavar="LOGIN",
                        help="journal the print under this user (default: none)")
    parser.set_defaults(handler=_print)


def _print(args, database) -> int:
    services = services_for(database)
    out = Path(args.out).expanduser().resolve()
    actor = services.staff.actor(args.user) if args.user else None
    target = f"file:{out}"
    rendered = services.printing.render(actor, args.doc_type, args.order_number,
                                        printer=target)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(rendered.pdf)
        tmp.replace(out)
    except OSError as exc:
        services.printing.record_failure(actor, args.doc_type, rendered.order_number, target,
                                         exc.strerror or str(exc), job_id=rendered.job_id)
        raise
    copy = " (copy)" if rendered.is_copy else ""
    print(f"{rendered.document_number}{copy} -> {out}")
    return 0
