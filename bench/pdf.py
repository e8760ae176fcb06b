"""PDF benchmark: the synthetic corpus printed as PDFs, read back, pages per second per core.

Each document of the synthetic corpus (bench/corpus.py, 'tsv_rows' layout) is printed with
reportlab and the CID font STSong-Light (no font file needed): narrative wrapped at the page
width, every table ruled, tables running over page breaks. Then, in one process (per core):

* floor: pdfium's plain text extraction of the same pages (pypdfium2 ``get_text_range``);
* read: ``extract.readers.read_document`` (pages -> text lines and ruled table grids);
* parse: the whole extraction of one document (``extract.pipeline.process``).

The PDFs are generated and read one at a time (memory stays flat: never a corpus in memory).
A check compares each PDF's function-table rows (code, measure, amount) with those of the
same document read as text: ``rows_differ`` counts the documents where they are not equal.

    python -m bench.pdf --sizes 100,1000
"""

from __future__ import annotations

import argparse
import io
import resource
import time

from bench.corpus import harvest, make_budget, render

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 50.0
FONT = "STSong-Light"


def pdf_of(text: str) -> bytes:
    """The document printed: text lines wrapped to the page width, tab rows as ruled tables."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    state = {"y": PAGE_H - MARGIN}

    def new_page() -> None:
        pdf.showPage()
        state["y"] = PAGE_H - MARGIN

    def text_line(line: str, size: float = 10.5) -> None:
        width = PAGE_W - 2 * MARGIN
        per_line = max(1, int(width // size))
        chunks = [line[i : i + per_line] for i in range(0, len(line), per_line)] or [""]
        for chunk in chunks:
            if state["y"] < MARGIN + size:
                new_page()
            pdf.setFont(FONT, size)
            pdf.drawString(MARGIN, state["y"] - size, chunk)
            state["y"] -= size * 1.6

    def table(rows: list[list[str]]) -> None:
        width = max(len(r) for r in rows)
        size, height = 7.0, 14.0
        first = (PAGE_W - 2 * MARGIN) * (0.34 if width > 3 else 0.5)
        rest = (PAGE_W - 2 * MARGIN - first) / max(1, width - 1)
        xs = [MARGIN] + [MARGIN + first + rest * i for i in range(width)]
        top = state["y"]
        drawn = 0
        for row in rows:
            if state["y"] - height < MARGIN:
                _rules(pdf, xs, top, drawn, height)
                new_page()
                top, drawn = state["y"], 0
            for c, cell in enumerate(row + [""] * (width - len(row))):
                room = xs[c + 1] - xs[c] - 3
                fitted = size  # the whole text, the font made smaller where the cell is narrow
                while fitted > 3 and pdfmetrics.stringWidth(cell, FONT, fitted) > room:
                    fitted -= 0.5
                pdf.setFont(FONT, fitted)
                pdf.drawString(xs[c] + 2, state["y"] - height + 4, cell)
            state["y"] -= height
            drawn += 1
        _rules(pdf, xs, top, drawn, height)
        state["y"] -= height

    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            table(rows)
            continue
        if lines[i].strip():
            text_line(lines[i].strip())
        i += 1
    pdf.save()
    return buffer.getvalue()


def _rules(pdf, xs: list[float], top: float, rows: int, height: float) -> None:
    if not rows:
        return
    bottom = top - rows * height
    for x in xs:
        pdf.line(x, top, x, bottom)
    for r in range(rows + 1):
        pdf.line(xs[0], top - r * height, xs[-1], top - r * height)


def _function_rows(data: bytes) -> set[tuple[str, str, str]]:
    from extract import pipeline
    from extract.result import ParseResult

    result, doc = ParseResult(), {}
    pipeline._process(data, doc, result)
    return {(r["code"], r["measure"], r["amount_yuan"]) for r in result.rows.get("raw_function_lines", [])}


def bench(n: int, seed: int) -> dict:
    """Print ``n`` documents of corpus ``seed`` as PDFs and time reading them, one at a time.

    Returns a dict: pages, generation seconds, ms per page and pages per second for the
    floor (pdfium's plain text), the reader and the whole extraction, the extraction's cost
    as a multiple of the floor, ``rows_differ`` (documents whose function-table rows differ
    from the same document read as text) and the peak RSS in MB.
    """
    import pypdfium2

    from extract.pipeline import process
    from extract.readers import read_document

    catalogue = harvest()
    pages = 0
    floor = read = parse = generate = 0.0
    differ = 0
    for index in range(n):
        budget = make_budget(seed, index, catalogue)
        budget.layout = "tsv_rows"
        text = render(budget)
        started = time.perf_counter()
        data = pdf_of(text)
        generate += time.perf_counter() - started

        started = time.perf_counter()
        doc = pypdfium2.PdfDocument(data)
        count = len(doc)
        for p in range(count):
            page = doc[p]
            page.get_textpage().get_text_range()
            page.close()
        doc.close()
        floor += time.perf_counter() - started
        pages += count

        started = time.perf_counter()
        read_document(data)
        read += time.perf_counter() - started
        started = time.perf_counter()
        process(data, f"{index:016x}")
        parse += time.perf_counter() - started
        if _function_rows(data) != _function_rows(text.encode("utf-8")):
            differ += 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n": n,
        "pages": pages,
        "generate_s": round(generate, 1),
        "floor_ms_per_page": round(1000 * floor / pages, 2),
        "read_ms_per_page": round(1000 * read / pages, 2),
        "parse_ms_per_page": round(1000 * parse / pages, 2),
        "floor_pages_per_s": round(pages / floor, 1),
        "read_pages_per_s": round(pages / read, 1),
        "parse_pages_per_s": round(pages / parse, 1),
        "x_floor": round(parse / floor, 1),
        "rows_differ": differ,
        "max_rss_mb": round(rss, 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: run ``bench`` for each of --sizes (comma-separated) and print a table; exit 0."""
    parser = argparse.ArgumentParser(description="PDF benchmark (see the module docstring)")
    parser.add_argument("--sizes", default="100")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = [bench(int(n), args.seed) for n in args.sizes.split(",")]
    columns = list(rows[0])
    print("PDF corpus (one process = one core)")
    print("  ".join(f"{c:>18}" for c in columns))
    for row in rows:
        print("  ".join(f"{row[c]!s:>18}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
