# Hand-written stub: only tools/codegen reads botocore's service model classes, as Any.
from typing import Any

def __getattr__(name: str) -> Any: ...
