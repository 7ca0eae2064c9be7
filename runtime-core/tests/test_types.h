// Hand-built TypeDescs for runtime-core unit tests (what compiler/codegen produces for real programs).
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime-core/type_desc.h"

namespace vo::rt::test {

/// Owns the TypeDescs it builds; computes size, alignment, flags and slot layouts like the code generator.
class Types {
 public:
  TypeDesc* basic(Kind k);
  TypeDesc* intT() { return basic(Kind::Int); }
  TypeDesc* stringT() { return basic(Kind::String); }
  TypeDesc* float64T() { return basic(Kind::Float64); }
  TypeDesc* pointerTo(const TypeDesc* elem);
  TypeDesc* sliceOf(const TypeDesc* elem);
  TypeDesc* arrayOf(const TypeDesc* elem, int64_t n);
  TypeDesc* structOf(std::vector<std::pair<std::string, const TypeDesc*>> fields, std::string name = "");
  TypeDesc* mapOf(const TypeDesc* key, const TypeDesc* value);
  TypeDesc* emptyIface();
  TypeDesc* iface(std::vector<IMethod> methods, std::string name);
  TypeDesc* named(TypeDesc* t, std::string name);  ///< sets name/pkgPath "main" and returns t

 private:
  TypeDesc* make();
  std::vector<std::unique_ptr<TypeDesc>> owned_;
};

}  // namespace vo::rt::test
