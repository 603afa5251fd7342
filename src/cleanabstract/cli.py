"""Command line: thin argument parsing over the library's modules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
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
    return p


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


def _cmd_fixtures_record(args: argparse.Namespace) -> int:
    from .fixtures import record_page

    rules = _rules(args.rules)
    for page in args.pages:
        print(f"wrote {record_page(page, rules, args.url)} (review it before committing)")
    return 0
