"""Command line: ``hindi-extract INPUT... -o OUT --format json|jsonl|csv|parquet|sqlite [--html REPORT]``.

Exit codes: 0 all inputs extracted; 1 some inputs failed (see the errors file;
every other record was written); 2 usage error (bad option, an output that cannot
be written as asked, a missing optional dependency); 3 no input documents found;
4 an output failed while being written (disk full, database locked, broken pipe);
130 interrupted.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import click

from . import __version__
from .batch import DEFAULT_MAX_CHARS, Failure, Skipped, load_extractor, run_batch
from .io import STDIN, InputDoc, iter_inputs
from .writers import FORMATS, LAYOUTS, STDOUT, AtomicFile, default_layout, open_writer

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NO_INPUT, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130

EPILOG = """\b
Examples:
  hindi-extract samples/ -o out/records.json
  hindi-extract notes/ --glob '*.txt' -o out/records.jsonl --jobs 2
  hindi-extract note.txt -o out/facts.csv --format csv            # one flat table of facts
  hindi-extract notes/ -o out/tables/ --format csv --layout tables
  hindi-extract notes/ -o out/parquet/ --format parquet           # one .parquet per record type
  hindi-extract notes/ -o out/facts.parquet                       # one flat facts table
  hindi-extract notes/ -o out/records.sqlite                      # appends; a doc_id present is replaced
  hindi-extract samples/ -o out/records.jsonl --html out/review.html
  hindi-extract samples/ --html out/review.html > /dev/null      # only the review page
  hindi-extract big/ -o out/records.jsonl --jobs 2 --resume       # rerun after a crash: continues
  hindi-extract notes/ -o out/records.jsonl --model models/hi_core_news   # a trained backbone
  hindi-extract notes/ -o out/records.jsonl --backend stanza      # the stanza backbone (models/hi_stanza)
  cat note.txt | hindi-extract | jq .people                       # stdin -> JSON Lines on stdout

\b
The format follows OUT's extension (.json .jsonl .csv .parquet .sqlite/.db)
unless --format says otherwise; JSON Lines on stdout.

