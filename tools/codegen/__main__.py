"""``python -m tools.codegen``: see ``tools.codegen.main``."""

import sys

from tools.codegen.main import main

sys.exit(main())
