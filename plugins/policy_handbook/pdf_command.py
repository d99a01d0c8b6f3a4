"""``policy-handbook pdf``: print pages of a built handbook to A4 PDFs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .pdf import Job, PdfError, check_site, find_page, page_count, pdf_name, print_pages, render, site_path


@click.command("pdf")
@click.argument("page", required=False)
@click.option("--site", "site_dir", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="The built site (the folder `mkdocs build` writes).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="The PDF to write (default: named after the page, in the current folder); "
                   "with --all-print, the folder to write into (default: pdf).")
@click.option("--all-print", "all_print", is_flag=True,
              help="Write a PDF of every printable page (under print/) into the --out folder.")
@click.option("--chromium", type=click.Path(path_type=Path), default=None,
              help="The Chromium to use (default: Debian's /usr/bin/chromium).")
def pdf_command(page: str | None, site_dir: Path, out: Path | None, all_print: bool, chromium: Path | None) -> None:
    """Print PAGE of a built site to an A4 PDF with headless Chromium.

    PAGE is a path in the site, such as print/handbook/ or
    print/shaftesbury-town-council-social-media-policy/2017/employee-guidance/, or an
    HTML file. Build the site first (mkdocs build). Chromium is Debian's (apt-get install
    chromium), driven by pip's playwright.
    """
    try:
        site = check_site(site_dir)
        if all_print:
            if page:
                raise click.UsageError("give either PAGE or --all-print, not both")
            folder = out or Path("pdf")
            pages = print_pages(site)
            if not pages:
                raise PdfError(f"{site} has no printable pages under print/: is the policy-handbook plugin "
                               "in mkdocs.yml? Build it first: mkdocs build")
            jobs = [Job(html, folder / pdf_name(site, html)) for html in pages]
        else:
            if not page:
                raise click.UsageError("name a PAGE (for example print/handbook/), or use --all-print")
            html = find_page(site, page)
            jobs = [Job(html, out or Path(pdf_name(site, html)))]
        for written, job in zip(render(site, jobs, chromium), jobs):
            pages_word = _pages(page_count(written))
            try:
                what = site_path(site, job.html)
            except ValueError:
                what = str(job.html)
            click.echo(f"wrote {written} ({what}{pages_word})")
    except PdfError as e:
        click.echo(f"policy-handbook pdf: {e}", err=True)
        sys.exit(1)


def _pages(count: int | None) -> str:
    if count is None:
        return ""
    return f", {count} A4 page{'s' if count != 1 else ''}"
