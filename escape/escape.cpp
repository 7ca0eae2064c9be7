// The escape analysis entry point. The data-flow analysis (Go's cmd/compile/internal/escape) is being written;
// until it lands, analyze() applies the conservative rule.
#include "escape/escape.h"

#include <cstdlib>
#include <string_view>

namespace vo::escape {

Result analyze(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info) {
  const char* mode = std::getenv("VO_ESCAPE");
  if (mode && std::string_view(mode) == "conservative") return analyzeConservative(pkg, files, info);
  return analyzeConservative(pkg, files, info);
}

}  // namespace vo::escape
