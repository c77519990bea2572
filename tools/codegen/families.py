"""Step 3: which family (package) each operation, structure and enum belongs to.

An operation's family is read from its name by the table below; a new operation that fits none
stops the generator with a message, so it is placed on purpose. A shape belongs to the one
family whose operations reach it, or to ``common`` when several do.
"""

from __future__ import annotations

import re

from tools.codegen.ir import ServiceIR, TypeRef

COMMON = "common"

#: Family package -> the noun its operation names end with (after the verb), and what it is.
FAMILIES: dict[str, tuple[str, str]] = {
    "transcription_jobs": (r"TranscriptionJobs?", "Transcription jobs"),
    "medical_transcription_jobs": (r"MedicalTranscriptionJobs?", "Medical transcription jobs"),
    "call_analytics_jobs": (r"CallAnalyticsJobs?", "Call Analytics jobs"),
    "call_analytics_categories": (
        r"CallAnalyticsCategory|CallAnalyticsCategories",
        "Call Analytics categories",
    ),
    "medical_scribe_jobs": (r"MedicalScribeJobs?", "AWS HealthScribe (medical scribe) jobs"),
    "vocabularies": (r"Vocabulary|Vocabularies", "Custom vocabularies"),
    "medical_vocabularies": (
        r"MedicalVocabulary|MedicalVocabularies",
        "Custom medical vocabularies",
    ),
    "vocabulary_filters": (r"VocabularyFilters?", "Custom vocabulary filters"),
    "language_models": (r"LanguageModels?", "Custom language models"),
    "transcribe_audio": (r"Audio", "Synchronous transcription (TranscribeAudio)"),
    "tagging": (r"Resource|TagsForResource", "Tags of any resource"),
}

_VERBS = r"(?:Create|Delete|Describe|Get|List|Start|Update|Tag|Untag|Transcribe)"


def operation_family(operation: str) -> str:
    """The family of an operation, by the noun after its verb."""
    for family, (noun, _title) in FAMILIES.items():
        if re.fullmatch(_VERBS + f"(?:{noun})", operation):
            return family
    raise SystemExit(f"generate: no family for the operation {operation}; add it to FAMILIES")


def _shape_names(ref: TypeRef) -> set[str]:
    names = {ref.name} if ref.name is not None else set()
    for part in (ref.item, ref.key):
        if part is not None:
            names |= _shape_names(part)
    return names


def reached(service: ServiceIR, root: str | None) -> set[str]:
    """Every structure and enum reachable from the shape ``root``."""
    found: set[str] = set()
    stack = [root] if root is not None else []
    while stack:
        name = stack.pop()
        if name in found:
            continue
        found.add(name)
        structure = service.structures.get(name)
        if structure is not None:
            for member in structure.members:
                stack.extend(_shape_names(member.type))
    return found


def shape_families(service: ServiceIR) -> dict[str, str]:
    """Each structure and enum name -> its family package."""
    users: dict[str, set[str]] = {}
    for operation in service.operations.values():
        family = operation_family(operation.name)
        for root in (operation.input, operation.output):
            for name in reached(service, root):
                users.setdefault(name, set()).add(family)
    return {
        name: next(iter(families)) if len(families) == 1 else COMMON
        for name, families in users.items()
    }
