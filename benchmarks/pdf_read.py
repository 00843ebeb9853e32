"""Time to read the evaluation PDFs, layout text alone against layout text plus ruled tables
(ingest/pdf_tables.py), in one run, and what the ruled reading found.

    python -m benchmarks.pdf_read [--repeat 3] [--pages 120]

``--pages`` adds a generated PDF of that many pages with a ruled table of wrapped cells on
each (the worst case: every page opened by pdfplumber).
"""

from __future__ import annotations

import argparse
import io
import time

from pypdf import PdfReader

from benchmarks.protocol import HERE
from ingest.pdf import pdf_to_markdown
from ingest.pdf_layout import extract_pages
from ingest.pdf_tables import ruled_tables


def generated(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", "", 10)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Pasal {page + 1} Kuota pelatihan per unit sebagai berikut.")
        with pdf.table(col_widths=[14, 30, 40, 16], line_height=5.5) as table:
            header = table.row()
            for label in ("No", "Unit kerja", "Nama pelatihan", "Kuota"):
                header.cell(label)
            for n in range(1, 13):
                row = table.row()
                for cell in (str(n), f"Bidang Pengembangan {n}", f"Pelatihan teknis ke-{n}", "12"):
                    row.cell(cell)
    return bytes(pdf.output())


def read(data: bytes, ruled: bool) -> tuple[float, int, int]:
    started = time.perf_counter()
    pages = extract_pages(PdfReader(io.BytesIO(data)).pages, (Exception,))
    tables = ruled_tables(data, pages) if ruled else {}
    pdf_to_markdown(pages, tables)
    return time.perf_counter() - started, len(pages), sum(map(len, tables.values()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=120)
    args = parser.parse_args()
    files = {
        p.relative_to(HERE / "eval").as_posix(): p.read_bytes()
        for p in sorted((HERE / "eval").glob("*/*.pdf"))
    }
    if args.pages:
        files[f"generated, {args.pages} pages of ruled tables"] = generated(args.pages)
    print("| PDF | pages | ruled tables | layout only s | with ruled tables s |")
    print("|---|---|---|---|---|")
    totals = [0.0, 0.0]
    for name, data in files.items():
        plain = min(read(data, False)[0] for _ in range(args.repeat))
        runs = [read(data, True) for _ in range(args.repeat)]
        ruled, pages, tables = min(runs)
        totals[0] += plain if not name.startswith("generated") else 0
        totals[1] += ruled if not name.startswith("generated") else 0
        print(f"| {name} | {pages} | {tables} | {plain:.2f} | {ruled:.2f} |")
    print(f"| all evaluation PDFs | | | {totals[0]:.2f} | {totals[1]:.2f} |")


if __name__ == "__main__":
    main()
