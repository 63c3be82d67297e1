"""User text is printed literally, whatever it contains, in every document.

ReportLab paragraphs are markup: unescaped, ``<SRL>`` vanishes, ``<font size=40>``
takes effect and an unclosed ``<b>`` raises. These tests feed such text to every
renderer and read the PDF back.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from .conftest import pdf_text
from .renderers import RENDERERS

HOSTILE_NAME = "Rossi & Figli <SRL>"
HOSTILE_NOTES = (
    "<font size=40>BIG</font>",
    "<b>grassetto mai chiuso",
    "Caffè &amp; cornetto",
    "Grazie 😀😊 ☕ ★",
    "Παπαδόπουλος Γιώργος",
    "Иванов Пётр",
    "100% > 99% & 1 < 2",
)


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
@pytest.mark.parametrize("note", HOSTILE_NOTES)
def test_hostile_text_prints_literally(renderer, note):
    text = pdf_text(renderer(HOSTILE_NAME, note))

    assert HOSTILE_NAME in text
    assert note in text


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
def test_newlines_in_notes_become_line_breaks(renderer):
    text = pdf_text(renderer("Bianchi Mario", "Prima riga\nSeconda riga\r\nTerza\triga"))

    assert "Prima riga Seconda riga Terza riga" in text


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
def test_control_characters_are_dropped(renderer):
    text = pdf_text(renderer("Verdi\x00 Luca\x1b", "nota\x07 con\x0c controlli"))

    assert "Verdi Luca" in text
    assert "nota con controlli" in text


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
def test_emoji_missing_from_the_font_do_not_break_the_document(renderer):
    # DejaVu has no truck or parcel glyph: they print as an empty box, and the text
    # around them is intact.
    text = pdf_text(renderer("Bianchi 🚚 Mario", "Consegna 📦👍 domani"))

    assert "Bianchi" in text and "Mario" in text
    assert "Consegna" in text and "domani" in text


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
def test_text_longer_than_a_page_flows_on(renderer):
    # A pasted e-mail in a note must not abort the print with a LayoutError.
    note = "parola " * 1200 + "FINE"

    text = pdf_text(renderer("N" * 300, note))

    assert "FINE" in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    renderer=st.sampled_from(sorted(RENDERERS)),
    name=st.text(max_size=120),
    note=st.text(max_size=400),
)
def test_random_text_never_breaks_a_render(renderer, name, note):
    pdf = RENDERERS[renderer](name, note)

    assert pdf.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
