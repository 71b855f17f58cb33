"""Long work as queue jobs: checking scripts and unpacking zips of scripts, outside any web request.

The queue is Huey (MIT): a SQLite file in the instance folder by default, so one machine needs nothing but
Python (``marker serve`` runs a worker thread beside the web server), and Redis when ``MARKER_QUEUE_URL`` names
one, so web and worker processes on several machines share it (``marker worker`` on each). Huey only carries
messages: which job runs, whether it finished and what it found live in the database (``marker.service.
check_jobs``), so a lost, repeated or orphaned message never checks a script twice or loses one.
"""

from marker.jobs.queue import Jobs, init_app, jobs_of

__all__ = ["Jobs", "init_app", "jobs_of"]
