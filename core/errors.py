"""Typed errors carrying a stable code and parameters, never prose.

The CLI turns them into French text with :func:`core.messages.message`; the GUI into translated text with
``gui.messages``. Keeping prose out of the exceptions keeps health data out of tracebacks and logs.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing costs the headless commands' start-up
if TYPE_CHECKING:
    from typing import Any


class VigieError(Exception):
    """Base of every error a user may see. ``code`` selects the message; ``params`` fill it."""

    code = "error"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.code)

    def __str__(self) -> str:
        from core.messages import message

        return message(self)


# --- vault and key management -------------------------------------------------------------------------
class VaultNotFound(VigieError):
    code = "vault_not_found"


class VaultExists(VigieError):
    code = "vault_exists"


class WrongPassphrase(VigieError):
    code = "wrong_passphrase"


class WrongRecoveryCode(VigieError):
    code = "wrong_recovery_code"


class CorruptVault(VigieError):
    """The key is right (key check value matches) but the database fails its HMAC or integrity checks."""

    code = "corrupt_vault"


class CorruptKeyFile(VigieError):
    code = "corrupt_keyfile"


class DamagedKeySlot(CorruptKeyFile):
    """One part of the key file fails its checksum: damage, not a wrong secret. ``slot``: passphrase, recovery
    or header (db_uuid / key check value)."""

    code = "damaged_key_slot"


# What is wrong with a backup (``CorruptBackup(damage=...)``), worded at the edge: core/messages.py (French,
# command line) and gui/messages.py (translated). Parameters: ``seq`` / ``claimed`` (journal entry numbers),
# ``technical`` (SQLite's own words, shown as is), ``table`` / ``key`` (an evidential record).
BACKUP_DAMAGE = (
    "copy_missing",  # the database copy is not in the folder
    "copy_unreadable",  # SQLite cannot read the copy (technical)
    "copy_integrity",  # SQLite's integrity check fails (technical)
    "counts_differ",  # record counts differ from the manifest
    "keyfile_unreadable",  # the backup's key file is missing or not a key file
    "keyfile_damaged",  # its header fails its checksum
    "keyfile_mismatch",  # the key file belongs to another vault than the manifest
    "head_missing",  # the manifest has no journal head
    "head_unauthentic",  # the manifest's journal head fails its HMAC
    "journal_missing",  # journal entry seq missing
    "journal_unreadable",  # journal entry seq unreadable
    "journal_altered",  # journal entry seq altered after the fact
    "journal_cut",  # journal ends at seq, the manifest attests claimed
    "journal_anchor_mismatch",  # journal entry seq no longer matches the manifest's head
    "journal_ends_early",  # the copied journal ends at seq, the manifest says claimed
    "journal_unauthenticated",  # entry seq has no HMAC (added outside Vigie)
    "journal_mac_mismatch",  # entry seq fails its HMAC (changed after the fact)
    "journal_orphan_mac",  # entry seq gone, its HMAC remains
    "record_changed",  # a record (table, key) differs from journal entry seq
    "record_unsealed",  # a record absent from the journal
    "record_missing_row",  # a record the journal attests (entry seq) is gone
    "record_missing_trigger",  # a protection trigger (key) removed
    "record_unreadable",  # journal entry seq sealing records is unreadable
)


class CorruptBackup(VigieError):
    """A backup folder is damaged or incomplete. Names the backup: the live vault is not concerned.
    ``damage``: one of :data:`BACKUP_DAMAGE`, with its parameters."""

    code = "corrupt_backup"

    def __init__(self, *, backup: str, damage: str, **params: Any) -> None:
        assert damage in BACKUP_DAMAGE, damage
        super().__init__(backup=backup, damage=damage, **params)


class KeyFileMissing(VigieError):
    code = "keyfile_missing"


class VaultTooNew(VigieError):
    code = "vault_too_new"


class VaultInUse(VigieError):
    """Another Vigie instance (or process) holds the vault's lock file."""

    code = "vault_in_use"


class VaultLocked(VigieError):
    """An operation needed the open vault but it is locked (auto-lock, user lock)."""

    code = "vault_locked"


class NotSqlCipher(VigieError):
    """The SQLite library in use has no SQLCipher: refuse rather than write plaintext."""

    code = "not_sqlcipher"


