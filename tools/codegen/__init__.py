"""The generator of transcribe_model's shape classes and converters (not shipped in the wheel).

A pipeline in four steps, as mypy-boto3-builder does it: ``load`` reads botocore's service model
into the intermediate representation of ``ir``; ``overrides`` applies the small table of
documented deviations; ``families`` groups shapes by operation family; ``render_*`` writes the
Python source, which ``main`` formats with ruff and writes (or compares, with ``--check``).
"""
