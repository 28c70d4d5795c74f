# SPDX-License-Identifier: GPL-2.0-or-later
"""Landscape connectivity of habitat patches (Conefor's PC, IIC, dPC, dIIC) and the gravity
model of corridors.

Sources and the choices made where they leave room:

- **PC**, probability of connectivity (Saura & Pascual-Hortal 2007, Landscape and Urban
  Planning 83:91-103): ``PC = sum_i sum_j a_i a_j p*_ij / A_L**2``, where ``p*_ij`` is the
  maximum product probability over all paths between i and j, ``p*_ii = 1``, ``a`` the patch
  attribute (area, or quality-weighted area) and ``A_L`` the maximum landscape attribute (the
  landscape area when ``a`` is area). The direct probability decays with distance as
  ``p_ij = exp(-k d_ij)``; Conefor sets ``k`` so that ``p`` equals a given probability at a given
  distance: ``k = -ln(p) / threshold``. ``p*`` is ``exp(-shortest path)`` on the weights
  ``-ln p_ij = k d_ij``. Only the pairs given as links have a direct probability; every other
  pair is joined only through paths of links (Conefor's "not all pairs" connection files).
- **IIC**, integral index of connectivity (Pascual-Hortal & Saura 2006, Landscape Ecology
  21:959-967): ``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L**2`` on the binary graph whose
  links are the pairs with ``d_ij <= threshold``; ``nl_ij`` is the number of links on the
  topologically shortest path, and pairs with no path add nothing. Choice: a pair exactly at
  the threshold is linked (the PC side gives it exactly the probability named for the
  threshold); Makurhini's R port links only ``d < threshold``. The two differ only for
  distances exactly equal to the threshold.
- **Importance of a patch** (Saura & Rubio 2010, Ecography 33:523-537; Conefor 2.6 manual,
  Saura & Torné 2012): ``dI_k = 100 (I - I_remove,k) / I``, where ``I_remove,k`` is the index
  after patch k and all its links are removed. ``A_L`` is unchanged by the removal: the land
  stays in the landscape, it only stops being habitat. Makurhini, which reproduces Conefor,
  documents that "the value of LA does not affect at all the importance of the nodes", which
  holds only when ``A_L`` is constant, so ``dI_k`` is computed on the numerators.
  Saura & Rubio split ``dI_k`` into three fractions that add up to it exactly:
  ``dIintra_k = 100 a_k**2 / num`` (the patch's own habitat), ``dIflux_k = 100 * 2 a_k
  sum_{j != k} a_j p*_kj / num`` (flows that start or end in k) and ``dIconnector_k``
  (the loss in ``p*_ij`` between other patches when k is no longer a stepping stone).
  Conefor reports the same three fractions for IIC with ``p*`` replaced by ``1 / (1 + nl)``.
- **Importance of a link** (Saura & Rubio 2010, the same ``dI`` with one link removed): a link
  has no attribute and is neither the start nor the end of a flow, so its whole importance is
  of the connector kind.
- **Gravity model** (Kong, Yin, Nakagoshi & Zong 2010, Landscape and Urban Planning 95:16-27):
  ``G_ab = N_a N_b / D_ab**2 = [(1/P_a) ln S_a] [(1/P_b) ln S_b] / (L_ab / L_max)**2``, with
  ``P`` the resistance of a patch, ``S`` its area, ``L_ab`` the cumulative resistance of the
  corridor between a and b and ``L_max`` the largest ``L`` of all the corridors analysed. Choice:
  ``P`` is the mean resistance of the patch's cells and ``S`` is in square metres. The unit of
  ``S`` matters, because ``ln`` turns a change of unit into an added constant, which changes
  the ratios between the weights and can change the ranking; square metres keep ``ln S > 0``
  for every real patch (in km² a patch under 1 km² would get a negative weight). The text of
  Kong et al. at hand does not state the unit; many applications in ecological-security-pattern
  studies do not either. ``L_max`` scales every ``G`` by the same factor, so it never changes
  the ranking.

Computation: all-pairs shortest paths with ``scipy.sparse.csgraph.dijkstra``, a batch of source
rows at a time, so memory stays O(N x batch + links); no N x N matrix is kept unless asked for.
``dI_k`` is exact without recomputing all pairs once per patch (what Conefor does): removing k
changes the best paths from source i only to the descendants of k in i's shortest-path tree, so
one extra Dijkstra run per source, on the disjoint union of all those descendant sets seeded
from their unchanged surroundings, gives the loss of every k at once (see
:class:`_ReplacementPaths`); link importance does the same with subtrees. Work per source grows
with the sum of the depths in its tree times the links per patch. Measured on one shared core:
with only adjacent pairs linked (Delaunay, ~3 links per patch), PC, IIC and all fractions take
~20 s for 1000 patches and ~25 min for 5000; with all pairs linked, ~15 s for 500 patches and
~2 min for 1000. The indices alone need one pass: ~4 min for 20000 sparsely linked patches.
Hence the limits :data:`MAX_PATCHES` (indices) and :data:`MAX_IMPORTANCE_PATCHES` (importances);
the progress callback can cancel a long run.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from . import InputError, no_progress

MAX_PATCHES = 20000  # one shortest-path search per patch: ~4 min at this size with sparse links
MAX_IMPORTANCE_PATCHES = 5000  # importances grow faster than N²: ~25 min at this size, sparse links
MAX_DENSE_PATCHES = 4000  # a dense N x N p* matrix (128 MB) on request
_BATCH_ELEMENTS = 1 << 22  # rows x patches per Dijkstra batch: ~32 MB of float64
_BLOCK_LINKS = 1 << 20  # links scanned per replacement-path run (~50 MB of temporaries)
_DIRECT_SHARE = 1.0  # a subtree holding more links than this share of a run is rerun whole


@dataclass
class ConnectivityResult:
    """Overall connectivity and the importance of each patch (fractions in %, index = patch)."""

    pc: float
    iic: float
    pc_numerator: float  # sum_i sum_j a_i a_j p*_ij = PC * A_L²
    iic_numerator: float  # sum_i sum_j a_i a_j / (1 + nl_ij) = IIC * A_L²
    landscape_area: float
    dpc: Optional[np.ndarray] = None
    dpc_intra: Optional[np.ndarray] = None
    dpc_flux: Optional[np.ndarray] = None
    dpc_connector: Optional[np.ndarray] = None
    diic: Optional[np.ndarray] = None
    diic_intra: Optional[np.ndarray] = None
    diic_flux: Optional[np.ndarray] = None
    diic_connector: Optional[np.ndarray] = None
    p_star: Optional[np.ndarray] = None  # N x N, only when asked for

    @property
    def equivalent_connected_area(self):
        """EC(PC) = sqrt(PC numerator) (Saura et al. 2011, Ecological Indicators 11:407-416):
        the area of one patch that would give the same PC, in the unit of the attribute."""
        return float(np.sqrt(self.pc_numerator))

    @property
    def equivalent_connectivity_iic(self):
        """Equivalent connectivity of IIC, sqrt(IIC numerator), in the unit of the attribute."""
        return float(np.sqrt(self.iic_numerator))


@dataclass
class Gravity:
    """Gravity model of corridors (Kong et al. 2010); index = corridor."""

    strength: np.ndarray  # G_ab
    rank: np.ndarray  # 1 = strongest; equal strengths share the better rank
    normalised_resistance: np.ndarray  # D_ab = L_ab / L_max
    patch_weight_a: np.ndarray  # N_a = ln(S_a) / P_a
    patch_weight_b: np.ndarray


class _Graph:
    """Validated undirected links: one entry per pair (the shortest distance when a pair is
    given twice), with the position of each input link in that list."""

    def __init__(self, patch_count, link_i, link_j, link_distance):
        link_i = _patch_indices(link_i, patch_count, "link_i")
        link_j = _patch_indices(link_j, patch_count, "link_j")
        distance = np.asarray(link_distance, dtype=np.float64).ravel()
        if not (len(link_i) == len(link_j) == len(distance)):
            raise InputError(
                f"link_i, link_j and link_distance must have one value per link; they have "
                f"{len(link_i)}, {len(link_j)} and {len(distance)}."
            )
        bad = ~np.isfinite(distance) | (distance < 0)
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise InputError(
                f"{int(bad.sum())} link distances are negative, NaN or infinite (first: link "
                f"{first}, {float(distance[first])!r}); give a finite distance >= 0, and leave out pairs "
                "that are not linked."
            )
        self.patch_count = patch_count
        low, high = np.minimum(link_i, link_j), np.maximum(link_i, link_j)
        # A pair (i, i) carries nothing: p*_ii = 1 and nl_ii = 0 by definition.
        self.input_pair = np.full(len(distance), -1, dtype=np.int64)
        proper = np.flatnonzero(low != high)
        key = low[proper] * patch_count + high[proper]
        unique_key, inverse = np.unique(key, return_inverse=True)
        self.input_pair[proper] = inverse.ravel()
        shortest = np.full(len(unique_key), np.inf)
        np.minimum.at(shortest, inverse.ravel(), distance[proper])
        self.low, self.high = np.divmod(unique_key, patch_count)
        self.distance = shortest

    def matrix(self, weights, keep=None):
        """Symmetric CSR with the given weight per pair (explicit zeros stay edges)."""
        low, high = self.low, self.high
        if keep is not None:
            low, high, weights = low[keep], high[keep], weights[keep]
        rows = np.concatenate([low, high])
        cols = np.concatenate([high, low])
        n = self.patch_count
        return csr_matrix((np.concatenate([weights, weights]).astype(np.float64), (rows, cols)), shape=(n, n))


def decay_constant(distance_threshold, probability_at_threshold=0.5):
    """``k`` of ``p = exp(-k d)`` such that ``p(distance_threshold) = probability_at_threshold``.

    >>> round(decay_constant(1000.0, 0.5) * 1000.0, 6)
    0.693147
    """
    threshold = _threshold(distance_threshold)
    probability = _number(probability_at_threshold)
    if not 0.0 < probability < 1.0:
        raise InputError(
            f"The probability at the threshold must be strictly between 0 and 1, not "
            f"{probability_at_threshold!r} (0.5 for a median dispersal distance, 0.05 or 0.01 "
            "for a maximum one)."
        )
    return float(-np.log(probability) / threshold)


def link_probability(distance, distance_threshold, probability_at_threshold=0.5):
    """Direct dispersal probability ``p = exp(-k d)`` of links of the given distances.

    >>> link_probability([0.0, 1000.0, 2000.0], 1000.0, 0.5).tolist()
    [1.0, 0.5, 0.25]
    """
    k = decay_constant(distance_threshold, probability_at_threshold)
    return np.exp(-k * np.asarray(distance, dtype=np.float64))


def best_path_probability(
    patch_count, link_i, link_j, link_distance, distance_threshold, probability_at_threshold=0.5, sources=None
):
    """``p*``: the maximum product probability over all paths, rows for ``sources`` (all patches
    by default), 0 where no path exists and 1 on the diagonal.

    >>> p = best_path_probability(3, [0, 1], [1, 2], [1000.0, 1000.0], 1000.0, 0.5)
    >>> p[0].tolist()
    [1.0, 0.5, 0.25]
    """
    patch_count = _patch_count(patch_count)
    graph = _Graph(patch_count, link_i, link_j, link_distance)
    k = decay_constant(distance_threshold, probability_at_threshold)
    sources = np.arange(patch_count) if sources is None else _patch_indices(sources, patch_count, "sources")
    return np.exp(-dijkstra(graph.matrix(k * graph.distance), directed=True, indices=sources))


def link_steps(patch_count, link_i, link_j, link_distance, distance_threshold, sources=None):
    """``nl``: links on the topologically shortest path of the binary graph (links with
    ``d <= distance_threshold``), rows for ``sources``; ``inf`` where no path exists.

    >>> link_steps(3, [0, 1], [1, 2], [5.0, 20.0], 10.0)[0].tolist()
    [0.0, 1.0, inf]
    """
    patch_count = _patch_count(patch_count)
    graph = _Graph(patch_count, link_i, link_j, link_distance)
    distance_threshold = _threshold(distance_threshold)
    sources = np.arange(patch_count) if sources is None else _patch_indices(sources, patch_count, "sources")
    binary = graph.matrix(np.ones(len(graph.distance)), keep=graph.distance <= distance_threshold)
    return dijkstra(binary, directed=True, indices=sources, unweighted=True)


def connectivity(
    attribute,
    link_i,
    link_j,
    link_distance,
    distance_threshold,
    landscape_area,
    probability_at_threshold=0.5,
    importance=True,
    return_p_star=False,
    progress=no_progress,
):
    """PC and IIC of a set of habitat patches and, by default, the importance of each patch.

    Parameters
    ----------
    attribute : 1-D array, ``attribute[i]`` of patch i (area, or quality-weighted area), >= 0.
    link_i, link_j, link_distance : one entry per undirected link between patches ``link_i`` and
        ``link_j`` (0-based indices into ``attribute``), at ``link_distance`` (metres or cost
        units). The caller decides which pairs are links: all pairs of a least-cost distance
        table, or only adjacent pairs. A pair given twice keeps its shorter distance.
    distance_threshold, probability_at_threshold : the decay ``p = exp(-k d)`` passes through
        ``probability_at_threshold`` (default 0.5) at ``distance_threshold``; IIC links the pairs
        with ``d <= distance_threshold``.
    landscape_area : the maximum landscape attribute A_L (the landscape area for areas), in the
        unit of ``attribute``; at least the sum of the attributes. It stays the same when a patch
        is removed, so the importances do not depend on it.
    importance : compute dPC, dIIC and their intra/flux/connector fractions (percent).
    return_p_star : also return the dense ``p*`` matrix (at most :data:`MAX_DENSE_PATCHES`).
    progress : ``progress(fraction)``; may raise :class:`Cancelled`.

    >>> r = connectivity([2.0, 1.0, 1.0], [0, 0], [1, 2], [10.0, 10.0], 10.0, 10.0)
    >>> round(r.pc_numerator, 6), round(r.pc, 6)
    (10.5, 0.105)
    >>> [round(float(v), 4) for v in r.dpc_connector]
    [4.7619, 0.0, 0.0]
    """
    attribute = _attributes(attribute)
    n = len(attribute)
    landscape_area = _landscape_area(landscape_area, attribute)
    graph = _Graph(n, link_i, link_j, link_distance)
    k = decay_constant(distance_threshold, probability_at_threshold)
    if importance:
        _importance_limit(n)
    if return_p_star and n > MAX_DENSE_PATCHES:
        raise InputError(
            f"A dense p* matrix of {n} patches would take {n * n * 8 / 2**30:.1f} GiB; it is "
            f"offered up to {MAX_DENSE_PATCHES} patches. Ask for the indices only."
        )
    weighted = graph.matrix(k * graph.distance)
    binary = graph.matrix(np.ones(len(graph.distance)), keep=graph.distance <= distance_threshold)
    pc = _Importance(
        weighted, attribute, _probability, False, importance, return_p_star, _span(progress, 0.0, 0.5)
    ).run()
    iic = _Importance(binary, attribute, _inverse_steps, True, importance, False, _span(progress, 0.5, 1.0)).run()
    progress(1.0)
    result = ConnectivityResult(
        pc=pc.numerator / landscape_area**2,
        iic=iic.numerator / landscape_area**2,
        pc_numerator=pc.numerator,
        iic_numerator=iic.numerator,
        landscape_area=landscape_area,
        p_star=pc.dense,
    )
    if importance:
        result.dpc_intra, result.dpc_flux, result.dpc_connector, result.dpc = pc.percentages()
        result.diic_intra, result.diic_flux, result.diic_connector, result.diic = iic.percentages()
    return result


def link_importance(
    attribute, link_i, link_j, link_distance, distance_threshold, probability_at_threshold=0.5, progress=no_progress
):
    """dPC of each link: ``100 (PC - PC without the link) / PC``, in input order.

    A pair given twice is one link, removed whole; a pair (i, i) gets 0. All of a link's
    importance is of the connector kind (it has no attribute and no flux of its own).

    >>> link_importance([1.0, 0.0, 1.0], [0, 1], [1, 2], [0.0, 0.0], 1.0).round(4).tolist()
    [50.0, 50.0]
    """
    attribute = _attributes(attribute)
    n = len(attribute)
    _importance_limit(n)
    graph = _Graph(n, link_i, link_j, link_distance)
    k = decay_constant(distance_threshold, probability_at_threshold)
    matrix = graph.matrix(k * graph.distance)
    pair_key = graph.low * n + graph.high
    replacement = _ReplacementPaths(matrix, _probability, remove="edge")
    row_sum = np.zeros(n)
    loss = np.zeros(len(pair_key))
    for sources, distance, parent in _source_rows(matrix, False, progress):
        value = _probability(distance)
        value[np.arange(len(sources)), sources] = 0.0
        row_sum[sources] = value @ attribute
        for row, source in enumerate(sources):
            if attribute[source] > 0:
                below = replacement.losses(source, distance[row], parent[row], attribute)
                lower = np.flatnonzero(below)
                above = parent[row][lower]
                link = np.searchsorted(pair_key, np.minimum(lower, above) * n + np.maximum(lower, above))
                np.add.at(loss, link, attribute[source] * below[lower])
    progress(1.0)
    numerator = float(np.sum(attribute**2) + attribute @ row_sum)
    percent = 100.0 * np.maximum(loss, 0.0) / numerator
    result = np.zeros(len(graph.input_pair))
    linked = graph.input_pair >= 0
    result[linked] = percent[graph.input_pair[linked]]
    return result


def gravity(pair_a, pair_b, cwd, resistance_mean, area):
    """Interaction strength of corridors by the gravity model of Kong et al. (2010).

    ``G_ab = [ln(S_a) / P_a] [ln(S_b) / P_b] / (L_ab / L_max)**2``.

    Parameters
    ----------
    pair_a, pair_b : for each corridor, the indices of its two patches in ``resistance_mean``
        and ``area``.
    cwd : cumulative resistance ``L_ab`` of each corridor (cost-weighted distance), > 0.
        ``L_max`` is the largest of them.
    resistance_mean : ``P``, mean resistance of each patch's cells, > 0.
    area : ``S``, area of each patch in square metres (> 1 m², so that ``ln S > 0``). Only the
        patches named by a corridor are checked, so index 0 may hold a placeholder.

    >>> g = gravity([1, 1], [2, 3], [100.0, 200.0], [0, 1.0, 1.0, 1.0], [0, np.e, np.e, np.e])
    >>> g.strength.round(9).tolist(), g.rank.tolist()
    ([4.0, 1.0], [1, 2])
    """
    pair_a = np.asarray(pair_a).ravel()
    pair_b = np.asarray(pair_b).ravel()
    cwd = np.asarray(cwd, dtype=np.float64).ravel()
    resistance_mean = np.asarray(resistance_mean, dtype=np.float64).ravel()
    area = np.asarray(area, dtype=np.float64).ravel()
    if not (len(pair_a) == len(pair_b) == len(cwd)):
        raise InputError(
            f"pair_a, pair_b and cwd must have one value per corridor; they have {len(pair_a)}, "
            f"{len(pair_b)} and {len(cwd)}."
        )
    if len(resistance_mean) != len(area):
        raise InputError(
            f"resistance_mean and area must have one value per patch; they have {len(resistance_mean)} and {len(area)}."
        )
    if len(cwd) == 0:
        raise InputError("There is no corridor to weigh; the gravity model needs at least one.")
    pair_a = _patch_indices(pair_a, len(area), "pair_a")
    pair_b = _patch_indices(pair_b, len(area), "pair_b")
    bad = ~np.isfinite(cwd) | (cwd <= 0)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"{int(bad.sum())} corridors have a cumulative resistance that is not a finite value "
            f"> 0 (first: corridor {first}, {float(cwd[first])!r}); patches that touch need no corridor."
        )
    named = np.unique(np.concatenate([pair_a, pair_b]))
    bad = named[~np.isfinite(resistance_mean[named]) | (resistance_mean[named] <= 0)]
    if len(bad):
        raise InputError(
            f"{len(bad)} patches have a mean resistance that is not a finite value > 0 (first: "
            f"patch {int(bad[0])}, {float(resistance_mean[bad[0]])!r}); resistance must be > 0."
        )
    bad = named[~np.isfinite(area[named]) | (area[named] <= 1.0)]
    if len(bad):
        raise InputError(
            f"{len(bad)} patches have an area <= 1 (first: patch {int(bad[0])}, {float(area[bad[0]])!r}), "
            "where ln(area) <= 0 would give a weight <= 0; give areas in square metres."
        )
    weight = np.zeros(len(area))
    weight[named] = np.log(area[named]) / resistance_mean[named]
    normalised = cwd / cwd.max()
    strength = weight[pair_a] * weight[pair_b] / normalised**2
    # Competition ranking: 1 + the number of corridors strictly stronger.
    rank = np.searchsorted(np.sort(-strength), -strength, side="left") + 1
    return Gravity(strength, rank.astype(np.int64), normalised, weight[pair_a], weight[pair_b])


class _Importance:
    """One index (PC or IIC) on one graph: its numerator and, per patch k, the parts of the
    numerator lost when k goes (intra, flux, connector)."""

    def __init__(self, matrix, attribute, transform, unweighted, importance, dense, progress):
        self.matrix = matrix
        self.attribute = attribute
        self.transform = transform
        self.unweighted = unweighted
        self.importance = importance
        self.progress = progress
        n = len(attribute)
        self.row_sum = np.zeros(n)  # sum_{j != i} a_j v_ij
        self.dense = np.zeros((n, n)) if dense else None
        self.numerator = 0.0

    def run(self):
        a = self.attribute
        n = len(a)
        self.connector = np.zeros(n)
        replacement = _ReplacementPaths(self.matrix, self.transform, remove="node") if self.importance else None
        for sources, distance, parent in _source_rows(self.matrix, self.unweighted, self.progress):
            value = self.transform(distance)
            if self.dense is not None:
                self.dense[sources] = value
            rows = np.arange(len(sources))
            value[rows, sources] = 0.0
            self.row_sum[sources] = value @ a
            if replacement is not None:
                for row, source in enumerate(sources):
                    if a[source] > 0:  # a patch with attribute 0 starts no flow
                        self.connector += a[source] * replacement.losses(source, distance[row], parent[row], a)
        self.numerator = float(np.sum(a**2) + a @ self.row_sum)
        self.intra = a**2
        self.flux = 2.0 * a * self.row_sum
        # Each loss is >= 0 in exact arithmetic; ties between equal paths leave rounding noise.
        self.connector = np.maximum(self.connector, 0.0)
        return self

    def percentages(self):
        scale = 100.0 / self.numerator
        intra, flux, connector = self.intra * scale, self.flux * scale, self.connector * scale
        return intra, flux, connector, intra + flux + connector


def _source_rows(matrix, unweighted, progress):
    """Shortest-path rows from every patch, a batch of sources at a time:
    yields (sources, distance rows, predecessor rows)."""
    n = matrix.shape[0]
    batch = _batch_rows(n)
    for start in range(0, n, batch):
        sources = np.arange(start, min(start + batch, n))
        distance, parent = dijkstra(
            matrix, directed=True, indices=sources, return_predecessors=True, unweighted=unweighted
        )
        yield sources, distance, parent
        progress(min(start + batch, n) / n)


class _ReplacementPaths:
    """What one source loses when one patch (or one link) goes, for every patch (link) at once.

    With the shortest-path tree of source i at hand, removing patch k changes the distance from
    i only to the descendants of k in that tree: every other tree path avoids k. The new distance
    to a descendant v is the shortest path that enters the descendants of k from a patch u
    outside them (distance from i unchanged, so ``d(u) + w(u, x)`` is a known start value) and
    then stays among them. One Dijkstra run on the disjoint union of those descendant sets,
    each node seeded with its best start value from a virtual start node, gives every new
    distance at once. Removing the tree link (parent(c), c) is the same with the subtree of c,
    c included. A subtree holding more links than one such run may scan (at least a sixteenth
    of the graph) is instead recomputed by a plain Dijkstra run on the graph without k, which
    then costs about as much and needs no more memory than the graph.
    """

    def __init__(self, matrix, transform, remove):
        self.matrix = matrix
        self.n = matrix.shape[0]
        self.indptr = matrix.indptr.astype(np.int64)
        self.indices = matrix.indices.astype(np.int32)
        self.data = matrix.data
        self.degree = np.diff(self.indptr)
        self.entry_row = np.repeat(np.arange(self.n, dtype=np.int32), self.degree)
        self.transform = transform
        self.remove = remove  # "node" or "edge"
        self.chunk = max(_BLOCK_LINKS, matrix.nnz // 16, 1)

    def losses(self, source, distance, parent, attribute):
        """``loss[r] = sum_v a_v (t(d_v) - t(d'_v))`` over the targets v whose distance from
        ``source`` changes when r (node mode) or the tree link above r (edge mode) goes."""
        n = self.n
        loss = np.zeros(n)
        if not (parent >= 0).any():
            return loss  # an isolated source: nothing to lose
        tree = _Tree(source, parent, self.degree)
        if self.remove == "node":
            roots = tree.reached[tree.below[tree.reached] > 0]
            cost = tree.links_below[roots]
        else:
            roots = tree.reached
            cost = tree.links_below[roots] + self.degree[roots]
        direct = cost > self.chunk * _DIRECT_SHARE
        for root in roots[direct]:
            loss[root] = self._direct_loss(source, root, distance, parent, attribute)
        roots, cost = roots[~direct], cost[~direct]
        group = (np.cumsum(cost) - cost) // self.chunk
        for chunk in np.split(roots, np.flatnonzero(np.diff(group)) + 1):
            if len(chunk):
                self._block_loss(chunk, tree, distance, parent, attribute, loss)
        return loss

    def _block_loss(self, roots, tree, distance, parent, attribute, loss):
        # A block is a run of the tree's preorder: the subtree below its root (node mode) or
        # the root and its subtree (edge mode).
        first = tree.position[roots] + (1 if self.remove == "node" else 0)
        sizes = tree.below[roots] + (0 if self.remove == "node" else 1)
        base = np.cumsum(sizes) - sizes
        block_size = int(sizes.sum())
        member = tree.preorder[_ranges(first, sizes)]
        owner_of = np.repeat(np.arange(len(roots)), sizes)
        # Every link out of every member, in its owner's block.
        counts = self.degree[member]
        entry = _ranges(self.indptr[member], counts)
        block = np.repeat(np.arange(block_size), counts)
        other, weight = self.indices[entry], self.data[entry]
        owner = owner_of[block]
        if self.remove == "node":
            usable = other != roots[owner]
        else:
            usable = ~((member[block] == roots[owner]) & (other == parent[roots[owner]]))
        block, other, weight, owner = block[usable], other[usable], weight[usable], owner[usable]
        offset = tree.position[other] - first[owner]
        inside = (offset >= 0) & (offset < sizes[owner])
        # A link to a patch outside the block is a way in: start value d(outside) + w.
        entry_block = block[~inside]
        start_value = distance[other[~inside]] + weight[~inside]
        if len(entry_block):
            starts = np.flatnonzero(np.r_[True, np.diff(entry_block) != 0])
            seeded, seed = entry_block[starts], np.minimum.reduceat(start_value, starts)
            finite = np.isfinite(seed)
            seeded, seed = seeded[finite], seed[finite]
        else:
            seeded, seed = np.zeros(0, np.int64), np.zeros(0)
        # Rows are already in order: the members' links, then the virtual start node.
        rows = np.concatenate([block[inside], np.full(len(seeded), block_size)])
        indptr = np.searchsorted(rows, np.arange(block_size + 2))
        graph = csr_matrix(
            (
                np.concatenate([weight[inside], seed]),
                np.concatenate([base[owner[inside]] + offset[inside], seeded]),
                indptr,
            ),
            shape=(block_size + 1, block_size + 1),
        )
        new_distance = dijkstra(graph, directed=True, indices=block_size)[:block_size]
        lost = attribute[member] * (self.transform(distance[member]) - self.transform(new_distance))
        loss[roots] += np.bincount(owner_of, weights=lost, minlength=len(roots))

    def _direct_loss(self, source, root, distance, parent, attribute):
        if self.remove == "node":
            keep = (self.entry_row != root) & (self.indices != root)
        else:
            above = parent[root]
            keep = ~(
                ((self.entry_row == root) & (self.indices == above))
                | ((self.entry_row == above) & (self.indices == root))
            )
        reduced = csr_matrix((self.data[keep], (self.entry_row[keep], self.indices[keep])), shape=self.matrix.shape)
        new_distance = dijkstra(reduced, directed=True, indices=source)
        lost = attribute * (self.transform(distance) - self.transform(new_distance))
        if self.remove == "node":
            lost[root] = 0.0  # pairs with the removed patch are its flux, not a connector loss
        return float(lost.sum())


class _Tree:
    """Shortest-path tree of one source: nodes below the source (``reached``), the number of
    descendants and the links they hold per node, and a preorder in which every subtree is one
    run: ``preorder[position[x] : position[x] + below[x] + 1]`` is x and its descendants."""

    def __init__(self, source, parent, degree):
        n = len(parent)
        has_parent = np.flatnonzero(parent >= 0)
        child = has_parent[np.argsort(parent[has_parent], kind="stable")]
        child_ptr = np.searchsorted(parent[child], np.arange(n + 1))
        levels = []
        frontier = np.array([source])
        while True:
            counts = child_ptr[frontier + 1] - child_ptr[frontier]
            frontier = child[_ranges(child_ptr[frontier], counts)]
            if not len(frontier):
                break
            levels.append(frontier)
        self.reached = np.concatenate(levels) if levels else np.zeros(0, np.int64)
        self.below = np.zeros(n, np.int64)
        self.links_below = np.zeros(n, np.int64)
        for level in reversed(levels):
            np.add.at(self.below, parent[level], self.below[level] + 1)
            np.add.at(self.links_below, parent[level], self.links_below[level] + degree[level])
        # Preorder: a child starts after its parent and its earlier siblings' subtrees.
        span = self.below[child] + 1
        running = np.cumsum(span)
        before_group = np.where(child_ptr[:-1] > 0, running[np.maximum(child_ptr[:-1] - 1, 0)], 0)
        sibling_offset = np.zeros(n, np.int64)
        sibling_offset[child] = running - span - before_group[parent[child]]
        self.position = np.zeros(n, np.int64)
        for level in levels:
            self.position[level] = self.position[parent[level]] + 1 + sibling_offset[level]
        self.preorder = np.zeros(len(self.reached) + 1, np.int64)
        self.preorder[0] = source
        self.preorder[self.position[self.reached]] = self.reached


def _ranges(starts, counts):
    """Concatenation of ``arange(start, start + count)`` for each pair."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    ends = np.cumsum(counts)
    return np.repeat(np.asarray(starts, dtype=np.int64) - (ends - counts), counts) + np.arange(total)


def _probability(distance):
    return np.exp(-distance)  # exp(-inf) = 0: no path


def _inverse_steps(steps):
    return 1.0 / (1.0 + steps)  # 1 / inf = 0: no path


def _batch_rows(n):
    """Source rows per Dijkstra batch, so that a batch holds about _BATCH_ELEMENTS values."""
    return max(1, _BATCH_ELEMENTS // max(n, 1))


def _span(progress, low, high):
    """A progress callback mapping [0, 1] onto [low, high] of ``progress``."""
    return lambda fraction: progress(low + (high - low) * fraction)


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _threshold(distance_threshold):
    threshold = _number(distance_threshold)
    if not np.isfinite(threshold) or threshold <= 0:
        raise InputError(
            f"The distance threshold must be a finite distance > 0, not {distance_threshold!r}; "
            "give the dispersal distance of the species in the unit of the link distances."
        )
    return threshold


def _patch_count(patch_count):
    count = int(patch_count)
    if count < 1 or count > MAX_PATCHES:
        raise InputError(f"The number of patches must be between 1 and {MAX_PATCHES}, not {patch_count}.")
    return count


def _attributes(attribute):
    attribute = np.asarray(attribute, dtype=np.float64)
    if attribute.ndim != 1 or len(attribute) == 0:
        raise InputError(
            f"The patch attributes must be a 1-D list with one value per patch, not an array of "
            f"shape {attribute.shape}."
        )
    if len(attribute) > MAX_PATCHES:
        raise InputError(
            f"{len(attribute)} patches exceed the limit of {MAX_PATCHES}: connectivity runs one "
            "shortest-path search per patch and the importances grow faster than N². Raise the "
            "minimum patch area or merge small patches."
        )
    bad = ~np.isfinite(attribute) | (attribute < 0)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"{int(bad.sum())} patch attributes are negative, NaN or infinite (first: patch {first}, "
            f"{attribute[first]!r}); attributes (areas) must be finite and >= 0."
        )
    if not attribute.any():
        raise InputError("Every patch attribute is 0, so PC and IIC are 0; at least one patch needs an area > 0.")
    return attribute


def _importance_limit(n):
    if n > MAX_IMPORTANCE_PATCHES:
        raise InputError(
            f"The importance of {n} patches would take hours; it is offered up to "
            f"{MAX_IMPORTANCE_PATCHES} patches (about 25 min with links between neighbours only). "
            "Compute the overall indices alone, or raise the minimum patch area."
        )


def _landscape_area(landscape_area, attribute):
    area = _number(landscape_area)
    total = float(attribute.sum())
    if not np.isfinite(area) or area <= 0 or area < total * (1.0 - 1e-9):
        raise InputError(
            f"The landscape area (maximum landscape attribute) must be finite and at least the sum "
            f"of the patch attributes, {total:g}; it is {landscape_area!r}. Give the area of the "
            "whole study region in the unit of the attributes."
        )
    return area


def _patch_indices(values, patch_count, name):
    values = np.asarray(values).ravel()
    if values.size == 0:
        return np.zeros(0, np.int64)
    if values.dtype.kind not in "iu":
        as_float = values.astype(np.float64)
        if not np.all(np.isfinite(as_float)) or not np.all(as_float == np.round(as_float)):
            raise InputError(f"{name} must hold whole patch indices; it holds {values[:5].tolist()}.")
        values = as_float
    values = values.astype(np.int64)
    outside = (values < 0) | (values >= patch_count)
    if outside.any():
        first = int(np.flatnonzero(outside)[0])
        raise InputError(
            f"{name} names patch {int(values[first])} (position {first}), but the patches are "
            f"numbered 0 to {patch_count - 1}; every link must join two known patches."
        )
    return values
