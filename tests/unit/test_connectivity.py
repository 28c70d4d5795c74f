# SPDX-License-Identifier: GPL-2.0-or-later
"""PC, IIC, dPC/dIIC and their fractions, link importance and the gravity model, against hand
arithmetic, a brute force over every simple path and a Floyd-Warshall written here."""

import itertools
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from mcr_security_pattern.algorithms.kernels import Cancelled, InputError
from mcr_security_pattern.algorithms.kernels import connectivity as conn

HALF = math.sqrt(0.5)  # p at half the threshold when p(threshold) = 0.5


# ---------------------------------------------------------------- independent references


def link_table(links):
    """{(i, j): shortest distance} for both orientations."""
    table = {}
    for i, j, d in links:
        if i != j:
            for key in ((i, j), (j, i)):
                table[key] = min(table.get(key, math.inf), d)
    return table


def brute_paths(n, links):
    """Every simple path (as a node tuple) between every ordered pair, by permutations."""
    table = link_table(links)
    for i, j in itertools.product(range(n), repeat=2):
        if i == j:
            continue
        others = [v for v in range(n) if v not in (i, j)]
        for length in range(len(others) + 1):
            for middle in itertools.permutations(others, length):
                path = (i, *middle, j)
                if all((u, v) in table for u, v in zip(path, path[1:])):
                    yield i, j, [table[(u, v)] for u, v in zip(path, path[1:])]


def brute_p_star(n, links, threshold, probability=0.5):
    """Maximum over all simple paths of the product of exp(-k d)."""
    k = -math.log(probability) / threshold
    best = np.eye(n)
    for i, j, steps in brute_paths(n, links):
        best[i, j] = max(best[i, j], math.prod(math.exp(-k * d) for d in steps))
    return best


def brute_steps(n, links, threshold):
    """Fewest links on a path that uses only links with d <= threshold."""
    steps = np.full((n, n), math.inf)
    np.fill_diagonal(steps, 0)
    for i, j, lengths in brute_paths(n, [(a, b, d) for a, b, d in links if d <= threshold]):
        steps[i, j] = min(steps[i, j], len(lengths))
    return steps


def floyd_p_star(n, links, threshold, probability=0.5):
    """Max-product Floyd-Warshall, for graphs too large for the brute force."""
    k = -math.log(probability) / threshold
    best = np.eye(n)
    for (i, j), d in link_table(links).items():
        best[i, j] = max(best[i, j], math.exp(-k * d))
    for via in range(n):
        best = np.maximum(best, best[:, via, None] * best[None, via, :])
    return best


def floyd_steps(n, links, threshold):
    steps = np.full((n, n), math.inf)
    np.fill_diagonal(steps, 0)
    for (i, j), d in link_table(links).items():
        if d <= threshold:
            steps[i, j] = 1
    for via in range(n):
        steps = np.minimum(steps, steps[:, via, None] + steps[None, via, :])
    return steps


def numerators(attribute, p_star, steps):
    a = np.asarray(attribute, float)
    return float(a @ p_star @ a), float(a @ (1.0 / (1.0 + steps)) @ a)


def without_patch(attribute, links, k):
    """The landscape with patch k and its links removed, patches renumbered."""
    keep = [i for i in range(len(attribute)) if i != k]
    new = {old: position for position, old in enumerate(keep)}
    return [attribute[i] for i in keep], [(new[i], new[j], d) for i, j, d in links if k not in (i, j)]


def random_graph(seed, n, density=0.6, zero=False):
    rng = np.random.default_rng(seed)
    attribute = rng.uniform(0.5, 5.0, n).round(2).tolist()
    pairs = [pair for pair in itertools.combinations(range(n), 2) if rng.random() < density]
    links = [(i, j, float(rng.uniform(10, 300))) for i, j in pairs]
    if zero and links:
        i, j, _ = links[0]
        links[0] = (i, j, 0.0)
    return attribute, links


