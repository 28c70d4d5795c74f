# SPDX-License-Identifier: GPL-2.0-or-later
"""Files that appear complete or not at all: temporary names, a commit journal, stale cleanup.

Every output file of a run is first written under a hidden temporary name in its destination
folder (``.<name>.<host>-<pid>-<token>.part<ext>``; companions such as ``.prj`` or ``.dbf``
share that stem), checked, and renamed into place by :meth:`FileSet.commit` only when the whole
set is complete. Renaming within one folder is atomic; a set of several files is renamed under a
journal (``.mcr-commit.<host>-<pid>-<token>.json``) written before the first rename, so that a
run killed between two renames is completed by the next run that writes into that folder
(roll-forward) — the set is never left mixed. Temporary files of a run that no longer exists are
removed by the next run writing the same output. Files are created with the user's umask (no
``mkstemp``, whose mode is 0600).

No qgis and no GDAL imports: the raster and vector writers call this module.
"""

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import sys
import time

_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_PART = re.compile(r"^\.(?P<base>.+)\.(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-(?P<token>[0-9a-f]{8})\.part")
_JOURNAL = re.compile(r"^\.mcr-commit\.(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-(?P<token>[0-9a-f]{8})\.json$")
# Temporary files of another machine (a shared folder) are only removed when this old.
_FOREIGN_AGE = 24 * 3600.0
# Files that belong to an output by its name and go stale when a new version replaces it:
# GDAL's auxiliary file and overviews, SQLite's journal files, shapefile indexes and parts.
_STALE_WITH_PATH = (".aux.xml", ".ovr", "-wal", "-shm", "-journal")
_STALE_WITH_STEM = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".shp.xml", ".qpj"),
    ".tab": (".dat", ".map", ".id", ".ind"),
    ".asc": (".prj",),
    ".sdat": (".sgrd", ".prj", ".mgrd"),
}


class CommitError(OSError):
    """Files could not be moved into place; the message names the output."""


def _alive(host, pid, path):
    """Whether the run that made ``path`` may still be writing it."""
    if host != _HOST:
        with contextlib.suppress(OSError):
            return time.time() - os.path.getmtime(path) < _FOREIGN_AGE
        return False
    if pid == os.getpid():
        return True  # another output set of this same process (QGIS runs algorithms in threads)
    if sys.platform.startswith("win"):
        # os.kill would terminate the process on Windows: judge by age instead.
        with contextlib.suppress(OSError):
            return time.time() - os.path.getmtime(path) < _FOREIGN_AGE
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by another user
    return True


def recover(folder):
    """Complete the commits of killed runs in ``folder`` (roll forward their journals)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _JOURNAL.match(name)
        if not match:
            continue
        journal = os.path.join(folder, name)
        if _alive(match["host"], int(match["pid"]), journal):
            continue
        try:
            with open(journal, encoding="utf-8") as handle:
                plan = json.load(handle)
        except (OSError, ValueError):
            plan = None  # a journal is written whole (rename) before use; an unreadable one did nothing
        if plan:
            for temporary, final in plan.get("renames", []):
                if os.path.lexists(temporary):
                    with contextlib.suppress(OSError):
                        os.replace(temporary, final)
            for path in plan.get("removes", []):
                with contextlib.suppress(OSError):
                    os.remove(path)
        with contextlib.suppress(OSError):
            os.remove(journal)


def remove_stale(final_path):
    """Remove temporary files of ``final_path`` left by runs that no longer exist."""
    folder = os.path.dirname(os.path.abspath(final_path))
    base = os.path.basename(final_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        match = _PART.match(name)
        # A model stages its outputs under temporary names, and its steps write theirs beside them.
        if not match or _root_base(match["base"]) != base:
            continue
        path = os.path.join(folder, name)
        if _alive(match["host"], int(match["pid"]), path):
            continue
        with contextlib.suppress(OSError):
            _remove(path)
            removed += 1
    return removed


def _remove(path):
    """Remove a file, or a scratch folder with everything in it."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.remove(path)


def tidy(final_paths):
    """Before a run writes ``final_paths``: complete the interrupted commits of their folders and
    remove their stale temporary files (also of outputs this run ends up not writing)."""
    for folder in sorted({os.path.dirname(os.path.abspath(path)) for path in final_paths}):
        recover(folder)
    for path in final_paths:
        remove_stale(path)


def _root_base(name):
    while True:
        match = _PART.match(name)
        if not match:
            return name
        name = match["base"]


def final_basename(name):
    """The file name a temporary name of this module stands for ('corridors.gpkg'), or ``name``."""
    match = _PART.match(name)
    return match["base"] if match else name


def is_temporary_name(name):
    """True for the hidden names this module writes (temporary files and journals)."""
    return bool(_PART.match(name) or _JOURNAL.match(name))


