"""Persistence: peewee models bound through one proxy, ``connect(url)``, migrations."""

from counterapp.db.database import connect, database_proxy, describe_url

__all__ = ["connect", "database_proxy", "describe_url"]
