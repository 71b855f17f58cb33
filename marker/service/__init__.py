"""The application layer: marker's use cases, called alike by the web, the CLI and job workers.

Each use case takes a ``UnitOfWork`` (the database session and the settings) and the acting person, applies the
pure core's rules, writes its audit entry and commits once, through ``UnitOfWork.transaction``. Nothing here
imports Flask: the web turns this layer's errors into pages, the CLI into one line. Who may see or do what is
answered by one module, ``marker.service.access``.
"""
