"""Shared test settings: hypothesis profiles for the property tests (tests/test_properties.py).

The normal suite runs a few hundred examples; `make fuzz` (python3 tasks.py fuzz) selects the
"fuzz" profile for a nightly-sized run of at least 10,000.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # timings are the benchmark's business, never the tests'
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
# The normal suite draws the same 200 examples every run, so CI never fails by luck of the
# draw; the fuzz run draws fresh ones each time.
settings.register_profile("default", max_examples=200, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=10_000, **_COMMON)
settings.load_profile("default")
