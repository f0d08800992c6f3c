// Where the map is looked at: working-CRS metres ↔ screen pixels (y down), pan and zoom.
#pragma once

#include <SFML/Graphics/Transform.hpp>

#include "landplan/layer.hpp"

namespace landplan::viewer {

struct Point2 {
  double x = 0.0;
  double y = 0.0;
};

class ViewTransform {
 public:
  // Scale limits: 1 cm per pixel is closer than any survey; 100 km per pixel shows a continent.
  static constexpr double kMinMetresPerPixel = 0.01;
  static constexpr double kMaxMetresPerPixel = 1.0e5;

  ViewTransform() = default;
  ViewTransform(Point2 centre, double metres_per_pixel, unsigned width, unsigned height);
  // The whole box in view with `margin` (a fraction of the screen) around it.
  static ViewTransform fit(const Box& box, unsigned width, unsigned height, double margin = 0.05);

  Point2 centre() const { return centre_; }
  double metres_per_pixel() const { return mpp_; }
  unsigned width() const { return width_; }
  unsigned height() const { return height_; }

  Point2 to_screen(Point2 world) const;
  Point2 to_world(Point2 screen) const;
  Box visible_box() const;

  void resize(unsigned width, unsigned height);  // keeps centre and scale
  void set_centre(Point2 centre) { centre_ = centre; }
  void set_metres_per_pixel(double mpp);  // clamped to the limits
  // Moves the content by (dx, dy) screen pixels, as a drag does.
  void pan_pixels(double dx, double dy);
  // factor > 1 zooms in; the world point under `screen` stays under it.
  void zoom_about(Point2 screen, double factor);

  // Maps vertices stored relative to `origin` (float) to screen pixels. Built in double and
  // rounded once, so GK coordinates of 4,700,000 m never pass through float.
  sf::Transform local_to_screen(Point2 origin) const;

 private:
  Point2 centre_;
  double mpp_ = 1.0;
  unsigned width_ = 1;
  unsigned height_ = 1;
};

// The view moved, and zoomed out if it must, so that `box` (working CRS) lies inside `free`
// (screen pixels: the map between the panels); `view` itself when the box is inside already.
ViewTransform keeping_inside(const ViewTransform& view, const Box& box, const Box& free);

}  // namespace landplan::viewer
