"""Read: bytes on disk -> decoded, normalised lines. The only step that touches files.

* well-known binary formats (PDF, Office, ZIP, images, archives) are named by their
  leading bytes and refused; other binary content is told apart by its control characters;
* encodings, in this order, each strict:
  1. a byte-order mark (UTF-8, UTF-16, UTF-32);
  2. UTF-8 (text in another encoding practically never decodes as UTF-8);
  3. GB18030 (superset of GBK / GB2312, what most government sites serve), kept only
     when the result reads as Chinese (``looks_like_chinese``): Big5 bytes also decode
     as GB18030, into kana, box drawing and rare characters, and are refused here;
  4. for text with NUL bytes: UTF-16 LE / BE without a BOM, kept when it reads as Chinese;
  5. charset-normalizer, restricted to the encodings Chinese sites publish in (Big5, ...).
  Steps 2-4 take well under a millisecond per document and are deterministic;
  charset-normalizer samples chunks of the file, which is slower and less reliable
  on table-heavy files with little prose.
* a file cut inside its last multi-byte character loses that character only and is
  reported (``DecodedText.problems``), not refused;
* CRLF / CR line endings become LF;
* radical and compatibility forms of ideographs ('⻔', '⽀') become the ideographs;
* exotic spaces (no-break, ideographic) become ASCII spaces, full-width digits, points
  and letters become ASCII, and a full-width comma between full-width digit groups
  becomes ','; other full-width punctuation (，（）：；。) is the prose's and is kept;
* traditional characters are converted to simplified (OpenCC t2s) when the text is
  written in them; digits are untouched by the conversion.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from extract.manifest import MANIFEST_NAMES
from extract.result import Problem

CANDIDATE_ENCODINGS = ["gb18030", "big5", "utf_16", "utf_8"]

# Characters translated in every document (see module docstring).
_TEXT_TRANSLATION: dict[int, int | None] = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
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
    }
)
# Radical and compatibility forms of ideographs, which some PDF fonts' ToUnicode maps (and
# text copied out of such PDFs) give instead of the ideograph: '部⻔预算' for 部门预算,
# '⽀出' for 支出. Kangxi Radicals (U+2F00-2FD5) and CJK Compatibility Ideographs
# (U+F900-FAFF) take their NFKC / canonical equivalents; the CJK Radicals Supplement
# (U+2E80-2EF3) has almost none, so the forms that are whole characters of simplified text
# take the ideograph Unicode gives as equivalent (EquivalentUnifiedIdeograph.txt, Unicode 15).
# Component-only forms (亻, 氵, 扌 ...) are left alone: no document prints them as words.
_RADICAL_SUPPLEMENT = dict(
    zip(
        "⺁⺜⺝⺟⺠⺩⺬⻁⻄⻅⻆⻉⻋⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
        "厂日月母民王示虎西见角贝车长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
        strict=True,
    )
)


def _ideograph_forms() -> dict[int, int]:
    forms = {ord(radical): ord(ideograph) for radical, ideograph in _RADICAL_SUPPLEMENT.items()}
    for code in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)):
        unified = unicodedata.normalize("NFKC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            forms[code] = ord(unified)
    return forms


IDEOGRAPH_FORMS: dict[int, int] = _ideograph_forms()
"""Radical or compatibility code point -> the unified ideograph it stands for (see above)."""
_TEXT_TRANSLATION.update(IDEOGRAPH_FORMS)
# Invisible format characters (Unicode category Cf): soft hyphen, zero-width space / joiners,
# direction marks and embeddings, word joiner, invisible operators, a BOM left inside the text.
# They print as nothing, so they are removed before any number is read: left in place, the
# one inside '278.6\u00ad6万元' would end the number early and '6万元' would be read.
INVISIBLE = (
    0x00AD,
    0x061C,
    0x180E,
    0xFEFF,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2065),
    *range(0x2066, 0x2070),
)
_TEXT_TRANSLATION.update({code: None for code in INVISIBLE})
# (a BOM inside the text, e.g. of files joined together, is removed without a finding)
_INVISIBLE = re.compile("[" + "".join(re.escape(chr(code)) for code in INVISIBLE if code != 0xFEFF) + "]")
# Combining marks (accents, enclosing marks) after a digit, a point or a comma: one of them
# inside a number ('278.6\u03016') is removed too; Chinese text has no other use for them.
_COMBINING_IN_NUMBER = re.compile(r"(?<=[0-9.,\s])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Any character the translation changes: most documents have none, and str.translate costs
# a dictionary look-up per character of non-ASCII text, so it only runs when one is found.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TEXT_TRANSLATION)) + "]")
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

# A full-width comma used as a thousands separator between full-width digits (４，８４４．５６,
# or ２，　４６５．４３ with the space some PDF exports put after it). Prose commas and commas
# after ASCII digits are left alone.
_FULLWIDTH_THOUSANDS = re.compile(r"(?<=[０-９])，(?=[\u3000 \u00a0]?[０-９]{3}(?![０-９]))")
_FULLWIDTH_DIGIT = re.compile(r"[０-９]")  # a cheap test first: most documents print ASCII digits

# Invalid byte sequences tolerated (each decoded as U+FFFD) in a file that otherwise decodes:
# at most this many, or one per 10,000 bytes.
MAX_REPLACED = 8

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
        """The sha256 of the file's bytes, 64 lower-case hex digits."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def document_id(self) -> str:
        """The document's id: the first 16 hex digits of its sha256 (content, never the path)."""
        return self.sha256[:16]


