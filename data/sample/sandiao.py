"""The sample township as the county's land-survey database would hold it.

generate.py draws the township (parcels, reservoir, villages, planned sites);
this module writes it down the way the county natural-resources bureau hands
such data over: the parcels as a 三调 地类图斑 layer (DLTB) with codes,
owners, official areas and 田坎 deductions; the village survey areas (CJDCQ)
and the township (XZQ); and the 三区三线 control lines 永久基本农田
(YJJBNTBHTB), 生态保护红线 (STBHHX) and 城镇开发边界 (CZKFBJ).

Everything here is invented, as in generate.py; only the field names and the
way values are formed follow the 三调 and 三区三线 databases (README.md says
which of them we could check against public sources).
"""
import csv
import math
from pathlib import Path

from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import transform, unary_union

EPSG = 4549
MU = 10000.0 / 15.0
CODES_CSV = Path(__file__).resolve().parent.parent / "codes" / "sandiao_dlbm.csv"

TO_GEOGRAPHIC = Transformer.from_crs(EPSG, 4490, always_xy=True)
GEOD = Geod(ellps="GRS80")  # CGCS2000's ellipsoid

# ---------------------------------------------------------------- codes
COUNTY = "150423"        # illustrative county code (县级行政区划代码)
TOWNSHIP = "103"         # 三座店镇: 1xx are towns (镇) in the statistical division codes
TOWNSHIP_NAME = "三座店镇"
SEAT = "三座店"           # the township seat (镇政府驻地)
SURVEY_YEAR = 2019       # SJNF: 三调's standard date is 2019-12-31
CONTROL_LINE_YEAR = 2022  # the 三区三线 were approved in 2022

# The generator's land-use classes as 三调 codes. 林地 of the hills is 乔木林地 (tree cover
# over 0.2), 草地 on the same hills is not grazed, so 其他草地 rather than 天然牧草地.
LAND_CLASSES = {
    "水浇地": "0102", "旱地": "0103", "果园": "0201", "林地": "0301", "草地": "0404",
    "农村宅基地": "0702", "设施农用地": "1202", "坑塘水面": "1104", "水库水面": "1103",
    "公路用地": "1003",
}
STATE_OWNED = {"1003", "1103"}  # roads and the river pool: QSXZ 20 (国有土地使用权)
COLLECTIVE, STATE = "30", "20"  # QSXZ 集体土地所有权, 国有土地使用权
TERRACE_SHARE = {3: 0.4, 4: 0.6, 5: 0.6}  # of the farmland of a slope grade that is 梯田
# 田坎系数 by slope grade and 耕地类型: a county publishes one such table; these values are
# invented in the range such tables give (larger on steeper land, larger on terraces).
KCXS_TABLE = {(2, "PD"): 0.05, (3, "PD"): 0.08, (3, "TT"): 0.10, (4, "PD"): 0.11,
              (4, "TT"): 0.13, (5, "PD"): 0.15, (5, "TT"): 0.15}
FIELD_DEDUCTION = "1203"  # KCDLBM: 田坎

# ---------------------------------------------------------------- control lines
RESERVE_M = (100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0)
SITE_ON_FARMLAND = "池家营子安置点"  # drawn after the 三区三线 were approved
FARMLAND_MIN_MU = 2.0       # farmland pieces below this are too broken up to designate
HILL_REDLINE = 0.6          # hill index above which the forest and grassland is red line
RIVER_HALF_WIDTH = 120.0    # of the red-line corridor along the river upstream
SETTLEMENT_CLEARANCE = 200.0


def ellipsoidal_area(poly):
    """TBMJ's area: the geodesic area on CGCS2000 (GRS80) of the polygon's lon/lat."""
    lonlat = transform(TO_GEOGRAPHIC.transform, poly)
    area, _ = GEOD.geometry_area_perimeter(lonlat)
    return abs(area)


