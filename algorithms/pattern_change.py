# SPDX-License-Identifier: GPL-2.0-or-later
"""What changed in corridors, nodes and channels between two epochs of a security pattern.

Source ids are numbered anew in every epoch (by area), so sources are first matched across the
two epochs by overlap: a source of the earlier epoch goes on as the later source it overlaps
most. A corridor between sources a and b then goes on as a corridor between their successors;
among several corridors of one pair (one per saddle) the closest routes are matched first,
by the discrete Hausdorff distance between the lines. Per matched corridor: the change of its
cost-weighted distance and length, the route shift (Hausdorff distance) and the displacement of
its node; unmatched corridors are new or lost. Channels are matched the same way (their source's
successor, then the closest route within a tolerance).
"""

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest


@dataclass
class CorridorChange:
    status: str  # kept, new, lost
    pair: tuple  # the later epoch's source ids (the earlier one's for a lost corridor)
    before: dict  # attributes in the earlier epoch (None for new)
    after: dict  # attributes in the later epoch (None for lost)
    geometry: object  # QgsGeometry: the later line, or the earlier one for a lost corridor
    route_shift_m: float = None
    node_shift_m: float = None

    def difference(self, field):
        if self.before is None or self.after is None:
            return None
        return float(self.after[field]) - float(self.before[field])

    def relative(self, field):
        if self.before is None or self.after is None or not self.before[field]:
            return None
        return 100.0 * (float(self.after[field]) / float(self.before[field]) - 1.0)


def features(layer, crs, context):
    request = QgsFeatureRequest()
    if layer.crs() != crs:
        request.setDestinationCrs(crs, context.transformContext())
    return [feature for feature in layer.getFeatures(request) if feature.hasGeometry()]


def _attributes(feature):
    names = feature.fields().names()
    return {name: _plain(value) for name, value in zip(names, feature.attributes())}


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def source_successors(earlier, later):
    """{earlier source id: later source id} by largest overlap (sources with no overlap are absent)."""
    def by_id(items):
        return {int(_plain(f["source_id"]) if "source_id" in f.fields().names() else f.id()): f.geometry()
                for f in items}

    first, second = by_id(earlier), by_id(later)
    successors = {}
    for old_id, old_geometry in first.items():
        best, best_area = None, 0.0
        for new_id, new_geometry in second.items():
            if not old_geometry.boundingBox().intersects(new_geometry.boundingBox()):
                continue
            area = old_geometry.intersection(new_geometry).area()
            if area > best_area:
                best, best_area = new_id, area
        if best is not None:
            successors[old_id] = best
    return successors


def _pair(attributes, successors=None):
    a, b = int(attributes["from_source"]), int(attributes["to_source"])
    if successors is not None:
        if a not in successors or b not in successors:
            return None
        a, b = successors[a], successors[b]
    return (min(a, b), max(a, b))


def compare_corridors(earlier, later, successors, earlier_nodes=(), later_nodes=()):
    """:class:`CorridorChange` items for the corridors of two epochs (features with the corridor
    fields from_source, to_source, cwd, length_m and corridor_id)."""
    nodes_before = {int(_plain(n["corridor_id"])): n.geometry() for n in earlier_nodes}
    nodes_after = {int(_plain(n["corridor_id"])): n.geometry() for n in later_nodes}
    groups = {}
    for feature in later:
        groups.setdefault(_pair(_attributes(feature)), ([], []))[1].append(feature)
    lost = []
    for feature in earlier:
        pair = _pair(_attributes(feature), successors)
        if pair is None:
            lost.append(feature)
        else:
            groups.setdefault(pair, ([], []))[0].append(feature)
    changes = []
    for pair, (olds, news) in sorted(groups.items()):
        candidates = sorted(
            (old.geometry().hausdorffDistance(new.geometry()), i, j)
            for i, old in enumerate(olds) for j, new in enumerate(news)
        )
        used_old, used_new = set(), set()
        for shift, i, j in candidates:
            if i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            old, new = olds[i], news[j]
            before, after = _attributes(old), _attributes(new)
            node_shift = None
            node_a, node_b = nodes_before.get(before.get("corridor_id")), nodes_after.get(after.get("corridor_id"))
            if node_a is not None and node_b is not None:
                node_shift = node_a.distance(node_b)
            changes.append(CorridorChange("kept", pair, before, after, new.geometry(), shift, node_shift))
        changes += [CorridorChange("new", pair, None, _attributes(new), new.geometry())
                    for j, new in enumerate(news) if j not in used_new]
        lost += [old for i, old in enumerate(olds) if i not in used_old]
    changes += [CorridorChange("lost", _pair(_attributes(old)), _attributes(old), None, old.geometry())
                for old in lost]
    return changes


def compare_channels(earlier, later, successors, tolerance_m):
    """(kept, new, lost) counts of radiation channels: a channel goes on when a channel of its
    source's successor runs within ``tolerance_m`` of it (discrete Hausdorff distance)."""
    by_source = {}
    for feature in later:
        by_source.setdefault(int(_plain(feature["source_id"])), []).append(feature.geometry())
    kept = 0
    taken = set()
    for feature in earlier:
        successor = successors.get(int(_plain(feature["source_id"])))
        options = [(feature.geometry().hausdorffDistance(g), k) for k, g in enumerate(by_source.get(successor, []))
                   if (successor, k) not in taken]
        if options:
            shift, k = min(options)
            if shift <= tolerance_m:
                taken.add((successor, k))
                kept += 1
    return kept, len(later) - kept, len(earlier) - kept
