"""Reading a file the command line was given, bounded: only a regular file, and only up to a size.

``Path.read_bytes`` of ``/dev/zero`` never returns, of a FIFO waits for a writer, and of a huge file fills
the memory; ``ordra models layout /dev/zero`` held the terminal for good.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import DomainError


def read_regular_file(path: Path, max_bytes: int, limit_name: str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``max_bytes`` (the setting ``limit_name``).

    :raises DomainError: not a regular file (a device, a FIFO, a socket, a directory), over the limit, or
        unreadable; one line naming the file.
    """
    try:
        # O_NONBLOCK: opening a FIFO without a writer would wait; a regular file ignores it.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise DomainError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise DomainError(f"{path}: not a regular file")
        if status.st_size > max_bytes:
            raise DomainError(_over(path, max_bytes, limit_name))
        try:
            data = file.read(max_bytes + 1)  # + 1: a file that grew since it was opened is still caught
        except OSError as exc:
            raise DomainError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise DomainError(_over(path, max_bytes, limit_name))
    return data


def _over(path: Path, max_bytes: int, limit_name: str) -> str:
    return f"{path}: over the limit of {max_bytes:,} bytes ({limit_name})"
