"""Command line: ``hindi-extract INPUT... -o OUT --format json|jsonl|csv``.

Exit codes: 0 all inputs extracted; 1 some inputs failed (see the errors file;
every other record was written); 2 usage error; 3 no input documents found.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .batch import Failure, run_batch
from .io import iter_inputs
from .writers import FORMATS, STDOUT, AtomicFile, open_writer

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NO_INPUT = 0, 1, 2, 3

EPILOG = """\b
Examples:
  hindi-extract samples/ -o out/records.json
  hindi-extract notes/ --glob '*.txt' -o out/records.jsonl --jobs 2
  hindi-extract note.txt -o out/facts.csv --format csv            # one flat table of facts
  hindi-extract notes/ -o out/tables/ --format csv --csv-layout tables
  cat note.txt | hindi-extract - -o - --format jsonl | jq .people

\b
Exit codes: 0 ok; 1 some inputs failed (listed in the errors file, all other
records written); 2 usage error; 3 no input documents found.
"""


def _guess_format(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "jsonl" if output == STDOUT else "json"


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", default=STDOUT, show_default=True,
              help="Output file, folder (csv tables layout) or - for stdout.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: from the output's extension; jsonl for stdout].")
@click.option("--csv-layout", type=click.Choice(["facts", "tables"]), default=None,
              help="csv: one flat 'facts' table, or a folder of per-record-type 'tables' "
                   "[default: tables if OUTPUT is a folder or ends with /, else facts].")
@click.option("--glob", "glob", default="*.txt", show_default=True, help="File pattern inside folders (recursive).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes (the model loads once per worker).")
@click.option("--doc-date", default=None, help="Document date (YYYY-MM-DD) for inputs without a dateline.")
@click.option("--errors", "errors_path", default=None,
              help="Errors file (JSON lines) [default: OUTPUT.errors.jsonl; stderr only for stdout].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.version_option(__version__, "-V", "--version", prog_name="hindi-extract")
def cli(inputs, output, fmt, csv_layout, glob, jobs, doc_date, errors_path, quiet):
    """Extract structured records (people, roles, places, organisations, dates,
    decisions, events) from Hindi press notes.

    INPUT is a file, a folder (searched recursively for --glob) or - for stdin.
    """
    from tqdm import tqdm

    if doc_date is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(doc_date)
        except ValueError:
            raise click.BadParameter(f"{doc_date!r} is not a date like 2018-09-15", param_hint="--doc-date")
    fmt = fmt or _guess_format(output)
    if csv_layout is None:
        csv_layout = "tables" if output.endswith("/") or Path(output).is_dir() else "facts"
    items = list(iter_inputs(inputs, glob=glob))
    if not items:
        click.echo(f"hindi-extract: no input documents found (looked for {glob!r} in {', '.join(inputs)})", err=True)
        sys.exit(EXIT_NO_INPUT)
    if errors_path is None and output != STDOUT:
        errors_path = str(Path(output.rstrip("/")).with_name(Path(output.rstrip("/")).name + ".errors.jsonl"))
    try:
        writer = open_writer(fmt, output, csv_layout)
    except (OSError, ValueError) as exc:
        click.echo(f"hindi-extract: cannot write {output}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    failures: list[Failure] = []
    n_ok = 0
    bar = tqdm(total=len(items), unit="doc", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    try:
        for result in run_batch(items, jobs=jobs, doc_date=doc_date):
            if isinstance(result, Failure):
                failures.append(result)
                if not quiet:
                    bar.write(f"hindi-extract: skipped {result.source}: {result.reason}", file=sys.stderr)
            else:
                writer.write(result)
                n_ok += 1
            bar.update(1)
    except BaseException:
        writer.abort()
        raise
    finally:
        bar.close()
    writer.close()
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
        if failures:
            msg += f"; {len(failures)} failed" + (f" (see {errors_path})" if errors_path else "")
        click.echo(msg, err=True)
    sys.exit(EXIT_PARTIAL if failures else EXIT_OK)


def main() -> None:
    cli(prog_name="hindi-extract")


if __name__ == "__main__":
    main()
