"""Hypothesis profiles: quick by default, thorough under CI, long for nightly runs.

Select one with HYPOTHESIS_PROFILE=ci|nightly (``.ci/run`` sets ``ci``). The aiobotocore lane
(``scripts/test-async``) installs no hypothesis: its tests draw nothing, so none is set there.
"""

import importlib.util
import os

if importlib.util.find_spec("hypothesis") is not None:
    from hypothesis import HealthCheck, settings

    settings.register_profile("default", max_examples=50, deadline=None)
    settings.register_profile(
        "ci",
        parent=settings.get_profile("ci"),
        max_examples=200,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile("nightly", max_examples=5000, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
