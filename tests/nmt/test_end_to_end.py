"""End to end on a toy corpus: train a tiny Transformer until it reproduces its
training pairs exactly, then save, load in a fresh process, and use the CLI."""

import json
import shutil
import subprocess
import sys

import pytest

from nmt.config import ExperimentConfig
from nmt.errors import ModelLoadError
from nmt.train import Trainer
from nmt.translate import Translator

TOY = [
    ("Tom is here.", "Tom está aquí."),
    ("Mary is here.", "Mary está aquí."),
    ("Tom is tired.", "Tom está cansado."),
    ("I am tired.", "Estoy cansado."),
    ("Where is Tom?", "¿Dónde está Tom?"),
    ("Where is Mary?", "¿Dónde está Mary?"),
    ("Run!", "¡Corre!"),
    ("Help!", "¡Ayuda!"),
    ("I see Tom.", "Veo a Tom."),
    ("I see Mary.", "Veo a Mary."),
    ("We are happy.", "Estamos felices."),
    ("They are happy.", "Están felices."),
    ("Thanks!", "¡Gracias!"),
    ("Good morning.", "Buenos días."),
    ("Good night.", "Buenas noches."),
    ("I like cats.", "Me gustan los gatos."),
    ("I like dogs.", "Me gustan los perros."),
    ("The cat is black.", "El gato es negro."),
    ("The dog is white.", "El perro es blanco."),
    ("Is it cold?", "¿Hace frío?"),
    ("It is hot.", "Hace calor."),
    ("Come here.", "Ven aquí."),
    ("Sit down.", "Siéntate."),
    ("Be quiet.", "Cállate."),
]
TRAIN = TOY[:20]
EXTRA = [("Hello!", "¡Hola!")]  # data.extra_train: training split only


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy")
    data = root / "toy.txt"
    data.write_text("".join(f"{en}\t{es}\tCC-BY 2.0\n" for en, es in TOY), encoding="utf-8")
    extra = root / "extra.tsv"
    extra.write_text("".join(f"{en}\t{es}\n" for en, es in EXTRA), encoding="utf-8")
    config = ExperimentConfig.from_dict(
        {
            "name": "toy",
            "model": {
                "d_model": 64,
                "num_heads": 4,
                "ff_dim": 128,
                "encoder_layers": 1,
                "decoder_layers": 1,
                "dropout": 0.0,
            },
            "tokenizer": {"vocab_size": 400},
            "data": {
                "path": str(data),
                "valid_groups": 2,
                "test_groups": 2,
                "split_seed": 3,
                "extra_train": str(extra),
                "extra_repeat": 3,
            },
            "train": {
                "batch_tokens": 100,
                "epochs": 100,
                "learning_rate": 0.005,
                "warmup_steps": 30,
                "label_smoothing": 0.0,
                "eval_every_epochs": 50,
                "eval_sentences": 2,
                "patience": 100,
                "average_last": 1,
                "bf16": False,
            },
            "decoding": {"beam_size": 2},
        }
    )
    trainer = Trainer(config, root / "run")
    final = trainer.fit()
    return final, trainer


def test_tiny_model_overfits_toy_corpus_exactly(trained):
    final, trainer = trained
    translator = Translator.load(final)
    sources = [en for en, _ in trainer.split.train]
    expected = [es for _, es in trainer.split.train]
    assert translator.translate(sources, beam_size=1) == expected
    assert translator.translate(sources, beam_size=3) == expected
    assert translator.translate([en for en, _ in EXTRA]) == [es for _, es in EXTRA]
    held_out = trainer.split.valid + trainer.split.test
    assert not set(EXTRA) & set(held_out) and len(trainer.split.train) + len(held_out) == len(TOY)
    exact = Translator.load(final, precision="float32")  # the Keras arithmetic
    assert exact.info["precision"] == "float32"
    assert exact.translate(sources, beam_size=1) == expected
    log = (final / "train_log.jsonl").read_text().splitlines()
    assert json.loads(log[0])["train_loss"] > json.loads(log[-1])["train_loss"]
    assert (final / "curves.png").stat().st_size > 1000


def test_resume_after_finish_does_not_retrain(trained):
    final, trainer = trained
    state = json.loads((trainer.ckpt_dir / "trainer_state.json").read_text())
    assert state["done"] and state["epoch"] == 100
    again = Trainer(trainer.config, trainer.run_dir)
    assert again.try_resume() and again.state["step"] == state["step"]


