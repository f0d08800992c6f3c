// The live answers for one drawn site: occupation, rules and the relocation figures.
#include "landplan/plan/candidate.hpp"

#include "landplan/plan/relocation.hpp"

namespace landplan::plan {

CandidateAnswers answer_candidate(const PlanInputs& inputs, const Layer& candidate,
                                  std::string_view as_layer, ops::AreaMethod method,
                                  Warnings& warnings) {
  CandidateAnswers answers;
  const Column* name = inputs.field(candidate, "name");
  Occupation occupied = occupation(inputs, candidate, name, method, warnings);
  if (!occupied.candidates.empty()) answers.occupied = std::move(occupied.candidates.front());
  answers.area_m2 = answers.occupied.total_m2;
  answers.rules = check_rules_for(inputs, candidate, as_layer, method, warnings);
  Controls controls = check_controls_for(inputs, candidate, method, warnings);
  for (const ControlFinding& f : controls.findings)
    (forbids(f.check) ? answers.rules.violations : answers.reported).push_back(f.finding);
  for (BrokenRule& broken : controls.broken) answers.rules.broken.push_back(std::move(broken));
  answers.reported_where = std::move(controls.reported);
  if (candidate.role == Role::relocation_sites && candidate.size() > 0) {
    answers.capacity = household_capacity(answers.area_m2, household_area_m2(inputs));
    if (const Column* households = inputs.field(candidate, "households"))
      answers.assigned = static_cast<std::int64_t>(households->number(0).value_or(0));
    answers.distance_to_village_m =
        distance_to_village(inputs, candidate, 0, inputs.text(candidate, "village", 0));
  }
  return answers;
}

}  // namespace landplan::plan
