"""The shared rules the integrator wired into other families' rules modules.

Their cases live in ``test_wired_rules.py``; the per-family coverage tests leave them to it.
"""

WIRED_RULES = frozenset(
    {
        "medical_job_tag_keys_are_distinct",
        "call_analytics_job_tag_keys_are_distinct",
        "category_tag_keys_are_distinct",
        "scribe_job_tag_keys_are_distinct",
        "vocabulary_encryption_needs_role",
        "filter_encryption_needs_role",
        "language_model_encryption_needs_role",
        "vocabulary_file_is_in_s3",
        "medical_vocabulary_file_is_in_s3",
        "filter_file_is_in_s3",
        "audio_locations_are_in_s3",
    }
)
