// The type checker's conformance harness (see check_util.h).
#include "compiler/types/tests/check_util.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/check.h"

namespace vo::types::conformance {

namespace fs = std::filesystem;

namespace {

// The longest reason comment written into a known-failures list.
constexpr size_t kMaxReasonLength = 100;

// run.go passes these to gc for every errorcheck test (`-e`, `-d=panic`, `-C`), so they change nothing here.
bool isNeutralErrorcheckArg(const std::string& arg) { return arg == "-e" || arg == "-d=panic" || arg == "-C"; }

std::string importPath(const syntax::ImportSpec* spec) {
  if (spec->path == nullptr || spec->path->value.size() < 2) return "";
  std::string_view v = spec->path->value;
  return std::string(v.substr(1, v.size() - 2));
}

std::string oneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  if (s.size() > kMaxReasonLength) s = s.substr(0, kMaxReasonLength - 3) + "...";
  return s;
}

}  // namespace

CheckedProgram checkProgram(const std::string& name, const std::string& text) {
  CheckedProgram result;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  syntax::AstContext ast;
  FileId id = sources.addFile(name, text);
  const syntax::File* file = syntax::parseFile(ast, sources, id, diags, syntax::dialectOfPath(name));
  result.parsed = file != nullptr && !diags.hasErrors();
  if (result.parsed) {
    CheckContext ctx;
    StdlibImporter importer(ctx, sources, diags);
    Info info;
    const syntax::File* files[] = {file};
    checkPackage(ctx, importer, std::string(file->packageName->name), files, diags, info);
  }
  result.reported = errorcheck::reportedErrors(diags, id);
  for (const Diagnostic& d : diags.sorted()) {
    if (d.pos.file != id) result.elsewhere.push_back(diags.format(d));
  }
  return result;
}

Verdict judgeProgram(const std::string& name, const std::string& text) {
  Verdict v;
  errorcheck::ExpectedErrors want = errorcheck::parseExpectedErrors(text, fs::path(name).filename().string());
  for (uint32_t line : want.malformedLines)
    v.problems.push_back("line " + std::to_string(line) + ": ERROR comment without a \"quoted\" regexp");
  for (const errorcheck::ExpectedError& e : want.errors) {
    if (e.regexp.ends_with("\\"))
      v.problems.push_back("line " + std::to_string(e.line) +
                           ": an ERROR regexp ends in a backslash: a double quote ends the regexp, as in run.go; "
                           "match a quote with . instead");
  }
  CheckedProgram got = checkProgram(name, text);
  errorcheck::MatchResult r =
      errorcheck::matchErrors(want.errors, got.reported, errorcheck::MatchModeKind::LineAndMessage);
  for (const errorcheck::UnmatchedError& u : r.unmatched) {
    v.problems.push_back("line " + std::to_string(u.want.line) + ": " + u.why + " (want \"" + u.want.regexp + "\")");
  }
  for (const errorcheck::ReportedError& e : r.unexpected)
    v.problems.push_back("line " + std::to_string(e.line) + ": unexpected: " + e.message);
  for (const std::string& e : got.elsewhere) v.problems.push_back("in another file: " + e);
  return v;
}

Verdict judgeCleanProgram(const std::string& name, const std::string& text) {
  Verdict v;
  CheckedProgram got = checkProgram(name, text);
  for (const errorcheck::ReportedError& e : got.reported)
    v.problems.push_back("line " + std::to_string(e.line) + ": " + e.message);
  for (const std::string& e : got.elsewhere) v.problems.push_back("in another file: " + e);
  return v;
}

std::string shortReason(const Verdict& v) {
  if (v.ok()) return "";
  std::string reason = oneLine(v.problems.front());
  if (v.problems.size() > 1) reason += " (+" + std::to_string(v.problems.size() - 1) + " more)";
  return reason;
}

