// Helpers shared by the type table's files (type_table.cpp, type_string.cpp, method_set.cpp); not a public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/types/object.h"
#include "compiler/types/type.h"

namespace vo::codegen {

/// The name reflect prints for a basic kind (byte → "uint8", rune → "int32"; untyped kinds → their default type).
std::string_view basicKindName(types::BasicKind k);

/// A signature as reflect prints a func type, without receiver: "func(int, ...string) (int, error)".
std::string signatureString(const types::Signature* sig);

/// The run-time order of methods (cmd/compile types.Sym.Less): exported names first, then by name, then (for
/// unexported names) by package path.
inline bool methodLess(const types::Func* a, const types::Func* b) {
  bool ea = a->isExported(), eb = b->isExported();
  if (ea != eb) return ea;
  if (a->name != b->name) return a->name < b->name;
  if (ea) return false;
  std::string_view pa = a->pkg ? std::string_view(a->pkg->path) : std::string_view();
  std::string_view pb = b->pkg ? std::string_view(b->pkg->path) : std::string_view();
  return pa < pb;
}

/// An interface's complete method set in run-time order (methodLess).
std::vector<const types::Func*> sortedInterfaceMethods(const types::Interface* t);

}  // namespace vo::codegen
