// Registers the shared display and context before any render test runs.
#include "display_environment.hpp"

namespace {
const auto* const kDisplay =
    ::testing::AddGlobalTestEnvironment(new landplan::test::DisplayEnvironment);
}  // namespace
