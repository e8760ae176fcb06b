"""Reading (issue 8): every encoding, line ending and character variant of the real documents
decodes to the same lines as the clean original; junk is refused with a plain reason."""

from __future__ import annotations

import codecs
import zlib

import opencc
import pytest
from conftest import RAW

from extract.read import ReadError, decode, decode_bytes, list_files, list_sources, looks_like_chinese, sniff_binary

DOCUMENTS = sorted(RAW.glob("*.txt"))
assert len(DOCUMENTS) == 5, "the five bundled documents are the test material"


def original(path) -> str:
    return path.read_text(encoding="utf-8")


def lines_of(path):
    return decode(path.read_bytes()).lines


@pytest.fixture(scope="module", params=DOCUMENTS, ids=lambda p: p.name[:3])
def document(request):
    return request.param


# --- encodings ---------------------------------------------------------------------------

ENCODINGS = [
    # (how the test writes the bytes, the encoding read.py must record)
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gbk", "gb18030"),
    ("gb18030", "gb18030"),
    ("utf-16", "utf-16"),  # with a BOM (Python writes one)
    ("utf-16-le-bom", "utf-16"),
    ("utf-16-be-bom", "utf-16"),
]


def encode(text: str, how: str) -> bytes:
    if how == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if how == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(how)


@pytest.mark.parametrize(("how", "recorded"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_reads_the_same_lines(document, how, recorded):
    expected = lines_of(document)
    decoded = decode(encode(original(document), how))
    assert decoded.encoding == recorded
    assert decoded.lines == expected
    assert decoded.problems == []


def test_gbk_is_read_as_gb18030_never_big5_or_korean(document):
    # charset-normalizer alone could hesitate between double-byte encodings: the strict
    # GB18030 step must settle it, for the whole file and for any prefix of it
    data = original(document).encode("gbk")
    assert decode_bytes(data)[1] == "gb18030"
    for size in (200, 1000, 5000):
        assert decode_bytes(data[:size])[1] == "gb18030", size


def test_a_title_only_gbk_file_is_gb18030():
    data = "重庆市渝中区人民政府办公室\n2026年部门预算情况说明\n".encode("gbk")
    assert decode_bytes(data) == ("重庆市渝中区人民政府办公室\n2026年部门预算情况说明\n", "gb18030")


# Big5 has no ≥ / ≤ (U+2265 / U+2264); Taiwanese texts print ≧ / ≦ instead
BIG5_SAFE = str.maketrans({"≥": "≧", "≤": "≦"})


def big5_bytes(text: str) -> bytes:
    return opencc.OpenCC("s2tw").convert(text.translate(BIG5_SAFE)).encode("big5", errors="strict")


def test_big5_traditional_text_is_read_as_big5_and_converted(document):
    text = original(document)
    decoded = decode(big5_bytes(text))
    assert decoded.encoding == "big5"
    assert decoded.is_traditional
    assert decoded.lines == decode(text.translate(BIG5_SAFE).encode()).lines


def test_big5_bytes_do_not_pass_as_gb18030(document):
    data = big5_bytes(original(document))
    as_gb = data.decode("gb18030", errors="replace")
    assert not looks_like_chinese(as_gb)
    assert looks_like_chinese(original(document))
    assert looks_like_chinese(opencc.OpenCC("s2t").convert(original(document)))


def test_utf16_without_bom_is_detected(document):
    decoded = decode(original(document).encode("utf-16-le"))
    assert decoded.encoding.startswith("utf-16")
    assert decoded.lines == lines_of(document)


# --- line endings, spaces, full-width characters, traditional characters ----------------


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings(document, ending):
    data = original(document).replace("\n", ending).encode("utf-8")
    assert decode(data).lines == lines_of(document)


def test_traditional_characters_become_simplified_and_amounts_are_untouched(document):
    text = original(document)
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    for how in ("utf-8", "gb18030"):
        decoded = decode(traditional.encode(how))
        assert decoded.is_traditional
        assert decoded.lines == lines_of(document)


def test_simplified_documents_are_not_converted(document):
    assert not decode(document.read_bytes()).is_traditional


FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "．", ",": "，", "%": "％"})


