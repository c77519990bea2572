# Hand-written stub: the part of python-dateutil that transcribe_model imports.
from datetime import datetime

def isoparse(dt_str: str) -> datetime: ...
