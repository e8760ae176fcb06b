"""Read: bytes on disk -> decoded, normalised lines. The only step that touches files.

* encodings: BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
  charset-normalizer restricted to the encodings Chinese sites publish in;
* binary files are told apart from text by their control characters;
* CRLF / CR line endings become LF;
* exotic spaces (no-break, ideographic) become ASCII spaces, full-width digits and
  letters become ASCII (full-width ，（）：；。 are kept: they are the prose's punctuation);
* traditional characters are converted to simplified (OpenCC t2s) when the text is
  written in them; digits are untouched by the conversion.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CANDIDATE_ENCODINGS = ["gb18030", "big5", "utf_16", "utf_8"]

# Characters translated in every document (see module docstring).
_TEXT_TRANSLATION = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_TEXT_TRANSLATION.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_TEXT_TRANSLATION.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_TEXT_TRANSLATION.update(
    {
        0xFF0E: ord("."),  # ．
        0xFF05: ord("%"),  # ％
        0xFF0B: ord("+"),
        0xFF0D: ord("-"),
        0x3000: ord(" "),
        0x00A0: ord(" "),
        0x2002: ord(" "),
        0x2003: ord(" "),
        0x2009: ord(" "),
        0x202F: ord(" "),
        0xFEFF: None,  # a BOM left inside the text
        0x200B: None,  # zero-width space
    }
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


class ReadError(Exception):
    """The file cannot be read as text. ``code`` is a stable identifier."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class SourceFile:
    """A file found under the raw folder."""

    path: Path  # absolute
    rel_path: str  # relative to the raw folder, '/' separated
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def document_id(self) -> str:
        return self.sha256[:16]


@dataclass(frozen=True)
class DecodedText:
    lines: tuple[str, ...]  # line i (0-based) is source line i + 1
    encoding: str
    is_traditional: bool

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def list_files(raw_dir: Path) -> list[Path]:
    """Every regular file under ``raw_dir`` (any depth), hidden files and folders skipped, sorted."""
    found = []
    for path in raw_dir.rglob("*"):
        rel = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def load(path: Path, raw_dir: Path) -> SourceFile:
    return SourceFile(path=path, rel_path=path.relative_to(raw_dir).as_posix(), data=path.read_bytes())


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises ReadError for empty or binary input."""
    if not data.strip():
        raise ReadError("empty_file", "the file is empty")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", f"starts with a {name} byte-order mark but does not decode") from exc
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    return _checked(*_detect(data))


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise ReadError("binary_file", "not text in any supported encoding (binary file?)")
    name = codecs.lookup(best.encoding).name  # e.g. 'gb18030', 'big5', 'utf-16-le'
    return str(best), name


def _checked(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise ReadError("binary_file", "binary content (control characters), not a text document")
    return text, encoding


@cache
def _traditional_chars() -> frozenset[str]:
    """Characters that exist only in traditional writing (OpenCC's t2s table minus simplified ones)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def keys(name: str) -> set[str]:
        out = set()
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.split("\t", 1)[0])
        return out

    return frozenset(k for k in keys("TSCharacters.txt") - keys("STCharacters.txt") if len(k) == 1)


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (not just one stray variant)."""
    trad = _traditional_chars()
    if trad.isdisjoint(text):
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    hits = sum(1 for ch in text if ch in trad)
    return hits >= 5 and hits * 50 >= cjk  # at least 2% of CJK characters


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def normalise(text: str) -> tuple[str, bool]:
    """Line endings, spaces, full-width digits; traditional -> simplified. Returns (text, converted)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TEXT_TRANSLATION)
    if is_traditional(text):
        return to_simplified(text), True
    return text, False


def decode(data: bytes) -> DecodedText:
    raw_text, encoding = decode_bytes(data)
    text, converted = normalise(raw_text)
    return DecodedText(lines=tuple(text.split("\n")), encoding=encoding, is_traditional=converted)
