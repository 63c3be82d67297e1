"""Pure rules behind customers: phone normalisation, VAT numbers, the discount/refund limits."""

from __future__ import annotations

from decimal import Decimal

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from counterapp.domain.customers import (
    iva_check_digit,
    validate_email,
    validate_fiscal_code,
    validate_sdi_code,
    validate_vat_number,
)
from counterapp.domain.errors import PermissionDenied, ValidationError
from counterapp.domain.permissions import Action, Limits, Role, decision, judge
from counterapp.domain.phone import format_phone, normalize_phone

# -- phone numbers -------------------------------------------------------------------------

national = st.one_of(
    st.from_regex(r"02[0-9]{8}", fullmatch=True),          # Milano landline
    st.from_regex(r"06[0-9]{8}", fullmatch=True),          # Roma landline
    st.from_regex(r"0[1-9][0-9]{1,2}[0-9]{6}", fullmatch=True),
    st.from_regex(r"3[0-9]{2}[0-9]{7}", fullmatch=True),   # mobiles
)


def _valid(digits: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(digits, "IT"))


@st.composite
def written(draw):
    """A valid Italian number and one of the ways a person writes it."""
    digits = draw(national)
    assume(_valid(digits))
    cuts = sorted(draw(st.sets(st.integers(1, len(digits) - 1), max_size=4)))
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(digits[last:cut])
        last = cut
    pieces.append(digits[last:])
    separator = draw(st.sampled_from([" ", ".", "-", "/", "", "  "]))
    body = separator.join(pieces)
    prefix = draw(st.sampled_from(["", "+39 ", "+39", "0039 ", "0039", "+39-"]))
    if draw(st.booleans()) and not prefix and len(pieces) > 1:
        body = f"({pieces[0]}) " + separator.join(pieces[1:])
    padding = draw(st.sampled_from(["", " ", "\t"]))
    return digits, padding + prefix + body + padding


@settings(max_examples=300)
@given(written())
def test_any_formatting_normalises_to_the_same_e164(case):
    digits, text = case
    assert normalize_phone(text) == "+39" + digits
    assert normalize_phone(format_phone("+39" + digits)) == "+39" + digits


@settings(max_examples=500)
@given(st.one_of(st.text(max_size=60), st.from_regex(r"[0-9 +()./-]{0,30}", fullmatch=True)))
def test_garbage_gives_validation_error_never_another_exception(text):
    try:
        result = normalize_phone(text)
    except ValidationError as exc:
        assert exc.field == "phone"
        return
    assert result.startswith("+") and result[1:].isdigit()


@pytest.mark.parametrize("text", [None, 3912345678, b"0212345678", "", "   ", "ciao",
                                  "02 1234 5678 <script>", "+39 02 1234 5678 ext. 12345678"])
def test_phone_refusals(text):
    with pytest.raises(ValidationError):
        normalize_phone(text)


# -- partite IVA -------------------------------------------------------------------------------

ten_digits = st.from_regex(r"[0-9]{7}(0[0-9][1-9]|0[1-9]0|100|12[01]|888|999)", fullmatch=True)


@given(ten_digits)
def test_generated_partite_iva_pass(first_ten):
    number = first_ten + iva_check_digit(first_ten)
    assume(number[:7] != "0000000")
    assert validate_vat_number(number) == number
    assert validate_vat_number("IT " + number[:5] + " " + number[5:]) == number


@given(ten_digits, st.integers(0, 10), st.integers(1, 9))
def test_one_changed_digit_fails(first_ten, position, delta):
    number = first_ten + iva_check_digit(first_ten)
    assume(number[:7] != "0000000")
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1:]
    with pytest.raises(ValidationError) as err:
        validate_vat_number(changed)
    assert err.value.field == "vat_number"


def test_other_identifiers():
    assert validate_vat_number("") == ""
    assert validate_vat_number("DE 136 695 976") == "DE136695976"
    with pytest.raises(ValidationError):
        validate_vat_number("DE 136 695 977")
    assert validate_fiscal_code("rccmnl83s18d969h") == "RCCMNL83S18D969H"
    assert validate_fiscal_code("00743110157") == "00743110157"
    with pytest.raises(ValidationError):
        validate_fiscal_code("RCCMNL83S18D969X")
    assert validate_sdi_code("abc1234") == "ABC1234"
    with pytest.raises(ValidationError):
        validate_sdi_code("ABC12")
    assert validate_email("fatture@pec.rossi.it", "pec") == "fatture@pec.rossi.it"
    with pytest.raises(ValidationError) as err:
        validate_email("rossi at pec", "pec")
    assert err.value.field == "pec"