def land_codes():
    """code → (name, first-level class) and first-level class → colour, from the code table."""
    names, colours = {}, {}
    with open(CODES_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = (row["name"], row["level1"])
            if row["colour"]:
                colours[row["level1"]] = row["colour"]
    return names, colours


def village_code(k):
    """ZLDWDM of the k-th village: county, township, 村民委员会 code (2xx), 7 zeros: 19 digits."""
    return f"{COUNTY}{TOWNSHIP}{201 + k:03d}0000000"


def township_code():
    return COUNTY + TOWNSHIP


def balanced_cents(exact, total):
    """Values to 0.01 that add up to `total` exactly, each within 0.01 of its exact value.

    The survey's area adjustment (面积平差): parcel areas are made to add up to their
    village's, and villages' to the township's, by giving the rounding remainder to the
    largest remainders first.
    """
    cents = [math.floor(a * 100.0) for a in exact]
    rest = round(total * 100.0) - sum(cents)
    assert 0 <= rest <= len(exact), (rest, len(exact))
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] * 100.0 - cents[i]), i))
    for i in order[:rest]:
        cents[i] += 1
    return [c / 100.0 for c in cents]


def hill_index(c):
    """The smooth part of generate.py's hill index: where the land rises to the north-west."""
    cx, cy, r = 409400.0, 4696700.0, 4400.0
    return (((c.x - cx) * -0.6 + (c.y - cy) * 0.8) / r
            + 0.15 * math.sin(c.x / 700.0 + 1.3) * math.cos(c.y / 900.0 + 0.2))


def slope_grade(c, rng):
    """耕地坡度级别 1–5 (≤2°, 2–6°, 6–15°, 15–25°, >25°) from the hill index."""
    h = hill_index(c) + rng.uniform(-0.05, 0.05)
    return 1 + sum(h >= t for t in (-0.15, 0.15, 0.40, 0.65))


# ============================================================ DLTB
def describe_parcels(parcels, villages, rng):
    """Adds the 三调 attributes to every parcel dict (code, owner, slope, deduction)."""
    names, _ = land_codes()
    index = {v.name: k for k, v in enumerate(villages)}
    numbers = {}
    for n, p in enumerate(parcels):
        code = LAND_CLASSES[p["landuse"]]
        k = index[p["village"]]
        numbers[k] = numbers.get(k, 0) + 1
        p.update(bsm=f"{COUNTY}{n + 1:012d}", tbbh=str(numbers[k]), dlbm=code,
                 dlmc=names[code][0], qsxz=STATE if code in STATE_OWNED else COLLECTIVE,
                 zldwdm=village_code(k), grade=None, gdlx=None, kcxs=0.0)
        if p["settlement"] >= 0:  # inside a village's built-up area (城镇村范围)
            p["czcsxm"] = "202" if p["village"] == SEAT else "203"  # 建制镇 / 村庄
        else:
            p["czcsxm"] = None
        if names[code][1] == "01":
            grade = slope_grade(p["geom"].centroid, rng)
            gdlx = None
            if grade >= 2:  # 耕地类型 is given for farmland steeper than 2°
                gdlx = "TT" if rng.random() < TERRACE_SHARE.get(grade, 0.0) else "PD"
            p.update(grade=grade, gdlx=gdlx, kcxs=KCXS_TABLE.get((grade, gdlx), 0.0))


