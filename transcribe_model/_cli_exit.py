"""The exit statuses of ``transcribe-model``, shared by its command modules.

Documented for users in the docstring of ``_cli`` and in the README.
"""

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
EXIT_JOB_FAILED = 3
EXIT_TIMED_OUT = 4
EXIT_NOT_FOUND = 5
EXIT_SERVICE_ERROR = 6
EXIT_NO_ANSWER = 7
EXIT_INTERRUPTED = 130
