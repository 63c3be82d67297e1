"""Every renderer, each fed the same hostile text in its user-visible fields."""

from __future__ import annotations

from dataclasses import replace

from counterapp.documents.data import Party
from counterapp.documents.delivery_note import render_delivery_note
from counterapp.documents.manifest import render_manifest
from counterapp.documents.order_slip import render_order_slip
from counterapp.documents.packing_slip import render_packing_slip
from counterapp.documents.quote import render_quote
from counterapp.documents.receipt import render_receipt
from counterapp.documents.run_sheet import render_run_sheet

from .conftest import (
    make_delivery_note,
    make_line,
    make_manifest,
    make_order,
    make_quote,
    make_receipt,
    make_run_sheet,
)


def order_with(name: str, note: str):
    lines = (replace(make_line(0), description=note), make_line(1))
    return make_order(customer=Party(name, (note, "20121 Milano")), notes=note, lines=lines)


def slip(name, note):
    return render_order_slip(order_with(name, note))


def packing(name, note):
    return render_packing_slip(order_with(name, note))


def quote(name, note):
    return render_quote(replace(make_quote(), order=order_with(name, note), terms=note))


def receipt_roll(name, note):
    receipt = make_receipt()
    return render_receipt(replace(receipt, order=order_with(name, note), footer_message=note))


def receipt_a4(name, note):
    receipt = make_receipt("a4")
    return render_receipt(replace(receipt, order=order_with(name, note), footer_message=note))


def delivery_note(name, note):
    note_data = make_delivery_note()
    return render_delivery_note(
        replace(
            note_data,
            recipient=Party(name, (note,)),
            notes=note,
            goods_appearance=note,
            lines=(replace(make_line(0), description=note),),
        )
    )


def manifest(name, note):
    data = make_manifest()
    shipment = replace(data.shipments[0], recipient=name, city=note)
    return render_manifest(replace(data, shipments=(shipment,), notes=note))


def run_sheet(name, note):
    data = make_run_sheet()
    stop = replace(data.stops[0], recipient=name, notes=note, address_lines=(note,))
    return render_run_sheet(replace(data, stops=(stop,), driver=name, notes=note))


RENDERERS = {
    "order_slip": slip,
    "packing_slip": packing,
    "quote": quote,
    "receipt_roll": receipt_roll,
    "receipt_a4": receipt_a4,
    "delivery_note": delivery_note,
    "manifest": manifest,
    "run_sheet": run_sheet,
}
