// The plan as the township's report document: an overview (the headline figures a work report
// states, the method, the map of the whole project area), then one section per part of the plan
// (report::plan_parts) with the maps of that part: the reservoir's displacement, each relocation
// site close up, irrigation coverage, the greenhouse zones, where rules are broken.
#pragma once

#include <string>

#include "landplan/plan/results.hpp"
#include "landplan/report/document.hpp"

namespace landplan::report {

// `meta` is the heading the text report has (项目, 坐标系, 面积算法…). The figures are requests:
// a map renderer fills in their images.
Document plan_document(const plan::PlanResults& plan, const std::string& title,
                       const Heading& meta);

}  // namespace landplan::report
