// An Importer for unit tests whose programs import nothing: every import fails with "no imports".
#pragma once

#include <string>
#include <string_view>

#include "compiler/types/check.h"

namespace vo::types {

/// Refuses every import (`error` = "no imports"); unit-test programs that need no standard library use it.
struct NoImports : Importer {
  Package* import(std::string_view, std::string& error) override {
    error = "no imports";
    return nullptr;
  }
};

}  // namespace vo::types
