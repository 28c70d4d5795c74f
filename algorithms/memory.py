# SPDX-License-Identifier: GPL-2.0-or-later
"""How much memory a run needs, and whether the machine has it — asked before the work starts.

Each algorithm knows its peak in bytes per cell (measured with benchmarks/chain.py); a run
whose estimate exceeds the memory available now is refused with both figures, instead of
failing with "Unable to allocate …" minutes later. No qgis imports.
"""

import os
import sys

from .kernels import InputError

GIB = 1024.0**3


def _read_number(path):
    try:
        with open(path, encoding="ascii") as handle:
            text = handle.read().strip()
    except OSError:
        return None
    return None if not text or text == "max" else int(text)


def available_bytes():
    """Memory available to this process now (bytes), or None where it cannot be told."""
    if sys.platform.startswith("linux"):
        available = None
        try:
            with open("/proc/meminfo", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("MemAvailable:"):
                        available = int(line.split()[1]) * 1024
                        break
        except (OSError, ValueError):
            pass
        # A container's cgroup limit is what the kernel enforces, whatever the machine has.
        limit = _read_number("/sys/fs/cgroup/memory.max")
        used = _read_number("/sys/fs/cgroup/memory.current")
        if limit is None:
            limit = _read_number("/sys/fs/cgroup/memory/memory.limit_in_bytes")
            used = _read_number("/sys/fs/cgroup/memory/memory.usage_in_bytes")
        if limit is not None and limit < (1 << 60):
            room = limit - (used or 0)
            available = room if available is None else min(available, room)
        return available
    if sys.platform.startswith("win"):
        import ctypes

        class Status(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total", ctypes.c_ulonglong),
                        ("available", ctypes.c_ulonglong), ("page_total", ctypes.c_ulonglong),
                        ("page_available", ctypes.c_ulonglong), ("virtual_total", ctypes.c_ulonglong),
                        ("virtual_available", ctypes.c_ulonglong), ("extended", ctypes.c_ulonglong)]

        status = Status()
        status.length = ctypes.sizeof(Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.available)
        return None
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def require(cells, bytes_per_cell, what, extra_bytes=0, available=None):
    """Raise :class:`InputError` when ``cells × bytes_per_cell`` cannot fit in memory now.

    ``MCR_MEMORY_LIMIT`` (bytes) in the environment caps the memory the plugin may use, e.g. on
    a shared server.
    """
    needed = float(cells) * bytes_per_cell + extra_bytes
    if available is None:
        available = available_bytes()
    cap = os.environ.get("MCR_MEMORY_LIMIT")
    if cap:
        try:
            cap_bytes = float(cap)
            available = cap_bytes if available is None else min(available, cap_bytes)
        except ValueError:
            pass
    if available is None or needed <= available:
        return needed
    raise InputError(
        f"{what} needs about {needed / GIB:.1f} GB of memory for {cells:,} cells "
        f"(about {bytes_per_cell:g} bytes per cell), but only {available / GIB:.1f} GB is available. "
        "Clip the rasters to a smaller area, use a larger cell size, or close other programs."
    )
