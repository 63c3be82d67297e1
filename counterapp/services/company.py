"""The shop's letterhead (name, address, VAT number …) shared by every workstation.

Stored as ``SharedSetting`` rows (``company.name``, ``company.address`` …) so that all
workstations print the same header; a fresh database prints sensible demo defaults
until a manager fills them in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from counterapp.db.models import SharedSetting
from counterapp.documents.data import CompanyInfo
from counterapp.domain.permissions import Action, require
from counterapp.domain.text import clean_text
from counterapp.services import audit
from counterapp.services.context import Actor, ServiceContext

PREFIX = "company."


@dataclass(frozen=True)
class CompanySettings:
    """The editable header fields; ``address`` holds one line per row of the letterhead."""

    name: str = "Ferramenta Rossi S.r.l."
    address: str = "Via Roma 12\n20121 Milano (MI)\nItalia"
    vat_number: str = "IT12345678903"
    fiscal_code: str = "12345678903"
    phone: str = "+39 02 1234 5678"
    email: str = "banco@ferramentarossi.example"
    logo_path: str = ""


DEFAULTS = CompanySettings()
FIELD_NAMES = tuple(f.name for f in fields(CompanySettings))


def load_settings() -> CompanySettings:
    """The stored header fields over the demo defaults (call inside any transaction)."""
    stored = {row.key[len(PREFIX):]: row.value
              for row in SharedSetting.select().where(SharedSetting.key.startswith(PREFIX))}
    return CompanySettings(**{name: stored.get(name, getattr(DEFAULTS, name))
                              for name in FIELD_NAMES})


def company_info() -> CompanyInfo:
    """The letterhead as the document renderers take it."""
    values = load_settings()
    logo = Path(values.logo_path) if values.logo_path else None
    return CompanyInfo(
        name=values.name,
        address_lines=tuple(line.strip() for line in values.address.splitlines() if line.strip()),
        vat_number=values.vat_number,
        fiscal_code=values.fiscal_code,
        phone=values.phone,
        email=values.email,
        logo_path=logo if logo and logo.is_file() else None,
    )


class CompanyService:
    """Read and (managers only) change the shared letterhead."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self) -> CompanySettings:
        """The current header fields."""
        with self.ctx.db.atomic():
            return load_settings()

    def info(self) -> CompanyInfo:
        """The current letterhead for a document."""
        with self.ctx.db.atomic():
            return company_info()

    def update(self, actor: Actor, **changes: str) -> CompanySettings:
        """Change some header fields; managers only (the letterhead is a legal identity)."""
        cleaned = clean_changes(changes)
        with self.ctx.db.atomic():
            require(actor.role, Action.EDIT_USERS)  # the manager-only right
            before = load_settings()
            store(cleaned)
            after = load_settings()
            audit.record(actor, "company_changed", entity="company", entity_id="header",
                         before={k: getattr(before, k) for k in cleaned},
                         after={k: getattr(after, k) for k in cleaned}, at=self.ctx.now())
            return after


def clean_changes(changes: Mapping[str, str]) -> dict[str, str]:
    """Header fields trimmed and checked (``ValidationError`` naming the field)."""
    unknown = sorted(set(changes) - set(FIELD_NAMES))
    if unknown:
        raise ValueError(f"unknown company fields: {', '.join(unknown)}")
    return {key: clean_text(key, value, required=key == "name",
                            max_length=500 if key == "address" else 200)
            for key, value in changes.items()}


def store(cleaned: Mapping[str, str]) -> None:
    """Write checked header fields (inside the caller's transaction)."""
    for key, value in cleaned.items():
        (SharedSetting.insert(key=PREFIX + key, value=value)
         .on_conflict(conflict_target=[SharedSetting.key], update={SharedSetting.value: value})
         .execute())
