# Hand-written stub: the part of botocore that transcribe_model imports (see client.py).

__version__: str

# For tools/codegen, which reads the service model.
def xform_name(name: str, sep: str = "_") -> str: ...
