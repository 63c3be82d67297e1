"""The phone history's call export and ``counterapp export calls`` write the same file
(#13: two copies of the calls CSV had drifted apart: CRLF line ends in one, LF in the other,
while docs/automation.md promises ``\\n``)."""

from __future__ import annotations


def test_history_export_equals_the_data_export(services, staff, tmp_path):
    for number, outcome in (("0212345678", "no_answer"), ("0298765432", "information_given")):
        call = services.calls.start_call(staff["junior"], number, direction="inbound")
        services.calls.end_call(staff["junior"], call.id, outcome=outcome, notes="a, \"b\"")
    history, data = tmp_path / "history.csv", tmp_path / "data.csv"
    assert services.call_history.export_csv(history, actor=staff["mgr"]) == 2
    assert services.csv.export("calls", data, actor=staff["mgr"]) == 2
    assert history.read_bytes() == data.read_bytes()
    assert b"\r\n" not in history.read_bytes()