\b
Exit codes: 0 ok; 1 some inputs failed (listed in the errors file, all other
records written); 2 usage error (bad option, unusable output path, missing
optional dependency); 3 no input documents found; 4 an output failed while
being written (disk full, database locked, broken pipe); 130 interrupted.
"""

SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                  ".parquet": "parquet", ".pq": "parquet", ".sqlite": "sqlite", ".sqlite3": "sqlite",
                  ".db": "sqlite"}


def _guess_format(output: str) -> str:
    if output == STDOUT:
        return "jsonl"
    return SUFFIX_FORMATS.get(Path(output).suffix.lower(), "json")


def _fail(message: str, code: int) -> None:
    click.echo(f"hindi-extract: {message}", err=True)
    sys.exit(code)


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", default=STDOUT, show_default=True,
              help="Output file, folder (tables layout) or - for stdout.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: from the output's extension; jsonl for stdout].")
@click.option("--layout", "--csv-layout", "layout", type=click.Choice(LAYOUTS), default=None,
              help="csv and parquet: one flat 'facts' table, or a folder of per-record-type 'tables' "
                   "[default: tables if OUTPUT is a folder or ends with / (parquet: or has no .parquet "
                   "extension), else facts].")
@click.option("--html", "html_path", default=None, metavar="FILE",
              help="Also write a self-contained HTML review page: each text with its spans highlighted, "
                   "and the records as tables.")
@click.option("--glob", "glob", default="*.txt", show_default=True, help="File pattern inside folders (recursive).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes (the model loads once per worker).")
@click.option("--doc-date", default=None, help="Document date (YYYY-MM-DD) for inputs without a dateline.")
@click.option("--backend", default="spacy", show_default=True, type=click.Choice(["spacy", "stanza"]),
              help="Linguistic backbone: the spaCy pipeline, or stanza (pip install -e '.[stanza]'; --model is then "
                   "a folder of stanza models [default: $HINDI_EXTRACT_STANZA_MODEL if set, else models/hi_stanza]).")
@click.option("--model", default=None, metavar="PATH|blank",
              help="Trained spaCy backbone directory, or 'blank' for rules only [default: $HINDI_EXTRACT_MODEL "
                   "if set, else what Extractor() loads].")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run (jsonl or sqlite output): documents already in OUTPUT with the same "
                   "text (doc_id and SHA-256) are skipped, the others extracted; jsonl records are appended "
                   "straight to OUTPUT as they come. Use it from the first run.")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(0),
              help="Longest document extracted, in characters; a longer one is a per-file error (0: no limit).")
@click.option("--errors", "errors_path", default=None,
              help="Errors file (JSON lines) [default: OUTPUT.errors.jsonl; stderr only for stdout].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.version_option(__version__, "-V", "--version", prog_name="hindi-extract")
def cli(inputs, output, fmt, layout, html_path, glob, jobs, doc_date, backend, model, resume, max_chars, errors_path, quiet):
    """Extract structured records (people, roles, places, organisations, dates,
    decisions, events) from Hindi press notes.

    INPUT is a file, a folder (searched recursively for --glob) or - for stdin
    (the default when no INPUT is given and text is piped in).
    """
    from tqdm import tqdm

    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("give INPUT files or folders, or pipe text in (cat note.txt | hindi-extract)")
        inputs = (STDIN,)
    if doc_date is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(doc_date)
        except ValueError:
            raise click.BadParameter(f"{doc_date!r} is not a date like 2018-09-15", param_hint="--doc-date")
    fmt = fmt or _guess_format(output)
    layout = layout or default_layout(fmt, output)
    if html_path is not None and (html_path == STDOUT or html_path.endswith("/") or Path(html_path).is_dir()):
        raise click.BadParameter("the HTML report is written to a file: give a path such as out/review.html",
                                 param_hint="--html")
    items = list(iter_inputs(inputs, glob=glob))  # paths only: texts are read by the workers
    if not items:
        _fail(f"no input documents found (looked for {glob!r} in {', '.join(inputs)})", EXIT_NO_INPUT)
    if errors_path is None and output != STDOUT:
        errors_path = str(Path(output.rstrip("/")).with_name(Path(output.rstrip("/")).name + ".errors.jsonl"))
    try:
        load_extractor(model, max_chars, backend)  # once here (workers fork from it): a bad model stops before any output
    except Exception as exc:
        _fail(f"cannot load the model{f' {model!r}' if model else ''}: {exc}", EXIT_USAGE)
    try:
        writer = open_writer(fmt, output, layout, resume=True) if resume else open_writer(fmt, output, layout)
    except (OSError, ValueError) as exc:
        _fail(f"cannot write {output}: {exc}", EXIT_USAGE)
    skip: set[tuple[str, str]] = set()
    if resume:
        try:
            skip = writer.resume_keys()
        except (OSError, sqlite3.Error) as exc:
            writer.abort()
            _fail(f"cannot read {output} to resume: {exc}", EXIT_USAGE)
        # a doc_id given by two inputs (same file name in two folders) is always extracted again
        counts: dict[str, int] = {}
        for i in items:
            if isinstance(i, InputDoc):
                counts[i.doc_id] = counts.get(i.doc_id, 0) + 1
        skip = {k for k in skip if counts.get(k[0]) == 1}
    report = None
    if html_path is not None:
        from .report import HTMLReport

        try:
            report = HTMLReport(html_path)
        except OSError as exc:
            writer.abort()
            _fail(f"cannot write {html_path}: {exc}", EXIT_USAGE)
    texts = {i.source: i for i in items if isinstance(i, InputDoc)}
    failures: list[Failure] = []
    n_ok = n_skipped = 0
    bar = tqdm(total=len(items), unit="doc", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    kept = " (records written so far are kept: rerun with --resume to continue)" if resume and fmt == "jsonl" else ""
    try:
        # JSON Lines alone needs nothing but each record's text: workers serialise, the main process writes
        packed = fmt == "jsonl" and report is None
        for result in run_batch(items, jobs=jobs, doc_date=doc_date, model=model, backend=backend,
                                max_chars=max_chars, skip=skip, packed=packed):
            if isinstance(result, Skipped):
                writer.keep(result.key)
                n_skipped += 1
            elif isinstance(result, Failure):
                failures.append(result)
                if report is not None:
                    report.add_failure(result.source, result.reason)
                if not quiet:
                    bar.write(f"hindi-extract: skipped {result.source}: {result.reason}", file=sys.stderr)
            else:
                writer.write(result)
                if report is not None:
                    report.add(result, _text_of(texts.get(result.source)))
                n_ok += 1
            bar.update(1)
        writer.close()
        if report is not None:
            report.close()
    except KeyboardInterrupt:
        _abort(writer, report)
        bar.close()
        _fail("interrupted; " + (kept[2:-1] if kept else "no output written" + (
            " (documents already committed to the database are kept)" if fmt == "sqlite" else "")), EXIT_INTERRUPTED)
    except BrokenPipeError:
        _abort(writer, report)
        bar.close()
        # stdout's reader went away (e.g. `| head`): stop quietly, without a second error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OUTPUT)
    except (OSError, sqlite3.Error) as exc:
        _abort(writer, report)
        bar.close()
        _fail(f"writing the output failed: {exc}; " + (kept[2:-1] if kept else "nothing was written"
              + (" past the last committed batch" if fmt == "sqlite" else "")), EXIT_OUTPUT)
    except BaseException:
        _abort(writer, report)
        raise
    finally:
        bar.close()
    if errors_path:
        if failures:
            ef = AtomicFile(Path(errors_path))
            for f in failures:
                ef.fh.write(json.dumps(f.as_dict(), ensure_ascii=False) + "\n")
            ef.commit()
        else:
            Path(errors_path).unlink(missing_ok=True)
    if not quiet:
        where = "" if output == STDOUT else f" -> {output}"
        msg = f"hindi-extract: {n_ok} document(s) extracted{where}"
        if resume:
            msg += f"; {n_skipped} already there (resumed)"
        if html_path:
            msg += f"; review page {html_path}"
        if failures:
            msg += f"; {len(failures)} failed" + (f" (see {errors_path})" if errors_path else "")
        click.echo(msg, err=True)
    sys.exit(EXIT_PARTIAL if failures else EXIT_OK)


def _abort(*outputs) -> None:
    for out in outputs:
        if out is not None:
            try:
                out.abort()
            except Exception:  # pragma: no cover - best effort while failing
                pass


def _text_of(item: InputDoc | None) -> str | None:
    """The input's text again, for the review page (None if it cannot be read back)."""
    if item is None:
        return None
    try:
        return item.read()
    except Exception:
        return None


def main() -> None:
    cli(prog_name="hindi-extract")


if __name__ == "__main__":
    main()