def adjust_areas(parcels, villages, town):
    """TBMJ, KCMJ, TBDLMJ of the parcels and DCMJ/JSMJ of the villages and the township.

    JSMJ is the computed ellipsoidal area; DCMJ the adjusted one: the township's to the
    cent, the villages' balanced to add up to it, and each village's parcels' TBMJ to its
    DCMJ. Every TBMJ stays within 0.01 m² of its polygon's ellipsoidal area.
    """
    exact = [ellipsoidal_area(p["geom"]) for p in parcels]
    township = dict(jsmj=round(ellipsoidal_area(town), 2))
    township["dcmj"] = township["jsmj"]
    by_village = [[i for i, p in enumerate(parcels) if p["village"] == v.name] for v in villages]
    village_exact = [sum(exact[i] for i in members) for members in by_village]
    assert abs(sum(village_exact) - ellipsoidal_area(town)) < 1e-3
    village_dcmj = balanced_cents(village_exact, township["dcmj"])
    areas = []
    for v, members, vexact, dcmj in zip(villages, by_village, village_exact, village_dcmj):
        shape = unary_union([parcels[i]["geom"] for i in members])
        assert abs(ellipsoidal_area(shape) - vexact) < 1e-3, v.name
        areas.append(dict(geom=shape, jsmj=round(vexact, 2), dcmj=dcmj))
        for i, tbmj in zip(members, balanced_cents([exact[i] for i in members], dcmj)):
            p = parcels[i]
            kcmj = round(tbmj * p["kcxs"], 2)
            p.update(tbmj=tbmj, kcmj=kcmj, tbdlmj=round(tbmj - kcmj, 2))
    for p, a in zip(parcels, exact):
        assert abs(p["tbmj"] - a) <= 0.01 + 1e-9, (p["bsm"], p["tbmj"], a)
    return township, areas


DLTB_FIELDS = [  # (name, OGR type name, width, precision)
    ("BSM", "String", 18, 0), ("TBBH", "String", 8, 0), ("DLBM", "String", 5, 0),
    ("DLMC", "String", 60, 0), ("QSXZ", "String", 2, 0), ("QSDWDM", "String", 19, 0),
    ("QSDWMC", "String", 60, 0), ("ZLDWDM", "String", 19, 0), ("ZLDWMC", "String", 60, 0),
    ("TBMJ", "Real", 15, 2), ("KCDLBM", "String", 5, 0), ("KCXS", "Real", 6, 4),
    ("KCMJ", "Real", 15, 2), ("TBDLMJ", "Real", 15, 2), ("GDLX", "String", 2, 0),
    ("GDPDJB", "String", 2, 0), ("CZCSXM", "String", 4, 0), ("SJNF", "Integer", 4, 0),
    ("户数", "Integer", 6, 0),
]


def dltb_features(parcels):
    out = []
    for p in parcels:
        deducted = p["kcxs"] > 0.0
        out.append((p["geom"], (
            p["bsm"], p["tbbh"], p["dlbm"], p["dlmc"], p["qsxz"], p["zldwdm"], p["village"],
            p["zldwdm"], p["village"], p["tbmj"], FIELD_DEDUCTION if deducted else None,
            p["kcxs"], p["kcmj"], p["tbdlmj"], p["gdlx"],
            str(p["grade"]) if p["grade"] else None, p["czcsxm"], SURVEY_YEAR, p["households"])))
    return out


CJDCQ_FIELDS = [("BSM", "String", 18, 0), ("ZLDWDM", "String", 19, 0),
                ("ZLDWMC", "String", 60, 0), ("DCMJ", "Real", 15, 2), ("JSMJ", "Real", 15, 2)]


def cjdcq_features(villages, areas):
    return [(as_multi(a["geom"]), (f"{COUNTY}{k + 1:012d}", village_code(k), v.name, a["dcmj"],
                                   a["jsmj"]))
            for k, (v, a) in enumerate(zip(villages, areas))]


XZQ_FIELDS = [("BSM", "String", 18, 0), ("XZQDM", "String", 9, 0), ("XZQMC", "String", 60, 0),
              ("DCMJ", "Real", 15, 2), ("JSMJ", "Real", 15, 2)]


def xzq_features(town, township):
    return [(town, (f"{COUNTY}{1:012d}", township_code(), TOWNSHIP_NAME, township["dcmj"],
                    township["jsmj"]))]


def as_multi(geom):
    return geom if geom.geom_type == "MultiPolygon" else MultiPolygon([geom])


def parts_of(geom):
    if geom.is_empty:
        return []
    return list(geom.geoms) if geom.geom_type in ("MultiPolygon", "GeometryCollection") else [geom]


def polygons_only(geom):
    return unary_union([g for g in parts_of(geom) if g.geom_type == "Polygon" and g.area > 0])


