"""The cart's item count reads right in both languages: "0 articoli", "1 articolo", "1 item".

It printed "0 items" in the Italian window: the catalogue held "%n items" as a plain entry,
which Qt does not look up with a count.
"""

from __future__ import annotations

import pytest

from counterapp.ui.counter.badge import items_text
from tests.ui.window_helpers import ui_language


@pytest.mark.parametrize("language,expected", [
    ("it", {0: "0 articoli", 1: "1 articolo", 5: "5 articoli"}),
    ("en", {0: "0 items", 1: "1 item", 5: "5 items"}),
])
def test_item_count_has_its_plural_in_each_language(qapp, language, expected):
    with ui_language(language):
        assert {n: items_text(n) for n in expected} == expected