@dataclass(frozen=True)
class DecodedText:
    lines: tuple[str, ...]  # line i (0-based) is source line i + 1
    encoding: str
    is_traditional: bool
    cut_bytes: int = 0  # bytes of an unfinished last character that were dropped (a cut-off file)
    replaced_bytes: int = 0  # invalid byte sequences decoded as U+FFFD (the rest of the file decoded)
    removed_marks: int = 0  # invisible format characters / combining marks in numbers removed
    # the lines again with each ideographic space (U+3000, two columns wide) as two spaces, not one: the
    # columns of a table typed with them ('合计\u3000\u3000\u30006086.52') as the file shows them, for the
    # space-aligned table reader (extract.readers.aligned); () when the text has none
    aligned_lines: tuple[str, ...] = ()

    @property
    def problems(self) -> list[Problem]:
        """What reading found wrong with a file that could still be read."""
        out = []
        if self.cut_bytes:
            out.append(
                Problem(
                    "partial",
                    "cut_mid_character",
                    f"the file ends in the middle of a character ({self.cut_bytes} byte(s) of it): "
                    "the download was cut off",
                    source_line=len(self.lines),
                )
            )
        if self.replaced_bytes:
            line = next((i for i, text in enumerate(self.lines, start=1) if "\ufffd" in text), None)
            out.append(
                Problem(
                    "warning",
                    "invalid_bytes_replaced",
                    f"{self.replaced_bytes} invalid byte sequence(s) in {self.encoding} text were replaced by "
                    "U+FFFD (first on the line given); no number is read across one",
                    source_line=line,
                )
            )
        if self.removed_marks:
            out.append(
                Problem(
                    "warning",
                    "invisible_characters_removed",
                    f"{self.removed_marks} invisible format character(s) (soft hyphen, zero-width or "
                    "direction marks) or combining mark(s) inside numbers were removed before reading",
                )
            )
        return out

    @property
    def text(self) -> str:
        """The decoded lines joined by newlines (no trailing newline)."""
        return "\n".join(self.lines)


def list_files(raw_dir: Path) -> list[Path]:
    """Every regular file under ``raw_dir`` (any depth), hidden files and folders skipped, sorted."""
    return [Path(path) for _, path in list_sources(raw_dir)]