def run(attribute, links, threshold, landscape_area=None, probability=0.5, **kwargs):
    i, j, d = zip(*links) if links else ((), (), ())
    area = landscape_area if landscape_area is not None else 10 * sum(attribute)
    return conn.connectivity(attribute, list(i), list(j), list(d), threshold, area, probability, **kwargs)


# ---------------------------------------------------------------- overall indices by hand


def test_three_patch_pc_takes_the_stepping_stone_when_it_beats_the_direct_link():
    # threshold 200 m, p(200) = 0.5: p = 0.5 ** (d / 200).
    # p01 = 0.5**0.5, p12 = 0.5, direct p02 = 0.5**2 = 0.25 < p01 * p12 = 0.3536 → p*02 via 1.
    attribute = [1.0, 2.0, 3.0]
    links = [(0, 1, 100.0), (1, 2, 200.0), (0, 2, 400.0)]
    result = run(attribute, links, 200.0, landscape_area=10.0)
    p01, p12, p02 = HALF, 0.5, HALF * 0.5
    expected = (1 + 4 + 9) + 2 * (1 * 2 * p01 + 2 * 3 * p12 + 1 * 3 * p02)
    assert result.pc_numerator == pytest.approx(expected, rel=1e-12)
    assert result.pc == pytest.approx(expected / 100.0, rel=1e-12)
    assert result.equivalent_connected_area == pytest.approx(math.sqrt(expected), rel=1e-12)


def test_three_patch_iic_counts_links_at_or_under_the_threshold():
    # Links with d <= 200: 0-1 and 1-2 (exactly 200); 0-2 (400) is not a link.
    # nl01 = nl12 = 1, nl02 = 2.
    result = run([1.0, 2.0, 3.0], [(0, 1, 100.0), (1, 2, 200.0), (0, 2, 400.0)], 200.0, landscape_area=10.0)
    expected = (1 + 4 + 9) + 2 * (1 * 2 / 2 + 2 * 3 / 2 + 1 * 3 / 3)
    assert result.iic_numerator == pytest.approx(expected, rel=1e-12)
    assert result.iic == pytest.approx(expected / 100.0, rel=1e-12)


def test_four_patch_ring_pc_and_iic_by_hand():
    # Ring 0-1-2-3-0 of unit patches; 0-1, 1-2, 2-3 at the threshold (p = 0.5), 3-0 at twice it.
    # p*: 01 = 12 = 23 = 0.5; 03 = max(0.25 direct, 0.125 round) = 0.25;
    #     02 = max(0.5*0.5 via 1, 0.25*0.5 via 3) = 0.25; 13 = max(0.5*0.5 via 2, 0.5*0.25 via 0) = 0.25.
    links = [(0, 1, 50.0), (1, 2, 50.0), (2, 3, 50.0), (3, 0, 100.0)]
    result = run([1.0] * 4, links, 50.0, landscape_area=4.0)
    pc_expected = 4 + 2 * (3 * 0.5 + 3 * 0.25)
    assert result.pc_numerator == pytest.approx(pc_expected, rel=1e-12)
    assert result.pc == pytest.approx(pc_expected / 16, rel=1e-12)
    # IIC: 3-0 (100 > 50) is no link, so a chain: nl = 1, 1, 1, 2, 2, 3.
    iic_expected = 4 + 2 * (3 / 2 + 2 / 3 + 1 / 4)
    assert result.iic_numerator == pytest.approx(iic_expected, rel=1e-12)


def test_iic_of_disconnected_components_adds_nothing_between_them():
    # {0, 1} and {2, 3}, no link between the components.
    attribute = [1.0, 2.0, 3.0, 4.0]
    result = run(attribute, [(0, 1, 5.0), (2, 3, 5.0)], 10.0, landscape_area=100.0)
    expected = (1 + 4 + 9 + 16) + 2 * (1 * 2 / 2 + 3 * 4 / 2)
    assert result.iic_numerator == pytest.approx(expected, rel=1e-12)
    p = 0.5 ** (5 / 10)
    assert result.pc_numerator == pytest.approx(30 + 2 * (2 * p + 12 * p), rel=1e-12)


