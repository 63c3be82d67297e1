"""How staff PINs are hashed: one place for the argon2id parameters.

Services (login) and the demo generator (which may not import services) both hash PINs;
the parameters live here so a hash made by either verifies with the other.
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type

# Cheaper than the library default so a login stays well under 100 ms, still memory-hard;
# the parameters are stored in each hash, so they can rise later (check_needs_rehash).
TIME_COST = 2
MEMORY_COST_KIB = 19456
PARALLELISM = 1


def make_pin_hasher() -> PasswordHasher:
    """An argon2id ``PasswordHasher`` with CounterApp's PIN parameters."""
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB,
                          parallelism=PARALLELISM, type=Type.ID)
