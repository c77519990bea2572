"""``python -m transcribe_model``: the same command line as ``transcribe-model``."""

import sys

from transcribe_model._cli import main

sys.exit(main())
