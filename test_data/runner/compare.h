// Judging one run of a program against what was expected of it: the normalised combined output (normalize.h)
// byte for byte and the exit status. Shared by the golden-program test and the conformance tool.
#pragma once

#include <string>

#include "test_data/runner/process.h"

namespace vo::testrun {

/// The verdict on one run.
struct RunVerdict {
  bool pass = false;
  std::string reason;  ///< one line for a known-failures entry (empty on a pass)
  std::string detail;  ///< several lines for a test failure: expected vs got around the first difference
};

/// Compares `got` (normalised here) with `expectedOutput` (normalised here too) and `expectedExit`.
RunVerdict judgeRun(const std::string& expectedOutput, int expectedExit, const ProcessResult& got,
                    const ProcessSpec& spec);

}  // namespace vo::testrun
