"""python -m nmt train|evaluate|translate — train, score and run English→Spanish models."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from nmt.errors import NMTError
from nmt.translate import DEFAULT_MODEL_DIR

PRECISION = {
    "choices": ("auto", "mixed", "float32"),
    "default": "auto",
    "help": "inference arithmetic: auto = int8 on CTranslate2, bf16/int8 mixed on torch where "
    "the CPU supports it; float32 = exact Keras results",
}
ENGINE = {
    "choices": ("auto", "ct2", "torch"),
    "default": "auto",
    "help": "auto = CTranslate2 when the model has a ct2/ export (fast), else plain torch",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m nmt", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("train", help="train a model from a JSON recipe (rerun to resume)")
    p.add_argument("--config", required=True, help="recipe, e.g. configs/transformer.json")
    p.add_argument("--run-dir", required=True, help="checkpoints, logs and curves go here")
    p.add_argument("--data", help="override the recipe's data.path")
    p.add_argument("--export", help="copy the final model directory here (e.g. models/en-es)")

    p = sub.add_parser("evaluate", help="BLEU/chrF on the test split; writes metrics.json")
    p.add_argument("--model", default=str(DEFAULT_MODEL_DIR), help="model directory")
    p.add_argument("--data", help="corpus to split (default: the one the model was trained on)")
    p.add_argument("--test-file", help="score this whole file instead of the test split")
    p.add_argument(
        "--heldout",
        metavar="PREFIX",
        help="score a held-out chat set: PREFIX.en and references PREFIX.es.* "
        "(e.g. data/chat/heldout/test); adds the share of markup kept",
    )
    p.add_argument("--beam", type=int, help="beam size (default: the model's)")
    p.add_argument(
        "--allow-unk",
        action="store_true",
        help="let the model emit [UNK] (to measure the seed baseline faithfully)",
    )
    p.add_argument("--no-write", action="store_true", help="print only; keep metrics.json")
    p.add_argument("--precision", **PRECISION)
    p.add_argument("--engine", **ENGINE)

    p = sub.add_parser("translate", help="translate arguments, or else each stdin line")
    p.add_argument("--model", default=str(DEFAULT_MODEL_DIR), help="model directory")
    p.add_argument("--beam", type=int, help="beam size (default: the model's)")
    p.add_argument("--precision", **PRECISION)
    p.add_argument("--engine", **ENGINE)
    p.add_argument("--threads", type=int, help="intra-op threads (CTranslate2; default 1)")
    p.add_argument("text", nargs="*", help="English text; omit to read standard input")

    p = sub.add_parser("export", help="write the model as CTranslate2 (DIR/ct2), for serving")
    p.add_argument("--model", default=str(DEFAULT_MODEL_DIR), help="model directory")
    p.add_argument("--format", choices=("ct2",), default="ct2", help="export format")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.command == "train" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if getattr(args, "beam", None) is not None and args.beam < 1:
        print("error: --beam must be at least 1", file=sys.stderr)
        return 2
    try:
        if args.command == "train":
            from nmt.train import train

            final = train(args.config, args.run_dir, args.data)
            if args.export:
                import shutil

                shutil.copytree(final, args.export, dirs_exist_ok=True)
                final = args.export
            print(f"model: {final}")
        elif args.command == "evaluate" and args.heldout:
            from nmt.evaluate import evaluate_heldout

            metrics = evaluate_heldout(
                args.model, args.heldout, args.beam, args.precision, engine=args.engine
            )
            print(json.dumps(metrics, indent=2, ensure_ascii=False))
        elif args.command == "evaluate":
            from nmt.evaluate import evaluate

            metrics = evaluate(
                args.model,
                args.data,
                args.test_file,
                args.beam,
                args.allow_unk,
                write=not args.no_write,
                precision=args.precision,
                engine=args.engine,
            )
            shown = {k: v for k, v in metrics.items() if k not in ("samples",)}
            print(json.dumps(shown, indent=2, ensure_ascii=False))
        elif args.command == "export":
            from nmt.export import export_ct2

            print(f"exported: {export_ct2(args.model)}")
        else:
            return _translate(args)
    except NMTError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


def _translate(args) -> int:
    from nmt.translate import Translator

    if args.beam is not None and args.beam < 1:
        print("error: --beam must be at least 1", file=sys.stderr)
        return 2
    if args.threads is not None and args.threads < 1:
        print("error: --threads must be at least 1", file=sys.stderr)
        return 2
    translator = Translator.load(
        args.model, precision=args.precision, engine=args.engine, threads=args.threads
    )
    lines = args.text if args.text else [line.rstrip("\r\n") for line in sys.stdin]
    # Lines are translated in chunks so a long stdin stream starts printing early.
    for start in range(0, len(lines), 256):
        chunk = lines[start : start + 256]
        for out in translator.translate(chunk, beam_size=args.beam):
            print(out.replace("\n", " "), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
