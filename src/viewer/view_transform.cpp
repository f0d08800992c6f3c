// The view transform: a centre, a scale and a screen size.
#include "viewer/view_transform.hpp"

#include <algorithm>

namespace landplan::viewer {

ViewTransform::ViewTransform(Point2 centre, double metres_per_pixel, unsigned width,
                             unsigned height)
    : centre_(centre), width_(std::max(1u, width)), height_(std::max(1u, height)) {
  set_metres_per_pixel(metres_per_pixel);
}

ViewTransform ViewTransform::fit(const Box& box, unsigned width, unsigned height, double margin) {
  width = std::max(1u, width);
  height = std::max(1u, height);
  if (box.empty()) return ViewTransform({0.0, 0.0}, 1.0, width, height);
  double usable = std::max(0.1, 1.0 - 2.0 * margin);
  double mpp = std::max(box.width() / (width * usable), box.height() / (height * usable));
  if (mpp <= 0.0) mpp = 1.0;  // a single point
  return ViewTransform({(box.minx + box.maxx) / 2, (box.miny + box.maxy) / 2}, mpp, width, height);
}

Point2 ViewTransform::to_screen(Point2 w) const {
  return {(w.x - centre_.x) / mpp_ + width_ / 2.0, height_ / 2.0 - (w.y - centre_.y) / mpp_};
}

Point2 ViewTransform::to_world(Point2 s) const {
  return {centre_.x + (s.x - width_ / 2.0) * mpp_, centre_.y - (s.y - height_ / 2.0) * mpp_};
}

Box ViewTransform::visible_box() const {
  Box box;
  box.extend(centre_.x - width_ / 2.0 * mpp_, centre_.y - height_ / 2.0 * mpp_);
  box.extend(centre_.x + width_ / 2.0 * mpp_, centre_.y + height_ / 2.0 * mpp_);
  return box;
}

void ViewTransform::resize(unsigned width, unsigned height) {
  width_ = std::max(1u, width);
  height_ = std::max(1u, height);
}

void ViewTransform::set_metres_per_pixel(double mpp) {
  mpp_ = std::clamp(mpp, kMinMetresPerPixel, kMaxMetresPerPixel);
}

void ViewTransform::pan_pixels(double dx, double dy) {
  centre_.x -= dx * mpp_;
  centre_.y += dy * mpp_;
}

void ViewTransform::zoom_about(Point2 screen, double factor) {
  if (factor <= 0.0) return;
  Point2 anchor = to_world(screen);
  set_metres_per_pixel(mpp_ / factor);
  // Put the anchor back under the cursor at the new scale.
  centre_.x = anchor.x - (screen.x - width_ / 2.0) * mpp_;
  centre_.y = anchor.y + (screen.y - height_ / 2.0) * mpp_;
}

sf::Transform ViewTransform::local_to_screen(Point2 origin) const {
  double k = 1.0 / mpp_;
  double tx = width_ / 2.0 - (centre_.x - origin.x) * k;
  double ty = height_ / 2.0 + (centre_.y - origin.y) * k;
  return sf::Transform(static_cast<float>(k), 0.f, static_cast<float>(tx),   //
                       0.f, static_cast<float>(-k), static_cast<float>(ty),  //
                       0.f, 0.f, 1.f);
}

ViewTransform keeping_inside(const ViewTransform& view, const Box& box, const Box& free) {
  Point2 low = view.to_screen({box.minx, box.maxy}), high = view.to_screen({box.maxx, box.miny});
  if (box.empty() || free.empty() ||
      (low.x >= free.minx && low.y >= free.miny && high.x <= free.maxx && high.y <= free.maxy))
    return view;
  ViewTransform moved = view;
  // Zoomed out only as far as the box needs, with a tenth of the free area to spare.
  double mpp = std::max({view.metres_per_pixel(), box.width() / (0.9 * free.width()),
                         box.height() / (0.9 * free.height())});
  moved.set_metres_per_pixel(mpp);
  mpp = moved.metres_per_pixel();
  // The box's centre at the free area's centre.
  Point2 centre{(box.minx + box.maxx) / 2, (box.miny + box.maxy) / 2};
  double dx = (free.minx + free.maxx) / 2 - view.width() / 2.0;
  double dy = (free.miny + free.maxy) / 2 - view.height() / 2.0;
  moved.set_centre({centre.x - dx * mpp, centre.y + dy * mpp});
  return moved;
}

}  // namespace landplan::viewer
