"""Activation rows from `tiny-lm` served by our `ActivationStore` (live), by our `CachedActivations`
(reading a disk cache written by `cache_activations`) and by SAELens's `ActivationsStore` (live).

Run: `python benchmarks/activations_vs_saelens.py` (about two minutes on 2 idle CPU cores, far longer when they are busy;
`--help` for options). It prints rows/second for each, the time to write the cache, the ratios, and
last `speedup: X.XX` (our live rows/s / SAELens's live rows/s).
`python benchmarks/activations_vs_saelens.py --memory-check` writes a synthetic cache of 12 shards of
65536 × 768 float32 rows (2.42 GB) in a temporary folder, reads one full epoch of it with
`CachedActivations` in a child process, prints that child's peak resident memory (`VmHWM` from
`/proc/self/status`, which includes the ~0.5 GB of its imports; `ru_maxrss` is not used because after
fork + exec it keeps the parent's peak, here the parent that wrote the shards), and deletes the cache.

Setup, identical for both live stores:
- model: `load_model("tiny-lm")` (2 layers, d_model 128) on the CPU with 2 torch threads, hook
  `zoo.default_hook` (`blocks.0.hook_resid_post`); both stop the forward pass after block 0
  (`stop_at_layer=1`) and cache only that hook (`names_filter`);
- tokens: the rows of `zoo.default_dataset` ([n, 128] token ids, each row starting with BOS), given
  to each store as its own in-memory `datasets.Dataset` with an `input_ids` column (nothing is read
  from the Hugging Face hub), cut to context 128;
- 32 token rows per forward pass (`store_batch_size_prompts` / `sequences_per_pass`), batches of
  4096 activation rows, a mixing buffer of 65536 rows of which half is kept back for mixing
  (SAELens: `n_batches_in_buffer = 65536 / 128`, since its buffer holds `n_batches_in_buffer ·
  context_size` rows, and `activations_mixing_fraction=0.5`);
- positions holding `<|endoftext|>` (BOS = EOS = pad of the tiny-lm tokenizer: position 0 of every
  row and the document boundaries inside rows) are dropped by both (SAELens
  `exclude_special_tokens`, ours `exclude`); SAELens is told `prepend_bos=False` in the forward pass
  and ours uses token rows as they are, so neither adds a BOS: both see exactly the same tokens. The
  script checks that the first forward pass gives the same activation rows in both stores.

Timing: each measurement first warms up on a throwaway store (one batch), then builds a fresh store
and times, from its first batch, the wall clock until N rows have been served (the first buffer fill
included).
The live rows come from one pass over the tokens (N stays below what the tokens give, so neither store
reaches its epoch end). The cache is written once (timed) over all the tokens with 32 MB shards, so
the default window of 4 shards is a fraction of it as it would be for a large cache; the reader then
serves the same N rows from it, the shard reads included. The cache was just
written, so its shards are in the OS page cache: the read rate is that of a warm cache. Each
measurement is repeated (`--repeats`, interleaved) and the best rate is reported, since other
processes share the two cores; the load average is printed.

Differences that remain (each library's own design):
- SAELens copies each forward pass's activations into a fresh zero tensor, and its mixing buffer
  concatenates the whole buffer with every new forward pass; ours concatenates the pending passes
  once per refill;
- SAELens reads the dataset one row at a time (`torch` format); ours reads it 256 rows at a time;
- SAELens starts a new epoch when the tokens run out; ours stops (hence N below one epoch).
"""
import os
os.environ.setdefault("TQDM_DISABLE", "1")
import argparse, json, shutil, subprocess, sys, tempfile, time, warnings
warnings.filterwarnings("ignore", message="To copy construct from a tensor")  # SAELens's torch.tensor(row) on torch-format rows
from pathlib import Path
from types import SimpleNamespace

import datasets
import torch
from sae_lens.training.activations_store import ActivationsStore

from sae_notebooks.activations import CACHE_FORMAT, ActivationStore, CachedActivations, StoreConfig, cache_activations, write_shard
from sae_notebooks.core import atomic_json_save
from sae_notebooks.zoo import load_model

CONTEXT, BATCH, BUFFER_ROWS, SEQUENCES_PER_PASS = 128, 4096, 65536, 32
SYNTHETIC_SHARDS, SYNTHETIC_ROWS, SYNTHETIC_WIDTH = 12, 65536, 768


