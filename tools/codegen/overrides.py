"""Step 2: the documented deviations from the service model, each with its reason.

Keep this table small: everything here is a place where we know better than the service model,
and each entry says from which sentence of the documentation.
"""

from __future__ import annotations

import dataclasses

from tools.codegen.ir import Constraint, RangeC, ServiceIR

#: (structure, member) -> the constraint to use instead of the model's, and why.
MEMBER_CONSTRAINTS: dict[tuple[str, str], tuple[Constraint, str]] = {
    (structure, "IdentifiedLanguageScore"): (
        RangeC("IdentifiedLanguageScore", 0, 1),
        "its documentation: 'Confidence scores are values between 0 and 1'; the model "
        "declares no bound",
    )
    for structure in (
        "TranscriptionJob",
        "TranscriptionJobSummary",
        "MedicalTranscriptionJob",
        "MedicalTranscriptionJobSummary",
        "CallAnalyticsJob",
        "CallAnalyticsJobSummary",
    )
}


def apply(service: ServiceIR) -> ServiceIR:
    """``service`` with every override applied (refusing an override that no longer applies)."""
    for (structure_name, wire), (constraint, _reason) in MEMBER_CONSTRAINTS.items():
        structure = service.structures.get(structure_name)
        if structure is None:
            continue  # the table names shapes that some botocore versions lack
        members = list(structure.members)
        for position, member in enumerate(members):
            if member.wire == wire:
                members[position] = dataclasses.replace(member, constraint=constraint)
                break
        else:
            continue
        service.structures[structure_name] = dataclasses.replace(structure, members=tuple(members))
    return service