def list_sources(raw_dir: Path) -> list[tuple[str, str]]:
    """``list_files`` as (path relative to raw_dir, '/' separated; full path) text pairs,
    sorted by the relative path, without the manifest of the documents (``manifest.csv`` /
    ``sources.csv`` at the top, extract/manifest.py). Symbolic links count (except links to folders, which are
    not followed, as ``Path.rglob``): where they lead, and whether they can be read, is
    ``read_source``'s to say, so a link to itself or to a missing file is listed and gets
    its row. One ``scandir`` per folder and no Path objects: a national corpus of 100,000
    files is listed in a fraction of rglob's time.

    The relative path is printable text: bytes of a file name that are not valid UTF-8 are
    percent-encoded (``%FF%FE.txt``), see ``display_path``; the full path is the one to open.
    """
    found: list[tuple[str, str]] = []
    pending = [(str(raw_dir), "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            if not prefix:
                raise  # the raw folder itself: the command cannot run
            found.append((prefix, folder))  # a sub-folder that cannot be listed: its own row
            continue
        for entry in entries:
            if entry.name.startswith(".") or (not prefix and entry.name in MANIFEST_NAMES):
                continue  # hidden, or the manifest of the documents (not a document)
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, rel + "/"))
            elif _is_file(entry) or (entry.is_symlink() and not _is_dir(entry)):
                found.append((rel, entry.path))
    found.sort()
    return [(display_path(rel), path) for rel, path in found]


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:  # e.g. a link to itself
        return False


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _percent_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # pragma: no cover - registered for decoding only
        raise error
    return "".join(f"%{byte:02X}" for byte in error.object[error.start : error.end]), error.end


codecs.register_error("yusuan_percent", _percent_bytes)


