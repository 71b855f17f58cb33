"""Settings from the environment, read once, with safe defaults for a single machine.

``load_settings`` builds the one typed ``Settings`` object; the CLI builds it at start and hands it to the app
factory and to the commands (and job workers), so every entry point honours the same variables.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    """What marker needs to know about where it runs."""

    instance_path: Path
    database_url: str
    upload_dir: Path
    secret_key: str | None  # None: generated once into the instance folder when the web app first needs it
    max_upload_mb: int
    max_pages: int
    rubrics_dir: Path
    command_verbs_dir: Path
    check_timeout_s: float
    check_memory_mb: int
    login_rate_limit: str
    check_rate_limit: str
    layout_with_libreoffice: bool
    behind_https: bool
    # Where the rate limiter counts: memory:// counts per process; with several workers use a shared store
    # (redis://host:6379) so a limit holds across all of them.
    ratelimit_storage_uri: str = "memory://"
    # The most one zip of scripts may unpack to, and hold.
    max_batch_mb: int = 200
    max_batch_files: int = 500
    # Files in the upload folder with no submission are removed once they are this old (a crashed upload).
    orphan_upload_grace_s: int = 3600
    layout_timeout_s: float = 60.0
    # The job queue: "" keeps it in a SQLite file in the instance folder (one machine, `marker serve` runs a
    # worker thread); redis://host:6379/0 shares it between machines (run `marker worker` on each); "immediate"
    # runs each job at once in the process that queues it (tests).
    queue_url: str = ""
    # A job's claim lasts this long without a heartbeat before another worker may take the job over.
    job_lease_s: float = 60.0
    # Attempts before a job is given up as failed for good ("could not be checked").
    job_attempts: int = 3
    # Jobs one worker process runs at once (threads; each check runs in its own child process).
    worker_threads: int = 2
    # A built export (feedback zip, EQA pack) is kept this long, then removed by `marker sweep-uploads` / purge.
    export_retention_s: int = 86400
    # How LibreOffice lays DOCX pages out (when layout_with_libreoffice): "warm" keeps one LibreOffice running per
    # process through unoserver (installed by `make office-server` into office_python's venv); "cold" starts
    # LibreOffice for each document; "auto" is warm when office_python is installed, else cold.
    libreoffice_mode: str = "auto"
    office_python: Path = PROJECT_ROOT / ".venv-uno" / "bin" / "python"
    # The address space the warm LibreOffice (unoserver and soffice) may map.
    layout_memory_mb: int = 2048

    def layout_mode(self) -> str:
        """The ``layout`` a check is read with: "never", "warm" or "cold"."""
        if not self.layout_with_libreoffice:
            return "never"
        if self.libreoffice_mode == "auto":
            return "warm" if self.office_python.is_file() else "cold"
        return self.libreoffice_mode


def _secret_key(settings: Settings) -> str:
    """The configured secret key, else one generated once and kept in the instance folder."""
    if settings.secret_key:
        return settings.secret_key
    instance_path = settings.instance_path
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # Created with owner-only permissions: the key signs sessions and CSRF tokens.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def secret_key(settings: Settings) -> str:
    """The key that signs sessions, CSRF tokens and one-time links (configured, or kept in the instance folder)."""
    return _secret_key(settings)


def load_settings(instance_path: Path | None = None) -> Settings:
    """Read the settings from MARKER_* environment variables (reading has no side effects)."""
    env = os.environ
    instance_path = instance_path or PROJECT_ROOT / "instance"
    default_db = f"sqlite:///{instance_path / 'marker.sqlite3'}"
    return Settings(
        instance_path=instance_path,
        database_url=env.get("MARKER_DATABASE_URL", default_db),
        upload_dir=Path(env.get("MARKER_UPLOAD_DIR", str(PROJECT_ROOT / "uploads"))).resolve(),
        secret_key=env.get("MARKER_SECRET_KEY") or None,
        max_upload_mb=int(env.get("MARKER_MAX_UPLOAD_MB", "20")),
        max_pages=int(env.get("MARKER_MAX_PAGES", "300")),
        rubrics_dir=Path(env.get("MARKER_RUBRICS_DIR", str(PROJECT_ROOT / "rubrics"))),
        command_verbs_dir=Path(env.get("MARKER_COMMAND_VERBS_DIR", str(PROJECT_ROOT / "command_verbs"))),
        check_timeout_s=float(env.get("MARKER_CHECK_TIMEOUT_S", "20")),
        check_memory_mb=int(env.get("MARKER_CHECK_MEMORY_MB", "1024")),
        login_rate_limit=env.get("MARKER_LOGIN_RATE_LIMIT", "10 per minute"),
        check_rate_limit=env.get("MARKER_CHECK_RATE_LIMIT", "30 per minute"),
        layout_with_libreoffice=env.get("MARKER_LIBREOFFICE", "auto") != "never",
        behind_https=env.get("MARKER_HTTPS", "0").lower() in ("1", "true", "yes"),
        ratelimit_storage_uri=env.get("MARKER_RATELIMIT_STORAGE_URI", "memory://"),
        max_batch_mb=int(env.get("MARKER_MAX_BATCH_MB", "200")),
        max_batch_files=int(env.get("MARKER_MAX_BATCH_FILES", "500")),
        orphan_upload_grace_s=int(env.get("MARKER_ORPHAN_UPLOAD_GRACE_S", "3600")),
        layout_timeout_s=float(env.get("MARKER_LAYOUT_TIMEOUT_S", "60")),
        queue_url=env.get("MARKER_QUEUE_URL", ""),
        job_lease_s=float(env.get("MARKER_JOB_LEASE_S", "60")),
        job_attempts=int(env.get("MARKER_JOB_ATTEMPTS", "3")),
        worker_threads=int(env.get("MARKER_WORKER_THREADS", "2")),
        export_retention_s=int(env.get("MARKER_EXPORT_RETENTION_S", "86400")),
        # Anything but never/warm/cold (the old "auto", "1") keeps the default.
        libreoffice_mode=_libreoffice_mode(env.get("MARKER_LIBREOFFICE", "auto")),
        office_python=Path(env.get("MARKER_OFFICE_PYTHON", str(PROJECT_ROOT / ".venv-uno" / "bin" / "python"))),
        layout_memory_mb=int(env.get("MARKER_LAYOUT_MEMORY_MB", "2048")),
    )


def _libreoffice_mode(value: str) -> str:
    value = value.strip().lower()
    return value if value in ("warm", "cold") else "auto"


def flask_config(settings: Settings) -> dict[str, object]:
    """The Flask configuration derived from the settings."""
    return {
        "SECRET_KEY": secret_key(settings),
        "SQLALCHEMY_DATABASE_URI": settings.database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "MAX_CONTENT_LENGTH": settings.max_upload_mb * 1024 * 1024 + 64 * 1024,
        "MARKER_SETTINGS": settings,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        "RATELIMIT_STORAGE_URI": settings.ratelimit_storage_uri,
        "RATELIMIT_HEADERS_ENABLED": True,
        # If the shared store is down, count per process rather than fail every request.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        # Behind HTTPS (a TLS-terminating proxy), cookies are only ever sent over TLS.
        "SESSION_COOKIE_SECURE": settings.behind_https,
        "REMEMBER_COOKIE_SECURE": settings.behind_https,
        "PREFERRED_URL_SCHEME": "https" if settings.behind_https else "http",
    }
