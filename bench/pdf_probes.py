"""PDF probes for bench/run.py: each renders one real document through the services and renderers the app uses.

The timing is done by the caller; these functions only do the work a user's click does (read the vault, build
the document) and say whether there was something to render.
"""

from __future__ import annotations

from typing import BinaryIO

from core.vault import Vault


def dossier_probe(vault: Vault, out: BinaryIO) -> bool:
    """The CNIL notification dossier of one incident, as "Dossier CNIL (PDF)…" makes it: read, then render.

    Takes the richest incident of the vault to notify (assessed, decided, with a timeline), so the figure is not
    flattered by an empty dossier. False when the vault has no incident or no practice identity.
    """
    from core.clock import system_clock
    from core.reports import cnil_dossier
    from core.services.incidents import IncidentService
    from core.services.practice import PracticeService

    service = IncidentService(vault)
    summaries = service.list()
    if not summaries:
        return False
    chosen = next((s for s in summaries if s.notify), summaries[0])
    practice = PracticeService(vault).get()
    if practice is None:
        return False
    cnil_dossier.render(practice, service.get(chosen.id), out, system_clock())
    return True


def register_probe(vault: Vault, out: BinaryIO, n: int) -> int:
    """The register PDF (art. 30) of the first ``n`` activities and the processors they use.

    Same path as ``register export --format pdf`` (register read from the vault, then rendered); the large demo
    vault holds 1,000 activities, so they are cut to ``n``. Returns how many activities were printed.
    """
    from dataclasses import replace

    from core.clock import system_clock
    from core.reports import base
    from core.reports.register_pdf import RegisterReport, render

    base.clear_caches()  # each measurement starts cold, as the first register printed in a session
    from core.services.practice import PracticeService
    from core.services.register import RegisterService

    register = RegisterService(vault).register()
    activities = register.activities[:n]
    if not activities:
        return 0
    used = {ref for a in activities for ref in a.processor_refs}
    register = replace(
        register, activities=activities, processors=tuple(p for p in register.processors if p.ref in used)
    )
    report = RegisterReport(
        practice=PracticeService(vault).get(), register=register, generated_at=system_clock()
    )
    render(report, out)
    return len(activities)