def display_path(name: str) -> str:
    """A file name as text that can be written anywhere (CSV, a terminal): the name itself when
    it is valid UTF-8; else its undecodable bytes percent-encoded (b'\\xff\\xfe.txt' ->
    '%FF%FE.txt'). Names come from the file system with such bytes as surrogate escapes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="yusuan_percent")
    return name


# Largest file read, in MB (YUSUAN_MAX_FILE_MB): a budget document is a few MB at most; a
# bigger file is refused with a reason instead of taking gigabytes of memory to parse.
MAX_FILE_MB = 64


class SourceError(ReadError):
    """A listed file that cannot be read at all (gone, unreadable, too large, a link leaving
    the raw folder); ``code`` is a stable identifier."""


def max_file_bytes() -> int:
    """The largest file read, in bytes: ``YUSUAN_MAX_FILE_MB`` megabytes (default
    ``MAX_FILE_MB``; a value that is not a number falls back to the default).
    """
    text = os.environ.get("YUSUAN_MAX_FILE_MB", "").strip()
    try:
        megabytes = float(text) if text else MAX_FILE_MB
    except ValueError:
        megabytes = MAX_FILE_MB
    return int(megabytes * 1024 * 1024)


def read_source(path: str, raw_root: str | None = None, limit: int | None = None) -> bytes:
    """The bytes of one listed file, read at most ``limit`` bytes (default ``max_file_bytes()``).

    Raises ``SourceError`` with code 'outside_raw_folder' for a symbolic link that leads out of
    ``raw_root`` (when given), 'not_a_regular_file' for a link to a device, FIFO or socket,
    'file_too_large' beyond the limit, and 'unreadable_file' for any error of the operating
    system (removed after listing, no permission, a link to itself, an I/O error).
    """
    limit = max_file_bytes() if limit is None else limit
    try:
        if raw_root is not None and os.path.islink(path):
            target = os.path.realpath(path)
            root = os.path.realpath(raw_root)
            if os.path.commonpath([target, root]) != root:
                raise SourceError(
                    "outside_raw_folder",
                    f"a symbolic link to {display_path(target)}, outside the raw folder: not read",
                )
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("unreadable_file", "a folder that cannot be listed: its files are not read")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not_a_regular_file", "not a regular file (a device, FIFO or socket): not read")
        if info.st_size > limit:
            raise SourceError(
                "file_too_large",
                f"{info.st_size / 1048576:.1f} MB, more than the {limit / 1048576:g} MB read "
                "(YUSUAN_MAX_FILE_MB): not read",
            )
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except SourceError:
        raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        hint = " (removed after the folder was listed?)" if isinstance(exc, FileNotFoundError) else ""
        raise SourceError("unreadable_file", f"the file cannot be read: {reason}{hint}") from exc
    if len(data) > limit:  # grew since it was listed
        raise SourceError("file_too_large", f"more than the {limit / 1048576:g} MB read (YUSUAN_MAX_FILE_MB): not read")
    return data


def load(path: Path, raw_dir: Path) -> SourceFile:
    """The file at ``path`` (under ``raw_dir``) as a ``SourceFile``: its bytes and its path relative
    to ``raw_dir`` with '/' separators. Raises ``OSError`` when the file cannot be read.
    """
    return SourceFile(path=path, rel_path=path.relative_to(raw_dir).as_posix(), data=path.read_bytes())


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises ReadError for empty or binary input."""
    text, encoding, _ = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, int]:
    """(text, encoding, bytes of an incomplete last character that were dropped); a negative
    third value is the number of invalid byte sequences replaced by U+FFFD instead."""
    if not data.strip():
        raise ReadError("empty_file", "the file is empty")
    kind = sniff_binary(data)
    if kind:
        raise ReadError("binary_file", f"a binary file ({kind}), not a text document")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text, dropped = _decode_tolerating_cut_end(data, name)
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", f"starts with a {name} byte-order mark but does not decode") from exc
            return (*_checked(text, name), dropped)
    if b"\x00" not in data:
        # Strict UTF-8 first: text in another encoding practically never decodes as UTF-8.
        try:
            text, dropped = _decode_tolerating_cut_end(data, "utf-8")
            return (*_checked(text, "utf-8"), dropped)
        except UnicodeDecodeError:
            pass
        # Then strict GB18030 (a superset of GBK and GB2312), kept only when the result reads
        # like Chinese text: Big5 or other double-byte text also "decodes" as GB18030, into
        # symbols, kana and rare characters, which ``looks_like_chinese`` rejects.
        try:
            text, dropped = _decode_tolerating_cut_end(data, "gb18030")
        except UnicodeDecodeError:
            pass
        else:
            if looks_like_chinese(text):
                return (*_checked(text, "gb18030"), dropped)
        # A few invalid bytes in an otherwise valid file: replaced, not a lost document.
        for name in ("utf-8", "gb18030"):
            text = data.decode(name, errors="replace")
            replaced = text.count("\ufffd")
            if replaced <= max(MAX_REPLACED, len(data) // 10000) and looks_like_chinese(text):
                return (*_checked(text, name), -replaced)
    else:
        # NUL bytes: UTF-16 without a byte-order mark (a Chinese text has many non-ASCII units)
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text, dropped = _decode_tolerating_cut_end(data, name)
            except UnicodeDecodeError:
                continue
            if looks_like_chinese(text) and not _CONTROL.search(text[:20000]):
                return text, name, dropped
    text, encoding = _detect(data)
    return (*_checked(text, encoding), 0)


def _decode_tolerating_cut_end(data: bytes, encoding: str) -> tuple[str, int]:
    """Strict decode; a file cut inside its last multi-byte character loses only that character.

    Returns (text, number of bytes dropped). Any other decoding error is raised.
    """
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError as exc:
        if exc.end != len(data) or exc.start < len(data) - 3:
            raise
        # at most 3 trailing bytes of an unfinished character (4-byte GB18030 / UTF-8 sequences)
        for keep in range(exc.start, max(len(data) - 4, 0), -1):
            try:
                text = data[:keep].decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, len(data) - keep
        raise exc


# Leading bytes of the binary formats a user is likely to drop in by mistake.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx / .xlsx"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office .doc / .xls"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"{\\rtf", "RTF document"),
)


