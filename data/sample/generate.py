#!/usr/bin/python3
"""Generate landplan's bundled sample dataset: 三座店镇, a synthetic township.

Everything here is invented (only the place names and the rough location,
118.9E 42.4N, are real).  The script writes, next to itself, the township as
the county would hand it over (sandiao.py holds the 三调 and 三区三线 part):

  sanzuodian.gpkg  DLTB (the parcels as 三调 地类图斑), CJDCQ, XZQ, the control
                   lines YJJBNTBHTB, STBHHX, CZKFBJ, and the plan's reservoir,
                   villages, relocation_sites, greenhouse_zones, wells, roads
                   -- all EPSG:4549
  shp/DLTB.*       the DLTB layer again, as a GBK (CP936) shapefile
  project.toml     what `landplan init` writes for this folder, plus the
                   planning figures, targets and rules
  README.md        what the layers hold and the headline figures

Run it from anywhere with Debian's Python (osgeo, shapely 1.8, pyproj, numpy):

    /usr/bin/python3 data/sample/generate.py

The output is deterministic (fixed RNG seeds, fixed GeoPackage/DBF dates), so
two runs give byte-identical files.  The script asserts the properties the
sample promises (exact parcel tiling, 156 displaced households, zone areas,
irrigated farmland, exactly one rule violation, areas that add up, control
lines that do not overlap, one relocation site on 永久基本农田) and prints the
figures.
"""
import math
import shutil
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.polygon import orient
from shapely.ops import nearest_points, unary_union
from shapely.prepared import prep

import sandiao
from sandiao import ellipsoidal_area

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

OUT = Path(__file__).resolve().parent
GPKG = OUT / "sanzuodian.gpkg"
SHP_DIR = OUT / "shp"
FIXED_DATE = "2026-01-01"
EPSG = 4549
MU = 10000.0 / 15.0  # square metres per mu

# ---------------------------------------------------------------- the township
CX, CY = 409400.0, 4696700.0    # township centre, ~118.9E 42.4N
TOWN_R = 4400.0                 # mean radius of the township outline
HALF_EXTENT = 5600.0            # half side of the square the grid covers
CELL_W, CELL_H = 250.0, 165.0   # ordinary (field) parcel size before jitter
SUB = 3                         # settlement cells are split SUB x SUB
ROAD_W = 30.0                   # width of the road-land strips
ROAD_X = CX - 2500.0            # N-S township road (乡道) strip centre
ROAD_Y = CY - 2300.0            # E-W county road (县道) strip centre

# ---------------------------------------------------------------- the reservoir
RES_X, RES_Y = CX + 500.0, CY + 300.0
RES_A, RES_B = 1850.0, 640.0    # semi-axes of the underlying ellipse
RES_ANGLE = math.radians(30.0)  # valley runs SW -> NE

# ---------------------------------------------------------------- villages
# name: (angle on the reservoir seen from its centre in degrees, settlement
# radius m, how deep the settlement reaches past the shoreline in m)
SHORE_VILLAGES = {
    "三座店": (-70.0, 340.0, 55.0),
    "孤山子": (28.0, 270.0, 55.0),
    "池家营子": (125.0, 290.0, 55.0),
}
CHAIHU = ("柴胡栏子", -118.0, 260.0, 850.0)  # angle, radius, distance from shore
OTHER_VILLAGES = ["彩凤营子", "三把火", "福山庄", "报马梁", "西营子", "东沟", "大庙",
                  "小河南", "五十家子", "四道沟", "头道营子", "石匣子", "八家", "南台",
                  "哈拉沟", "土城子"]

# ---------------------------------------------------------------- planning
SAFETY_M = 50.0            # reservoir safety distance
DISPLACED_TARGET = 156     # households to relocate
HOUSEHOLD_M2 = 300.0       # land per relocated household
SITE_DIST_M = 150.0        # relocation sites keep this far from the reservoir (rule: 100)
GREENHOUSES = [            # (village, planned mu, crosses the shore?)
    ("三把火", 500.0, False),
    ("彩凤营子", 500.0, False),
    ("柴胡栏子", 500.0, True),
    ("福山庄", 150.0, False),
]
SHORE_OVERLAP_MU = 5.0     # how much of the shore-crossing zone lies under water
IRRIGATION_MU = 7800.0     # farmland to be covered by the wells' service circles
WELL_CLUSTERS = [3, 3, 2, 2, 2, 2, 2, 3, 2, 2]  # 23 wells in chains of overlapping circles
WELL_VILLAGES = ["三把火", "彩凤营子", "柴胡栏子", "福山庄", "三座店", "孤山子", "池家营子",
                 "报马梁", "西营子", "大庙", "南台", "八家", "土城子", "东沟"]  # in order of preference
WELL_R_MIN, WELL_R_MAX = 200.0, 350.0
FARMLAND = ("水浇地", "旱地")


# ============================================================ small helpers
def rounded(coords):
    return [(round(float(x), 2), round(float(y), 2)) for x, y in coords]


def star_polygon(cx, cy, radius_fn, n):
    th = np.linspace(0.0, 2.0 * math.pi, n, endpoint=False)
    r = radius_fn(th)
    return Polygon(rounded(zip(cx + r * np.cos(th), cy + r * np.sin(th))))


def harmonics(rng, ks, scale):
    amp = scale / ks * rng.uniform(0.4, 1.0, ks.size)
    phase = rng.uniform(0.0, 2.0 * math.pi, ks.size)
    return lambda th: 1.0 + sum(a * np.cos(k * th + p) for a, k, p in zip(amp, ks, phase))


def mu(area_m2):
    return area_m2 / MU


def town_radius(th):
    return TOWN_R * (1.0 + 0.07 * np.cos(2 * th + 1.0) + 0.05 * np.cos(3 * th + 2.2)
                     + 0.03 * np.cos(5 * th + 0.4))


def warp(x, y):
    """Gentle smooth displacement so that grid lines and roads are not straight."""
    return (x + 25.0 * np.sin(2 * math.pi * y / 3100.0 + 0.7),
            y + 20.0 * np.sin(2 * math.pi * x / 2700.0 + 1.9))


# ============================================================ parcel lattice
def corner_mean(a):
    return (a[:-1, :-1] + a[1:, :-1] + a[:-1, 1:] + a[1:, 1:]) / 4.0


def axis_lines(lo, hi, step, road_centre):
    """Grid lines along one axis with a ROAD_W strip; returns (lines, road cell index)."""
    a, b = road_centre - ROAD_W / 2, road_centre + ROAD_W / 2
    n1, n2 = round((a - lo) / step), round((hi - b) / step)
    return np.concatenate([np.linspace(lo, a, n1 + 1), np.linspace(b, hi, n2 + 1)]), n1


