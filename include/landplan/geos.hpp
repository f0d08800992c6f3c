// A thin RAII layer over the GEOS C API: one context per thread, owning geometry pointers.
#pragma once

#include <geos_c.h>

#include <memory>
#include <string>

namespace landplan {

class Layer;
struct Box;

// A GEOS context for the calling thread, remembering the last error GEOS reported.
class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  GEOSContextHandle_t handle() const { return handle_; }
  const std::string& last_error() const { return last_error_; }

 private:
  static void on_error(const char* message, void* self);
  GEOSContextHandle_t handle_;
  std::string last_error_;
};

// The calling thread's context (created on first use).
GeosContext& geos_context();

struct GeosDeleter {
  GEOSContextHandle_t handle;
  void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(handle, geometry); }
};
using GeosGeometry = std::unique_ptr<GEOSGeometry, GeosDeleter>;

// Takes ownership of what a GEOS call returned; a null result means GEOS failed, and throws
// naming `what` with GEOS's own message.
GeosGeometry owned(GeosContext& context, GEOSGeometry* geometry, const char* what);

// The bounding box of a GEOS geometry.
Box geos_box(GEOSContextHandle_t handle, const GEOSGeometry* geometry);

// The feature's geometry as GEOS (Point/LineString/Polygon or Multi*); null for a null feature.
GeosGeometry to_geos(GeosContext& context, const Layer& layer, std::size_t feature);

// Appends the polygonal parts of `geometry` (Polygon, MultiPolygon or a collection) as parts of
// the feature being built in `layer` (between begin_feature and end_feature).
void append_polygons(GeosContext& context, const GEOSGeometry* geometry, Layer& layer);

}  // namespace landplan
