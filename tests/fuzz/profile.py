"""The hypothesis settings every fuzz test runs with: the same cases on every run and machine."""

from __future__ import annotations

from hypothesis import HealthCheck, settings


def repeatable(cases: int) -> settings:
    """*cases* examples from a fixed seed, with no example database (so CI is repeatable)
    and no per-example deadline (the scorer's bound is asserted by its test)."""
    return settings(
        max_examples=cases,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
