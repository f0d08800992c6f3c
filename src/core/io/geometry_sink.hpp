// Where geometry read from any source lands: checked, closed and stored in the Layer (internal).
#pragma once

#include <ogr_geometry.h>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan::io::detail {

// Caps per-feature warnings so a broken layer of a million features stays readable.
class FeatureWarnings {
 public:
  FeatureWarnings(Warnings& out, std::string where) : out_(out), where_(std::move(where)) {}
  ~FeatureWarnings();
  FeatureWarnings(const FeatureWarnings&) = delete;
  FeatureWarnings& operator=(const FeatureWarnings&) = delete;
  void add(std::int64_t fid, const std::string& text);
  // A data fault of one feature (Warnings::fault): throws unless --lenient.
  void fault(std::int64_t fid, const std::string& problem, const std::string& remedy);

 private:
  static constexpr int kLimit = 20;
  Warnings& out_;
  std::string where_;
  int shown_ = 0;
  int dropped_ = 0;
};

// Receives the parts of one feature at a time. Rings are closed if they are not, parts with
// NaN/Inf or too few vertices are dropped, and a part of another kind than the layer's is
// ignored — each with a warning naming the feature.
class GeometrySink {
 public:
  GeometrySink(Layer& layer, FeatureWarnings& warnings) : layer_(layer), warnings_(warnings) {}

  void begin_feature(std::int64_t fid);
  void end_feature();

  // False (with a warning) when the layer holds another kind of geometry.
  bool accepts(GeometryKind kind);
  void point(double x, double y);
  void line(std::vector<double>& xy);
  // A polygon: its shell, then its holes, then end_polygon().
  void shell(std::vector<double>& xy);
  void hole(std::vector<double>& xy);
  void end_polygon();

 private:
  bool usable(std::vector<double>& xy, bool ring);

  Layer& layer_;
  FeatureWarnings& warnings_;
  std::int64_t fid_ = -1;
  bool polygon_open_ = false;
};

// OGR geometry (curves linearised, Z/M dropped) into the sink.
void append_ogr(const OGRGeometry& geometry, GeometrySink& sink);

// ISO/OGC WKB into the sink; curves and other rare types go through OGR. False if malformed.
bool append_wkb(std::span<const std::uint8_t> wkb, GeometrySink& sink);

}  // namespace landplan::io::detail
