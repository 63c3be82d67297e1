"""``csv_cells.write_csv_file``: the one atomic CSV writer of the exports (#13: it was
copied in the orders/customers, performance and standing-order exports)."""

from __future__ import annotations

import pytest

from counterapp.domain.errors import ValidationError
from counterapp.services.csv_cells import write_csv_file


def test_writes_header_and_rows_neutralised_and_counts_them(tmp_path):
    out = tmp_path / "out.csv"
    rows = (row for row in [["A1", "=HYPERLINK(1)"], ["A2", "-12.50"]])
    assert write_csv_file(out, ["code", "note"], rows) == 2
    assert out.read_text(encoding="utf-8") == "code,note\nA1,'=HYPERLINK(1)\nA2,-12.50\n"
    assert list(tmp_path.iterdir()) == [out]  # no NAME.part left


def test_an_unwritable_place_names_out_and_leaves_nothing(tmp_path):
    out = tmp_path / "missing-folder" / "out.csv"
    with pytest.raises(ValidationError) as refused:
        write_csv_file(out, ["code"], [["A1"]])
    assert refused.value.field == "out" and "cannot write" in refused.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_failing_row_source_keeps_the_old_file(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")

    def rows():
        yield ["A1"]
        raise OSError(28, "No space left on device")

    with pytest.raises(ValidationError):
        write_csv_file(out, ["code"], rows())
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
