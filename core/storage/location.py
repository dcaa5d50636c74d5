"""Is the vault in a place where SQLite databases get corrupted? (cloud-synced or network folders)

Sync clients copy files while they are being written and network file systems break locking; both are
documented causes of SQLite corruption. Vigie warns rather than refuses: the user may know better.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SYNCED_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "mon drive",
    "icloud",
    "icloud drive",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "pcloud",
    "box sync",
    "sync.com",
    "kdrive",
    "hubic",
)
_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "afpfs",
    "davfs",
    "fuse.rclone",
    "9p",
    "webdav",
}


def synced_folder(path: Path) -> str | None:
    """The name of the sync service whose folder holds ``path``, if any."""
    for part in Path(path).expanduser().resolve().parts:
        lowered = part.lower()
        for name in _SYNCED_NAMES:
            if lowered == name or lowered.startswith(name + " ") or lowered.startswith(name + "-"):
                return part
    return None


def network_filesystem(path: Path) -> str | None:
    """The file-system type when ``path`` is on a network share (Linux via /proc/mounts, Windows UNC paths)."""
    resolved = Path(path).expanduser().resolve()
    if sys.platform == "win32":
        return "réseau" if str(resolved).startswith("\\\\") else None
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(resolved)
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip(os.sep) + os.sep)) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type if best_type in _NETWORK_FS else None


def location_risk(path: Path) -> tuple[str, str] | None:
    """``("synced", service)`` or ``("network", fs type)`` when the place is risky, else None."""
    synced = synced_folder(path)
    if synced:
        return "synced", synced
    network = network_filesystem(path)
    if network:
        return "network", network
    return None


def location_warning(path: Path) -> str | None:
    """A French warning when the vault sits in a synced or network folder, else None."""
    synced = synced_folder(path)
    if synced:
        return (
            f"Le coffre est dans un dossier synchronisé ({synced}). La synchronisation peut copier le fichier "
            "pendant une écriture et l'endommager : placez le coffre dans un dossier local et utilisez les "
            "sauvegardes de Vigie."
        )
    network = network_filesystem(path)
    if network:
        return (
            f"Le coffre est sur un partage réseau ({network}). Ces partages peuvent endommager la base : "
            "placez le coffre sur le disque local de l'ordinateur."
        )
    return None
