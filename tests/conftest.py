"""Fixtures shared by every test folder."""
from argon2 import PasswordHasher

from factcheck import accounts

# The cheapest argon2id parameters for the tests' users: with the service's own, each hash or login costs most
# of a second on a busy machine. A stored hash carries its parameters, so verifying follows them.
accounts.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
