// Messages that say where, what and what to do.
#include "landplan/error.hpp"

#include "landplan/secrets.hpp"

namespace landplan {

InputError::InputError(const std::string& where, const std::string& problem,
                       const std::string& remedy)
    // Every message names its source; a connection string's password must not come along.
    : std::runtime_error(
          mask_passwords(where + ": " + problem + (remedy.empty() ? "" : " — " + remedy))) {}

std::string place(const std::string& file, const std::string& layer, long long fid) {
  std::string out = file;
  if (!layer.empty()) out.append(":").append(layer);
  if (fid >= 0) out.append(":").append(std::to_string(fid));
  return out;
}

void Warnings::fault(const std::string& where, const std::string& problem,
                     const std::string& remedy) {
  if (!lenient_) {
    throw InputError(
        where, problem,
        remedy + (remedy.empty() ? "" : "; or ") + "--lenient to go on with it as a warning");
  }
  faults_passed_ = true;
  push_back(where + ": " + problem + (remedy.empty() ? "" : " — " + remedy) +
            " (passed over: --lenient)");
}

}  // namespace landplan
