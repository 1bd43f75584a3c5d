"""Precautions 6 and 7: read-only probes of the OS, its updates and its anti-malware.

Parsers and decisions here are pure functions fed with what a command
printed or a file held (tests feed them recorded real outputs).  Everything
that touches the machine goes through a ``SystemAccess`` passed in
(``runner.py``), which runs only the read-only command lines on its allow
list.  ``probes.probe_system`` is the one call a worker or the CLI makes: it
returns plain findings that ``core/checks.py`` turns into steps 6 and 7.
"""
