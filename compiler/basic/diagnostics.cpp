// DiagnosticEngine: storage, the one-syntax-error-per-line rule, sorting and printing.
#include "compiler/basic/diagnostics.h"

#include <algorithm>

namespace vo {

void DiagnosticEngine::error(Pos pos, std::string message) {
  diagnostics_.push_back({pos, SeverityKind::Error, std::move(message)});
  ++errorCount_;
}

void DiagnosticEngine::syntaxError(Pos pos, const std::string& message) {
  if (pos.isValid()) {
    uint32_t line = sources_.lineColumn(pos).line;
    if (pos.file == lastSyntaxFile_ && line == lastSyntaxLine_) return;
    lastSyntaxFile_ = pos.file;
    lastSyntaxLine_ = line;
  }
  error(pos, "syntax error: " + message);
}

void DiagnosticEngine::warning(Pos pos, std::string message) {
  diagnostics_.push_back({pos, SeverityKind::Warning, std::move(message)});
}

std::vector<Diagnostic> DiagnosticEngine::sorted() const {
  std::vector<Diagnostic> out = diagnostics_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<Diagnostic> unique;
  for (Diagnostic& d : out) {
    if (!unique.empty()) {
      const Diagnostic& prev = unique.back();
      bool sameLine = prev.pos.file == d.pos.file &&
                      (!d.pos.isValid() || sources_.lineColumn(prev.pos).line == sources_.lineColumn(d.pos).line);
      if (sameLine && prev.message == d.message && prev.severity == d.severity) continue;
    }
    unique.push_back(std::move(d));
  }
  return unique;
}

std::string DiagnosticEngine::format(const Diagnostic& d) const {
  std::string s = sources_.describe(d.pos) + ": ";
  if (d.severity == SeverityKind::Warning) s += "warning: ";
  return s + d.message;
}

void DiagnosticEngine::print(std::ostream& out) const {
  for (const Diagnostic& d : sorted()) out << format(d) << '\n';
}

}  // namespace vo