def tiny_lm():
    "The tiny LM with its token rows, hook and excluded ids."
    zoo = load_model("tiny-lm", device="cpu")
    return SimpleNamespace(name="tiny-lm", model=zoo.model, rows=zoo.default_dataset, hook=zoo.default_hook,
                           exclude_ids=[zoo.tokenizer.bos_token_id])


def token_dataset(rows: torch.Tensor) -> datasets.Dataset:
    "The token rows as an in-memory dataset with an `input_ids` column."
    return datasets.Dataset.from_dict({"input_ids": rows.tolist()})


def saelens_store(lm) -> ActivationsStore:
    "SAELens's store over the rows, configured as ours."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "fewer samples than tokens": it compares rows with tokens
        return ActivationsStore(
            model=lm.model, dataset=token_dataset(lm.rows), streaming=False, hook_name=lm.hook, hook_head_index=None,
            context_size=CONTEXT, d_in=lm.model.cfg.d_model, n_batches_in_buffer=BUFFER_ROWS // CONTEXT,
            total_training_tokens=lm.rows.numel(), store_batch_size_prompts=SEQUENCES_PER_PASS,
            train_batch_size_tokens=BATCH, prepend_bos=False, normalize_activations="none", device=torch.device("cpu"),
            dtype="float32", exclude_special_tokens=torch.tensor(lm.exclude_ids), activations_mixing_fraction=0.5)


def our_store(lm) -> ActivationStore:
    "Our store over the rows."
    cfg = StoreConfig(hooks=lm.hook, context_size=CONTEXT, exclude=tuple(lm.exclude_ids), sequences_per_pass=SEQUENCES_PER_PASS,
                      batch_size=BATCH, buffer_rows=BUFFER_ROWS)
    return ActivationStore(lm.model, token_dataset(lm.rows), cfg, device="cpu")


def check_same_rows(lm):
    "Both stores' first forward pass gives the same activation rows."
    theirs = saelens_store(lm).get_filtered_llm_batch()
    ours = next(our_store(lm).passes()).rows
    torch.testing.assert_close(ours, theirs)
    return len(ours)


def rows_per_second(make_batches, n_rows: int) -> float:
    "Rows/s serving `n_rows` rows from a fresh `make_batches()` (built before the clock starts), after one warm-up batch from another."
    next(iter(make_batches()))
    batches = make_batches()
    start, served, batches = time.perf_counter(), 0, iter(batches)
    while served < n_rows: served += len(next(batches))
    seconds = time.perf_counter() - start
    if served != n_rows: raise RuntimeError(f"served {served} rows, expected {n_rows}")
    return n_rows / seconds


def load() -> str:
    "The 1, 5 and 15 minute load averages."
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def speed(args):
    torch.set_num_threads(args.threads)
    lm = tiny_lm()
    print(f"model: {lm.name}, hook {lm.hook}, {len(lm.rows)} token rows of {lm.rows.shape[1]}, excluded ids {lm.exclude_ids}")
    print(f"load average at start: {load()} ({os.cpu_count()} cores, shared)")
    available = int((~torch.isin(lm.rows[:, :CONTEXT], torch.tensor(lm.exclude_ids))).sum())
    n_rows = min(args.rows or available, available - 2 * BUFFER_ROWS) // BATCH * BATCH
    print(f"first forward pass: {check_same_rows(lm)} identical activation rows in both stores")
    print(f"rows per measurement: {n_rows} (of {available} the tokens give), {args.repeats} repeats, best kept")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        start = time.perf_counter()
        manifest = cache_activations(our_store(lm), Path(tmp) / "cache", shard_mb=32, progress=False)
        write_seconds = time.perf_counter() - start
        rates = {"SAELens live": [], "ours live": [], "ours cache read": []}
        for _ in range(args.repeats):
            rates["SAELens live"].append(rows_per_second(lambda: saelens_store(lm), n_rows))
            rates["ours live"].append(rows_per_second(lambda: our_store(lm), n_rows))
            rates["ours cache read"].append(rows_per_second(
                lambda: CachedActivations(Path(tmp) / "cache", batch_size=BATCH, seed=0, device="cpu"), n_rows))
    best = {k: max(v) for k, v in rates.items()}
    for k, v in rates.items(): print(f"{k:>16}: {best[k]:>12,.0f} rows/s   (runs: {', '.join(f'{x:,.0f}' for x in v)})")
    print(f"cache write: {write_seconds:.1f} s for {manifest['n_rows']} rows in {len(manifest['shards'])} shards "
          f"({manifest['n_rows'] / write_seconds:,.0f} rows/s)")
    print(f"ours cache read / ours live: {best['ours cache read'] / best['ours live']:.1f}x")
    print(f"ours cache read / SAELens live: {best['ours cache read'] / best['SAELens live']:.1f}x")
    print(f"load average at end: {load()}")
    print(f"speedup: {best['ours live'] / best['SAELens live']:.2f}")