def test_fullwidth_digits_points_and_thousands_commas(document):
    text = original(document)
    wide = text.translate(FULLWIDTH)
    decoded = decode(wide.encode("utf-8"))
    # every number reads as in the original (prose commas and ASCII commas elsewhere aside)
    expected = [line.replace(",", "，") for line in lines_of(document)]
    got = [line.replace(",", "，") for line in decoded.lines]
    assert got == expected
    assert "4，844．56" not in decoded.text and "４" not in decoded.text


def test_fullwidth_thousands_comma_becomes_ascii():
    decoded = decode("收入合计\t２，４６５．４３\t支出１２３，４５６，７８９．００元，其中１，２".encode())
    assert decoded.lines == ("收入合计\t2,465.43\t支出123,456,789.00元，其中1，2",)
    # a PDF export's space after the separator ("2, 465. 43" in 003) stays a thousands separator
    assert decode("合计\t２，　４６５．　４３\t共３，　１２人".encode()).lines == ("合计\t2, 465. 43\t共3， 12人",)


def test_nbsp_and_ideographic_spaces_become_ascii(document):
    text = original(document)
    odd = text.replace(" ", "\u3000").replace("\t ", "\t\u00a0")
    assert decode(odd.encode("utf-8")).lines == lines_of(document)
    assert decode(odd.encode("gb18030")).lines == lines_of(document)


# --- cut-off files ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["utf-8", "gb18030", "utf-16"])
def test_a_file_cut_inside_its_last_character_keeps_the_rest(document, how):
    text = original(document)
    data = encode(text, how)
    # cut in the middle of the last CJK character of the first half
    middle = text[: len(text) // 2].rstrip()
    while ord(middle[-1]) < 0x80:
        middle = middle[:-1]
    whole = encode(middle, how)
    cut = whole[:-1]
    assert data.startswith(whole) or how == "utf-16"
    decoded = decode(cut)
    assert decoded.text == middle[:-1].replace("\u3000", " ").replace("\u00a0", " ") or decoded.lines == tuple(
        decode(encode(middle[:-1], how)).lines
    )
    assert decoded.cut_bytes > 0
    assert [p.code for p in decoded.problems] == ["cut_mid_character"]
    assert decoded.problems[0].severity == "partial"


def test_invalid_bytes_inside_a_utf8_file_are_not_forgiven():
    data = "重庆市渝中区人民政府办公室\n".encode() + b"\xff\xfe\xfa" + "2026年部门预算情况说明\n".encode()
    with pytest.raises(ReadError) as caught:
        decode_bytes(data)
    assert caught.value.code == "undecodable"


# --- junk ---------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
ZIP = b"PK\x03\x04\x14\x00\x06\x00" + zlib.compress("重庆市 2026年部门预算情况说明".encode() * 50)


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", "empty_file", "empty"),
        (b"  \n\r\n\t \n", "empty_file", "empty"),
        (PNG, "binary_file", "PNG"),
        (ZIP, "binary_file", "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary_file", "PDF"),
        (bytes(range(256)) * 40, "undecodable", "binary"),
        (zlib.compress(bytes(range(256)) * 400), "undecodable", "binary"),
    ],
    ids=["empty", "blank", "png", "zip", "pdf", "bytes", "compressed"],
)
def test_junk_is_refused_with_a_plain_reason(data, code, words):
    with pytest.raises(ReadError) as caught:
        decode(data)
    assert caught.value.code == code
    assert words in caught.value.message


def test_sniff_binary_names_formats():
    assert sniff_binary(PNG) == "PNG image"
    assert sniff_binary("重庆".encode()) == ""


def test_the_raw_folder_is_listed_in_relative_path_order_without_hidden_files(tmp_path):
    for rel in ("a/b/x.txt", "a/y.txt", "a-b/z.txt", "top.txt", "real/r.txt", ".hidden/h.txt", "a/.h2", "a/.git/c"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "linkdir").symlink_to(tmp_path / "real", target_is_directory=True)  # not followed
    (tmp_path / "linkfile.txt").symlink_to(tmp_path / "real" / "r.txt")  # a file: counted
    expected = ["a-b/z.txt", "a/b/x.txt", "a/y.txt", "linkfile.txt", "real/r.txt", "top.txt"]
    assert [rel for rel, _ in list_sources(tmp_path)] == expected  # '-' sorts before '/'
    assert [full for _, full in list_sources(tmp_path)] == [str(tmp_path / rel) for rel in expected]
    assert list_files(tmp_path) == [tmp_path / rel for rel in expected]
