"""The candidate's pre-submission check: choose a brief, upload a file, read the report, download a copy.

Nothing is kept: the upload is read into memory, checked (in a child process, under the read limits) and
dropped within the request; no database row is written. The download re-posts the report shown, signed with
the app's secret so it cannot be forged, and is rendered from that alone.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from flask import Response, current_app, render_template
from itsdangerous import BadSignature, URLSafeTimedSerializer

from marker.checks.export import MEDIA_TYPES, ExportError, ExportFormat, export_filename, export_report
from marker.config import Settings
from marker.errors import MarkerError
from marker.extensions import limiter
from marker.rubric import RubricLibrary
from marker.rubric.model import Rubric
from marker.service.checking import check_upload, rubric_library
from marker.store.rubrics import is_public
from marker.web.access import public
from marker.web.candidate import bp
from marker.web.candidate.forms import CheckForm, DownloadForm
from marker.web.candidate.report import report_page

REPORT_SALT = "marker.candidate.check-report"
# Long enough to read the report and download it later in the session; the token holds only the report.
REPORT_MAX_AGE_S = 6 * 3600


def settings() -> Settings:
    return current_app.config["MARKER_SETTINGS"]  # type: ignore[no-any-return]


def _check_rate_limit() -> str:
    return settings().check_rate_limit


def _public_rubrics(library: RubricLibrary) -> list[Rubric]:
    return sorted((rubric for rubric in library.rubrics.values() if is_public(rubric)), key=lambda r: r.title)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key or "", salt=REPORT_SALT)


def _display_name(filename: str | None) -> str:
    # Only shown back to the candidate and used for the download's name; never used as a path.
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return name[:120] or "report"


def _form_page(form: CheckForm, rubrics: list[Rubric], error: str | None = None, status: int = 200) -> Any:
    max_upload_mb = settings().max_upload_mb
    page = render_template("candidate/index.html", form=form, rubrics=rubrics, error=error, max_upload_mb=max_upload_mb)
    return page, status


@bp.route("/", methods=["GET", "POST"])
@limiter.limit(_check_rate_limit, methods=["POST"])
@public
def index() -> Any:
    """The form; on POST, the check of the uploaded file against the chosen public brief."""
    library = rubric_library(settings())
    rubrics = _public_rubrics(library)
    form = CheckForm()
    form.rubric.choices = [(rubric.id, rubric.title) for rubric in rubrics]
    if not form.is_submitted():
        return _form_page(form, rubrics)
    if not form.validate():
        return _form_page(form, rubrics, status=400)
    upload = form.document.data
    try:
        data = upload.read()
        name = _display_name(upload.filename)
    finally:
        upload.close()
    rubric = library.get(form.rubric.data)
    try:
        report = check_upload(settings(), data, name, rubric)
    except MarkerError as error:
        return _form_page(form, rubrics, error=error.message, status=400)
    finally:
        del data
    data_shown = report.to_dict()
    download = DownloadForm(formdata=None, report=_serializer().dumps(data_shown))
    return render_template("candidate/report.html", page=report_page(data_shown), download=download)


@bp.route("/download", methods=["POST"])
@limiter.limit(_check_rate_limit)
@public
def download() -> Any:
    """The report just shown, as DOCX or PDF, from the signed copy the page posted back."""
    form = DownloadForm()
    if not form.validate():
        return _download_error("The download form had expired or was incomplete.")
    try:
        report = _serializer().loads(form.report.data, max_age=REPORT_MAX_AGE_S)
    except BadSignature:
        return _download_error("This report could not be verified, or it is more than six hours old.")
    export_format: ExportFormat = "pdf" if form.pdf.data else "docx"
    try:
        data = export_report(report, export_format)
    except ExportError as error:
        return _download_error(error.message)
    response = Response(data, mimetype=MEDIA_TYPES[export_format])
    response.headers["Content-Disposition"] = attachment(export_filename(report, export_format))
    return response


def attachment(filename: str) -> str:
    """A Content-Disposition value for any file name: RFC 5987 ``filename*`` when it is not plain ASCII.

    Header values must be Latin-1; a raw 報告 made the server drop the response without answering.
    """
    fallback = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode("ascii")
    fallback = "".join(ch for ch in fallback if ch.isalnum() or ch in "-_.").lstrip("-_.") or "report"
    if fallback == filename:
        return f'attachment; filename="{filename}"'
    if "." not in fallback and "." in filename:
        fallback += "." + filename.rsplit(".", 1)[1]
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _download_error(message: str) -> Any:
    text = f"{message} Check your file again to get a new report to download."
    return render_template("errors/error.html", code=400, title="The report could not be downloaded", message=text), 400