# -- discount and refund limits ------------------------------------------------------------------

J, S, A, M = Role.JUNIOR, Role.SENIOR, Role.ACCOUNT_MANAGER, Role.MANAGER


@pytest.mark.parametrize("action", [Action.LINE_DISCOUNT, Action.CART_DISCOUNT])
@pytest.mark.parametrize("role,amount,expected", [
    (J, "0", "allow"), (J, "5", "allow"), (J, "5.01", "approval"), (J, "20", "approval"),
    (S, "15", "allow"), (S, "15.5", "approval"), (A, "15", "allow"), (A, "16", "approval"),
    (M, "100", "allow"), (M, "100.01", "approval"),
])
def test_discount_limits(action, role, amount, expected):
    assert decision(role, action, Decimal(amount)) == expected


def test_discount_limits_from_settings_and_approval():
    limits = {J: Decimal("2"), S: Decimal("30"), A: Decimal("10"), M: Decimal("100")}
    assert decision(J, Action.LINE_DISCOUNT, Decimal("3"), limits) == "approval"
    assert decision(S, Action.LINE_DISCOUNT, Decimal("25"), limits) == "allow"
    shop = Limits(discount=limits)
    junior, approver = 7, 8  # two different people: nobody approves their own request
    assert judge(junior, J, Action.LINE_DISCOUNT, Decimal("20"), approver_id=approver,
                 approver_role=S, limits=shop)
    assert judge(junior, J, Action.LINE_DISCOUNT, Decimal("20"), approver_id=approver,
                 approver_role=M)
    with pytest.raises(PermissionDenied) as err:  # account managers never approve
        judge(junior, J, Action.LINE_DISCOUNT, Decimal("5.5"), approver_id=approver,
              approver_role=A)
    assert err.value.needs_approval and err.value.amount == Decimal("5.5")
    # A senior gives 15 % alone but approves up to 25 % for a junior (default limits)...
    assert judge(junior, J, Action.LINE_DISCOUNT, Decimal("20"), approver_id=approver,
                 approver_role=S)
    with pytest.raises(PermissionDenied):  # ...and not beyond
        judge(junior, J, Action.LINE_DISCOUNT, Decimal("26"), approver_id=approver,
              approver_role=S)
    with pytest.raises(PermissionDenied):  # the shop lowered the senior's approval limit
        judge(junior, J, Action.LINE_DISCOUNT, Decimal("20"), approver_id=approver,
              approver_role=S, limits=Limits(approval={J: Decimal("0"), S: Decimal("15"),
                                                       A: Decimal("0"), M: Decimal("100")}))
    with pytest.raises(PermissionDenied):  # a senior asking for 20 % cannot approve it
        judge(approver, S, Action.LINE_DISCOUNT, Decimal("20"), approver_id=approver,
              approver_role=S)


@pytest.mark.parametrize("role,amount,expected", [
    (J, "50", "allow"), (J, "50.01", "approval"), (S, "500", "allow"), (S, "501", "approval"),
    (A, "500", "allow"), (A, "800", "approval"), (M, "100000", "allow"),
])
def test_refund_limits(role, amount, expected):
    assert decision(role, Action.REFUND, Decimal(amount)) == expected


@pytest.mark.parametrize("action,verdicts", [
    (Action.PRICE_OVERRIDE, ["approval", "allow", "allow", "allow"]),
    (Action.SALE_OVER_CREDIT, ["approval", "approval", "approval", "allow"]),
    (Action.VOID_SALE, ["approval", "allow", "allow", "allow"]),
    (Action.REPRINT, ["allow", "allow", "allow", "allow"]),
    (Action.SELL_BEYOND_STOCK, ["allow", "allow", "allow", "allow"]),
])
def test_counter_actions_without_amount(action, verdicts):
    assert [decision(role, action) for role in (J, S, A, M)] == verdicts