class WeakPassphrase(VigieError):
    code = "weak_passphrase"


class StorageError(VigieError):
    """The disk refused a write (full, read-only, I/O error). Nothing committed was lost."""

    code = "storage_error"


class MigrationFailed(VigieError):
    code = "migration_failed"


# --- input validation ------------------------------------------------------------------------------------
class FieldProblem:
    """One offending field: a JSON-path-like location and a French explanation.

    ``code`` and ``params`` name the problem in the vocabulary of :mod:`core.domain.problems` (French and English
    text), so that the GUI renders it in its language; ``problem`` stays the French sentence for the command line.
    Core builds them with ``core.domain.problems.problem``, never directly. They do not take part in equality: a problem is its place and text.
    Immutable. Written out rather than a dataclass: the unlock window imports this module, and ``dataclasses``
    would cost that first window 2 ms.
    """

    __slots__ = ("path", "problem", "code", "params")
    path: str
    problem: str
    code: str
    params: dict[str, Any]

    def __init__(self, path: str, problem: str, code: str = "", params: dict[str, Any] | None = None) -> None:
        for name, value in (("path", path), ("problem", problem), ("code", code), ("params", params or {})):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"FieldProblem is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"FieldProblem is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[FieldProblem], tuple[str, str, str, dict[str, Any]]]:
        return (FieldProblem, (self.path, self.problem, self.code, self.params))  # pickle and copy

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.path, self.problem) == (other.path, other.problem)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.path, self.problem))

    def __repr__(self) -> str:
        return (
            f"FieldProblem(path={self.path!r}, problem={self.problem!r}, code={self.code!r}, "
            f"params={self.params!r})"
        )


class InvalidInput(VigieError):
    """Input (a file, a form, a JSON document) is not acceptable; ``problems`` lists each field and why."""

    code = "invalid_input"

    def __init__(self, problems: list[FieldProblem], **params: Any) -> None:
        self.problems = list(problems)
        super().__init__(**params)


# What was not found (``NotFound(what=...)``), worded at the edge: core/messages.py (French, command line) and
# gui/messages.py (translated). Parameters: ``number`` (a record's number), ``ref`` (a register reference T01/P01),
# ``key`` (an incident step's key), ``item`` (a self-assessment question).
NOT_FOUND = (
    "practice",  # the practice's identity (not filled in yet)
    "assessment",  # self-assessment number
    "assessment_snapshot",  # the frozen copy of self-assessment number
    "evidence_file",  # a self-assessment's attached file number
    "action",  # an action plan's action number
    "scan_proposal",  # what exposure check number proposes for question item
    "rights_request",  # a patient's request number
    "rights_request_unnumbered",  # a request never saved (no number)
    "attachment",  # an attached document number (incident or request)
    "contact",  # useful contact number
    "incident",  # incident number
    "incident_step",  # an incident's next step key
    "exposure_scan",  # saved exposure check number
    "saved_exposure_scan",  # no exposure check saved at all
    "activity",  # register activity ref
    "processor",  # register processor ref
)


class NotFound(VigieError):
    """A record asked for does not exist. ``what``: one of :data:`NOT_FOUND`, with its parameters (a subclass
    with its own code needs none)."""

    code = "not_found"

    def __init__(self, what: str | None = None, **params: Any) -> None:
        if what is not None or self.code == "not_found":
            assert what in NOT_FOUND, what
            params["what"] = what
        super().__init__(**params)


class Conflict(VigieError):
    """The change is refused because of the record's state (frozen assessment, closed incident, ...)."""

    code = "conflict"


# --- security checklist ----------------------------------------------------------------------------------------
class AssessmentFrozen(Conflict):
    """The assessment is closed: it is kept as evidence and can no longer change."""

    code = "assessment_frozen"


class AssessmentAlreadyOpen(Conflict):
    code = "assessment_already_open"


class AssessmentIncomplete(Conflict):
    """Closing needs every applicable question answered and every pre-filled answer confirmed."""

    code = "assessment_incomplete"


class NoAssessmentForYear(NotFound):
    code = "no_assessment_for_year"


class EvidenceTooLarge(VigieError):
    code = "evidence_too_large"


class EvidenceCorrupt(VigieError):
    """A stored evidence file no longer matches the SHA-256 recorded when it was attached."""

    code = "evidence_corrupt"
