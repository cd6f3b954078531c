"""``python -m nmt train|evaluate|translate`` (see ``--help``)."""

import argparse
import logging
import sys

from nmt.errors import NMTError


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nmt", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="train a model from a config file")
    p.add_argument("--config", required=True, help="JSON recipe, e.g. configs/transformer.json")
    p.add_argument("--run-dir", required=True, help="where checkpoints/logs go; rerun to resume")
    p.add_argument("--data", help="override data.path")
    p.add_argument("--export", help="copy the final model directory here (e.g. models/en-es)")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command == "train":
            from nmt.train import train

            final = train(args.config, args.run_dir, args.data)
            print(final)
    except NMTError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