def test_probability_at_the_threshold_is_the_one_given():
    for probability in (0.5, 0.05, 0.01):
        assert conn.link_probability([250.0], 250.0, probability)[0] == pytest.approx(probability, rel=1e-12)
        result = run([1.0, 1.0], [(0, 1, 250.0)], 250.0, landscape_area=2.0, probability=probability)
        assert result.pc_numerator == pytest.approx(2 + 2 * probability, rel=1e-12)


def test_iic_links_a_pair_exactly_at_the_threshold_and_not_just_beyond():
    at = run([1.0, 1.0], [(0, 1, 250.0)], 250.0, landscape_area=2.0)
    beyond = run([1.0, 1.0], [(0, 1, 250.0 * (1 + 1e-9))], 250.0, landscape_area=2.0)
    assert at.iic_numerator == pytest.approx(2 + 2 / 2)
    assert beyond.iic_numerator == pytest.approx(2.0)


def test_touching_patches_at_distance_zero_are_certainly_connected():
    result = run([1.0, 3.0], [(0, 1, 0.0)], 100.0, landscape_area=10.0, return_p_star=True)
    assert result.p_star[0, 1] == 1.0
    assert result.pc_numerator == pytest.approx(16.0)
    assert result.iic_numerator == pytest.approx(1 + 9 + 2 * 3 / 2)


def test_a_pair_given_twice_keeps_its_shorter_distance_and_self_pairs_are_ignored():
    once = run([1.0, 2.0], [(0, 1, 100.0)], 100.0)
    twice = run([1.0, 2.0], [(0, 1, 300.0), (1, 0, 100.0), (1, 1, 5.0)], 100.0)
    assert twice.pc_numerator == pytest.approx(once.pc_numerator, rel=1e-15)
    assert twice.iic_numerator == pytest.approx(once.iic_numerator, rel=1e-15)


# ---------------------------------------------------------------- p* and nl against brute force


@pytest.mark.parametrize("seed", range(8))
def test_best_path_probability_equals_the_brute_force_over_every_simple_path(seed):
    n = 4 + seed % 3  # 4 to 6 patches
    attribute, links = random_graph(seed, n, zero=seed % 2 == 0)
    links.append(links[0][:2] + (links[0][2] + 50.0,))  # a duplicate, longer: must not matter
    i, j, d = zip(*links)
    p = conn.best_path_probability(n, i, j, d, 120.0, 0.3)
    assert_allclose(p, brute_p_star(n, links, 120.0, 0.3), rtol=1e-12, atol=0)
    assert_allclose(p, p.T, rtol=1e-12)
    steps = conn.link_steps(n, i, j, d, 120.0)
    assert_allclose(steps, brute_steps(n, links, 120.0))


@pytest.mark.parametrize("seed", range(4))
def test_indices_equal_the_brute_force_numerators(seed):
    attribute, links = random_graph(100 + seed, 6, density=0.5)
    result = run(attribute, links, 150.0, landscape_area=50.0, return_p_star=True)
    pc, iic = numerators(attribute, brute_p_star(6, links, 150.0), brute_steps(6, links, 150.0))
    assert result.pc_numerator == pytest.approx(pc, rel=1e-12)
    assert result.iic_numerator == pytest.approx(iic, rel=1e-12)
    assert result.pc == pytest.approx(pc / 2500.0, rel=1e-12)
    assert_allclose(result.p_star, brute_p_star(6, links, 150.0), rtol=1e-12)


# ---------------------------------------------------------------- importance of patches


