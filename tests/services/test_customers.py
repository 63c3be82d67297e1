"""CustomerService: create, get, search in every way a clerk types, update, merge, leads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterapp.domain.customers import AddressInput, ContactInput, CustomerInput, PhoneInput
from counterapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError

VALID_IVA = "00743110157"


def _make(services, actor, name, *, kind="b2c", code="", phones=(), city="Milano",
          vat="", status="active", **extra):
    return services.customers.create(actor, CustomerInput(
        name=name, kind=kind, code=code, vat_number=vat, status=status,
        phones=tuple(PhoneInput(p) for p in phones),
        addresses=(AddressInput(street="Via Roma 1", city=city, postcode="20100",
                                province="MI"),) if city else (), **extra))


@pytest.fixture
def people(services, staff):
    junior = staff["junior"]
    return {
        "rossi": _make(services, junior, "Mario Rossi", code="ROSSI", phones=["02 1234 5678"]),
        "caffe": _make(services, junior, "Caffè Perù S.r.l.", kind="b2b", vat=VALID_IVA,
                       phones=["+39 333 123 4567"], city="Forlì"),
        "bianchi": _make(services, junior, "Luca Bianchi", phones=["06 9876 5432"], city="Roma"),
    }


def _codes(rows):
    return [r.code for r in rows]


def test_create_and_get_roundtrip(services, staff):
    detail = services.customers.create(staff["junior"], CustomerInput(
        name="Rossi & Figli <SRL>", kind="b2b", vat_number="IT 00743110157",
        fiscal_code="00743110157", sdi_code="abc1234", pec="rossi@pec.it",
        phones=(PhoneInput("02.1234.5678", "office"),),
        addresses=(AddressInput("Via Roma 1", "Milano", "20100", "MI"),
                   AddressInput("Via Po 2", "Torino", "10100", "TO", is_default=True)),
        contacts=(ContactInput("Anna Verdi", "buyer", "anna@x.it",
                               phones=(PhoneInput("333 765 4321"),)),)))
    got = services.customers.get(detail.id)
    assert got.name == "Rossi & Figli <SRL>"
    assert got.vat_number == VALID_IVA
    assert got.sdi_code == "ABC1234"
    assert got.code.startswith("C")
    assert [p.e164 for p in got.phones] == ["+390212345678", "+393337654321"]
    assert got.contacts[0].phones[0].e164 == "+393337654321"
    assert got.default_address.city == "Torino"
    assert sum(a.is_default for a in got.addresses) == 1
    assert got.brought_in_by_login == "junior"


@pytest.mark.parametrize("query", ["02 1234 5678", "+39 02 12345678", "0039 02 1234 5678",
                                   "02-12345678", "(02) 1234.5678", "0212345678",
                                   "12345678", "1234 5678"])
def test_search_by_phone_in_any_format(services, people, query):
    assert _codes(services.customer_search.search(query))[:1] == ["ROSSI"]


@pytest.mark.parametrize("query,expected", [
    ("ross", "ROSSI"), ("Mario", "ROSSI"), ("mario ro", "ROSSI"), ("caffe", None),
    ("CAFFÈ PE", None), ("peru", None), ("bianchi", None), ("rOsSi", "ROSSI"),
])
def test_search_by_name_prefix_and_word(services, people, query, expected):
    rows = services.customer_search.search(query)
    expected = expected or {"caffe": people["caffe"].code, "CAFFÈ PE": people["caffe"].code,
                            "peru": people["caffe"].code, "bianchi": people["bianchi"].code}[query]
    assert _codes(rows)[:1] == [expected]


def test_search_by_code_vat_city(services, people):
    assert _codes(services.customer_search.search("rossi"))[0] == "ROSSI"
    assert _codes(services.customer_search.search("IT00743110157")) == [people["caffe"].code]
    assert _codes(services.customer_search.search("007431")) == [people["caffe"].code]
    assert _codes(services.customer_search.search("forlì")) == [people["caffe"].code]
    roma = services.customer_search.search("Roma")
    assert _codes(roma) == [people["bianchi"].code]
    row = roma[0]
    assert row.city == "Roma" and row.phone == "+390698765432"
    assert services.customer_search.search("") == []
    assert services.customer_search.search("%") == []
    assert services.customer_search.search("nobody at all") == []


def test_search_limit_and_inactive_last(services, staff):
    for i in range(12):
        _make(services, staff["junior"], f"Verdi {i:02d}", city="")
    first = services.customer_search.search("verdi", limit=5)
    assert len(first) == 5
    services.customers.deactivate(staff["mgr"], first[0].id)
    again = services.customer_search.search("verdi", limit=20)
    assert again[-1].id == first[0].id and again[-1].status == "inactive"


def test_validation_names_the_field(services, staff):
    with pytest.raises(ValidationError) as err:
        _make(services, staff["junior"], "X", kind="b2b", vat="00743110158")
    assert err.value.field == "vat_number"
    with pytest.raises(ValidationError) as err:
        _make(services, staff["junior"], "  ")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        _make(services, staff["junior"], "Y", phones=["not a phone"])
    assert err.value.field == "phones[0]"
    with pytest.raises(ValidationError) as err:
        _make(services, staff["junior"], "Z", pec="nope")
    assert err.value.field == "pec"
    assert services.customer_search.search("Y") == []


def test_update_with_optimistic_locking(services, staff, people):
    rossi = people["rossi"]
    data = CustomerInput(name="Mario Rossi Jr", code="ROSSI", phones=(
        PhoneInput("02 1234 5678", id=rossi.phones[0].id), PhoneInput("333 111 2222")))
    updated = services.customers.update(staff["junior"], rossi.id, data,
                                        expected_version=rossi.version)
    assert updated.version == rossi.version + 1
    assert [p.e164 for p in updated.phones] == ["+390212345678", "+393331112222"]
    assert updated.phones[0].id == rossi.phones[0].id
    assert updated.addresses == ()
    with pytest.raises(Conflict):
        services.customers.update(staff["junior"], rossi.id, data,
                                  expected_version=rossi.version)


def test_credit_limit_needs_approval_for_junior(services, staff, people):
    with pytest.raises(PermissionDenied) as err:
        services.customers.set_credit_limit(staff["junior"], people["rossi"].id, "1000")
    assert err.value.needs_approval
    assert services.customers.get(people["rossi"].id).credit_limit == Decimal("0")
    done = services.customers.set_credit_limit(staff["am"], people["rossi"].id, "1000.50")
    assert done.credit_limit == Decimal("1000.50")


def test_merge_moves_everything(services, staff, people):
    keep, dup = people["rossi"], people["bianchi"]
    merged = services.customers.merge(staff["senior"], keep.id, dup.id)
    assert {p.e164 for p in merged.phones} == {"+390212345678", "+390698765432"}
    assert len(merged.addresses) == 2 and sum(a.is_default for a in merged.addresses) == 1
    assert services.customers.get(dup.id).merged_into_id == keep.id
    assert dup.id not in [r.id for r in services.customer_search.search("bianchi")]
    with pytest.raises(Conflict):
        services.customers.merge(staff["senior"], keep.id, dup.id)


def test_convert_lead(services, staff):
    lead = _make(services, staff["junior"], "Lead Person", status="lead")
    converted = services.customers.convert_lead(staff["senior"], lead.id)
    assert converted.status == "active" and converted.converted_at is not None
    assert converted.brought_in_by_login == "senior"
    with pytest.raises(ValidationError):
        services.customers.convert_lead(staff["senior"], lead.id)


def test_get_unknown(services):
    with pytest.raises(NotFound):
        services.customers.get(999999)


def test_children_one_at_a_time(services, staff, people):
    junior = staff["junior"]
    cid = people["rossi"].id
    detail = services.customer_contacts.add_phone(junior, cid, PhoneInput("+39 333 000 1111", "mobile"))
    assert [p.e164 for p in detail.phones] == ["+390212345678", "+393330001111"]
    with pytest.raises(ValidationError):
        services.customer_contacts.add_phone(junior, cid, PhoneInput("02-1234-5678"))
    phone_id = detail.phones[1].id
    detail = services.customer_contacts.edit_phone(junior, cid, phone_id, PhoneInput("333 000 2222"))
    assert detail.phones[1].e164 == "+393330002222"
    detail = services.customer_contacts.remove_phone(junior, cid, phone_id)
    assert len(detail.phones) == 1
    detail = services.customer_contacts.add_address(junior, cid, AddressInput(
        "Via Po 2", "Torino", "10100", "TO", is_default=True))
    assert detail.default_address.city == "Torino"
    detail = services.customer_contacts.remove_address(junior, cid, detail.default_address.id)
    assert detail.default_address.city == "Milano" and detail.default_address.is_default
    detail = services.customer_contacts.add_contact(junior, cid, ContactInput(
        "Anna Verdi", "buyer", phones=(PhoneInput("347 123 4567"),)))
    contact = detail.contacts[0]
    assert contact.phones[0].e164 == "+393471234567"
    detail = services.customer_contacts.edit_contact(junior, cid, contact.id,
                                             ContactInput("Anna Verdi", "owner"))
    assert detail.contacts[0].role == "owner"
    detail = services.customer_contacts.remove_contact(junior, cid, contact.id)
    assert detail.contacts == () and len(detail.phones) == 1
    assert detail.version > people["rossi"].version
    with pytest.raises(NotFound):
        services.customer_contacts.remove_phone(junior, cid, 999999)
    entries = services.audit.search(staff["mgr"], customer_id=cid)
    assert {"customer_phone_added", "customer_address_removed",
            "customer_contact_removed"} <= {e.action for e in entries}


def test_assign_account_manager_and_find_by_phone(services, staff, people):
    cid = people["caffe"].id
    detail = services.customers.assign_account_manager(staff["am"], cid, "am")
    assert detail.account_manager_login == "am"
    row = services.customer_search.find_by_phone("333.123.4567")[0]
    assert (row.id, row.account_manager_login, row.account_manager_name) == (
        cid, "am", "Andrea Account")
    assert services.customer_search.find_by_phone("garbage") == []
    with pytest.raises(ValidationError):
        services.customers.assign_account_manager(staff["am"], cid, "nobody")