class FileSet:
    """Temporary files for a set of outputs, moved into place together.

    >>> files = FileSet()                                   # doctest: +SKIP
    >>> temporary = files.reserve("/data/mcr.tif")          # write the raster to this path
    >>> files.commit()                                      # now /data/mcr.tif exists
    """

    def __init__(self):
        self._reserved = []  # (temporary stem, temporary main path, final path)
        self._recovered = set()
        self._scratch = []  # folders of intermediate files, never moved into place

    def _prepare(self, final_path):
        """(absolute path, folder, file name) of ``final_path``, once the folder's interrupted commits
        are completed (the first time) and the output's stale temporary files removed."""
        final_path = os.path.abspath(final_path)
        folder, base = os.path.split(final_path)
        if folder not in self._recovered:
            recover(folder)
            self._recovered.add(folder)
        remove_stale(final_path)
        return final_path, folder, base

    def reserve(self, final_path):
        """A temporary path beside ``final_path`` with the same extension; nothing is created.

        The folder's interrupted commits are completed and the output's stale temporary files
        removed first.
        """
        final_path, folder, base = self._prepare(final_path)
        extension = os.path.splitext(base)[1]
        stem = os.path.join(folder, f".{base}.{_HOST}-{os.getpid()}-{secrets.token_hex(4)}.part")
        temporary = stem + extension
        self._reserved.append((stem, temporary, final_path))
        return temporary

    def scratch(self, final_path, purpose="tmp"):
        """A new hidden folder beside ``final_path`` for a run's intermediate files (tiles, say).

        It is never moved into place: :meth:`commit` and :meth:`discard` remove it, and after a
        kill the next run that writes ``final_path`` does (its name is one of this module's
        temporary names for ``final_path``). Created with the user's umask.
        """
        final_path, folder, base = self._prepare(final_path)
        path = os.path.join(folder, f".{base}.{_HOST}-{os.getpid()}-{secrets.token_hex(4)}.part-{purpose}")
        os.mkdir(path)
        self._scratch.append(path)
        return path

    def _remove_scratch(self):
        for path in self._scratch:
            shutil.rmtree(path, ignore_errors=True)
        self._scratch = []

    def finals(self):
        return [final for _, _, final in self._reserved]

    def _plan(self):
        renames, removes = [], []
        for stem, _temporary, final in self._reserved:
            folder = os.path.dirname(stem)
            prefix = os.path.basename(stem)
            final_stem = os.path.splitext(final)[0]
            extension = os.path.splitext(final)[1]
            produced = set()
            for name in sorted(os.listdir(folder)):
                if not name.startswith(prefix):
                    continue
                suffix = name[len(prefix):]
                target = final if suffix == extension else final_stem + suffix
                renames.append((os.path.join(folder, name), target))
                produced.add(target)
            if final not in produced:
                raise CommitError(errno.ENOENT, f"{final!r} was not written (internal error); nothing was changed.")
            stale = [final + suffix for suffix in _STALE_WITH_PATH]
            stale += [final_stem + suffix for suffix in _STALE_WITH_STEM.get(extension.lower(), ())]
            removes += [path for path in stale if path not in produced and os.path.lexists(path)]
        return renames, removes

    def commit(self):
        """Move every temporary file into place; a journal covers sets of several files."""
        self._remove_scratch()
        renames, removes = self._plan()
        journal = None
        if len(renames) + len(removes) > 1:
            folder = os.path.dirname(renames[0][1])
            token = f"{_HOST}-{os.getpid()}-{secrets.token_hex(4)}"
            journal = os.path.join(folder, f".mcr-commit.{token}.json")
            staging = journal + ".new"
            with open(staging, "w", encoding="utf-8") as handle:
                json.dump({"renames": renames, "removes": removes}, handle)
            os.replace(staging, journal)
        failed = []
        for temporary, final in renames:
            try:
                os.replace(temporary, final)
            except OSError as error:
                failed.append((final, error))
        for path in removes:
            with contextlib.suppress(OSError):
                os.remove(path)
        if journal and not failed:
            with contextlib.suppress(OSError):
                os.remove(journal)
        self._reserved = []
        if failed:
            final, error = failed[0]
            raise CommitError(
                error.errno or errno.EIO,
                f"Could not move the new {os.path.basename(final)!r} into place ({error.strerror or error}); "
                "close it in other programs and run again (the next run completes the set).",
            )

    def discard(self):
        """Remove every temporary file written so far."""
        for stem, _, _ in self._reserved:
            folder = os.path.dirname(stem)
            prefix = os.path.basename(stem)
            with contextlib.suppress(OSError):
                for name in os.listdir(folder):
                    if name.startswith(prefix):
                        with contextlib.suppress(OSError):
                            os.remove(os.path.join(folder, name))
        self._reserved = []
        self._remove_scratch()
