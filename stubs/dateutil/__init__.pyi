# Hand-written stub: the part of python-dateutil that transcribe_model imports.