# ============================================================ 三区三线
def development_boundary(seat, seat_site, reservoir, town):
    """城镇开发边界: the seat's built-up area and its relocation site with room around them,
    kept 100 m from the reservoir and 40 m inside the township."""
    area = unary_union([seat.polygon.buffer(150.0, 8), seat_site.buffer(60.0, 8)]).buffer(0.0)
    area = area.difference(reservoir.buffer(100.0, 16)).intersection(town.buffer(-40.0))
    parts = sorted(parts_of(polygons_only(area)), key=lambda g: -g.area)
    boundary = Polygon(parts[0].exterior)  # the main piece, without slivers or holes
    assert boundary.is_valid and boundary.buffer(-30.0).contains(seat_site)
    return boundary


def red_line(parcels, settlements, upstream, reservoir, town):
    """生态保护红线: the forest and grassland of the north-western hills (水土保持), and a
    corridor along the river upstream of the reservoir (水源涵养), both clear of villages."""
    clear = settlements.buffer(SETTLEMENT_CLEARANCE, 16)
    hills = unary_union([p["geom"] for p in parcels if p["dlbm"] in ("0301", "0404")
                         and p["settlement"] < 0
                         and hill_index(p["geom"].centroid) > HILL_REDLINE]).difference(clear)
    hills = unary_union([g for g in parts_of(polygons_only(hills)) if g.area / MU > 100.0])
    corridor = upstream.buffer(RIVER_HALF_WIDTH, 16).difference(reservoir.buffer(100.0, 16))
    corridor = polygons_only(corridor.difference(clear).intersection(town.buffer(-1.0)))
    corridor = max(parts_of(corridor), key=lambda g: g.area)
    assert not hills.intersects(corridor)
    return [dict(geom=as_multi(hills), name="三座店北部山地水土保持生态保护红线", kind="水土保持"),
            dict(geom=as_multi(corridor), name="阴河上游水源涵养生态保护红线", kind="水源涵养")]


def farmland_pieces(parcels, excluded):
    """Each farmland parcel minus the land kept out of 永久基本农田, big pieces only."""
    pieces = []
    for p in parcels:
        if p["grade"] is None or p["grade"] == 5:  # not 耕地, or steeper than 25°
            continue
        g = p["geom"]
        if g.intersects(excluded):
            g = polygons_only(g.difference(excluded))
        for part in parts_of(g):
            if part.area / MU >= FARMLAND_MIN_MU:
                pieces.append((p, part))
    return pieces


def basic_farmland(parcels, settlements, reservoir, exclusions, sites, safety_m):
    """永久基本农田 on the farmland: all of it but the reservoir and its safety zone, the other
    control lines, a construction reserve round each village, the relocation sites planned
    before the lines were drawn, land over 25° and scraps; merged into protection polygons of
    one village, code, slope grade and type.

    The reserve is the narrowest of RESERVE_M that leaves SITE_ON_FARMLAND on a few mu of it.
    """
    planned = unary_union([s["geom"].buffer(20.0, 8) for s in sites if s["name"] != SITE_ON_FARMLAND])
    late = next(s["geom"] for s in sites if s["name"] == SITE_ON_FARMLAND)
    # The safety zone takes the reservoir's island as well: no farming is protected out there.
    flooded = Polygon(reservoir.exterior).buffer(safety_m, 16)
    base = unary_union([flooded, planned] + exclusions)
    for reserve in RESERVE_M:
        excluded = unary_union([base, settlements.buffer(reserve, 16)])
        pieces = farmland_pieces(parcels, excluded)
        on_site = sum(g.intersection(late).area for _, g in pieces) / MU
        if 2.0 <= on_site <= 5.0:
            break
    else:
        raise RuntimeError("no construction reserve leaves the late site on a few mu")
    groups = {}
    for p, g in pieces:
        groups.setdefault((p["zldwdm"], p["village"], p["dlbm"], p["dlmc"], p["grade"], p["gdlx"],
                           p["kcxs"]), []).append(g)
    polygons = []
    for key in sorted(groups, key=lambda k: (k[0], k[2], k[4], k[5] or "")):
        for part in parts_of(unary_union(groups[key])):
            polygons.append((key, part))
    return polygons, reserve, on_site