def sniff_binary(data: bytes) -> str:
    """A name for a well-known binary format by its leading bytes, '' when none matches."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return ""


def _plausible_char(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation (“ ” … ‰)
        or 0x2100 <= code <= 0x22FF  # letter-like, number forms, arrows, ≤ ≥
        or 0x2460 <= code <= 0x24FF  # ① ⑴
        or code in (0xA0, 0xB0, 0xB7, 0xD7, 0xF7)
    )


def looks_like_chinese(text: str) -> bool:
    """True when the non-ASCII characters of ``text`` read as Chinese prose.

    At least 90% of them must be CJK ideographs or CJK / full-width / general punctuation,
    and at least 90% of the ideographs common ones (GB2312 once converted to simplified).
    Budget documents score ~99-100% on both; Big5 bytes decoded as GB18030 score ~50%.
    """
    sample = text[:20000]
    wide = [ch for ch in sample if ord(ch) > 0x7F]
    if not wide:
        return False
    if sum(1 for ch in wide if _plausible_char(ord(ch))) * 10 < len(wide) * 9:
        return False
    ideographs = Counter([ch for ch in wide if "\u4e00" <= ch <= "\u9fff"])
    if not ideographs:
        return False
    common = sum(n for ch, n in ideographs.items() if _is_common(ch))
    return common * 10 >= ideographs.total() * 9


@lru_cache(maxsize=65536)
def _is_common(ch: str) -> bool:
    """In GB2312 (the 6,763 common ideographs), directly or once converted to simplified."""
    for candidate in (ch, to_simplified(ch) if ch in _traditional_chars() else ch):
        try:
            candidate.encode("gb2312")
        except UnicodeEncodeError:
            continue
        return True
    return False


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise ReadError(
            "undecodable",
            "not text in any supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16): a binary or damaged file",
        )
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


@cache
def _traditional_bmp() -> re.Pattern[str]:
    """A run of characters of ``_traditional_chars()`` in the BMP: a regex scans a text far faster
    than a loop, but only a class without characters beyond U+FFFF is compiled to a bitmap."""
    chars = "".join(re.escape(ch) for ch in sorted(_traditional_chars()) if ord(ch) <= 0xFFFF)
    return re.compile(f"[{chars}]+")


def _traditional_count(text: str) -> int:
    """How many characters of ``text`` are in ``_traditional_chars()``."""
    hits = sum(map(len, _traditional_bmp().findall(text)))
    astral = _ASTRAL.findall(text)  # rare: counted one by one
    if astral:
        trad = _traditional_chars()
        hits += sum(1 for ch in astral if ch in trad)
    return hits


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (not just one stray variant)."""
    hits = _traditional_count(text)
    if not hits:
        return False
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    return hits >= 5 and hits * 50 >= cjk  # at least 2% of CJK characters


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional Chinese text -> simplified (OpenCC t2s); digits and ASCII unchanged."""
    return _t2s().convert(text)


def normalise(text: str) -> tuple[str, bool]:
    """Line endings, spaces, full-width digits, invisible characters; traditional -> simplified.
    Returns (text, converted)."""
    text = _COMBINING_IN_NUMBER.sub("", text)
    if _FULLWIDTH_DIGIT.search(text):
        text = _FULLWIDTH_THOUSANDS.sub(",", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TRANSLATED.search(text):
        text = text.translate(_TEXT_TRANSLATION)
    if is_traditional(text):
        return to_simplified(text), True
    return text, False


def removable_marks(text: str) -> int:
    """How many characters ``normalise`` removes as invisible (format characters, combining
    marks inside numbers)."""
    return len(_INVISIBLE.findall(text)) + sum(map(len, _COMBINING_IN_NUMBER.findall(text)))


def decode(data: bytes) -> DecodedText:
    """Bytes -> normalised lines, with what reading found (``DecodedText.problems``).
    Raises ReadError for a file that is empty, binary or not text in a supported encoding."""
    raw_text, encoding, cut_bytes = _decode(data)
    removed = removable_marks(raw_text)
    text, converted = normalise(raw_text)
    aligned = normalise(raw_text.replace("\u3000", "  "))[0].split("\n") if "\u3000" in raw_text else []
    return DecodedText(
        lines=tuple(text.split("\n")),
        aligned_lines=tuple(aligned),
        encoding=encoding,
        is_traditional=converted,
        cut_bytes=max(cut_bytes, 0),
        replaced_bytes=max(-cut_bytes, 0),
        removed_marks=removed,
    )