@pytest.mark.parametrize("seed", range(6))
def test_dpc_and_diic_equal_the_loss_recomputed_without_each_patch(seed):
    n = 5 + seed % 2
    attribute, links = random_graph(200 + seed, n, density=0.55, zero=seed == 3)
    attribute[seed % n] = 0.0  # a stepping stone with no habitat of its own
    result = run(attribute, links, 100.0)
    pc, iic = numerators(attribute, brute_p_star(n, links, 100.0), brute_steps(n, links, 100.0))
    for k in range(n):
        a, reduced = without_patch(attribute, links, k)
        pc_k, iic_k = numerators(a, brute_p_star(n - 1, reduced, 100.0), brute_steps(n - 1, reduced, 100.0))
        assert result.dpc[k] == pytest.approx(100 * (pc - pc_k) / pc, rel=1e-9, abs=1e-12)
        assert result.diic[k] == pytest.approx(100 * (iic - iic_k) / iic, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("seed", range(4))
def test_intra_and_flux_follow_saura_and_rubio_and_the_three_fractions_add_up(seed):
    attribute, links = random_graph(300 + seed, 6, density=0.5)
    result = run(attribute, links, 100.0)
    a = np.array(attribute)
    p_star = brute_p_star(6, links, 100.0)
    steps = brute_steps(6, links, 100.0)
    pc, iic = numerators(attribute, p_star, steps)
    off_diagonal = 1 - np.eye(6)
    assert_allclose(result.dpc_intra, 100 * a**2 / pc, rtol=1e-12)
    assert_allclose(result.dpc_flux, 100 * 2 * a * ((p_star * off_diagonal) @ a) / pc, rtol=1e-10)
    assert_allclose(result.diic_intra, 100 * a**2 / iic, rtol=1e-12)
    assert_allclose(result.diic_flux, 100 * 2 * a * ((off_diagonal / (1 + steps)) @ a) / iic, rtol=1e-10)
    assert_allclose(result.dpc_intra + result.dpc_flux + result.dpc_connector, result.dpc, rtol=1e-14)
    assert_allclose(result.diic_intra + result.diic_flux + result.diic_connector, result.diic, rtol=1e-14)
    assert (result.dpc_connector >= 0).all() and (result.diic_connector >= 0).all()


def test_the_only_link_between_two_patches_is_a_connector():
    # Chain 0 - 1 - 2: patch 1 carries all of 0 <-> 2.
    # p01 = p12 = 0.5; p*02 = 0.25; numerator = 1 + 4 + 9 + 2 (2*0.5 + 6*0.5 + 3*0.25) = 23.5.
    result = run([1.0, 2.0, 3.0], [(0, 1, 100.0), (1, 2, 100.0)], 100.0)
    numerator = 14 + 2 * (1.0 + 3.0 + 0.75)
    assert result.pc_numerator == pytest.approx(numerator)
    assert result.dpc_connector[1] == pytest.approx(100 * 2 * 1 * 3 * 0.25 / numerator, rel=1e-12)
    assert result.dpc_connector[0] == 0 and result.dpc_connector[2] == 0
    # IIC: nl02 = 2 through patch 1.
    iic = 14 + 2 * (2 / 2 + 6 / 2 + 3 / 3)
    assert result.diic_connector[1] == pytest.approx(100 * 2 * 3 / 3 / iic, rel=1e-12)


def test_an_isolated_patch_has_only_its_intra_fraction():
    result = run([1.0, 2.0, 5.0], [(0, 1, 100.0)], 100.0)
    assert result.dpc_flux[2] == 0 and result.dpc_connector[2] == 0
    assert result.diic_flux[2] == 0 and result.diic_connector[2] == 0
    assert result.dpc[2] == pytest.approx(100 * 25 / result.pc_numerator)
    assert result.dpc_flux[0] > 0 and result.dpc_connector[0] == 0


def test_importance_does_not_depend_on_the_landscape_area():
    attribute, links = random_graph(7, 6)
    small = run(attribute, links, 100.0, landscape_area=sum(attribute))
    large = run(attribute, links, 100.0, landscape_area=1000 * sum(attribute))
    assert_allclose(small.dpc, large.dpc, rtol=1e-15)
    assert_allclose(small.diic_connector, large.diic_connector, rtol=1e-15)
    assert small.pc == pytest.approx(large.pc * 1e6, rel=1e-12)


def test_tied_paths_give_no_connector_credit():
    # A square whose two routes from 0 to 2 are equally good: neither 1 nor 3 is needed.
    links = [(0, 1, 50.0), (1, 2, 50.0), (2, 3, 50.0), (3, 0, 50.0)]
    result = run([1.0, 1.0, 1.0, 1.0], links, 50.0)
    assert_allclose(result.dpc_connector, 0, atol=1e-12)
    assert_allclose(result.diic_connector, 0, atol=1e-12)


def test_many_batches_give_the_floyd_warshall_answer(monkeypatch):
    monkeypatch.setattr(conn, "_BATCH_ELEMENTS", 8 * 30)  # 8 source rows per batch
    attribute, links = random_graph(11, 30, density=0.12)
    result = run(attribute, links, 80.0, return_p_star=True)
    p_star, steps = floyd_p_star(30, links, 80.0), floyd_steps(30, links, 80.0)
    pc, iic = numerators(attribute, p_star, steps)
    assert_allclose(result.p_star, p_star, rtol=1e-11)
    assert result.pc_numerator == pytest.approx(pc, rel=1e-12)
    assert result.iic_numerator == pytest.approx(iic, rel=1e-12)
    for k in range(30):
        a, reduced = without_patch(attribute, links, k)
        pc_k, iic_k = numerators(a, floyd_p_star(29, reduced, 80.0), floyd_steps(29, reduced, 80.0))
        assert result.dpc[k] == pytest.approx(100 * (pc - pc_k) / pc, rel=1e-9, abs=1e-11)
        assert result.diic[k] == pytest.approx(100 * (iic - iic_k) / iic, rel=1e-9, abs=1e-11)


def chain_and_ring(n):
    """A long chain 0-1-...-(n-1) with a slow shortcut from 0 to the far end: deep trees."""
    links = [(i, i + 1, 40.0 + 7 * (i % 3)) for i in range(n - 1)] + [(0, n - 1, 900.0)]
    return [1.0 + (i % 4) for i in range(n)], links


@pytest.mark.parametrize(
    "direct_share, block_links",
    [(1.0, 1 << 20), (0.0, 1 << 20), (1e9, 1)],
    ids=["one-run-per-source", "every-subtree-rerun-whole", "one-run-per-subtree"],
)
@pytest.mark.parametrize("shape", ["random", "chain"])
def test_each_way_of_splitting_the_work_gives_the_from_scratch_answer(monkeypatch, direct_share, block_links, shape):
    monkeypatch.setattr(conn, "_DIRECT_SHARE", direct_share)
    monkeypatch.setattr(conn, "_BLOCK_LINKS", block_links)
    n = 12
    attribute, links = random_graph(21, n, density=0.3, zero=True) if shape == "random" else chain_and_ring(n)
    result = run(attribute, links, 60.0)
    pc, iic = numerators(attribute, floyd_p_star(n, links, 60.0), floyd_steps(n, links, 60.0))
    for k in range(n):
        a, reduced = without_patch(attribute, links, k)
        pc_k, iic_k = numerators(a, floyd_p_star(n - 1, reduced, 60.0), floyd_steps(n - 1, reduced, 60.0))
        assert result.dpc[k] == pytest.approx(100 * (pc - pc_k) / pc, rel=1e-9, abs=1e-11)
        assert result.diic[k] == pytest.approx(100 * (iic - iic_k) / iic, rel=1e-9, abs=1e-11)
    i, j, d = zip(*links)
    importance = conn.link_importance(attribute, i, j, d, 60.0)
    for position in range(len(links)):
        rest = links[:position] + links[position + 1 :]
        pc_without, _ = numerators(attribute, floyd_p_star(n, rest, 60.0), np.zeros((n, n)))
        assert importance[position] == pytest.approx(100 * (pc - pc_without) / pc, rel=1e-9, abs=1e-11)


def test_without_importance_only_the_indices_are_computed():
    result = run([1.0, 2.0], [(0, 1, 10.0)], 10.0, importance=False)
    assert result.dpc is None and result.diic is None and result.p_star is None
    assert result.pc_numerator == pytest.approx(5 + 2 * 2 * 0.5)


# ---------------------------------------------------------------- importance of links


@pytest.mark.parametrize("seed", range(4))
def test_link_importance_equals_the_loss_recomputed_without_each_link(seed):
    attribute, links = random_graph(400 + seed, 5, density=0.7)
    i, j, d = zip(*links)
    importance = conn.link_importance(attribute, i, j, d, 100.0)
    pc, _ = numerators(attribute, brute_p_star(5, links, 100.0), np.zeros((5, 5)))
    for position in range(len(links)):
        rest = links[:position] + links[position + 1 :]
        pc_without, _ = numerators(attribute, brute_p_star(5, rest, 100.0), np.zeros((5, 5)))
        assert importance[position] == pytest.approx(100 * (pc - pc_without) / pc, rel=1e-9, abs=1e-12)


def test_a_bridge_link_carries_the_pairs_it_joins():
    # 0 - 1 - 2 chain, p = 0.5 per link; removing 0-1 loses pairs (0,1) and (0,2).
    importance = conn.link_importance([1.0, 2.0, 3.0], [0, 1], [1, 2], [100.0, 100.0], 100.0)
    numerator = 14 + 2 * (1.0 + 3.0 + 0.75)
    assert importance[0] == pytest.approx(100 * 2 * (1 * 2 * 0.5 + 1 * 3 * 0.25) / numerator)
    assert importance[1] == pytest.approx(100 * 2 * (2 * 3 * 0.5 + 1 * 3 * 0.25) / numerator)


# ---------------------------------------------------------------- gravity model


def test_gravity_follows_kong_et_al_for_a_three_corridor_table():
    area = np.array([0.0, 2.0e6, 5.0e6, 1.2e7])  # m²; index 0 unused
    resistance = np.array([0.0, 1.0, 1.5, 2.0])
    pair_a, pair_b = [1, 1, 2], [2, 3, 3]
    cwd = [3000.0, 9000.0, 4500.0]
    result = conn.gravity(pair_a, pair_b, cwd, resistance, area)
    weight = {p: math.log(area[p]) / resistance[p] for p in (1, 2, 3)}
    expected = [weight[a] * weight[b] / (length / 9000.0) ** 2 for a, b, length in zip(pair_a, pair_b, cwd)]
    assert_allclose(result.strength, expected, rtol=1e-13)
    assert_allclose(result.normalised_resistance, [1 / 3, 1.0, 0.5], rtol=1e-15)
    assert result.rank.tolist() == [1, 3, 2]
    assert result.rank[int(np.argmax(expected))] == 1


def test_gravity_does_not_depend_on_the_unit_of_corridor_resistance():
    one = conn.gravity([0, 0], [1, 2], [10.0, 20.0], [1.0, 1.0, 1.0], [10.0, 100.0, 1000.0])
    other = conn.gravity([0, 0], [1, 2], [1e4, 2e4], [1.0, 1.0, 1.0], [10.0, 100.0, 1000.0])
    assert_allclose(one.strength, other.strength, rtol=1e-14)


def test_equal_gravity_shares_the_better_rank():
    result = conn.gravity([0, 0, 1], [1, 1, 2], [5.0, 5.0, 10.0], [1.0, 1.0, 1.0], [100.0, 100.0, 100.0])
    assert result.rank.tolist() == [1, 1, 3]


# ---------------------------------------------------------------- bad input and limits


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(attribute=[1.0, -1.0]), "negative"),
        (dict(attribute=[1.0, float("nan")]), "NaN"),
        (dict(attribute=[0.0, 0.0]), "at least one patch"),
        (dict(attribute=[[1.0, 1.0]]), "1-D"),
        (dict(distance_threshold=0.0), "threshold"),
        (dict(distance_threshold=-5.0), "threshold"),
        (dict(probability_at_threshold=0.0), "between 0 and 1"),
        (dict(probability_at_threshold=1.0), "between 0 and 1"),
        (dict(link_j=[1, 1]), "one value per link"),
        (dict(link_j=[2]), "numbered 0 to 1"),
        (dict(link_i=[-1]), "numbered 0 to 1"),
        (dict(link_i=[0.5]), "whole patch indices"),
        (dict(link_distance=[-1.0]), "negative"),
        (dict(link_distance=[float("inf")]), "infinite"),
        (dict(landscape_area=1.0), "at least the sum"),
        (dict(landscape_area=0.0), "at least the sum"),
    ],
)
def test_bad_input_raises_an_input_error_that_says_what_to_fix(change, message):
    arguments = dict(
        attribute=[1.0, 2.0],
        link_i=[0],
        link_j=[1],
        link_distance=[10.0],
        distance_threshold=10.0,
        landscape_area=10.0,
        probability_at_threshold=0.5,
    )
    arguments.update(change)
    with pytest.raises(InputError, match=message):
        conn.connectivity(**arguments)


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(cwd=[0.0, 5.0]), "cumulative resistance"),
        (dict(cwd=[5.0]), "one value per corridor"),
        (dict(area=[10.0, 0.5, 10.0]), "square metres"),
        (dict(resistance_mean=[1.0, 0.0, 1.0]), "resistance must be > 0"),
        (dict(resistance_mean=[1.0, 1.0]), "one value per patch"),
        (dict(pair_b=[1, 3]), "numbered 0 to 2"),
    ],
)
def test_bad_gravity_input_raises_an_input_error(change, message):
    arguments = dict(
        pair_a=[0, 0], pair_b=[1, 2], cwd=[5.0, 6.0], resistance_mean=[1.0, 1.0, 1.0], area=[10.0, 10.0, 10.0]
    )
    arguments.update(change)
    with pytest.raises(InputError, match=message):
        conn.gravity(**arguments)


