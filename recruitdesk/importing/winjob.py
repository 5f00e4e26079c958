"""A Windows job object that caps the extraction worker's memory (Windows has no RLIMIT_AS).

The worker is assigned to a job whose limits are: committed memory per process
(``JOB_OBJECT_LIMIT_PROCESS_MEMORY``), death of the worker when the app closes the job handle
(``KILL_ON_JOB_CLOSE``, so a crashed app leaves no worker behind) and no error dialog on a
crash (``DIE_ON_UNHANDLED_EXCEPTION``). A process that asks for more than the cap gets an
allocation failure (Python's ``MemoryError``), exactly like RLIMIT_AS on POSIX.

The structures and the flag arithmetic are plain ``ctypes`` and are checked on every platform
(tests compare them with the documented Win64 layout); only ``assign`` calls the Windows API.
The worker is assigned right after it starts, before the app sends it anything: it reads no
file until it receives its first request, which is sent only after the assignment succeeded.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import c_int64, c_size_t, c_uint32, c_uint64

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation


class BasicLimitInformation(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION (SIZE_T and ULONG_PTR are pointer-sized)."""

    _fields_ = [
        ("PerProcessUserTimeLimit", c_int64),
        ("PerJobUserTimeLimit", c_int64),
        ("LimitFlags", c_uint32),
        ("MinimumWorkingSetSize", c_size_t),
        ("MaximumWorkingSetSize", c_size_t),
        ("ActiveProcessLimit", c_uint32),
        ("Affinity", c_size_t),
        ("PriorityClass", c_uint32),
        ("SchedulingClass", c_uint32),
    ]


class IoCounters(ctypes.Structure):
    _fields_ = [(name, c_uint64) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount",
    )]


class ExtendedLimitInformation(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION."""

    _fields_ = [
        ("BasicLimitInformation", BasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", c_size_t),
        ("JobMemoryLimit", c_size_t),
        ("PeakProcessMemoryUsed", c_size_t),
        ("PeakJobMemoryUsed", c_size_t),
    ]


def limit_information(memory_bytes: int) -> ExtendedLimitInformation:
    """The limits the worker's job gets: the memory cap, kill on close, no crash dialog."""
    info = ExtendedLimitInformation()
    info.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    info.ProcessMemoryLimit = memory_bytes
    return info


class WorkerJob:
    """A job object holding one worker. Closing it kills the worker (KILL_ON_JOB_CLOSE)."""

    def __init__(self, handle: int) -> None:
        self._handle = handle

    @classmethod
    def assign(cls, process_handle: int, memory_bytes: int) -> "WorkerJob":
        """Create the job and put the process in it; raises OSError if Windows refuses."""
        kernel32 = _kernel32()
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        info = limit_information(memory_bytes)
        ok = kernel32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info))
        if ok and kernel32.AssignProcessToJobObject(job, ctypes.c_void_p(int(process_handle))):
            return cls(job)
        error = ctypes.get_last_error()  # type: ignore[attr-defined]
        kernel32.CloseHandle(job)
        raise ctypes.WinError(error)  # type: ignore[attr-defined]

    def close(self) -> None:
        handle, self._handle = self._handle, 0
        if handle:
            _kernel32().CloseHandle(handle)


def _kernel32():  # pragma: no cover - Windows only
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    kernel32.SetInformationJobObject.restype = wintypes.BOOL
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
    kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    kernel32.CloseHandle.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    return kernel32


SUPPORTED = sys.platform == "win32"
