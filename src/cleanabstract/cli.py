"""Command line: thin argument parsing over the library's modules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .batch.options import FORMATS
from .rules.engine import RuleError, RuleSet, RuleTimeout


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (RuleError, RuleTimeout) as exc:
        print(f"cleanabstract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cleanabstract", description=__doc__)
    p.add_argument("--version", action="version", version=f"cleanabstract {__version__}")
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    c = sub.add_parser("clean", help="clean one page and print its record as JSON")
    c.add_argument("page", help="a page file (HTML or text), or - for stdin")
    c.add_argument("--url", help="the page's address (chooses site profiles)")
    c.add_argument("--rules", action="append", default=[], help="your own rule file (TOML)")
    c.add_argument("--explain", action="store_true", help="also list every dropped block")
    c.set_defaults(func=_cmd_clean)

    r = sub.add_parser("rules", help="list or check rules")
    rsub = r.add_subparsers(required=True, metavar="ACTION")
    rl = rsub.add_parser("list", help="the rules in force, by pack and category")
    rl.add_argument("files", nargs="*", help="your own rule files")
    rl.set_defaults(func=_cmd_rules_list)
    rc = rsub.add_parser("check", help="every rule against its examples and counter-examples")
    rc.add_argument("files", nargs="*", help="your own rule files (default: shipped rules)")
    rc.set_defaults(func=_cmd_rules_check)

    e = sub.add_parser("eval", help="score against a labelled corpus folder")
    e.add_argument("corpus", type=Path)
    e.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    e.add_argument("--rules", action="append", default=[])
    e.add_argument("--json", action="store_true", help="print the totals as JSON")
    e.set_defaults(func=_cmd_eval)

    f = sub.add_parser("fixtures", help="check or record a folder of pages with expected records")
    fsub = f.add_subparsers(required=True, metavar="ACTION")
    fc = fsub.add_parser("check", help="pass/fail with a diff for every page in DIR")
    fc.add_argument("dir", type=Path)
    fc.add_argument("--rules", action="append", default=[])
    fc.set_defaults(func=_cmd_fixtures_check)
    fr = fsub.add_parser("record", help="write PAGE.expected.json from today's output")
    fr.add_argument("pages", nargs="+", type=Path)
    fr.add_argument("--url")
    fr.add_argument("--rules", action="append", default=[])
    fr.set_defaults(func=_cmd_fixtures_record)
    _add_batch(sub)
    return p


def _add_batch(sub) -> None:
    b = sub.add_parser("batch", help="clean many pages (folders, globs, JSONL, WARC) on every core")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="folder, glob, page file, .jsonl[.gz], .warc[.gz], or - for JSONL on stdin")
    b.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file (a directory of part files for parquet)")
    b.add_argument("--format", choices=FORMATS, help="default: from OUT's suffix, else jsonl")
    b.add_argument("--workers", type=int, help="worker processes (default: one per core; 0: none)")
    b.add_argument("--resume", action="store_true", help="skip pages already in OUT, finish the rest")
    b.add_argument("--overwrite", action="store_true", help="replace an existing OUT")
    b.add_argument("--rules", action="append", default=[], help="your own rule file (TOML)")
    b.add_argument("--id-field", default="id", help="JSONL field with the page id (default: id)")
    b.add_argument("--url-field", default="url", help="JSONL field with the page url (default: url)")
    b.add_argument("--content-field", action="append", metavar="FIELD",
                   help="JSONL field with the page (default: html, then text, then content)")
    b.add_argument("--max-bytes", type=int, default=20_000_000,
                   help="larger pages become error rows (default: 20000000; 0: no limit)")
    b.add_argument("--timeout", type=float, default=60.0,
                   help="seconds per page before it becomes an error row (default: 60; 0: none)")
    b.add_argument("--stats", metavar="FILE", help="also write the summary as JSON to FILE")
    b.add_argument("--quiet", action="store_true", help="no progress and no summary")
    b.add_argument("--unordered", action="store_true", help="write rows as they finish")
    b.add_argument("--chunk-size", type=int, default=16, help="pages per task (default: 16)")
    b.add_argument("--progress-every", type=float, default=10.0, metavar="S",
                   help="seconds between progress lines when stderr is not a terminal")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: a process pool on this machine (default); dask: a Dask cluster, "
                        "writing part files under OUT/")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the cluster's scheduler (default: start a LocalCluster)")
    b.add_argument("--partition-mb", type=float, default=32.0, metavar="MB",
                   help="with --engine dask: plain JSONL is split into parts of this size (default: 32)")
    b.set_defaults(func=_cmd_batch)


def _rules(files: list) -> RuleSet:
    return RuleSet.load(*files) if files else RuleSet.default()


def _cmd_clean(args: argparse.Namespace) -> int:
    from .pipeline import explain

    data = sys.stdin.buffer.read() if args.page == "-" else _read(args.page)
    if data is None:
        return 2
    record, trace = explain(data, url=args.url, rules=_rules(args.rules))
    print(record.to_json(indent=2))
    if args.explain:
        print(_explanation(trace), file=sys.stderr)
    return 0


def _explanation(trace) -> str:
    lines = ["", "dropped blocks (rule id, category, where, text):"]
    for lb in trace.blocks:
        if lb.removed:
            lines.append(f"  {lb.rule.id:32} {lb.rule.category:10} {lb.block.where:16} {lb.text[:90]}")
    unused = [lb for i, lb in enumerate(trace.blocks)
              if not lb.removed and i not in trace.used and not lb.role]
    if unused:
        lines.append("blocks no rule matched and no field used (where, text):")
        lines += [f"  {lb.block.where:16} {lb.text[:100]}" for lb in unused]
    if not trace.read_all:
        lines.append("reading stopped past the abstract: the article body, references and lists "
                     "below it were not read")
    return "\n".join(lines)


def _read(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        print(f"cleanabstract: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def _cmd_rules_list(args: argparse.Namespace) -> int:
    rules = _rules(args.files)
    current = None
    for rule in rules.rules:
        pack = f"{'user' if rule.user else 'site' if rule.site else 'pack'}:{rule.pack}"
        if pack != current:
            print(f"\n[{pack}]")
            current = pack
        state = " (disabled)" if rule.id in rules.disabled else ""
        what = f"role={rule.role}" if rule.role else rule.category
        print(f"  {rule.id:36} {what:18} {rule.why}{state}")
    return 0


def _cmd_rules_check(args: argparse.Namespace) -> int:
    rules = _rules(args.files)
    todo = [r for r in rules.rules if r.todo]
    mine = [r for r in rules.rules if r.user] if args.files else rules.rules
    failures = RuleSet(mine).check()
    for msg in failures:
        print(f"FAIL {msg}")
    examples = sum(len(r.examples) + len(r.counter_examples) for r in mine)
    print(f"{len(mine)} rules, {examples} examples: {len(failures)} failed"
          + (f", {sum(len(r.todo) for r in todo)} known gaps (todo)" if todo else ""))
    return 1 if failures else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_summary

    summary = evaluate(args.corpus, _rules(args.rules))
    if args.json:
        print(json.dumps(summary.figures()))
    else:
        print(format_summary(summary, verbose=args.verbose))
    return 0


def _cmd_fixtures_check(args: argparse.Namespace) -> int:
    from .fixtures import check_page, find_pages

    pages = find_pages(args.dir)
    rules = _rules(args.rules)
    failed = 0
    for page in pages:
        outcome = check_page(page, rules)
        print(f"{'PASS' if outcome.ok else 'FAIL'} {page}")
        for problem in outcome.problems:
            print("    " + problem.replace("\n", "\n    "))
        failed += not outcome.ok
    print(f"{len(pages) - failed} passed, {failed} failed")
    return 1 if failed or not pages else 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchError, BatchOptions, run_batch

    dask = args.engine == "dask"
    if args.scheduler and not dask:
        print("cleanabstract: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    by_suffix = next((f for f in FORMATS if args.output.lower().endswith("." + f)), None)
    fmt = args.format or by_suffix or ("parquet" if dask else "jsonl")
    opts = BatchOptions(
        workers=args.workers, ordered=not args.unordered, chunk_size=max(args.chunk_size, 1),
        timeout=args.timeout or None, max_bytes=args.max_bytes or None, id_field=args.id_field,
        url_field=args.url_field,
        content_fields=tuple(args.content_field or BatchOptions.content_fields), format=fmt,
        resume=args.resume, overwrite=args.overwrite, stats=args.stats, quiet=args.quiet,
        progress_every=args.progress_every,
    )
    try:
        if dask:
            return _run_dask(args, opts)
        return run_batch(args.inputs, args.output, opts, _rules(args.rules))
    except BatchError as exc:
        print(f"cleanabstract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before the batch started writing: nothing to keep
        return 130


def _run_dask(args: argparse.Namespace, opts) -> int:
    try:
        from .dask.engine import run_dask
    except ImportError:
        print("cleanabstract: --engine dask needs dask: pip install 'cleanabstract[dask]'", file=sys.stderr)
        return 2
    return run_dask(args.inputs, args.output, opts, _rules(args.rules), scheduler=args.scheduler,
                    blocksize=int(args.partition_mb * 1e6) or None)


def _cmd_fixtures_record(args: argparse.Namespace) -> int:
    from .fixtures import record_page

    rules = _rules(args.rules)
    for page in args.pages:
        print(f"wrote {record_page(page, rules, args.url)} (review it before committing)")
    return 0
