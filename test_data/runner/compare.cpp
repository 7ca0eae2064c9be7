// Judging a run (compare.h).
#include "test_data/runner/compare.h"

#include <sstream>
#include <vector>

#include "test_data/runner/known_failures.h"
#include "test_data/runner/normalize.h"

namespace vo::testrun {
namespace {

std::vector<std::string> splitLines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string firstLine(const std::string& s) {
  size_t start = s.find_first_not_of("\n");
  if (start == std::string::npos) return "";
  return s.substr(start, s.find('\n', start) - start);
}

}  // namespace

RunVerdict judgeRun(const std::string& expectedOutput, int expectedExit, const ProcessResult& got,
                    const ProcessSpec& spec) {
  RunVerdict v;
  const std::string want = normalizeOutput(expectedOutput);
  const std::string have = normalizeOutput(got.output);
  const bool exitOk = got.error.empty() && !got.timedOut && got.exitStatus == expectedExit;
  if (exitOk && want == have && !got.truncated) {
    v.pass = true;
    return v;
  }
  std::ostringstream detail;
  if (!exitOk) {
    detail << describeEnd(got, spec) << ", want exit status " << expectedExit << "\n";
    v.reason = describeEnd(got, spec);
    std::string first = firstLine(have);
    if (!first.empty()) v.reason += ": " + first;
  }
  if (want != have) {
    std::vector<std::string> w = splitLines(want), h = splitLines(have);
    size_t i = 0;
    while (i < w.size() && i < h.size() && w[i] == h[i]) ++i;
    if (v.reason.empty()) {
      v.reason = "output differs at line " + std::to_string(i + 1) + ": got " +
                 (i < h.size() ? "`" + h[i] + "`" : std::string("end of output")) + ", want " +
                 (i < w.size() ? "`" + w[i] + "`" : std::string("end of output"));
    }
    detail << "output differs at line " << i + 1 << "\n";
    size_t from = i > 3 ? i - 3 : 0;
    detail << "--- want (lines " << from + 1 << "..)\n";
    for (size_t k = from; k < w.size() && k < i + 8; ++k) detail << "  " << w[k] << "\n";
    detail << "--- got\n";
    for (size_t k = from; k < h.size() && k < i + 8; ++k) detail << "  " << h[k] << "\n";
  }
  if (got.truncated) detail << "(output truncated at " << spec.outputLimit << " bytes)\n";
  v.reason = oneLine(v.reason);
  v.detail = detail.str();
  return v;
}

}  // namespace vo::testrun
