"""The exit statuses of ``transcribe-model``, shared by its command modules.

Documented for users in the docstring of ``_cli`` and in the README; ``DOCUMENTED`` holds them
all, so a test can hold the command line to exiting with no other.
"""

from typing import Final

EXIT_VALID: Final = 0
EXIT_INVALID: Final = 1  # a request, name or filter breaks a rule: nothing was sent
EXIT_UNREADABLE: Final = 2  # usage error, or FILE is not a document
EXIT_JOB_FAILED: Final = 3
EXIT_TIMED_OUT: Final = 4
EXIT_NOT_FOUND: Final = 5
EXIT_SERVICE_ERROR: Final = 6
EXIT_NO_ANSWER: Final = 7
EXIT_BAD_ANSWER: Final = 8  # the call went through, but its answer could not be parsed
EXIT_INTERNAL: Final = 70  # a bug of transcribe-model (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED: Final = 130  # Ctrl-C: 128 + SIGINT
EXIT_BROKEN_PIPE: Final = 141  # standard output's reader went away: 128 + SIGPIPE

DOCUMENTED: Final = frozenset(
    {
        EXIT_VALID,
        EXIT_INVALID,
        EXIT_UNREADABLE,
        EXIT_JOB_FAILED,
        EXIT_TIMED_OUT,
        EXIT_NOT_FOUND,
        EXIT_SERVICE_ERROR,
        EXIT_NO_ANSWER,
        EXIT_BAD_ANSWER,
        EXIT_INTERNAL,
        EXIT_INTERRUPTED,
        EXIT_BROKEN_PIPE,
    }
)
