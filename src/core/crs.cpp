// CRS handles and bulk transforms over PROJ's C API.
#include "landplan/crs.hpp"

#include <proj.h>
#include <proj_experimental.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <regex>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/text.hpp"

namespace landplan {
namespace {

std::shared_ptr<PJ> own(PJ* pj) { return std::shared_ptr<PJ>(pj, [](PJ* p) { proj_destroy(p); }); }

// PROJ logs to stderr by default; landplan keeps the last message for its own one-line errors.
thread_local std::string last_proj_message;

void remember_proj_message(void*, int, const char* message) {
  last_proj_message = message ? message : "";
}

void route_proj_logging() {
  static const bool routed = [] {
    proj_log_func(nullptr, nullptr, remember_proj_message);
    return true;
  }();
  (void)routed;
}

std::string last_proj_error() {
  std::string text = last_proj_message;
  if (text.starts_with("proj_create: ")) text = text.substr(13);
  return text.empty() ? "unknown PROJ error" : text;
}

bool is_geographic_type(PJ_TYPE type) {
  return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

constexpr const char* kAccepted =
    "give an authority code (EPSG:4549, urn:ogc:def:crs:EPSG::4549), WKT, PROJJSON, a PROJ "
    "string (+proj=tmerc …) or a CRS's exact name (CGCS2000 / 3-degree Gauss-Kruger CM 120E)";

// Whether the text is neither AUTHORITY:CODE (EPSG:4549, esri:102100, EPSG:4326+5773), nor an
// OGC URN or URL, nor a PROJ string, PROJJSON or WKT — so a name. Only a name needs care:
// proj_create looks names up fuzzily and turned "foo" into Amersfoort (EPSG:4289) and "bar"
// into Barbados 1938 (EPSG:4212). PROJ resolves the other forms exactly or not at all.
bool is_name(const std::string& text) {
  static const std::regex code(R"(^[A-Za-z][A-Za-z0-9_]*:[A-Za-z0-9_.]+(\+[A-Za-z0-9_.]+)?$)");
  if (std::regex_match(text, code) || text.starts_with("urn:ogc:def:") ||
      text.starts_with("http://www.opengis.net/def/") ||
      text.starts_with("https://www.opengis.net/def/") || text.starts_with('+') ||
      text.starts_with('{')) {
    return false;
  }
  return proj_context_guess_wkt_dialect(nullptr, text.c_str()) == PJ_GUESSED_NOT_WKT;
}

// The one geographic 2D or projected CRS whose name (or alias) is `name` as PROJ compares names
// (case, blanks and underscores aside); deprecated entries count only when nothing else matches.
PJ* exactly_named(const std::string& name, const std::string& what) {
  const PJ_TYPE types[] = {PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_PROJECTED_CRS};
  std::shared_ptr<PJ_OBJ_LIST> found(
      proj_create_from_name(nullptr, nullptr, name.c_str(), types, 2, 0, 0, nullptr),
      proj_list_destroy);
  int count = found ? proj_list_get_count(found.get()) : 0;
  std::vector<std::shared_ptr<PJ>> current, deprecated;
  for (int i = 0; i < count; ++i) {
    std::shared_ptr<PJ> crs = own(proj_list_get(nullptr, found.get(), i));
    (proj_is_deprecated(crs.get()) ? deprecated : current).push_back(crs);
  }
  std::vector<std::shared_ptr<PJ>>& matches = current.empty() ? deprecated : current;
  if (matches.empty()) {
    bool digits = name.find_first_not_of("0123456789") == std::string::npos;
    throw InputError(what, "'" + name + "' is neither a CRS code nor the exact name of a CRS",
                     digits ? "write the authority with the code, e.g. EPSG:" + name : kAccepted);
  }
  if (matches.size() > 1) {
    std::string codes;
    for (const auto& crs : matches) codes += (codes.empty() ? "" : ", ") + Crs(crs).id();
    throw InputError(
        what, "'" + name + "' names " + std::to_string(matches.size()) + " CRSs (" + codes + ")",
        "give the code of the one you mean");
  }
  return proj_clone(nullptr, matches.front().get());
}

}  // namespace

Crs Crs::from_user_input(std::string_view text, const std::string& what) {
  route_proj_logging();
  last_proj_message.clear();
  std::string input = trimmed(text);
  if (input.empty()) throw InputError(what, "no CRS given (empty text)", kAccepted);
  PJ* pj = nullptr;
  if (is_name(input)) {
    pj = exactly_named(input, what);
  } else if (input.starts_with('+') && input.find("+type=crs") == std::string::npos) {
    pj = proj_create(nullptr, (input + " +type=crs").c_str());  // else it is an operation
  } else {
    pj = proj_create(nullptr, input.c_str());
  }
  if (!pj) {
    throw InputError(what, "'" + input + "' is not a CRS PROJ knows (" + last_proj_error() + ")",
                     kAccepted);
  }
  if (!proj_is_crs(pj)) {
    proj_destroy(pj);
    throw InputError(what, "'" + input + "' is a coordinate operation, not a CRS", kAccepted);
  }
  // Everything landplan does is horizontal, measured on a datum's longitude and latitude: a
  // vertical, engineering or geocentric (XYZ) CRS, which a file can declare, has none to measure
  // on (and a UTM zone built on a geocentric base crashed PROJ).
  PJ* geodetic = proj_crs_get_geodetic_crs(nullptr, pj);
  bool horizontal = geodetic && is_geographic_type(proj_get_type(geodetic));
  if (geodetic) proj_destroy(geodetic);
  if (!horizontal) {
    std::string name = proj_get_name(pj) ? proj_get_name(pj) : "";
    proj_destroy(pj);
    throw InputError(what, "'" + input + "' (" + name + ") is not a horizontal CRS",
                     "use a geographic or projected CRS such as EPSG:4549");
  }
  return Crs(own(pj));
}

std::string Crs::name() const {
  const char* text = pj_ ? proj_get_name(pj_.get()) : nullptr;
  return text ? text : "";
}

std::string Crs::id() const {
  if (!pj_) return "";
  const char* auth = proj_get_id_auth_name(pj_.get(), 0);
  const char* code = proj_get_id_code(pj_.get(), 0);
  if (!auth || !code) return "";
  return std::string(auth) + ":" + code;
}

std::string Crs::label() const {
  if (!pj_) return "";
  if (std::string own_id = id(); !own_id.empty()) return own_id;
  // A .prj in ESRI WKT carries no identifier; report the EPSG CRS it is identical to, if any.
  int* confidence = nullptr;
  PJ_OBJ_LIST* matches = proj_identify(nullptr, pj_.get(), "EPSG", nullptr, &confidence);
  std::string found;
  if (matches && proj_list_get_count(matches) > 0 && confidence[0] >= 90) {
    PJ* best = proj_list_get(nullptr, matches, 0);
    found = Crs(own(best)).id();
  }
  proj_int_list_destroy(confidence);
  proj_list_destroy(matches);
  return found.empty() ? name() : found;
}

std::string Crs::wkt() const {
  const char* text = pj_ ? proj_as_wkt(nullptr, pj_.get(), PJ_WKT2_2019, nullptr) : nullptr;
  return text ? text : "";
}

bool Crs::is_geographic() const { return pj_ && is_geographic_type(proj_get_type(pj_.get())); }

Crs Crs::geographic() const {
  if (!pj_) return {};
  PJ* geodetic = proj_crs_get_geodetic_crs(nullptr, pj_.get());
  return geodetic ? Crs(own(geodetic)) : Crs{};
}

Ellipsoid Crs::ellipsoid() const {
  Ellipsoid result;
  if (!pj_) return result;
  PJ* ellps = proj_get_ellipsoid(nullptr, pj_.get());
  if (!ellps) return result;
  double a = 0, b = 0, inv_f = 0;
  int inv_f_computed = 0;
  if (proj_ellipsoid_get_parameters(nullptr, ellps, &a, &b, &inv_f_computed, &inv_f)) {
    result.semi_major_m = a;
    result.flattening = inv_f > 0 ? 1.0 / inv_f : 0.0;  // a sphere reports inv_f = 0
  }
  proj_destroy(ellps);
  return result;
}

bool Crs::equivalent_to(const Crs& other) const {
  if (!pj_ || !other.pj_) return false;
  return pj_ == other.pj_ ||
         proj_is_equivalent_to(pj_.get(), other.pj_.get(), PJ_COMP_EQUIVALENT) != 0;
}

Transformer::Transformer(const Crs& from, const Crs& to) {
  if (from.empty() || to.empty()) throw std::logic_error("Transformer needs two CRSs");
  if (from.equivalent_to(to)) return;  // identity: leave pj_ empty
  route_proj_logging();
  // A context of its own lets each thread transform with its own Transformer.
  std::shared_ptr<PJ_CONTEXT> context(proj_context_create(), proj_context_destroy);
  proj_log_func(context.get(), nullptr, remember_proj_message);
  PJ* op = proj_create_crs_to_crs_from_pj(context.get(), from.pj(), to.pj(), nullptr, nullptr);
  if (!op) {
    throw InputError(from.label() + " → " + to.label(),
                     "PROJ has no transformation between these CRSs (" + last_proj_error() + ")",
                     "choose another working CRS with --crs");
  }
  PJ* normalized = proj_normalize_for_visualization(context.get(), op);
  proj_destroy(op);
  if (!normalized) throw std::runtime_error("PROJ could not normalise axis order");
  pj_ = std::shared_ptr<PJ>(normalized, [context](PJ* p) { proj_destroy(p); });
}

std::size_t Transformer::transform(std::span<double> xy) const {
  if (!pj_ || xy.empty()) return 0;
  const std::size_t n = xy.size() / 2;
  const std::size_t stride = 2 * sizeof(double);
  proj_errno_reset(pj_.get());
  proj_trans_generic(pj_.get(), PJ_FWD, xy.data(), stride, n, xy.data() + 1, stride, n, nullptr,
                     0, 0, nullptr, 0, 0);
  std::size_t failed = 0;
  for (double& v : xy) {
    if (!std::isfinite(v) || v == HUGE_VAL) {
      v = std::numeric_limits<double>::quiet_NaN();
      ++failed;
    }
  }
  return failed / 2;
}

namespace {

bool in_china(double lon, double lat) { return lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54; }

Crs utm_on_datum(int zone, bool north, const Crs& data_crs) {
  Crs geographic = data_crs.empty() ? Crs{} : data_crs.geographic();
  Crs wgs84 = Crs::from_user_input("EPSG:4326");
  if (geographic.empty() || geographic.equivalent_to(wgs84)) {
    return Crs::from_user_input("EPSG:" + std::to_string((north ? 32600 : 32700) + zone));
  }
  PJ* conversion = proj_create_conversion_utm(nullptr, zone, north ? 1 : 0);
  PJ* cs = proj_create_cartesian_2D_cs(nullptr, PJ_CART2D_EASTING_NORTHING, "metre", 1.0);
  std::string name = geographic.name() + " / UTM zone " + std::to_string(zone) + (north ? "N" : "S");
  PJ* crs = proj_create_projected_crs(nullptr, name.c_str(), geographic.pj(), conversion, cs);
  proj_destroy(conversion);
  proj_destroy(cs);
  if (!crs) throw std::runtime_error("PROJ could not build " + name);
  return Crs(own(crs));
}

}  // namespace

Crs working_crs_for(double lon, double lat, const Crs& data_crs) {
  if (in_china(lon, lat)) {
    // EPSG:4534 is CM 75°E; each following code moves the central meridian 3° east.
    int zone = static_cast<int>(std::lround((lon - 75.0) / 3.0));
    zone = std::clamp(zone, 0, 20);
    return Crs::from_user_input("EPSG:" + std::to_string(4534 + zone));
  }
  // Clamped before the conversion: a longitude of 1e12 (garbage data) must not overflow an int.
  int zone = static_cast<int>(std::clamp(std::floor((lon + 180.0) / 6.0) + 1, 1.0, 60.0));
  return utm_on_datum(zone, lat >= 0, data_crs);
}

}  // namespace landplan