def test_too_many_patches_is_refused_with_the_limit(monkeypatch):
    with pytest.raises(InputError, match=str(conn.MAX_PATCHES)):
        conn.connectivity(np.ones(conn.MAX_PATCHES + 1), [], [], [], 1.0, 1e9)
    monkeypatch.setattr(conn, "MAX_IMPORTANCE_PATCHES", 2)
    with pytest.raises(InputError, match="overall indices alone"):
        conn.connectivity([1.0, 1.0, 1.0], [0], [1], [1.0], 1.0, 3.0)
    with pytest.raises(InputError, match="overall indices alone"):
        conn.link_importance([1.0, 1.0, 1.0], [0], [1], [1.0], 1.0)
    indices_only = conn.connectivity([1.0, 1.0, 1.0], [0], [1], [1.0], 1.0, 3.0, importance=False)
    assert indices_only.pc_numerator == pytest.approx(3 + 2 * 0.5)
    monkeypatch.setattr(conn, "MAX_DENSE_PATCHES", 2)
    with pytest.raises(InputError, match="dense p"):
        conn.connectivity([1.0, 1.0, 1.0], [0], [1], [1.0], 1.0, 3.0, importance=False, return_p_star=True)


def test_progress_rises_to_one_and_cancel_stops_the_run():
    attribute, links = random_graph(5, 6)
    seen = []
    run(attribute, links, 100.0, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and all(0 <= f <= 1 for f in seen)

    def cancel(fraction):
        if fraction > 0.2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        run(attribute, links, 100.0, progress=cancel)
