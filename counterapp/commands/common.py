"""What every subcommand needs: open the services on the chosen database."""

from __future__ import annotations

from counterapp.services import Services
from counterapp.settings import Settings, resolve_database_url


def services_for(database: str | None) -> Services:
    """Connect (``--database``, env, settings, default), migrate, build services."""
    from counterapp.app import open_services  # noqa: PLC0415 (keeps Qt out of plain commands)

    settings = Settings()
    return open_services(resolve_database_url(database, settings), settings)
