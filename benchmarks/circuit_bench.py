# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit kernel benchmark: one factorisation (or one AMG hierarchy) + one solve per focal
node, against the naive ``scipy.sparse.linalg.spsolve`` once per pair.

    PYTHONPATH=.build/pydeps /usr/bin/python3 benchmarks/circuit_bench.py [case ...]

Cases (default ``pairwise-1000``): ``pairwise-N`` (10 source patches, pairwise mode, cumulative
current map), ``onetoall-N`` (one-to-all mode; ``CIRCUIT_BENCH_SOURCES`` sets the number of
sources, default 10), ``baseline-N`` (spsolve per pair; ``CIRCUIT_BENCH_BASELINE_PAIRS`` pairs
are timed, default 2, and the time of all 45 pairs is extrapolated from them because every
pair is an independent factorisation of the same size). ``CIRCUIT_BENCH_SOLVERS`` chooses the
solvers (default "direct amg"). Landscape: N × N cells of smooth random blobs with resistance
1..100 (float32), 8 neighbours, average-resistance scheme, ten 5 × 5-cell source patches.

Every measurement runs in its own process; peak memory is that process's high-water mark
(VmHWM), which includes the landscape itself (reported separately as "base"). "total s" is
wall time, "CPU s" the process's CPU time: when they differ much the machine was shared.
AMG is pyamg's classical (Ruge–Stüben) solver as a conjugate-gradient preconditioner.
"""

import json
import os
import subprocess
import sys
import time

import numpy as np
from scipy import ndimage

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
N_SOURCES = int(os.environ.get("CIRCUIT_BENCH_SOURCES", "10"))
BASELINE_PAIRS = int(os.environ.get("CIRCUIT_BENCH_BASELINE_PAIRS", "2"))
SOLVERS = os.environ.get("CIRCUIT_BENCH_SOLVERS", "direct amg").split()


def kernel():
    plugins = os.path.join(REPO, ".build", "plugins")
    if not os.path.isdir(os.path.join(plugins, "mcr_security_pattern")):
        os.makedirs(plugins, exist_ok=True)
        os.symlink(REPO, os.path.join(plugins, "mcr_security_pattern"))
    sys.path.insert(0, plugins)
    from mcr_security_pattern.algorithms.kernels import circuit

    return circuit


def landscape(size, n_sources=N_SOURCES, seed=11):
    """Resistance 1..100 in smooth blobs, and ``n_sources`` 5 × 5 source patches on a
    jittered grid."""
    rng = np.random.default_rng(seed)
    small = max(size // 16, 16)
    noise = ndimage.gaussian_filter(rng.standard_normal((small, small)), 1.5)
    noise = ndimage.zoom(noise, size / small, order=1)[:size, :size]
    noise = (noise - noise.min()) / (noise.max() - noise.min())
    resistance = (1.0 + 99.0 * noise).astype(np.float32)
    focal = np.zeros((size, size), dtype=np.int32)
    side = int(np.ceil(np.sqrt(n_sources)))
    step = size // (side + 1)
    for k in range(n_sources):
        r = (k // side + 1) * step + int(rng.integers(-step // 4, step // 4 + 1))
        c = (k % side + 1) * step + int(rng.integers(-step // 4, step // 4 + 1))
        focal[r - 2 : r + 3, c - 2 : c + 3] = k + 1
    return resistance, focal


def peak_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def work_ours(size, mode, solver):
    circuit = kernel()
    resistance, focal = landscape(size)
    base = peak_mib()
    marks = []
    started, cpu = time.perf_counter(), time.process_time()
    result = circuit.effective_resistances(resistance, focal, mode=mode, solver=solver,
                                           progress=lambda f: marks.append((f, time.perf_counter())))
    total, cpu = time.perf_counter() - started, time.process_time() - cpu

    def at(fraction):  # first time the progress reached ``fraction``
        return next(t for f, t in marks if f >= fraction) - started

    setup = at(0.4) - at(0.1)
    solving = at(0.8) - at(0.4)
    values = result.resistances if mode == "pairwise" else result.resistances
    return {
        "case": f"{mode}-{size}", "method": f"ours {result.solver}", "nodes": result.nodes, "edges": result.edges,
        "graph_s": at(0.1), "setup_s": setup, "solves": result.solves, "solve_s": solving / max(result.solves, 1),
        "maps_s": total - at(0.8), "total_s": total, "cpu_s": cpu, "peak_mib": peak_mib(), "base_mib": base,
        "values": np.asarray(values).round(10).tolist(),
    }


def work_baseline(size):
    """spsolve once per pair on the grounded Laplacian (the same network as ours)."""
    circuit = kernel()
    from scipy.sparse import linalg as sparse_linalg

    resistance, focal = landscape(size)
    graph = circuit.conductance_graph(resistance, focal_ids=focal)
    lap = graph.laplacian().tocsc()
    ids = np.unique(focal[focal > 0])
    node = [int(graph.node_of_cell[np.flatnonzero(focal.ravel() == label)[0]]) for label in ids]
    base = peak_mib()
    pairs = [(i, j) for i in range(ids.size) for j in range(i + 1, ids.size)]
    times, values = [], []
    cpu = time.process_time()
    for i, j in pairs[:BASELINE_PAIRS]:
        started = time.perf_counter()
        keep = np.ones(graph.n_nodes, dtype=bool)
        keep[node[i]] = False
        reduced = lap[keep][:, keep]
        rhs = np.zeros(graph.n_nodes - 1)
        position = node[j] - (node[j] > node[i])
        rhs[position] = 1.0
        x = sparse_linalg.spsolve(reduced, rhs)
        times.append(time.perf_counter() - started)
        values.append(float(x[position]))
    per_pair = float(np.mean(times))
    cpu = (time.process_time() - cpu) / len(times) * len(pairs)
    return {
        "case": f"pairwise-{size}", "method": "spsolve per pair", "nodes": graph.n_nodes, "edges": graph.n_edges,
        "graph_s": 0.0, "setup_s": 0.0, "solves": len(pairs), "solve_s": per_pair, "maps_s": 0.0,
        "total_s": per_pair * len(pairs), "cpu_s": cpu, "peak_mib": peak_mib(), "base_mib": base,
        "measured_pairs": len(times), "values": values,
    }


def run(args):
    """Run one measurement in a fresh process; returns its JSON record (or an error record)."""
    env = dict(os.environ)
    done = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return {"case": args[1] + "-" + args[0], "method": " ".join(args), "error": done.stderr.strip()[-400:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(records):
    head = ("| case | method | nodes | setup s | per solve s | solves | maps s | total s | CPU s | peak MiB | "
            "base MiB | ÷ spsolve/pair |")
    lines = [head, "|" + "---|" * 12]
    baseline = {r["case"]: r["total_s"] for r in records if r.get("method") == "spsolve per pair"}
    for r in records:
        if "error" in r:
            lines.append(f"| {r['case']} | {r['method']} | failed: {r['error'][-120:]} |")
            continue
        speed = baseline.get(r["case"])
        ratio = f"{speed / r['total_s']:.1f}× faster" if speed and r["method"] != "spsolve per pair" else ""
        note = f" (timed {r['measured_pairs']}, extrapolated)" if "measured_pairs" in r else ""
        lines.append(
            f"| {r['case']} | {r['method']}{note} | {r['nodes']:,} | {r['setup_s']:.1f} | {r['solve_s']:.2f} | "
            f"{r['solves']} | {r['maps_s']:.1f} | {r['total_s']:.1f} | {r['cpu_s']:.1f} | {r['peak_mib']:.0f} | "
            f"{r['base_mib']:.0f} | "
            f"{ratio} |"
        )
    return "\n".join(lines)


def main(cases):
    records = []
    for case in cases:
        kind, size = case.rsplit("-", 1)
        if kind == "baseline":
            print(f"running {case} ...", file=sys.stderr, flush=True)
            records.append(run([size, "baseline"]))
            continue
        mode = {"pairwise": "pairwise", "onetoall": "one_to_all"}[kind]
        for solver in SOLVERS:
            needed = kernel().estimate_bytes(int(size) ** 2, solver=solver, focal_nodes=N_SOURCES)
            memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
            if needed > 0.7 * memory:  # as the plugin's automatic choice would refuse it
                print(f"skipping {case} with {solver}: it needs about {needed / 2**30:.0f} GB of "
                      f"{memory / 2**30:.0f} GB", file=sys.stderr, flush=True)
                continue
            print(f"running {case} with {solver} ...", file=sys.stderr, flush=True)
            records.append(run([size, mode, solver]))
    # Cross-check: every method on one case gives the same resistances.
    by_case = {}
    for r in records:
        if "values" in r and r["method"] != "spsolve per pair":
            by_case.setdefault(r["case"], []).append(np.asarray(r["values"], dtype=float))
    for case, values in by_case.items():
        worst = max(float(np.max(np.abs(v - values[0]) / np.maximum(np.abs(values[0]), 1e-300))) for v in values)
        print(f"{case}: largest relative difference between solvers {worst:.1e}", file=sys.stderr)
    for r in records:
        if r.get("method") == "spsolve per pair":
            ours = next((o for o in records if o["case"] == r["case"] and "values" in o and o is not r), None)
            if ours is not None:
                matrix = np.asarray(ours["values"])
                n = matrix.shape[0]
                pairs = [(i, j) for i in range(n) for j in range(i + 1, n)][: len(r["values"])]
                worst = max(abs(matrix[i, j] - v) / v for (i, j), v in zip(pairs, r["values"]))
                print(f"{r['case']}: spsolve baseline vs ours, largest relative difference {worst:.1e}",
                      file=sys.stderr)
    machine = f"{os.cpu_count()} cores, numpy {np.__version__}, Python {sys.version.split()[0]}"
    print(f"Circuit benchmark ({machine}); 8 neighbours, {N_SOURCES} sources, 'all' focal-region rule.\n")
    print(table(records))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        size, what = int(sys.argv[2]), sys.argv[3]
        record = work_baseline(size) if what == "baseline" else work_ours(size, what, sys.argv[4])
        print(json.dumps(record))
    else:
        main(sys.argv[1:] or ["pairwise-1000", "baseline-1000"])