def synthetic_cache(path: Path) -> int:
    "Write a cache of random rows in our format; return its size in bytes."
    path.mkdir()
    g, hook, shards, sum_squared = torch.Generator().manual_seed(0), "synthetic", [], 0.0
    sequences = SYNTHETIC_ROWS // CONTEXT
    for index in range(SYNTHETIC_SHARDS):
        rows = torch.randn(SYNTHETIC_ROWS, SYNTHETIC_WIDTH, generator=g)
        where = torch.stack([torch.arange(SYNTHETIC_ROWS) // CONTEXT + index * sequences, torch.arange(SYNTHETIC_ROWS) % CONTEXT], 1)
        files = write_shard(path, index, rows, {hook: SYNTHETIC_WIDTH}, torch.zeros(sequences, CONTEXT, dtype=torch.long), where)
        sum_squared += rows.pow(2).sum(dtype=torch.float64).item()
        shards.append({"index": index, "rows": SYNTHETIC_ROWS, "first_sequence": index * sequences, "sequences": sequences, "files": files})
    n_rows = SYNTHETIC_SHARDS * SYNTHETIC_ROWS
    atomic_json_save(dict(format=CACHE_FORMAT, model_name="synthetic", model_fingerprint="synthetic", hooks={hook: SYNTHETIC_WIDTH},
                          dtype="float32", context_size=CONTEXT, row_prefix=None, separator=None, exclude_ids=[], source_fingerprint="synthetic",
                          max_sequences=None, n_rows=n_rows, sequences=n_rows // CONTEXT, shards=shards,
                          mean_squared_norm={hook: sum_squared / n_rows}), path / "manifest.json")
    return sum(f.stat().st_size for f in path.iterdir())


def peak_rss() -> int:
    "Peak resident memory of this process in bytes (VmHWM; `ru_maxrss` would also count the parent's memory at the fork)."
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) * 1024


def read_epoch(path: str, threads: int):
    "Child process: read one epoch of the cache at `path`, print rows, seconds and peak RSS as JSON."
    torch.set_num_threads(threads)
    before = peak_rss()
    reader = CachedActivations(path, batch_size=BATCH, seed=0, epochs=1, device="cpu")
    start, rows = time.perf_counter(), sum(len(b) for b in reader)
    print(json.dumps(dict(rows=rows, seconds=time.perf_counter() - start, rss_before_read=before, peak_rss=peak_rss())))


def memory_check(args):
    need = SYNTHETIC_SHARDS * SYNTHETIC_ROWS * SYNTHETIC_WIDTH * 4
    free = shutil.disk_usage(args.tmp or tempfile.gettempdir()).free
    if free < 2 * need: raise SystemExit(f"only {free / 1e9:.1f} GB free in {args.tmp or tempfile.gettempdir()}; need {2 * need / 1e9:.1f} GB")
    print(f"load average at start: {load()}")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        size = synthetic_cache(Path(tmp) / "cache")
        child = subprocess.run([sys.executable, __file__, "--read-epoch", str(Path(tmp) / "cache"), "--threads", str(args.threads)],
                               capture_output=True, text=True, check=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"read one epoch: {result['rows']} rows of {SYNTHETIC_WIDTH} floats in {result['seconds']:.1f} s "
          f"({result['rows'] / result['seconds']:,.0f} rows/s); child peak RSS after its imports {result['rss_before_read'] / 1e9:.2f} GB")
    print(f"load average at end: {load()}")
    print(f"cache reader peak RSS: {result['peak_rss'] / 1e9:.2f} GB for a {size / 1e9:.2f} GB cache")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=None, help="activation rows per measurement (default and most: what the tokens give, less two buffers)")
    parser.add_argument("--repeats", type=int, default=5, help="measurements of each store; the best is reported")
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    parser.add_argument("--tmp", default=None, help="folder for the temporary caches (default: the system's)")
    parser.add_argument("--memory-check", action="store_true", help="peak memory of the cache reader on a 2.4 GB synthetic cache")
    parser.add_argument("--read-epoch", metavar="CACHE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read_epoch: read_epoch(args.read_epoch, args.threads)
    elif args.memory_check: memory_check(args)
    else: speed(args)


if __name__ == "__main__":
    main()
