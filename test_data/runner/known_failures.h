// Known-failures lists (test_data/run/known_failures_<mode>.txt, test_data/conformance/run_known_failures_<mode>.txt):
// one entry per line, `path  # reason`; blank lines and lines starting with `#` are comments. A runner skips a
// listed failure, fails on a listed pass ("now passes") and on an unlisted failure, so a list only shrinks.
#pragma once

#include <map>
#include <string>

namespace vo::testrun {

/// Relative path -> reason (possibly empty).
using KnownFailures = std::map<std::string, std::string>;

/// Reads a list; a missing file is an empty list.
KnownFailures loadKnownFailures(const std::string& path);

/// Writes `header` (each line prefixed with `# `) and the entries, sorted, as `path  # reason`. False when the file
/// cannot be written.
bool writeKnownFailures(const std::string& path, const std::string& header, const KnownFailures& list);

/// `reason` on one line of at most `max` bytes (newlines and tabs become spaces; longer text ends in `...`).
std::string oneLine(const std::string& reason, size_t max = 120);

}  // namespace vo::testrun
