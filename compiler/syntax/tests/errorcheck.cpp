// Reading `// ERROR "regexp"` comments and matching diagnostics against them, after Go 1.19 test/run.go.
#include "compiler/syntax/tests/errorcheck.h"

#include <algorithm>
#include <regex>

namespace vo::errorcheck {

namespace {

// Replaces `LINE`, `LINE+n` and `LINE-n` with `shortName:line±n` (run.go lineRx).
std::string substituteLine(std::string_view rx, std::string_view shortName, uint32_t line) {
  std::string out;
  size_t i = 0;
  while (i < rx.size()) {
    if (rx.compare(i, 4, "LINE") != 0) {
      out += rx[i++];
      continue;
    }
    i += 4;
    int64_t n = line;
    if (i + 1 < rx.size() && (rx[i] == '+' || rx[i] == '-') && rx[i + 1] >= '0' && rx[i + 1] <= '9') {
      bool plus = rx[i] == '+';
      ++i;
      int64_t delta = 0;
      while (i < rx.size() && rx[i] >= '0' && rx[i] <= '9') delta = delta * 10 + (rx[i++] - '0');
      n += plus ? delta : -delta;
    }
    out += shortName;
    out += ':';
    out += std::to_string(n);
  }
  return out;
}

// The text after the first `// ERROR ` or `// GC_ERROR ` in `line` (run.go errRx), or npos.
size_t errorCommentText(std::string_view line) {
  for (size_t at = line.find("// "); at != std::string_view::npos; at = line.find("// ", at + 1)) {
    std::string_view rest = line.substr(at + 3);
    if (rest.starts_with("GC_")) rest.remove_prefix(3);
    if (rest.starts_with("ERROR ")) return line.size() - rest.size() + 6;
  }
  return std::string_view::npos;
}

bool isAutoComment(std::string_view line) {
  return line.find("// ERRORAUTO ") != std::string_view::npos ||
         line.find("// GC_ERRORAUTO ") != std::string_view::npos;
}

}  // namespace

std::string toEcmaScriptRegexp(std::string_view rx) {
  std::string out;
  bool inClass = false;
  for (size_t i = 0; i < rx.size(); ++i) {
    char c = rx[i];
    if (c == '\\' && i + 1 < rx.size()) {
      out += c;
      out += rx[++i];
      continue;
    }
    if (inClass) {
      if (c == ']') inClass = false;
      out += c;
      continue;
    }
    if (c == '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal member of the class.
      if (i + 1 < rx.size() && rx[i + 1] == '^') out += rx[++i];
      if (i + 1 < rx.size() && rx[i + 1] == ']') out += rx[++i];
      continue;
    }
    if (c == '{') {
      // A repetition `{n}`, `{n,}` or `{n,m}` stays; any other brace is a literal, as RE2 reads it.
      size_t j = i + 1;
      size_t digits = 0;
      while (j < rx.size() && rx[j] >= '0' && rx[j] <= '9') ++j, ++digits;
      if (digits > 0 && j < rx.size() && rx[j] == ',') {
        ++j;
        while (j < rx.size() && rx[j] >= '0' && rx[j] <= '9') ++j;
      }
      if (digits > 0 && j < rx.size() && rx[j] == '}') {
        out.append(rx.substr(i, j - i + 1));
        i = j;
        continue;
      }
      out += "\\{";
      continue;
    }
    if (c == '}') {
      out += "\\}";
      continue;
    }
    out += c;
  }
  return out;
}

ExpectedErrors parseExpectedErrors(std::string_view source, std::string_view shortName) {
  ExpectedErrors result;
  uint32_t lineNum = 0;
  size_t start = 0;
  while (start <= source.size()) {
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(start, end - start);
    ++lineNum;
    start = end + 1;

    if (line.find("////") != std::string_view::npos || isAutoComment(line)) continue;
    size_t textAt = errorCommentText(line);
    if (textAt == std::string_view::npos) continue;
    std::string_view text = line.substr(textAt);
    bool any = false;
    for (size_t open = text.find('"'); open != std::string_view::npos;) {
      size_t close = text.find('"', open + 1);
      if (close == std::string_view::npos) break;
      result.errors.push_back({lineNum, substituteLine(text.substr(open + 1, close - open - 1), shortName, lineNum)});
      any = true;
      open = text.find('"', close + 1);
    }
    if (!any) result.malformedLines.push_back(lineNum);
  }
  return result;
}

std::vector<ReportedError> reportedErrors(const DiagnosticEngine& diags, FileId file) {
  std::vector<ReportedError> out;
  for (const Diagnostic& d : diags.sorted()) {
    if (d.pos.file != file) continue;
    std::string message = d.severity == SeverityKind::Warning ? "warning: " + d.message : d.message;
    out.push_back({diags.sources().presumedLocation(d.pos).line, std::move(message)});  // after //line, as gc prints
  }
  return out;
}

MatchResult matchErrors(const std::vector<ExpectedError>& expected, const std::vector<ReportedError>& reported,
                        MatchModeKind mode) {
  MatchResult result;
  if (mode == MatchModeKind::LineOnly) {
    for (const ExpectedError& want : expected) {
      bool found = false;
      for (const ReportedError& r : reported) found = found || r.line == want.line;
      if (found) {
        ++result.matched;
      } else {
        result.unmatched.push_back({want, "missing error"});
      }
    }
    for (const ReportedError& r : reported) {
      bool expectedHere = false;
      for (const ExpectedError& want : expected) expectedHere = expectedHere || want.line == r.line;
      if (!expectedHere) result.unexpected.push_back(r);
    }
    return result;
  }

  std::vector<ReportedError> pool = reported;
  for (const ExpectedError& want : expected) {
    std::vector<ReportedError> onLine, rest;
    for (ReportedError& r : pool) (r.line == want.line ? onLine : rest).push_back(std::move(r));
    pool = std::move(rest);
    if (onLine.empty()) {
      result.unmatched.push_back({want, "missing error"});
      continue;
    }
    std::regex re;
    try {
      re = std::regex(toEcmaScriptRegexp(want.regexp), std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      result.unmatched.push_back({want, std::string("invalid regexp: ") + e.what()});
      for (ReportedError& r : onLine) pool.push_back(std::move(r));
      continue;
    }
    bool matched = false;
    std::string others;
    for (ReportedError& r : onLine) {
      if (std::regex_search(r.message, re)) {
        matched = true;
      } else {
        others += "\n\t" + r.message;
        pool.push_back(std::move(r));
      }
    }
    if (matched) {
      ++result.matched;
    } else {
      result.unmatched.push_back({want, "no match in:" + others});
    }
  }
  std::stable_sort(pool.begin(), pool.end(),
                   [](const ReportedError& a, const ReportedError& b) { return a.line < b.line; });
  result.unexpected = std::move(pool);
  return result;
}

}  // namespace vo::errorcheck
