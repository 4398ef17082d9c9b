"""Uploads for the members' area: checked by content, extension and size; PDF text extracted."""

import io
import logging
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# What the content says it is -> the file-name extensions that may carry it.
DOCUMENT_TYPES = {
    "application/pdf": {".pdf"},
    "application/msword": {".doc"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {".docx"},
    "application/vnd.ms-excel": {".xls"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {".xlsx"},
    "application/vnd.ms-powerpoint": {".ppt"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {".pptx"},
    "application/vnd.oasis.opendocument.text": {".odt"},
    "application/vnd.oasis.opendocument.spreadsheet": {".ods"},
    "application/vnd.oasis.opendocument.presentation": {".odp"},
}
IMAGE_TYPES = {
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
    "image/gif": {".gif"},
    "image/webp": {".webp"},
}


def _sniff(upload) -> str | None:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None:
        return None
    mime = kind.mime
    # filetype names the old Office formats by their shared container; the extension decides.
    return mime


def check_upload(upload, *, images_only: bool = False) -> str:
    """The upload's content type if it may be stored; otherwise a clear Danish ValidationError."""
    allowed = dict(IMAGE_TYPES) if images_only else {**DOCUMENT_TYPES, **IMAGE_TYPES}
    limit = settings.ALLIANCE_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("Filen er for stor (%(size)s MB). Den må højst fylde %(limit)s MB.")
            % {"size": round(upload.size / 1024 / 1024, 1), "limit": limit // 1024 // 1024}
        )
    extension = Path(upload.name or "").suffix.lower()
    mime = _sniff(upload)
    if mime is None or mime not in allowed:
        kinds = (
            _("billeder (JPG, PNG, GIF, WebP)")
            if images_only
            else _("PDF, Word, Excel, PowerPoint, OpenDocument og billeder (JPG, PNG, GIF, WebP)")
        )
        raise ValidationError(
            _("Filens indhold er ikke en type, vi tager imod. Du kan uploade %(kinds)s.")
            % {"kinds": kinds}
        )
    if extension not in allowed[mime]:
        raise ValidationError(
            _(
                "Filens navn passer ikke til dens indhold: den hedder »%(name)s«, men indholdet "
                "er %(ext)s. Giv den det rigtige navn og prøv igen."
            )
            % {"name": Path(upload.name).name, "ext": "/".join(sorted(allowed[mime]))}
        )
    return mime


def pdf_text(upload, *, limit: int = 200_000) -> str:
    """The text of a PDF, for search; a PDF we cannot read just gives no text."""
    from pypdf import PdfReader

    try:
        upload.seek(0)
        reader = PdfReader(io.BytesIO(upload.read()))
        parts = []
        for page in reader.pages[:200]:
            parts.append(page.extract_text() or "")
            if sum(len(p) for p in parts) > limit:
                break
        return "\n".join(parts)[:limit].replace("\x00", "")
    except Exception:  # noqa: BLE001 - a broken PDF is still a document, just not searchable
        logger.warning("Could not read the text of an uploaded PDF")
        return ""
    finally:
        upload.seek(0)


def tiny_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF with `lines` of text (demo data and tests)."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 12 Tf", "72 760 Td", "16 TL"]
    for line in lines:
        stream_lines.append(f"({escape(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