def test_model_dir_is_complete_and_loads_in_a_fresh_process(trained):
    final, trainer = trained
    assert {"config.json", "model.weights.h5", "spm.model", "spm.vocab"} <= {
        p.name for p in final.iterdir()
    }
    sources = [en for en, _ in trainer.split.train][:5]
    here = Translator.load(final).translate(sources)
    code = (
        "import json, sys; from nmt import Translator; "
        f"out = Translator.load({str(final)!r}).translate({sources!r}); "
        "print(json.dumps(out)); print('tensorflow' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    lines = result.stdout.strip().splitlines()
    assert json.loads(lines[0]) == here
    assert lines[1] == "False"  # the translation path never imports TensorFlow


def test_cli_translates_args_and_stdin_line_by_line(trained):
    final, trainer = trained
    en, es = trainer.split.train[0]
    cmd = [sys.executable, "-m", "nmt", "translate", "--model", str(final), "--beam", "1"]
    out = subprocess.run(cmd + [en], capture_output=True, text=True, check=True)
    assert out.stdout == es + "\n"
    exact = subprocess.run(cmd + ["--precision", "float32", en], capture_output=True, text=True)
    assert exact.stdout == es + "\n"
    stdin = f"{en}\n\n{en}\n"
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
    assert out.stdout == f"{es}\n\n{es}\n"


def test_cli_errors_go_to_stderr_with_nonzero_exit(tmp_path):
    cmd = [sys.executable, "-m", "nmt", "translate", "--model", str(tmp_path / "none"), "hi"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode != 0 and out.stdout == ""
    assert "model directory not found" in out.stderr and "Traceback" not in out.stderr


def test_multi_sentence_and_blank_inputs(trained):
    final, trainer = trained
    translator = Translator.load(final)
    (en1, es1), (en2, es2) = trainer.split.train[:2]
    assert translator.translate([f"{en1} {en2}", "", f"{en1}\n{en2}"], beam_size=1) == [
        f"{es1} {es2}",
        "",
        f"{es1}\n{es2}",
    ]


@pytest.mark.parametrize(
    "damage,message",
    [
        (lambda d: (d / "model.weights.h5").unlink(), "missing model.weights.h5"),
        (lambda d: (d / "spm.model").unlink(), "missing spm.model"),
        (lambda d: (d / "config.json").write_text("{oops"), "corrupt JSON"),
        (lambda d: (d / "model.weights.h5").write_bytes(b"not hdf5"), "cannot load weights"),
        (lambda d: (d / "spm.model").write_bytes(b"junk"), "spm.model"),
    ],
)
def test_damaged_model_dir_names_the_problem(trained, tmp_path, damage, message):
    final, _ = trained
    copy = tmp_path / "model"
    shutil.copytree(final, copy)
    damage(copy)
    with pytest.raises(ModelLoadError, match=message):
        Translator.load(copy)


def test_training_exports_ct2_and_it_matches_keras_token_for_token(trained):
    final, trainer = trained
    assert (final / "ct2" / "model.bin").is_file()  # written by training itself
    sources = [en for en, _ in trainer.split.train] + ["Tom is here. I see Mary.", "Run! Help!"]
    keras_side = Translator.load(final, engine="torch", precision="float32")
    ct2_side = Translator.load(final, engine="ct2", precision="float32")
    assert ct2_side.info["engine"] == "ctranslate2" and keras_side.info["engine"] == "torch"
    for beam in (1, 3):
        assert ct2_side.translate(sources, beam_size=beam) == keras_side.translate(
            sources, beam_size=beam
        )


def test_a_stale_ct2_export_is_never_served(trained, tmp_path):
    final, trainer = trained
    copy = tmp_path / "stale"
    shutil.copytree(final, copy)
    (copy / "ct2" / "nmt_export.json").write_text('{"weights_sha": "0000"}')
    with pytest.raises(ModelLoadError, match="not exported from this model.weights.h5"):
        Translator.load(copy, engine="ct2")
    assert Translator.load(copy).info["engine"] == "torch"  # auto falls back, never stale


def test_the_ct2_path_imports_neither_torch_nor_keras(trained):
    final, _ = trained
    code = (
        "import sys; from nmt import Translator; "
        f"t = Translator.load({str(final)!r}); t.translate(['Tom is here.']); "
        "print(t.info['engine'], 'torch' in sys.modules, 'keras' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ctranslate2", "False", "False"]


def test_training_noise_is_fresh_each_epoch_and_reproducible(trained, tmp_path):
    import dataclasses

    _, trainer = trained
    config = trainer.config
    noisy = dataclasses.replace(config, train=dataclasses.replace(config.train, noise=1.0))
    a, b = Trainer(noisy, tmp_path / "a"), Trainer(noisy, tmp_path / "b")
    a.epoch_data(0)
    b.epoch_data(0)
    assert a.train_src == b.train_src  # seeded: the same run twice gives the same noise
    first = list(a.train_src)
    a.epoch_data(1)
    assert a.train_src != first  # a new draw every epoch
    clean = Trainer(config, tmp_path / "c")
    assert sorted(a.train_tgt) == sorted(clean.train_tgt)  # the Spanish side stays clean
    decoded = clean.codec.sp.decode(clean.train_src[0][:-1])
    assert decoded in {en for en, _ in trainer.split.train} | {en for en, _ in EXTRA}


@pytest.mark.parametrize("extra", [["evaluate"], ["translate", "hi"]])
def test_cli_rejects_a_beam_below_one(extra):
    cmd = [sys.executable, "-m", "nmt", extra[0], "--beam", "0", *extra[1:]]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 2 and "--beam must be at least 1" in out.stderr


def test_evaluate_reads_every_reference_column(tmp_path):
    from nmt.evaluate import read_test_file

    path = tmp_path / "multi.tsv"
    path.write_text(
        "Hi.\tHola.\t¡Hola!\nBye.\tAdiós.\tCC-BY 2.0 (France) Attribution: tatoeba.org\n"
    )
    assert read_test_file(path) == [("Hi.", "Hola."), ("Hi.", "¡Hola!"), ("Bye.", "Adiós.")]
