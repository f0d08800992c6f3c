// The one place that maps an --engine value to its engine.
#include "landplan/ops/engine.hpp"

#include "engines.hpp"

namespace landplan::ops {

std::unique_ptr<Engine> make_engine(landplan::Engine engine) {
  switch (engine) {
    case landplan::Engine::local:
      return local_engine();
    case landplan::Engine::postgis:
      return postgis_engine();
  }
  return nullptr;  // not reached: the switch names every engine (-Wswitch says when one is added)
}

}  // namespace landplan::ops
