# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate the bundled demo landscape (deterministic): a hilly DEM and land use for 2009/2013/2018.

Modelled on the rare-earth mining area of Li et al. (2020): mining in the middle, forest on the
east and west sides, farmland and orchards in the valleys, reclamation growing over time.

    /usr/bin/python3 resources/sample/generate_sample.py [output folder]

Writes dem.tif, landuse_2009.tif, landuse_2013.tif, landuse_2018.tif and manifest.json (the
designed forest blocks and their vegetation area per epoch, for tests that check the sources).
"""

import json
import os
import sys

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

SEED = 20200705  # the paper's publication date
EPSG = 32650  # WGS 84 / UTM zone 50N: the paper's area lies at about 115° E, 25° N
ORIGIN = (300000.0, 2770000.0)  # top-left corner of the land-use grid, metres
EXTENT_KM = 20.0
LANDUSE_CELL = 20.0
DEM_CELL = 30.0
EPOCHS = (2009, 2013, 2018)

# Land-use classes: the paper's nine classes (Table 1), code -> (name, resistance).
CLASSES = {
    1: ("Vegetation", 1),
    2: ("Reclaimed vegetation", 2),
    3: ("Water body", 2),
    4: ("Orchard", 3),
    5: ("Farmland", 4),
    6: ("Road", 6),
    7: ("Building", 8),
    8: ("Sedimentation tank", 9),
    9: ("Tailings land", 10),
}
VEGETATION, RECLAIMED, WATER, ORCHARD, FARMLAND, ROAD, BUILDING, TANK, TAILINGS = range(1, 10)

# Designed forest blocks: centre (x, y) and radii in km from the top-left corner, x east, y south,
# and the epochs in which the block is dense vegetation. Each block is ringed by farmland so that it
# forms one patch of its own; everything else is cut into patches far below 10 km².
BLOCKS = {
    "west": {"centre": (3.3, 8.6), "radii": (2.1, 2.2), "epochs": (2009, 2013, 2018)},
    "east": {"centre": (16.7, 7.6), "radii": (2.15, 2.25), "epochs": (2009, 2013, 2018)},
    "north": {"centre": (12.0, 2.7), "radii": (1.85, 1.95), "epochs": (2013, 2018)},
    "middle_west": {"centre": (7.9, 15.0), "radii": (1.85, 1.95), "epochs": (2013, 2018)},
    "south": {"centre": (12.8, 17.6), "radii": (1.85, 1.95), "epochs": (2018,)},
}
MINING = {"centre": (10.0, 10.0), "radii": (3.6, 8.6)}
# In 2018 mining moves east and cuts into the west side of the east block.
EAST_MINING_2018 = {"centre": (14.75, 8.4), "radii": (0.9, 1.3)}


def smooth_noise(rng, shape, sigma):
    field = ndimage.gaussian_filter(rng.standard_normal(shape), sigma, mode="reflect")
    return (field - field.mean()) / field.std()


def cell_coordinates(n, cell):
    """x (east) and y (south) of cell centres in km, as 2-D arrays."""
    centres = (np.arange(n) + 0.5) * cell / 1000.0
    return np.meshgrid(centres, centres)


def ellipse(x, y, centre, radii, wobble=None):
    r = np.hypot((x - centre[0]) / radii[0], (y - centre[1]) / radii[1])
    if wobble is not None:
        r = r * (1.0 + 0.04 * wobble)
    return r <= 1.0


def polyline_mask(x, y, points, width_km):
    """Cells within width/2 of a polyline (segments between the given points, km)."""
    mask = np.zeros(x.shape, dtype=bool)
    for (x0, y0), (x1, y1) in zip(points[:-1], points[1:]):
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        mask |= np.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= width_km / 2.0
    return mask


def meander(points, rng, amplitude, steps=40):
    """Densify a polyline and add a smooth sideways wiggle."""
    points = np.asarray(points, dtype=float)
    t = np.linspace(0.0, 1.0, steps)
    seg = np.interp(t, np.linspace(0, 1, len(points)), np.arange(len(points)))
    base = np.array([np.interp(seg, np.arange(len(points)), points[:, k]) for k in (0, 1)]).T
    direction = np.gradient(base, axis=0)
    normal = np.stack([-direction[:, 1], direction[:, 0]], axis=1)
    normal /= np.linalg.norm(normal, axis=1, keepdims=True)
    phase = rng.uniform(0, 2 * np.pi)
    offset = amplitude * np.sin(2 * np.pi * 2.5 * t + phase) * np.sin(np.pi * t) ** 0.3
    return [tuple(p) for p in base + normal * offset[:, None]]


def make_dem(rng):
    n = int(round(EXTENT_KM * 1000 / DEM_CELL)) + 3  # one extra cell all round
    broad = smooth_noise(rng, (n, n), 90)
    hills = smooth_noise(rng, (n, n), 25)
    ridges = 1.0 - np.abs(smooth_noise(rng, (n, n), 7))  # sharp crests, steeper on high hills
    x, y = cell_coordinates(n, DEM_CELL)
    # Lower ground in the mining valley, higher hills to the east and west.
    valley = -np.exp(-(((x - 10.5) / 4.0) ** 2))
    z = 0.4 * broad + hills + ridges * np.clip(hills + 1.5, 0.0, None) / 2.0 + 0.6 * valley
    z = (z - z.min()) / (z.max() - z.min())
    return 292.0 + (796.0 - 292.0) * z


def dem_on_landuse_grid(dem):
    """Bilinear DEM values at the land-use cell centres (same origin, one DEM cell of margin)."""
    n = int(round(EXTENT_KM * 1000 / LANDUSE_CELL))
    centres = (np.arange(n) + 0.5) * LANDUSE_CELL / DEM_CELL + 1.0 - 0.5
    rows, cols = np.meshgrid(centres, centres, indexing="ij")
    return ndimage.map_coordinates(dem, [rows, cols], order=1)


def base_landscape(rng, elevation):
    """Land use outside the designed blocks and the mining area (the same in every epoch)."""
    n = elevation.shape[0]
    x, y = cell_coordinates(n, LANDUSE_CELL)
    landuse = np.full((n, n), VEGETATION, dtype=np.uint8)

    # Farmland on valley floors: cells lower than their surroundings, plus low ground.
    local = elevation - ndimage.uniform_filter(elevation, 75)
    low = elevation < np.percentile(elevation, 15)
    landuse[(local < -30) | low] = FARMLAND

    # A lattice of farmed valleys and tracks keeps background forest patches small (< 6 km²).
    wiggle = smooth_noise(rng, (n, n), 40)
    for k in np.arange(1.25, EXTENT_KM, 2.3):
        landuse[np.abs(x - k - 0.35 * wiggle) < 0.05] = FARMLAND
        landuse[np.abs(y - k + 0.35 * wiggle) < 0.05] = FARMLAND

    # Orchards on the gentle east-facing hills, mostly in the east.
    orchard_noise = smooth_noise(rng, (n, n), 12)
    east_bias = np.clip((x - 12.0) / 6.0, 0.0, 1.0)
    landuse[(orchard_noise + 1.2 * east_bias > 1.5) & (landuse == VEGETATION)] = ORCHARD

    # A river in the main valley, east of the mining area, and a reservoir.
    river = meander([(13.6, 0.0), (13.9, 7.0), (13.3, 13.0), (14.2, 20.0)], rng, 0.35)
    landuse[polyline_mask(x, y, river, 0.07)] = WATER
    landuse[ellipse(x, y, (5.2, 16.6), (0.55, 0.3))] = WATER

    # Scattered houses next to farmland.
    houses = (smooth_noise(rng, (n, n), 2) > 2.3) & (landuse == FARMLAND)
    landuse[ndimage.binary_dilation(houses, iterations=1)] = BUILDING
    return landuse


def mining_area(rng, x, y):
    """The 2009 state of the mining area: tailings, tanks, reclaimed land and remnants."""
    n = x.shape[0]
    inside = ellipse(x, y, MINING["centre"], MINING["radii"], smooth_noise(rng, (n, n), 50))
    state = np.full((n, n), VEGETATION, dtype=np.uint8)
    ore = smooth_noise(rng, (n, n), 9)
    state[ore > -0.1] = TAILINGS
    state[(ore > -0.45) & (ore <= -0.1)] = RECLAIMED
    # Sedimentation tanks: rectangles on the lower edge of each tailings heap.
    heaps = ndimage.label(ndimage.binary_opening(state == TAILINGS, iterations=3))[0]
    for row, col in ndimage.center_of_mass(np.ones_like(heaps), heaps, range(1, heaps.max() + 1)):
        r, c = int(row), int(col)
        state[max(r + 6, 0) : r + 10, max(c - 4, 0) : c + 4] = TANK
    # Tracks between ore points cut the remnant vegetation into small pieces.
    for k in np.arange(7.0, 13.5, 1.1):
        state[np.abs(x - k) < 0.03] = RECLAIMED
    for k in np.arange(1.5, 19.0, 1.1):
        state[np.abs(y - k) < 0.03] = RECLAIMED
    return inside, state


def paint_block(landuse, x, y, block, wobble, vegetation):
    """Paint one designed block: a farmland ring, and inside it vegetation (or leave it)."""
    centre, radii = block["centre"], block["radii"]
    outer = ellipse(x, y, centre, (radii[0] + 0.08, radii[1] + 0.08), wobble)
    inner = ellipse(x, y, centre, radii, wobble)
    landuse[outer & ~inner] = FARMLAND
    if vegetation:
        landuse[inner] = VEGETATION
    return inner


def make_landuse(rng_seed, elevation):
    rng = np.random.default_rng(rng_seed)
    n = elevation.shape[0]
    x, y = cell_coordinates(n, LANDUSE_CELL)
    base = base_landscape(rng, elevation)
    inside_mining, mining_2009 = mining_area(rng, x, y)
    wobbles = {name: smooth_noise(rng, (n, n), 40) for name in BLOCKS}
    later_reclaimed = smooth_noise(rng, (n, n), 9)

    roads = [
        meander([(0.0, 12.6), (7.0, 12.4), (13.0, 12.2), (20.0, 12.6)], rng, 0.1, 60),
        meander([(9.7, 0.0), (9.8, 10.0), (10.3, 20.0)], rng, 0.1, 60),
        meander([(0.0, 4.8), (5.4, 5.0)], rng, 0.15),
        meander([(14.0, 12.7), (18.5, 20.0)], rng, 0.2),
    ]
    road_mask = np.zeros((n, n), dtype=bool)
    for road in roads:
        road_mask |= polyline_mask(x, y, road, 0.045)
    villages = np.zeros((n, n), dtype=bool)
    for centre in [(3.0, 12.6), (10.3, 12.0), (16.2, 13.4), (9.7, 6.0)]:
        villages |= ellipse(x, y, centre, (0.35, 0.25))
    villages &= smooth_noise(rng, (n, n), 1.5) > -0.3

    results, manifest = {}, {}
    for epoch in EPOCHS:
        landuse = base.copy()
        mining = mining_2009.copy()
        if epoch >= 2013:
            # Reclamation: part of the tailings is replanted, older reclamation matures.
            mining[(mining == TAILINGS) & (later_reclaimed > 0.6)] = RECLAIMED
        if epoch >= 2018:
            mining[(mining == TAILINGS) & (later_reclaimed > 0.0)] = RECLAIMED
        landuse[inside_mining] = mining[inside_mining]

        blocks = {}
        for name, block in BLOCKS.items():
            is_source = epoch in block["epochs"]
            inner = paint_block(landuse, x, y, block, wobbles[name], vegetation=is_source)
            if not is_source and epoch >= 2013:
                # Not yet dense vegetation: replanted, but still young.
                landuse[inner & (landuse == TAILINGS)] = RECLAIMED
            blocks[name] = inner
        # Holes inside the west block: a pond and a clearing (for hole filling).
        landuse[ellipse(x, y, (2.6, 8.0), (0.12, 0.09))] = WATER
        landuse[ellipse(x, y, (4.1, 9.4), (0.1, 0.1))] = FARMLAND
        if epoch >= 2018:
            cut = ellipse(x, y, EAST_MINING_2018["centre"], EAST_MINING_2018["radii"])
            landuse[cut] = TAILINGS
        landuse[road_mask] = ROAD
        landuse[villages & (landuse != ROAD)] = BUILDING

        cell_km2 = (LANDUSE_CELL / 1000.0) ** 2
        manifest[str(epoch)] = {
            name: round(float(np.count_nonzero(inner & (landuse == VEGETATION)) * cell_km2), 6)
            for name, inner in blocks.items()
        }
        results[epoch] = landuse
    return results, manifest


def write_tif(path, array, cell, origin, data_type, nodata):
    driver = gdal.GetDriverByName("GTiff")
    options = ["COMPRESS=DEFLATE", "TILED=YES", "PREDICTOR=2" if data_type != gdal.GDT_Float32 else "PREDICTOR=3"]
    dataset = driver.Create(path, array.shape[1], array.shape[0], 1, data_type, options)
    dataset.SetGeoTransform((origin[0], cell, 0.0, origin[1], 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset.FlushCache()
    dataset = None


def main(folder):
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(SEED)
    dem = make_dem(rng)
    dem_origin = (ORIGIN[0] - DEM_CELL, ORIGIN[1] + DEM_CELL)
    write_tif(os.path.join(folder, "dem.tif"), dem.astype(np.float32), DEM_CELL, dem_origin,
              gdal.GDT_Float32, -9999.0)
    landuse, manifest = make_landuse(SEED + 1, dem_on_landuse_grid(dem))
    for epoch, array in landuse.items():
        write_tif(os.path.join(folder, f"landuse_{epoch}.tif"), array, LANDUSE_CELL, ORIGIN,
                  gdal.GDT_Byte, 0)
    manifest = {
        "crs": f"EPSG:{EPSG}",
        "classes": {str(code): name for code, (name, _) in CLASSES.items()},
        "block_vegetation_km2": manifest,
        "source_blocks": {str(e): [k for k, b in BLOCKS.items() if e in b["epochs"]] for e in EPOCHS},
    }
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