YJJBNT_FIELDS = [
    ("BSM", "String", 18, 0), ("XZQDM", "String", 12, 0), ("XZQMC", "String", 60, 0),
    ("YJJBNTTBBH", "String", 20, 0), ("DLBM", "String", 5, 0), ("DLMC", "String", 60, 0),
    ("QSXZ", "String", 2, 0), ("QSDWDM", "String", 19, 0), ("QSDWMC", "String", 60, 0),
    ("ZLDWDM", "String", 19, 0), ("ZLDWMC", "String", 60, 0), ("YJJBNTTBMJ", "Real", 15, 2),
    ("KCDLBM", "String", 5, 0), ("KCXS", "Real", 6, 4), ("KCMJ", "Real", 15, 2),
    ("YJJBNTMJ", "Real", 15, 2), ("GDLX", "String", 2, 0), ("GDPDJB", "String", 2, 0),
    ("SJNF", "Integer", 4, 0),
]


def yjjbnt_features(polygons):
    out, numbers = [], {}
    for n, ((zldwdm, village, dlbm, dlmc, grade, gdlx, kcxs), geom) in enumerate(polygons):
        numbers[zldwdm] = numbers.get(zldwdm, 0) + 1
        area = round(ellipsoidal_area(geom), 2)
        kcmj = round(area * kcxs, 2)
        out.append((geom, (
            f"{COUNTY}{n + 1:012d}", zldwdm[:12], village, f"{zldwdm[:12]}{numbers[zldwdm]:04d}",
            dlbm, dlmc, COLLECTIVE, zldwdm, village, zldwdm, village, area,
            FIELD_DEDUCTION if kcxs > 0 else None, kcxs, kcmj, round(area - kcmj, 2), gdlx,
            str(grade), CONTROL_LINE_YEAR)))
    return out


STBHHX_FIELDS = [("BSM", "String", 18, 0), ("XZQDM", "String", 9, 0), ("XZQMC", "String", 60, 0),
                 ("HXMC", "String", 100, 0), ("HXLX", "String", 20, 0), ("MJ", "Real", 15, 2)]


def stbhhx_features(lines):
    return [(r["geom"], (f"{COUNTY}{k + 1:012d}", township_code(), TOWNSHIP_NAME, r["name"],
                         r["kind"], round(ellipsoidal_area(r["geom"]), 2)))
            for k, r in enumerate(lines)]


CZKFBJ_FIELDS = [("BSM", "String", 18, 0), ("XZQDM", "String", 9, 0), ("XZQMC", "String", 60, 0),
                 ("GHFQDM", "String", 3, 0), ("GHFQMC", "String", 50, 0), ("MJ", "Real", 15, 2)]


def czkfbj_features(boundary):
    return [(boundary, (f"{COUNTY}{1:012d}", township_code(), TOWNSHIP_NAME, "41", "城镇集中建设区",
                        round(ellipsoidal_area(boundary), 2)))]


def check_control_lines(farmland, lines, boundary, sites, zones):
    """The three lines do not overlap; only SITE_ON_FARMLAND is on 永久基本农田; no planned
    site or zone is on the red line; only the seat's site is inside the development boundary."""
    farm = unary_union([g for _, g in farmland])
    red = unary_union([r["geom"] for r in lines])
    for a, b in ((farm, red), (farm, boundary), (red, boundary)):
        assert a.intersection(b).area < 1e-3
    for s in sites:
        on_farm = s["geom"].intersection(farm).area / MU
        assert (on_farm > 0.0) == (s["name"] == SITE_ON_FARMLAND), (s["name"], on_farm)
        assert not s["geom"].intersects(red)
        assert boundary.contains(s["geom"]) == (s["village"] == SEAT)
        assert boundary.contains(s["geom"]) or not boundary.intersects(s["geom"])
    for z in zones:
        assert not z["geom"].intersects(red) and not z["geom"].intersects(boundary)
    return farm, red
