// Which way north is on the map: window-free, for the window's arrow and the printed sheet's.
#pragma once

#include "viewer/map_model.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

// The screen angle (degrees, clockwise from up) of true north at the view's centre: Gauss-Kruger
// grid north differs from it by the meridian convergence (about 0.7° at 1° from the central
// meridian).
double true_north_degrees(const MapModel& map, const ViewTransform& view);

}  // namespace landplan::viewer