class Lattice:
    """Jittered grid of field parcels on a finer (SUB x) lattice of shared vertices.

    Every parcel ring is walked along lattice points, keeping the 'active' ones,
    so neighbouring parcels share exactly the same vertices along common edges.
    """

    def __init__(self, rng):
        xs, self.ir = axis_lines(CX - HALF_EXTENT, CX + HALF_EXTENT, CELL_W, ROAD_X)
        ys, self.jr = axis_lines(CY - HALF_EXTENT, CY + HALF_EXTENT, CELL_H, ROAD_Y)
        self.nx, self.ny = len(xs) - 1, len(ys) - 1
        gx, gy = self._corners(rng, xs, ys)
        self.fx, self.fy = self._fine_points(rng, gx, gy)
        self.active = self._wiggle_points(rng)
        self.mask = self._township_mask()

    def _corners(self, rng, xs, ys):
        ir, jr = self.ir, self.jr
        jx = rng.uniform(-0.18, 0.18, (self.nx + 1, self.ny + 1)) * CELL_W
        jy = rng.uniform(-0.18, 0.18, (self.nx + 1, self.ny + 1)) * CELL_H
        jx[ir:ir + 2, :] = 0.0          # road strips keep straight parallel sides
        jy[ir + 1, :] = jy[ir, :]
        jy[:, jr:jr + 2] = 0.0
        jx[:, jr + 1] = jx[:, jr]
        return xs[:, None] + jx, ys[None, :] + jy

    def _fine_points(self, rng, gx, gy):
        ni, nj = SUB * self.nx + 1, SUB * self.ny + 1
        ci = np.minimum(np.arange(ni) // SUB, self.nx - 1)
        cj = np.minimum(np.arange(nj) // SUB, self.ny - 1)
        u = (np.arange(ni) / SUB - ci)[:, None]
        v = (np.arange(nj) / SUB - cj)[None, :]
        CI, CJ = np.meshgrid(ci, cj, indexing="ij")

        def bilinear(g):
            return (g[CI, CJ] * (1 - u) * (1 - v) + g[CI + 1, CJ] * u * (1 - v)
                    + g[CI, CJ + 1] * (1 - u) * v + g[CI + 1, CJ + 1] * u * v)

        fx, fy = bilinear(gx), bilinear(gy)
        dx = rng.uniform(-0.07, 0.07, fx.shape) * CELL_W / SUB
        dy = rng.uniform(-0.07, 0.07, fx.shape) * CELL_H / SUB
        still = np.zeros(fx.shape, bool)
        still[::SUB, ::SUB] = True       # coarse corners are already jittered
        for k in (self.ir, self.ir + 1):
            still[SUB * k, :] = True     # road edges stay straight
        for k in (self.jr, self.jr + 1):
            still[:, SUB * k] = True
        dx[still] = dy[still] = 0.0
        wx, wy = warp(fx + dx, fy + dy)
        return np.round(wx, 2), np.round(wy, 2)

    def _wiggle_points(self, rng):
        """Coarse corners plus ~30% of the points on field edges (not road edges)."""
        ni, nj = self.fx.shape
        I, J = np.meshgrid(np.arange(ni), np.arange(nj), indexing="ij")
        ci, cj = I // SUB, J // SUB
        road_col = (ci == self.ir) | (ci - 1 == self.ir)   # cells left/right of a point
        road_row = (cj == self.jr) | (cj - 1 == self.jr)   # cells below/above a point
        h_edge = (I % SUB != 0) & (J % SUB == 0) & (ci != self.ir) & ~road_row
        v_edge = (I % SUB == 0) & (J % SUB != 0) & (cj != self.jr) & ~road_col
        active = (I % SUB == 0) & (J % SUB == 0)
        active |= (h_edge | v_edge) & (rng.random((ni, nj)) < 0.3)
        return active

    def cell_centres(self):
        """Mean of the four corners of every coarse cell."""
        return corner_mean(self.fx[::SUB, ::SUB]), corner_mean(self.fy[::SUB, ::SUB])

    def sub_centres(self):
        """Mean of the four corners of every lattice sub-cell."""
        return corner_mean(self.fx), corner_mean(self.fy)

    def _township_mask(self):
        cx, cy = self.cell_centres()
        mask = np.hypot(cx - CX, cy - CY) < town_radius(np.arctan2(cy - CY, cx - CX))
        while True:  # cells meeting only at a corner would pinch the outline
            a, b, c, d = mask[:-1, :-1], mask[1:, :-1], mask[:-1, 1:], mask[1:, 1:]
            pinch = (a & d & ~b & ~c) | (b & c & ~a & ~d)
            if not pinch.any():
                break
            for i, j in zip(*np.nonzero(pinch)):
                mask[i:i + 2, j:j + 2] = True
        assert not (mask[0, :].any() or mask[-1, :].any() or mask[:, 0].any() or mask[:, -1].any())
        return mask

    def is_road(self, i, j):
        return i == self.ir or j == self.jr

    def block_ring(self, i0, j0, i1, j1):
        """CCW ring around lattice block [i0..i1] x [j0..j1], active points only."""
        walk = ([(i, j0) for i in range(i0, i1)] + [(i1, j) for j in range(j0, j1)]
                + [(i, j1) for i in range(i1, i0, -1)] + [(i0, j) for j in range(j1, j0, -1)])
        return [(self.fx[i, j], self.fy[i, j]) for i, j in walk if self.active[i, j]]

    def cell_polygon(self, i, j):
        return Polygon(self.block_ring(SUB * i, SUB * j, SUB * i + SUB, SUB * j + SUB))

    def sub_polygon(self, I, J):
        return Polygon(self.block_ring(I, J, I + 1, J + 1))

    def road_centreline(self, axis):
        """Centre line of the road strip (axis 'x': E-W row, 'y': N-S column)."""
        if axis == "x":
            cells = [i for i in range(self.nx) if self.mask[i, self.jr]]
            ends = [(SUB * i, SUB * self.jr, SUB * i, SUB * (self.jr + 1))
                    for i in cells + [cells[-1] + 1]]
        else:
            cells = [j for j in range(self.ny) if self.mask[self.ir, j]]
            ends = [(SUB * self.ir, SUB * j, SUB * (self.ir + 1), SUB * j)
                    for j in cells + [cells[-1] + 1]]
        assert cells == list(range(cells[0], cells[-1] + 1)), "road strip is interrupted"
        return LineString([((self.fx[a, b] + self.fx[c, d]) / 2, (self.fy[a, b] + self.fy[c, d]) / 2)
                           for a, b, c, d in ends])


# ============================================================ reservoir
def make_reservoir(rng):
    """Planned normal-pool water surface: lobed star shape with one island."""
    wobble = harmonics(rng, np.arange(2, 25), 0.16)
    lobes = [(rng.uniform(0, 2 * math.pi), rng.uniform(0.12, 0.32) * rng.choice([-1, 1]),
              rng.uniform(0.03, 0.07)) for _ in range(8)]

    def radius(th):
        t = th - RES_ANGLE
        base = RES_A * RES_B / np.sqrt((RES_B * np.cos(t)) ** 2 + (RES_A * np.sin(t)) ** 2)
        lobe = sum(g * np.exp(-(np.angle(np.exp(1j * (th - c))) / w) ** 2) for c, g, w in lobes)
        return base * (wobble(th) + lobe)

    outer = star_polygon(RES_X, RES_Y, radius, 760)
    ix = RES_X + 0.30 * RES_A * math.cos(RES_ANGLE)
    iy = RES_Y + 0.30 * RES_A * math.sin(RES_ANGLE)
    island_shape = harmonics(rng, np.arange(2, 7), 0.25)
    island = star_polygon(ix, iy, lambda th: 135.0 * island_shape(th), 120)
    assert outer.is_valid and island.is_valid and outer.buffer(-150).contains(island)
    res = orient(Polygon(outer.exterior.coords, [island.exterior.coords]), 1.0)
    assert res.is_valid
    return res, radius


def river_line():
    """Existing river along the reservoir valley (drawn as 水库水面 inside the reservoir)."""
    t = np.linspace(-4000.0, 4000.0, 161)
    ux, uy = math.cos(RES_ANGLE), math.sin(RES_ANGLE)
    m = 60.0 * np.sin(t / 330.0)
    return LineString(zip(RES_X + t * ux - m * uy, RES_Y + t * uy + m * ux))


def river_upstream(river):
    """The river above the reservoir: it comes from the south-west (the first half of the line)."""
    coords = list(river.coords)
    return LineString(coords[:len(coords) // 2 + 1])


# ============================================================ villages
class Village:
    def __init__(self, name, x, y, radius, rng):
        self.name, self.x, self.y, self.radius = name, x, y, radius
        shape = harmonics(rng, np.arange(2, 5), 0.18)
        self.blob = star_polygon(x, y, lambda th: radius * shape(th), 72)
        self.polygon = None  # union of its settlement parcels, filled in later

    @property
    def seed(self):
        return Point(self.x, self.y)


def shore_seed(reservoir, res_radius, angle_deg, gap):
    """Point on the ray from the reservoir centre lying `gap` m outside the shore."""
    th = math.radians(angle_deg)
    ux, uy = math.cos(th), math.sin(th)
    lo = float(res_radius(np.array([th]))[0])
    hi = lo + 3.0 * gap + 200.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if reservoir.distance(Point(RES_X + mid * ux, RES_Y + mid * uy)) < gap:
            lo = mid
        else:
            hi = mid
    return RES_X + hi * ux, RES_Y + hi * uy


def make_villages(rng, reservoir, res_radius, town_outline, road_lines):
    villages = []
    for name, (ang, rad, depth) in SHORE_VILLAGES.items():
        x, y = shore_seed(reservoir, res_radius, ang, rad - depth)
        villages.append(Village(name, x, y, rad, rng))
    name, ang, rad, dist = CHAIHU
    x, y = shore_seed(reservoir, res_radius, ang, dist)
    villages.append(Village(name, x, y, rad, rng))
    inner = prep(town_outline)
    for name in OTHER_VILLAGES:
        for _ in range(20000):
            rad = float(rng.uniform(240.0, 320.0))
            p = Point(rng.uniform(CX - TOWN_R, CX + TOWN_R), rng.uniform(CY - TOWN_R, CY + TOWN_R))
            if (inner.contains(p.buffer(rad + 250.0, 8)) and reservoir.distance(p) > rad + 400.0
                    and all(p.distance(r) > rad + 80.0 for r in road_lines)
                    and all(p.distance(v.seed) > 1050.0 for v in villages)):
                villages.append(Village(name, p.x, p.y, rad, rng))
                break
        else:
            raise RuntimeError(f"no room for village {name}")
    return villages


# ============================================================ parcels
def settlement_index(lat, villages):
    """Village index of every lattice sub-cell inside a settlement blob, else -1."""
    sx, sy = lat.sub_centres()
    owner = np.full(sx.shape, -1, np.int32)
    for k, v in enumerate(villages):
        blob = prep(v.blob)
        x0, y0, x1, y1 = v.blob.bounds
        for I, J in zip(*np.nonzero((sx > x0) & (sx < x1) & (sy > y0) & (sy < y1))):
            i, j = I // SUB, J // SUB
            if lat.mask[i, j] and not lat.is_road(i, j) and blob.contains(Point(sx[I, J], sy[I, J])):
                owner[I, J] = k
    return owner


def polygon_parts(geom):
    if geom.is_empty:
        return []
    return list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]


def build_parcels(lat, owner):
    """Parcels as dicts: geom, settlement (village index or -1), road flag."""
    for I, J in zip(*np.nonzero(owner >= 0)):  # settlement cells use every lattice point
        i, j = I // SUB, J // SUB
        lat.active[SUB * i:SUB * i + SUB + 1, SUB * j:SUB * j + SUB + 1] = True
    parcels = []
    for j in range(lat.ny):
        for i in range(lat.nx):
            if not lat.mask[i, j]:
                continue
            block = owner[SUB * i:SUB * i + SUB, SUB * j:SUB * j + SUB]
            if (block < 0).all():
                parcels.append(dict(geom=lat.cell_polygon(i, j), settlement=-1, road=lat.is_road(i, j)))
                continue
            rest = []
            for dj in range(SUB):
                for di in range(SUB):
                    sub = lat.sub_polygon(SUB * i + di, SUB * j + dj)
                    if block[di, dj] >= 0:
                        parcels.append(dict(geom=sub, settlement=int(block[di, dj]), road=False))
                    else:
                        rest.append(sub)
            for part in polygon_parts(unary_union(rest)):  # the field left over
                parcels.append(dict(geom=part, settlement=-1, road=False))
    for p in parcels:
        p["geom"] = orient(p["geom"], 1.0)
        assert p["geom"].geom_type == "Polygon" and p["geom"].is_valid and not p["geom"].interiors
    return parcels


def check_tiling(parcels):
    """Exact tiling: area sums match the union, interior edges are shared exactly."""
    geoms = [p["geom"] for p in parcels]
    town = unary_union(geoms)
    assert town.geom_type == "Polygon" and not town.interiors
    total = sum(g.area for g in geoms)
    assert abs(town.area - total) <= 1e-9 * total, (town.area, total)
    edges = {}
    for g in geoms:
        c = list(g.exterior.coords)
        for a, b in zip(c[:-1], c[1:]):
            key = (a, b) if a < b else (b, a)
            edges[key] = edges.get(key, 0) + 1
    assert max(edges.values()) <= 2
    outline = sum(math.dist(a, b) for (a, b), n in edges.items() if n == 1)
    assert abs(outline - town.exterior.length) < 1e-6 * outline, (outline, town.exterior.length)
    return town


def assign_villages(parcels, villages):
    """村名: the settlement's village, else the nearest settlement."""
    for p in parcels:
        if p["settlement"] >= 0:
            p["village"] = villages[p["settlement"]].name
        else:
            c = p["geom"].centroid
            p["village"] = min(villages, key=lambda v: v.polygon.distance(c)).name


def settle_polygons(parcels, villages):
    for k, v in enumerate(villages):
        v.polygon = orient(unary_union([p["geom"] for p in parcels if p["settlement"] == k]), 1.0)
        assert v.polygon.geom_type == "Polygon" and not v.polygon.interiors, v.name
        assert 15.0 <= v.polygon.area / 1e4 <= 40.0, (v.name, v.polygon.area / 1e4)


def assign_landuse(parcels, villages, reservoir, river, rng):
    settlements = unary_union([v.polygon for v in villages])
    channel = prep(river.buffer(70.0))
    deep = prep(reservoir.buffer(-100.0))
    valley = prep(reservoir.buffer(300.0))
    for p in parcels:
        c = p["geom"].centroid
        if p["road"]:
            p["landuse"] = "公路用地"
        elif p["settlement"] >= 0:
            p["landuse"] = str(rng.choice(["农村宅基地", "果园", "设施农用地", "坑塘水面"],
                                          p=[0.90, 0.04, 0.03, 0.03]))
        elif channel.contains(c) and deep.contains(c):
            p["landuse"] = "水库水面"  # the existing river pool
        else:
            p["landuse"] = rural_landuse(c, settlements.distance(c), valley.contains(c), rng)


def rural_landuse(c, d_village, in_valley, rng):
    """Hills (林地/草地) to the north-west, farmland elsewhere, a little else near villages."""
    hill = ((c.x - CX) * -0.6 + (c.y - CY) * 0.8) / TOWN_R
    hill += 0.15 * math.sin(c.x / 700.0 + 1.3) * math.cos(c.y / 900.0 + 0.2) + rng.uniform(-0.1, 0.1)
    r = rng.random()
    if hill > 0.55:
        return "林地" if r < 0.65 else "草地" if r < 0.95 else "旱地"
    if hill > 0.35:
        return "草地" if r < 0.40 else "林地" if r < 0.55 else "旱地"
    if d_village < 300.0 and r < 0.05:
        return "设施农用地"
    if d_village < 500.0 and r < 0.11:
        return "果园"
    if d_village < 800.0 and r < 0.118 and not in_valley:
        return "坑塘水面"
    if r > 0.97:
        return "林地"  # shelter belts
    return "旱地"


# ============================================================ households
def safety_zone(reservoir):
    return reservoir.buffer(SAFETY_M)


def assign_households(parcels, reservoir, rng):
    """户数 on homestead parcels; exactly DISPLACED_TARGET inside the safety zone."""
    zone = safety_zone(reservoir)
    affected = []
    for p in parcels:
        p["households"] = None
        if p["landuse"] != "农村宅基地":
            continue
        overlap = p["geom"].intersection(zone).area
        if 0.0 < overlap < 100.0 or (overlap == 0.0 and p["geom"].distance(zone) < 20.0):
            p["landuse"] = "果园"  # would be ambiguous at the safety line
            continue
        p["households"] = max(2, round(p["geom"].area / rng.uniform(650.0, 950.0)))
        if overlap > 0.0:
            affected.append(p)
    total = sum(p["households"] for p in affected)
    delta = DISPLACED_TARGET - total
    assert abs(delta) <= 0.3 * total, f"geometry gives {total} displaced households"
    k = 0
    while delta:
        p = affected[k % len(affected)]
        new = p["households"] + (1 if delta > 0 else -1)
        if 2 <= new <= p["geom"].area / 250.0:
            p["households"], delta = new, delta - (1 if delta > 0 else -1)
        k += 1
        assert k < 100000
    return affected, total


def displaced_by_village(parcels, reservoir):
    """Independent recount: 户数 of homesteads overlapping the buffered reservoir.

    Also checks that no homestead is a borderline case: each one overlaps the
    buffered reservoir by >= 100 m2 or keeps >= 20 m away from it.
    """
    zone = safety_zone(reservoir)
    out = {}
    for p in parcels:
        if p["landuse"] != "农村宅基地":
            assert p["households"] is None
            continue
        assert p["households"] > 0
        overlap = p["geom"].intersection(zone).area
        assert overlap >= 100.0 or p["geom"].distance(zone) >= 20.0
        if overlap > 0.0:
            out[p["village"]] = out.get(p["village"], 0) + p["households"]
    return out


# ============================================================ planned polygons
def quad_shape(rng, area, aspect, angle):
    """Slightly irregular quadrilateral of ~area m^2 centred on the origin."""
    a = math.sqrt(area * aspect)
    b = area / a
    pts = np.array([(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2), (-a / 2, b / 2)])
    pts += rng.uniform(-0.04, 0.04, pts.shape) * np.array([a, b])
    ca, sa = math.cos(angle), math.sin(angle)
    return Polygon([(x * ca - y * sa, x * sa + y * ca) for x, y in pts])


def scale_to_ellipsoidal(poly, target_m2):
    for _ in range(3):
        f = math.sqrt(target_m2 / ellipsoidal_area(poly))
        poly = affinity.scale(poly, f, f, origin="centroid")
    return Polygon(rounded(poly.exterior.coords))


def place(shape, village, away, d_min, d_max, ok, finish=None):
    """First translate of `shape` around the village that satisfies ok().

    finish() adjusts each candidate in place (ellipsoidal areas depend on
    where the polygon is, so shapes are scaled after being moved).
    """
    for d in np.arange(d_min, d_max, 20.0):
        for da in (0, 20, -20, 40, -40, 60, -60, 90, -90, 120, -120, 150, -150, 180):
            a = away + math.radians(da)
            cand = affinity.translate(shape, village.x + d * math.cos(a), village.y + d * math.sin(a))
            cand = finish(cand) if finish else Polygon(rounded(cand.exterior.coords))
            if ok(cand):
                return cand
    raise RuntimeError(f"could not place a polygon near {village.name}")


class Obstacles:
    """Keep-out geometries with minimum clearances."""

    def __init__(self, town):
        self.inside = prep(town.buffer(-40.0))
        self.items = []

    def add(self, geom, clearance):
        self.items.append((geom, clearance))

    def ok(self, cand):
        return self.inside.contains(cand) and all(cand.distance(g) >= c for g, c in self.items)


def away_from_reservoir(village, reservoir):
    p, _ = nearest_points(reservoir.exterior, village.seed)
    return math.atan2(village.y - p.y, village.x - p.x)


def make_relocation_sites(rng, displaced, by_name, reservoir, obstacles):
    sites = []
    for name in SHORE_VILLAGES:
        hh = displaced[name]
        shape = quad_shape(rng, math.ceil(hh * HOUSEHOLD_M2 * 1.35 / 100.0) * 100.0, 1.4,
                           math.radians(rng.uniform(-8, 8)))
        v = by_name[name]
        site = place(shape, v, away_from_reservoir(v, reservoir), v.radius + 60.0, v.radius + 700.0,
                     lambda c: obstacles.ok(c) and c.distance(reservoir) >= SITE_DIST_M)
        assert site.area >= hh * HOUSEHOLD_M2
        obstacles.add(site, 40.0)
        sites.append(dict(geom=site, name=f"{name}安置点", village=name, households=hh))
    return sites


def make_greenhouse_zones(rng, by_name, reservoir, obstacles):
    zones = []
    for name, planned, on_shore in GREENHOUSES:
        v = by_name[name]
        target = planned * MU
        if on_shore:
            zone = shore_zone(rng, v, target, reservoir, obstacles.ok)
        else:
            shape = quad_shape(rng, target, rng.uniform(1.2, 1.6), math.radians(rng.uniform(-10, 10)))
            shape = affinity.translate(shape, -shape.centroid.x, -shape.centroid.y)
            zone = place(shape, v, away_from_reservoir(v, reservoir), v.radius + 100.0,
                         v.radius + 1500.0, lambda c: obstacles.ok(c) and c.distance(reservoir) >= 200.0,
                         finish=lambda c: scale_to_ellipsoidal(c, target))
        obstacles.add(zone, 40.0)
        zones.append(dict(geom=zone, name=f"{name}设施农业园区", village=name, planned=planned))
    return zones


def shore_zone(rng, village, target, reservoir, ok):
    """Zone between the village and the shore reaching SHORE_OVERLAP_MU under water.

    The zone is slid along the shore until ok() accepts it; for every lateral
    offset its distance from the shore is bisected to give the wanted overlap.
    """
    p, _ = nearest_points(reservoir.exterior, village.seed)
    ux, uy = village.x - p.x, village.y - p.y
    n = math.hypot(ux, uy)
    ux, uy = ux / n, uy / n
    shape = quad_shape(rng, target, 1.45, math.atan2(uy, ux) + math.pi / 2)
    shape = affinity.translate(shape, -shape.centroid.x, -shape.centroid.y)

    def at(t, s):
        z = affinity.translate(shape, p.x + t * ux - s * uy, p.y + t * uy + s * ux)
        return scale_to_ellipsoidal(z, target)

    for s in (0, 60, -60, 120, -120, 180, -180, 240, -240, 300, -300):
        lo, hi = -300.0, 600.0  # the overlap shrinks as the zone moves inland
        for _ in range(40):
            mid = (lo + hi) / 2
            if mu(at(mid, s).intersection(reservoir).area) > SHORE_OVERLAP_MU:
                lo = mid
            else:
                hi = mid
        zone = at(hi, s)
        if ok(zone):
            return zone
    raise RuntimeError("could not place the shore-crossing zone")


# ============================================================ wells
def farmland_union(parcels):
    return unary_union([p["geom"] for p in parcels if p["landuse"] in FARMLAND])


def make_wells(rng, by_name, farm, reservoir, obstacles, sites):
    farm_idx = prep(farm)
    settlements = unary_union([v.polygon for v in by_name.values()])
    site_union = unary_union([s["geom"] for s in sites])
    wells = []

    def ok(pt, others):
        return (obstacles.inside.contains(pt.buffer(100.0, 4)) and farm_idx.contains(pt)
                and reservoir.distance(pt) >= WELL_R_MAX + 10.0 and settlements.distance(pt) >= 60.0
                and site_union.distance(pt) >= 30.0 and all(pt.distance(w) >= 480.0 for w in others)
                and farm.intersection(pt.buffer(300.0, 16)).area > 0.8 * math.pi * 300.0 ** 2)

    clusters = list(WELL_CLUSTERS)
    for name in WELL_VILLAGES:
        if not clusters:
            break
        cluster = well_cluster(rng, by_name[name], clusters[0], wells, ok)
        if cluster:
            wells += cluster
            clusters.pop(0)
    assert not clusters, "not enough room for the wells"
    base = rng.uniform(260.0, 330.0, len(wells))
    return wells, base


def well_cluster(rng, v, count, wells, ok):
    """One well near village v, the others in a chain 500-600 m apart; None if no room."""
    for _ in range(1000):
        d, a = rng.uniform(v.radius + 300.0, v.radius + 900.0), rng.uniform(0, 2 * math.pi)
        cluster = [Point(round(v.x + d * math.cos(a), 2), round(v.y + d * math.sin(a), 2))]
        if not ok(cluster[0], wells):
            continue
        for _ in range(count - 1):
            for _ in range(200):
                d, a = rng.uniform(500.0, 600.0), rng.uniform(0, 2 * math.pi)
                pt = Point(round(cluster[-1].x + d * math.cos(a), 2),
                           round(cluster[-1].y + d * math.sin(a), 2))
                if ok(pt, wells + cluster):
                    cluster.append(pt)
                    break
        if len(cluster) == count:
            return cluster
    return None


def service_area(wells, radii):
    return unary_union([w.buffer(r, 64) for w, r in zip(wells, radii)])


def farmland_covered(farm, wells, radii):
    return mu(farm.intersection(service_area(wells, radii)).area)


def tune_radii(farm, wells, base):
    """Scale the radii so the circles cover IRRIGATION_MU of farmland."""
    def radii(s):
        return np.clip(np.round(base * s), WELL_R_MIN, WELL_R_MAX)

    lo, hi = 0.6, WELL_R_MAX / base.min()
    for _ in range(30):
        mid = (lo + hi) / 2
        if farmland_covered(farm, wells, radii(mid)) < IRRIGATION_MU:
            lo = mid
        else:
            hi = mid
    r = radii(hi)
    covered = farmland_covered(farm, wells, r)
    assert abs(covered / IRRIGATION_MU - 1) < 0.01, covered
    return r, covered


def irrigate(parcels, wells, radii, river, reservoir, rng):
    """Farmland inside a well's circle (or beside the river) is mostly 水浇地."""
    circles = prep(service_area(wells, radii))
    riverside = prep(river.buffer(450.0).difference(reservoir))
    for p in parcels:
        if p["landuse"] in FARMLAND:
            c = p["geom"].centroid
            wet = (circles.contains(c) and rng.random() < 0.9) or (riverside.contains(c) and rng.random() < 0.6)
            p["landuse"] = "水浇地" if wet else "旱地"


# ============================================================ roads
def make_roads(lat, villages, reservoir):
    county, township = lat.road_centreline("x"), lat.road_centreline("y")
    roads = [dict(geom=county, name="县道X531", grade="县道"),
             dict(geom=township, name="乡道Y058", grade="乡道")]
    others = unary_union([v.polygon for v in villages])
    for v in villages:
        if len(roads) == 5:
            break
        main = min((county, township), key=lambda r: r.distance(v.seed))
        _, q = nearest_points(v.seed, main)
        line = LineString(rounded([(v.x, v.y), (q.x, q.y)]))
        if (line.length < 2500.0 and line.distance(reservoir) > 150.0
                and line.difference(v.polygon).intersection(others).is_empty):
            roads.append(dict(geom=line, name=f"{v.name}村道", grade="村道"))
    for r in roads:
        assert r["geom"].distance(reservoir) > 150.0
    return roads


# ============================================================ output
OGR_TYPES = {"String": ogr.OFTString, "Real": ogr.OFTReal, "Integer": ogr.OFTInteger}


def srs_4549():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    return srs


def write_layer(ds, name, gtype, fields, features, options=()):
    """fields: (name, "String"|"Real"|"Integer", width, precision); widths only in a DBF."""
    lyr = ds.CreateLayer(name, srs_4549(), gtype, options=list(options))
    for fname, ftype, width, precision in fields:
        fd = ogr.FieldDefn(fname, OGR_TYPES[ftype])
        if width and ds.GetDriver().GetName() == "ESRI Shapefile":
            fd.SetWidth(width)
            fd.SetPrecision(precision)
        lyr.CreateField(fd)
    defn = lyr.GetLayerDefn()
    transactional = ds.TestCapability(ogr.ODsCTransactions)
    if transactional:
        ds.StartTransaction()
    for geom, values in features:
        f = ogr.Feature(defn)
        for k, val in enumerate(values):
            if val is not None:
                f.SetField(k, val)
        f.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
        lyr.CreateFeature(f)
    if transactional:
        ds.CommitTransaction()


def write_gpkg(layers):
    if GPKG.exists():
        GPKG.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(GPKG))
    for name, gtype, fields, features in layers:
        write_layer(ds, name, gtype, fields, features, ["GEOMETRY_NAME=geom", "FID=fid"])
    ds = None


def plan_layers(reservoir, villages, sites, zones, wells, radii, well_villages, roads):
    """The plan's own layers, as the planners drew them (names and fields in Chinese)."""
    text, real, integer = "String", "Real", "Integer"
    return [
        ("reservoir", ogr.wkbPolygon, [("名称", text, 0, 0)], [(reservoir, ("三座店水库",))]),
        ("villages", ogr.wkbPolygon, [("村名", text, 0, 0)],
         [(v.polygon, (v.name,)) for v in villages]),
        ("relocation_sites", ogr.wkbPolygon,
         [("名称", text, 0, 0), ("安置村", text, 0, 0), ("安置户数", integer, 0, 0)],
         [(s["geom"], (s["name"], s["village"], s["households"])) for s in sites]),
        ("greenhouse_zones", ogr.wkbPolygon,
         [("名称", text, 0, 0), ("村名", text, 0, 0), ("规划亩数", real, 0, 0)],
         [(z["geom"], (z["name"], z["village"], z["planned"])) for z in zones]),
        ("wells", ogr.wkbPoint, [("编号", text, 0, 0), ("村名", text, 0, 0), ("服务半径", real, 0, 0)],
         [(w, (f"J{k + 1:02d}", well_villages[k], float(r)))
          for k, (w, r) in enumerate(zip(wells, radii))]),
        ("roads", ogr.wkbLineString, [("名称", text, 0, 0), ("等级", text, 0, 0)],
         [(r["geom"], (r["name"], r["grade"])) for r in roads]),
    ]


def write_shapefile(parcels):
    if SHP_DIR.exists():
        shutil.rmtree(SHP_DIR)
    SHP_DIR.mkdir()
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(SHP_DIR / "DLTB.shp"))
    write_layer(ds, "DLTB", ogr.wkbPolygon, sandiao.DLTB_FIELDS, sandiao.dltb_features(parcels),
                ["ENCODING=CP936", f"DBF_DATE_LAST_UPDATE={FIXED_DATE}"])
    ds = None
    # GDAL writes "CP936"; the bare Windows code page number is what ArcGIS
    # documents for .cpg files, and GDAL maps it to CP936 as well.
    (SHP_DIR / "DLTB.cpg").write_text("936")


# ---------------------------------------------------------------- project.toml
# What `landplan init` writes for this folder (src/core/plan/init_project.cpp): the roles in
# their order, a style for each, the fields it names, and [styles.landuse] with the colour of
# each land use's first-level class. tests/cli/init_test.cpp checks that the shipped file is
# exactly that text followed by the planner's tables below.
INIT_HEADER = """\
# Written by landplan init from the layers of this folder: each layer it recognised, with its
# role, the fields it reads and a style. Add [planning], [targets] and [[rules]] for the plan.
"""

INIT_LAYERS = [  # key = role, layer, fields (meaning, field), style
    ("parcels", "DLTB", [("households", "户数")],
     '{ fill = "#e8d8a0", outline = "#806020", by = "DLMC" }'),
    ("reservoir", "reservoir", [("name", "名称")],
     '{ fill = "#4a90d9", outline = "#1c4f8a", opacity = 0.55 }'),
    ("villages", "villages", [("name", "村名")],
     '{ fill = "#e8826a", outline = "#a33a2a", opacity = 0.35 }'),
    ("relocation_sites", "relocation_sites",
     [("name", "名称"), ("village", "安置村"), ("households", "安置户数")],
     '{ fill = "#f4a340", outline = "#b35900", opacity = 0.7 }'),
    ("greenhouse_zones", "greenhouse_zones",
     [("name", "名称"), ("village", "村名"), ("planned_mu", "规划亩数")],
     '{ fill = "#c9a0dc", outline = "#7a3f9a", opacity = 0.5 }'),
    ("wells", "wells", [("name", "编号"), ("village", "村名"), ("radius", "服务半径")],
     '{ fill = "#1565c0", outline = "#ffffff", opacity = 1.0, size = 6 }'),
    ("roads", "roads", [("name", "名称")], '{ outline = "#5a5a5a", opacity = 1.0, width = 2.0 }'),
    ("basic_farmland", "YJJBNTBHTB", [], '{ outline = "#e0a800", width = 1.5 }'),
    ("ecological_redline", "STBHHX", [], '{ outline = "#2e7d32", width = 2.0 }'),
    ("development_boundary", "CZKFBJ", [], '{ outline = "#c2185b", width = 2.0 }'),
    ("village_boundaries", "CJDCQ", [], '{ outline = "#8d6e63", width = 1.0 }'),
    ("admin_boundary", "XZQ", [], '{ outline = "#212121", width = 2.5 }'),
]

PLANNER_TABLES = """
# What a printed map sheet (landplan render --paper) says about itself
[map]
title = "三座店镇土地利用规划图"
unit  = "三座店镇人民政府"
date  = "2026-12"

[planning]
reservoir_safety_m   = {safety:g}
household_area_m2    = {household:g}         # per-household land at relocation sites
default_well_radius_m = 300

[targets]
greenhouse_mu = 1500
irrigation_mu = {irrigation:g}

[[rules]]
name = "大棚不得占用水库"
forbid_overlap = ["greenhouse_zones", "reservoir"]

[[rules]]
name = "安置点不得压占水库"
forbid_overlap = ["relocation_sites", "reservoir"]

[[rules]]
name = "安置点距水库不少于100米"
min_distance = ["relocation_sites", "reservoir", 100]

[[rules]]
name = "大棚区不小于100亩"
min_area = ["greenhouse_zones", 100]
"""


def landuse_colours(parcels):
    """DLMC → its first-level class's colour, for the names present, in code-table order."""
    names, colours = sandiao.land_codes()
    present = {p["dlbm"] for p in parcels}
    return [(name, colours[level1]) for code, (name, level1) in names.items() if code in present]


def init_text(parcels):
    lines = [INIT_HEADER, "[project]", f'name = "{sandiao.TOWNSHIP_NAME}"', f'crs  = "EPSG:{EPSG}"']
    for key, layer, fields, style in INIT_LAYERS:
        lines += ["", f"[layers.{key}]", f'source = "{GPKG.name}"', f'layer  = "{layer}"',
                  f'role   = "{key}"']
        if fields:
            lines.append("fields = { " + ", ".join(f'{m} = "{f}"' for m, f in fields) + " }")
        lines.append(f"style  = {style}")
    lines += ["", "# The colour of each land use's first-level class (三调), for style.by",
              "[styles.landuse]"]
    lines += [f'"{name}" = "{colour}"' for name, colour in landuse_colours(parcels)]
    return "\n".join(lines) + "\n"


def write_project_toml(parcels):
    header = ("# landplan sample project: 三座店镇 (synthetic data, see README.md)\n"
              "# Generated by generate.py -- edit the generator, not this file.\n\n")
    planner = PLANNER_TABLES.format(safety=SAFETY_M, household=HOUSEHOLD_M2, irrigation=IRRIGATION_MU)
    (OUT / "project.toml").write_text(header + init_text(parcels) + planner, encoding="utf-8")


# ---------------------------------------------------------------- README.md
README = """\
# Sample data: 三座店镇

A synthetic township (about 9 km across, centred near 118.9°E 42.4°N) for
trying landplan out, laid out as the county's natural-resources bureau hands a
township over: the 第三次全国国土调查 (三调) land-use layer `DLTB` with its village
survey areas `CJDCQ` and the township `XZQ`, and the 三区三线 control lines
`YJJBNTBHTB` (永久基本农田), `STBHHX` (生态保护红线) and `CZKFBJ` (城镇开发边界) —
beside the plan's own layers (reservoir, villages, relocation sites, greenhouse
zones, wells, roads). All geometry and attributes are invented by
`generate.py` and `sandiao.py`; only the place names are real. Every layer is
in EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E).

`project.toml` is what `landplan init data/sample` writes for this folder,
followed by the planning figures, targets and rules a planner adds.

| file / layer | content |
|---|---|
| `sanzuodian.gpkg` `DLTB` | {n_parcels:,} polygons tiling the township exactly (shared vertices, no gaps or overlaps): the 三调 地类图斑, fields below |
| `CJDCQ` | {n_villages} village survey areas (村级调查区), the union of each village's parcels: `BSM`, `ZLDWDM`, `ZLDWMC`, `DCMJ` (调查面积, m²), `JSMJ` (计算面积, m²) |
| `XZQ` | the township (行政区): `BSM`, `XZQDM` ({township_code}), `XZQMC` (三座店镇), `DCMJ`, `JSMJ` |
| `YJJBNTBHTB` | {n_basic:,} 永久基本农田保护图斑 on the farmland (below): `BSM`, `XZQDM`/`XZQMC` (the village), `YJJBNTTBBH`, `DLBM`, `DLMC`, `QSXZ`, `QSDWDM`, `QSDWMC`, `ZLDWDM`, `ZLDWMC`, `YJJBNTTBMJ`, `KCDLBM`, `KCXS`, `KCMJ`, `YJJBNTMJ` (= `YJJBNTTBMJ` − `KCMJ`), `GDLX`, `GDPDJB`, `SJNF` {control_year} |
| `STBHHX` | 2 生态保护红线 areas (multipolygons): `BSM`, `XZQDM`, `XZQMC`, `HXMC`, `HXLX`, `MJ` (m²) |
| `CZKFBJ` | the 城镇开发边界 round the township seat 三座店: `BSM`, `XZQDM`, `XZQMC`, `GHFQDM` 41, `GHFQMC` 城镇集中建设区, `MJ` |
| `reservoir` | planned normal-pool surface of 三座店水库 (`名称`): one polygon, {res_vertices} vertices, one island |
| `villages` | 20 settlement outlines (`村名`), the union of each village's settlement parcels; 三座店, 孤山子 and 池家营子 reach under the reservoir |
| `relocation_sites` | 3 planned resettlement sites: `名称`, `安置村`, `安置户数` |
| `greenhouse_zones` | 4 planned facility-agriculture areas: `名称`, `村名`, `规划亩数` |
| `wells` | 23 irrigation wells: `编号` J01–J23, `村名`, `服务半径` (m) |
| `roads` | {n_roads} road centre lines: `名称`, `等级` |
| `shp/DLTB.*` | the DLTB layer as a GBK shapefile (`.cpg` = `936`), with the 三调 field widths |

Coordinates are stored x = easting, y = northing (GDAL's traditional GIS
order), although EPSG:4549 formally lists northing first.  The shapefile's
`.cpg` holds the bare Windows code page number `936`, which ArcGIS expects and
GDAL maps to CP936; the DBF language-driver byte is left at 0.

## DLTB, field by field

| field | content |
|---|---|
| `BSM` | 标识码: county code 150423 and a 12-digit sequence (18 characters) |
| `TBBH` | 图斑编号: 1, 2, … within each village |
| `DLBM`, `DLMC` | 地类编码/名称 of `data/codes/sandiao_dlbm.csv`: {class_list} |
| `QSXZ` | 权属性质: 30 (集体土地所有权); 20 (国有土地使用权) for 公路用地 and 水库水面 |
| `QSDWDM`, `QSDWMC` | 权属单位代码/名称: the village (the collective that owns the land; for state land the village it lies in) |
| `ZLDWDM`, `ZLDWMC` | 坐落单位代码/名称: 19 digits, `{county}` + `{township}` (镇) + `201`…`220` (村民委员会) + `0000000`; the name is the village's name as the plan's layers write it |
| `TBMJ` | 图斑面积, m², 2 decimals: the ellipsoidal area on CGCS2000 (GRS80, pyproj `Geod` on the lon/lat), adjusted as the survey does (面积平差): the township's area, to the cent, is shared out to the villages (`CJDCQ.DCMJ`) and each village's to its parcels, rounding remainders to the largest remainders, so `TBMJ` adds up exactly to `DCMJ` and each stays within 0.01 m² of its own ellipsoidal area |
| `KCDLBM`, `KCXS`, `KCMJ` | 扣除地类编码 1203 (田坎), 扣除系数 and 扣除面积 = round(`TBMJ` × `KCXS`, 2) on sloping farmland; `KCXS` from one table by slope grade and type (2 PD 0.05; 3 PD 0.08, TT 0.10; 4 PD 0.11, TT 0.13; 5 0.15 — invented values in the range county tables give), 0 elsewhere |
| `TBDLMJ` | 图斑地类面积 = `TBMJ` − `KCMJ` |
| `GDLX` | 耕地类型 on farmland steeper than 2°: TT (梯田) or PD (坡地) |
| `GDPDJB` | 耕地坡度级别 of farmland, 1–5 (≤2°, 2–6°, 6–15°, 15–25°, >25°), rising towards the north-western hills |
| `CZCSXM` | 城镇村属性码 of the parcels in a village's built-up area: 202 (建制镇) in the seat 三座店, 203 (村庄) elsewhere |
| `SJNF` | 数据年份 2019 |
| `户数` | households on 农村宅基地 parcels, NULL elsewhere — the township's own figure, **not a 三调 field** (the survey records land, not households) |

## The control lines

- **永久基本农田**: the farmland (耕地) less what was kept out when the lines
  were drawn — the reservoir with its {safety:g} m safety zone, the other two
  lines, a construction reserve of {reserve:g} m round every village, the
  relocation sites of 三座店 and 孤山子 (planned before the lines), land steeper
  than 25° and pieces under {min_piece:g} mu — merged into protection polygons
  of one village, code, slope grade and type: {basic_mu:,.0f} mu, {basic_share:.0f}% of the
  耕地 ({farm_tbmj_mu:,.0f} mu by `TBMJ`). `YJJBNTTBMJ` is the polygon's ellipsoidal area.
  池家营子安置点 was drawn later and occupies **{late_mu:.2f} mu** of it; the other
  two sites occupy none. The greenhouse zones lie on it ({zone_basic}); that is
  reported (facility agriculture on 永久基本农田 needs its procedure), not forbidden.
- **生态保护红线**: {red_lines}. No site or zone touches it.
- **城镇开发边界**: the seat's built-up area with 150 m round it and its
  relocation site with 60 m, kept 100 m from the reservoir: {dev_mu:,.0f} mu.
  三座店安置点 lies inside; the other two sites and every zone lie outside.
- The three lines do not overlap one another.

## Headline figures (as printed by the generator)

- Parcels: {n_parcels:,}; township area {town_mu:,.0f} mu ({town_km2:.2f} km²; `XZQ.DCMJ` {xzq_dcmj:,.2f} m²)
- Farmland (水浇地 + 旱地): {farm_mu:,.0f} mu planar, {farm_tbmj_mu:,.0f} mu by `TBMJ` (ellipsoidal), of which 田坎 (`KCMJ`) {tiankan_mu:,.0f} mu on
  {n_deducted} sloping parcels; slope grades 1–5: {grades}
- Reservoir: {res_mu:,.0f} mu ({res_km2:.2f} km², planar), island {island_mu:.0f} mu
- Households displaced (户数 of 农村宅基地 parcels overlapping the reservoir
  buffered by {safety:g} m): {displaced_lines}; total **{displaced_total}**
- Relocation sites: {site_lines}
- Greenhouse zones, ellipsoidal area (GRS80): {zone_lines}; total {zone_total:,.1f} mu
- The only rule violation: {shore_zone} lies {shore_mu:.1f} mu inside the reservoir
  (rule 大棚不得占用水库); the relocation sites keep {site_min_dist:.0f} m or more from it
- Farmland inside the union of the 23 wells' service circles: **{covered:,.0f} mu**
  (target {irrigation:,.0f})

## What we could and could not check

The DLTB fields, their order of meaning and widths follow the 三调 database as
public tools and database schemas imported from county GDBs show it; the
三区三线 fields (`YJJBNTBHTB`: `YJJBNTTBBH`, `YJJBNTTBMJ`, `YJJBNTMJ`…; `STBHHX`:
`HXMC`, `HXLX`, `MJ`; `CZKFBJ`: `GHFQDM`, `GHFQMC`, `MJ`; `XZQ`: `XZQDM` of 9
digits, `DCMJ`, `JSMJ`) follow such a schema as well. We could not check
against a published standard: the `BSM` and `YJJBNTTBBH` formats (ours are
made up), `YJJBNTBHTB.XZQDM` at village level (12 digits, as an older 基本农田
standard has it), `GHFQDM` 41 for 城镇集中建设区, the `HXLX` wording, the
`CJDCQ` field list beyond `ZLDWDM`/`ZLDWMC`/`DCMJ`, and the 田坎 coefficients.
`YSDM` (要素代码) is left out for the same reason. The county code 150423 is
illustrative, like everything else here.

## Regenerating

    /usr/bin/python3 data/sample/generate.py

Needs Debian's `python3-gdal`, `python3-shapely` (1.8), `python3-pyproj` and
`python3-numpy`.  The output is byte-for-byte reproducible.  This README and
`project.toml` are written by the generator as well.
"""


def write_readme(fig):
    (OUT / "README.md").write_text(README.format(**fig), encoding="utf-8")


# ============================================================ checks & report
def check_planning(reservoir, villages, sites, zones, wells, radii):
    under = [v.name for v in villages if v.polygon.intersection(reservoir).area > 0]
    assert sorted(under) == sorted(SHORE_VILLAGES), under
    assert all(v.polygon.distance(reservoir) > 200.0 for v in villages if v.name not in SHORE_VILLAGES)
    settlements = unary_union([v.polygon for v in villages])
    for s in sites:
        assert s["geom"].distance(reservoir) >= 100.0 and s["geom"].area >= s["households"] * HOUSEHOLD_M2
        assert not s["geom"].intersects(settlements)
    assert sum(s["households"] for s in sites) == DISPLACED_TARGET
    for z in zones:
        assert abs(mu(ellipsoidal_area(z["geom"])) / z["planned"] - 1) < 0.005
        assert not z["geom"].intersects(settlements)
        assert not any(z["geom"].intersects(s["geom"]) for s in sites)
        assert not any(z["geom"].intersects(o["geom"]) for o in zones if o is not z)
    wet = [z for z in zones if z["geom"].intersects(reservoir)]
    assert len(wet) == 1 and 2.0 < mu(wet[0]["geom"].intersection(reservoir).area) < 10.0
    assert len(wells) == 23 and not any(w.intersects(reservoir) for w in wells)
    overlaps = sum(1 for a in range(len(wells)) for b in range(a)
                   if wells[a].distance(wells[b]) < radii[a] + radii[b])
    assert overlaps >= 5
    return wet[0], overlaps


def village_at(parcels, pt):
    for p in parcels:
        if p["geom"].intersects(pt):
            return p["village"]
    raise ValueError(pt)


def survey_layers(parcels, villages, town, reservoir, river, sites, zones):
    """The county's layers (sandiao.py): DLTB, CJDCQ, XZQ and the three control lines."""
    sandiao.describe_parcels(parcels, villages, np.random.default_rng(111))
    township, areas = sandiao.adjust_areas(parcels, villages, town)
    settlements = unary_union([v.polygon for v in villages])
    seat = next(v for v in villages if v.name == sandiao.SEAT)
    seat_site = next(s["geom"] for s in sites if s["village"] == sandiao.SEAT)
    boundary = sandiao.development_boundary(seat, seat_site, reservoir, town)
    lines = sandiao.red_line(parcels, settlements, river_upstream(river), reservoir, town)
    exclusions = [boundary] + [r["geom"] for r in lines]
    farmland, reserve, late_mu = sandiao.basic_farmland(parcels, settlements, reservoir, exclusions,
                                                        sites, SAFETY_M)
    farm, red = sandiao.check_control_lines(farmland, lines, boundary, sites, zones)
    layers = [
        ("DLTB", ogr.wkbPolygon, sandiao.DLTB_FIELDS, sandiao.dltb_features(parcels)),
        ("CJDCQ", ogr.wkbMultiPolygon, sandiao.CJDCQ_FIELDS, sandiao.cjdcq_features(villages, areas)),
        ("XZQ", ogr.wkbPolygon, sandiao.XZQ_FIELDS, sandiao.xzq_features(town, township)),
        ("YJJBNTBHTB", ogr.wkbPolygon, sandiao.YJJBNT_FIELDS, sandiao.yjjbnt_features(farmland)),
        ("STBHHX", ogr.wkbMultiPolygon, sandiao.STBHHX_FIELDS, sandiao.stbhhx_features(lines)),
        ("CZKFBJ", ogr.wkbPolygon, sandiao.CZKFBJ_FIELDS, sandiao.czkfbj_features(boundary)),
    ]
    survey = dict(township=township, farmland=farmland, reserve=reserve, late_mu=late_mu,
                  lines=lines, boundary=boundary, basic=farm, red=red)
    return layers, survey


def main():
    gdal.SetConfigOption("OGR_CURRENT_DATE", f"{FIXED_DATE}T00:00:00Z")

    lat = Lattice(np.random.default_rng(11))
    reservoir, res_radius = make_reservoir(np.random.default_rng(22))
    river = river_line()
    town_guess = star_polygon(CX, CY, town_radius, 360)
    roads_guess = [LineString([(CX - 6000, ROAD_Y), (CX + 6000, ROAD_Y)]),
                   LineString([(ROAD_X, CY - 6000), (ROAD_X, CY + 6000)])]
    villages = make_villages(np.random.default_rng(33), reservoir, res_radius, town_guess, roads_guess)
    by_name = {v.name: v for v in villages}

    parcels = build_parcels(lat, settlement_index(lat, villages))
    town = check_tiling(parcels)
    assert town.buffer(-300).contains(reservoir)
    settle_polygons(parcels, villages)
    assign_villages(parcels, villages)
    assign_landuse(parcels, villages, reservoir, river, np.random.default_rng(44))
    affected, raw_total = assign_households(parcels, reservoir, np.random.default_rng(55))
    displaced = displaced_by_village(parcels, reservoir)
    assert sum(displaced.values()) == DISPLACED_TARGET and sorted(displaced) == sorted(SHORE_VILLAGES)

    roads = make_roads(lat, villages, reservoir)
    obstacles = Obstacles(town)
    obstacles.add(unary_union([v.polygon for v in villages]), 40.0)
    obstacles.add(unary_union([p["geom"] for p in parcels
                               if p["landuse"] in ("公路用地", "坑塘水面", "水库水面")]), 10.0)
    for r in roads[2:]:
        obstacles.add(r["geom"], 20.0)
    sites = make_relocation_sites(np.random.default_rng(66), displaced, by_name, reservoir, obstacles)
    zones = make_greenhouse_zones(np.random.default_rng(77), by_name, reservoir, obstacles)
    farm = farmland_union(parcels)
    wells, base = make_wells(np.random.default_rng(88), by_name, farm, reservoir, obstacles, sites)
    radii, covered = tune_radii(farm, wells, base)
    irrigate(parcels, wells, radii, river, reservoir, np.random.default_rng(99))
    assert abs(farmland_covered(farmland_union(parcels), wells, radii) - covered) < 1e-6
    well_villages = [village_at(parcels, w) for w in wells]
    wet_zone, overlaps = check_planning(reservoir, villages, sites, zones, wells, radii)

    survey, figures = survey_layers(parcels, villages, town, reservoir, river, sites, zones)
    layers = survey[:1] + plan_layers(reservoir, villages, sites, zones, wells, radii,
                                      well_villages, roads) + survey[1:]
    write_gpkg(layers)
    write_shapefile(parcels)
    write_project_toml(parcels)
    assert GPKG.stat().st_size < 4e6

    fig = report(parcels, town, reservoir, villages, displaced, raw_total, sites, zones, wet_zone,
                 wells, radii, overlaps, covered, roads)
    fig.update(survey_report(parcels, villages, sites, zones, figures))
    write_readme(fig)


def report(parcels, town, reservoir, villages, displaced, raw_total, sites, zones, wet_zone,
           wells, radii, overlaps, covered, roads):
    print(f"parcels: {len(parcels)} (exact tiling; township {mu(town.area):,.0f} mu = "
          f"{town.area / 1e6:.2f} km2, {len(town.exterior.coords) - 1} outline vertices)")
    classes = {}
    for p in parcels:
        classes[p["landuse"]] = classes.get(p["landuse"], 0.0) + p["geom"].area
    print("land use (mu): " + ", ".join(f"{k} {mu(a):,.0f}" for k, a in
                                        sorted(classes.items(), key=lambda kv: -kv[1])))
    island = Polygon(reservoir.interiors[0])
    nv = len(reservoir.exterior.coords) + len(reservoir.interiors[0].coords)
    print(f"reservoir: {mu(reservoir.area):,.0f} mu ({reservoir.area / 1e6:.2f} km2 planar, "
          f"{mu(ellipsoidal_area(reservoir)):,.0f} mu ellipsoidal), "
          f"{nv} vertices, island {mu(island.area):.1f} mu")
    print("villages (ha): " + ", ".join(f"{v.name} {v.polygon.area / 1e4:.1f}" for v in villages))
    for name in SHORE_VILLAGES:
        v = next(x for x in villages if x.name == name)
        print(f"  {name}: {v.polygon.intersection(reservoir).area / 1e4:.1f} ha under the reservoir")
    print(f"households displaced (within {SAFETY_M:g} m): "
          + ", ".join(f"{k} {displaced[k]}" for k in SHORE_VILLAGES)
          + f"; total {sum(displaced.values())} (geometry gave {raw_total} before adjusting)")
    for s in sites:
        print(f"relocation site {s['name']}: {s['households']} households, {s['geom'].area:,.0f} m2 "
              f"(needs {s['households'] * HOUSEHOLD_M2:,.0f}), {s['geom'].distance(reservoir):.0f} m "
              f"from the reservoir")
    zone_mu = [mu(ellipsoidal_area(z["geom"])) for z in zones]
    for z, m in zip(zones, zone_mu):
        print(f"greenhouse zone {z['name']}: planned {z['planned']:g} mu, ellipsoidal {m:.2f} mu, "
              f"planar {mu(z['geom'].area):.2f} mu")
    shore_mu = mu(wet_zone["geom"].intersection(reservoir).area)
    print(f"  total {sum(zone_mu):,.1f} mu; {wet_zone['name']} has {shore_mu:.1f} mu under water")
    print(f"wells: {len(wells)}, radii {radii.min():.0f}-{radii.max():.0f} m, {overlaps} overlapping "
          f"pairs; farmland covered: {covered:,.1f} mu (target {IRRIGATION_MU:,.0f})")
    print("roads: " + ", ".join(f"{r['name']} ({r['grade']}, {r['geom'].length / 1000:.1f} km)" for r in roads))
    farm = sum(a for k, a in classes.items() if k in FARMLAND)
    return dict(
        n_parcels=len(parcels), town_mu=mu(town.area), town_km2=town.area / 1e6, farm_mu=mu(farm),
        res_mu=mu(reservoir.area), res_km2=reservoir.area / 1e6, island_mu=mu(island.area),
        res_vertices=nv, safety=SAFETY_M, n_roads=len(roads),
        displaced_lines=", ".join(f"{k} {displaced[k]}" for k in SHORE_VILLAGES),
        displaced_total=sum(displaced.values()),
        site_lines="; ".join(f"{s['name']} {s['households']} households on {s['geom'].area:,.0f} m²"
                             for s in sites),
        zone_lines=", ".join(f"{z['name']} {m:.1f}" for z, m in zip(zones, zone_mu)),
        zone_total=sum(zone_mu), shore_zone=wet_zone["name"], shore_mu=shore_mu,
        site_min_dist=min(s["geom"].distance(reservoir) for s in sites),
        covered=covered, irrigation=IRRIGATION_MU)


def survey_report(parcels, villages, sites, zones, s):
    """Prints the 三调 and 三区三线 figures; returns them for the README."""
    names, _ = sandiao.land_codes()
    farm_m2 = sum(p["tbmj"] for p in parcels if p["grade"] is not None)
    deducted = [p for p in parcels if p["kcxs"] > 0.0]
    grades = [sum(p["tbmj"] for p in parcels if p["grade"] == g) / MU for g in range(1, 6)]
    basic_mu = sum(ellipsoidal_area(g) for _, g in s["farmland"]) / MU
    zone_basic = ", ".join(f"{z['name']} {mu(z['geom'].intersection(s['basic']).area):.0f} mu"
                           for z in zones)
    red_lines = "; ".join(f"{r['name']} ({r['kind']}, {mu(ellipsoidal_area(r['geom'])):,.0f} mu, "
                          f"{len(r['geom'].geoms)} part{'s' if len(r['geom'].geoms) > 1 else ''})"
                          for r in s["lines"])
    print(f"DLTB: sum TBMJ {sum(p['tbmj'] for p in parcels):,.2f} m2 = XZQ DCMJ "
          f"{s['township']['dcmj']:,.2f}; 耕地 {farm_m2 / MU:,.0f} mu, 田坎 "
          f"{sum(p['kcmj'] for p in deducted) / MU:,.0f} mu on {len(deducted)} parcels; grades 1-5 (mu) "
          + ", ".join(f"{g:,.0f}" for g in grades))
    print(f"永久基本农田: {len(s['farmland'])} polygons, {basic_mu:,.0f} mu "
          f"({100 * basic_mu / (farm_m2 / MU):.0f}% of 耕地), reserve {s['reserve']:g} m; "
          f"{sandiao.SITE_ON_FARMLAND} on {s['late_mu']:.2f} mu; zones: {zone_basic}")
    print(f"生态保护红线: {red_lines}")
    print(f"城镇开发边界: {mu(ellipsoidal_area(s['boundary'])):,.0f} mu")
    return dict(
        n_villages=len(villages), township_code=sandiao.township_code(), n_basic=len(s["farmland"]),
        control_year=sandiao.CONTROL_LINE_YEAR, county=sandiao.COUNTY, township=sandiao.TOWNSHIP,
        class_list=", ".join(f"{old} → {code} {names[code][0]}"
                             for old, code in sandiao.LAND_CLASSES.items()),
        reserve=s["reserve"], min_piece=sandiao.FARMLAND_MIN_MU, basic_mu=basic_mu,
        basic_share=100 * basic_mu / (farm_m2 / MU), farm_tbmj_mu=farm_m2 / MU,
        late_mu=s["late_mu"], zone_basic=zone_basic,
        red_lines=red_lines, dev_mu=mu(ellipsoidal_area(s["boundary"])),
        xzq_dcmj=s["township"]["dcmj"], tiankan_mu=sum(p["kcmj"] for p in deducted) / MU,
        n_deducted=len(deducted), grades=", ".join(f"{g:,.0f}" for g in grades) + " mu")


if __name__ == "__main__":
    main()