std::vector<std::string> typeErrorPrograms(const std::string& sourceDir, const std::string& folder) {
  const fs::path dir = fs::path(sourceDir) / "test_data/errors" / folder;
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir, ec)) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".go" || ext == ".vo"))
      files.push_back(fs::relative(e.path(), dir).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool isInScopeImport(std::string_view path) {
  static const std::set<std::string_view> kAllowed = {
      "fmt",  "os",   "strings", "strconv",      "math",  "sort",      "errors", "unicode",
      "time", "sync", "runtime", "unicode/utf8", "bytes", "math/rand", "bufio",  "io"};
  return kAllowed.count(path) != 0;
}

std::string outOfScopeReason(const std::string& root, const std::string& rel,
                             const std::map<std::string, std::string>& generic, ImportFilter allowed) {
  if (generic.count(rel) != 0) return "type parameters";
  std::string text = gosuite::readFile((fs::path(root) / rel).string());
  if (gosuite::hasBuildConstraint(text)) return "build constraint";
  SourceManager sources;
  DiagnosticEngine diags(sources);
  syntax::AstContext ast;
  FileId id = sources.addFile(rel, text);
  const syntax::File* file = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  if (file == nullptr || diags.hasErrors()) return "syntax errors";
  for (const syntax::ImportSpec* spec : file->imports) {
    std::string path = importPath(spec);
    if (!allowed(path)) return "imports " + path;
  }
  return "";
}

std::vector<std::string> inScopeRunPrograms(const std::string& root,
                                            const std::map<std::string, std::string>& generic, ImportFilter allowed) {
  std::vector<std::string> out;
  for (const gosuite::GoTest& t : gosuite::listTests(root)) {
    if (t.action != "run") continue;
    std::vector<std::string> recipe = gosuite::testRecipe(gosuite::readFile((fs::path(root) / t.path).string()));
    if (recipe.size() != 1) continue;
    if (outOfScopeReason(root, t.path, generic, allowed).empty()) out.push_back(t.path);
  }
  return out;
}

std::vector<std::string> inScopeErrorcheckTests(const std::string& root,
                                                const std::map<std::string, std::string>& generic) {
  std::vector<std::string> out;
  for (const gosuite::GoTest& t : gosuite::listTests(root)) {
    if (t.action != "errorcheck") continue;
    std::vector<std::string> recipe = gosuite::testRecipe(gosuite::readFile((fs::path(root) / t.path).string()));
    bool neutral = true;
    for (size_t i = 1; i < recipe.size() && neutral; ++i) {
      if (recipe[i] == "-t" && i + 1 < recipe.size()) {
        ++i;
      } else {
        neutral = isNeutralErrorcheckArg(recipe[i]);
      }
    }
    if (!neutral) continue;
    // Files with syntax errors stay in: their expectations are the parser's, which the checker never sees.
    std::string why = outOfScopeReason(root, t.path, generic);
    if (why.empty() || why == "syntax errors") out.push_back(t.path);
  }
  return out;
}

KnownFailures loadKnownFailures(const std::string& path) {
  KnownFailures list;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    size_t begin = line.find_first_not_of(" \t");
    if (begin == std::string::npos || line[begin] == '#') continue;
    size_t hash = line.find('#', begin);
    std::string entry = line.substr(begin, hash == std::string::npos ? std::string::npos : hash - begin);
    entry.erase(entry.find_last_not_of(" \t\r") + 1);
    std::string reason;
    if (hash != std::string::npos) {
      reason = line.substr(hash + 1);
      reason.erase(0, reason.find_first_not_of(' '));
    }
    list[entry] = reason;
  }
  return list;
}

bool writeKnownFailures(const std::string& path, const std::string& header, const KnownFailures& list) {
  std::ofstream out(path, std::ios::trunc);
  if (!out) return false;
  out << header;
  for (const auto& [entry, reason] : list) out << entry << "  # " << reason << '\n';
  return static_cast<bool>(out);
}

ListComparison compareWithKnownFailures(const std::vector<std::string>& all,
                                        const std::map<std::string, Verdict>& failing, const KnownFailures& known) {
  ListComparison c;
  for (const auto& [path, verdict] : failing) {
    if (known.count(path) != 0) continue;
    std::string text = path + ":";
    for (const std::string& p : verdict.problems) text += "\n    " + p;
    c.newFailures.push_back(std::move(text));
  }
  const std::set<std::string> present(all.begin(), all.end());
  for (const auto& [path, reason] : known) {
    if (present.count(path) == 0) {
      c.stale.push_back(path);
    } else if (failing.count(path) == 0) {
      c.nowPassing.push_back(path);
    }
  }
  return c;
}

}  // namespace vo::types::conformance
