// Reading Go's test suite as test/run.go does (see go_suite.h).
#include "compiler/syntax/tests/go_suite.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace vo::gosuite {

namespace fs = std::filesystem;

namespace {

// The directories test/run.go reads (Go 1.19 run.go `dirs`), relative to the test directory.
const char* const kTestDirs[] = {".",         "ken",     "chan",    "interface", "syntax",    "dwarf",
                                 "fixedbugs", "codegen", "runtime", "abi",       "typeparam", "typeparam/mdempsky"};

// The first paragraph of a test file without a first `+build` line and without the leading `//`.
std::string_view recipeText(std::string_view src) {
  if (src.empty() || src[0] == '\n') return {};
  size_t end = src.find("\n\n");
  if (end == std::string_view::npos) return {};
  std::string_view action = src.substr(0, end);
  size_t nl = action.find('\n');
  if (nl != std::string_view::npos && action.substr(0, nl).find("+build") != std::string_view::npos)
    action.remove_prefix(nl + 1);
  if (action.starts_with("//")) action.remove_prefix(2);
  return action;
}

}  // namespace

std::string goTestDir() {
  const char* env = std::getenv("VO_GO_TEST_DIR");
  return env != nullptr && *env != '\0' ? env : "/usr/share/go-1.19/test";
}

bool haveCorpus(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(dir, ec) && fs::exists(fs::path(dir) / "run.go", ec);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> testRecipe(std::string_view src) {
  std::vector<std::string> fields;
  std::string_view text = recipeText(src);
  size_t i = 0;
  while (i < text.size()) {
    size_t begin = text.find_first_not_of(" \t\r\n", i);
    if (begin == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t\r\n", begin);
    if (end == std::string_view::npos) end = text.size();
    fields.emplace_back(text.substr(begin, end - begin));
    i = end;
  }
  return fields;
}

std::string testAction(std::string_view src) {
  std::vector<std::string> fields = testRecipe(src);
  return fields.empty() ? "" : fields.front();
}

bool hasBuildConstraint(std::string_view src) {
  size_t pos = 0;
  while (pos < src.size()) {
    size_t nl = src.find('\n', pos);
    std::string_view line = src.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (line.starts_with("package")) return false;
    if (line.starts_with("//go:build") || line.starts_with("// +build")) return true;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

std::vector<GoTest> listTests(const std::string& root) {
  std::vector<GoTest> tests;
  for (const char* dir : kTestDirs) {
    fs::path d = fs::path(root) / dir;
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(d, ec)) {
      if (!e.is_regular_file() || e.path().extension() != ".go") continue;
      std::string rel = fs::relative(e.path(), root).generic_string();
      tests.push_back({rel, testAction(readFile(e.path().string()))});
    }
  }
  std::sort(tests.begin(), tests.end(), [](const GoTest& a, const GoTest& b) { return a.path < b.path; });
  return tests;
}

std::vector<std::string> dirFiles(const std::string& root, const std::string& testPath) {
  std::vector<std::string> files;
  fs::path dir = fs::path(root) / (testPath.substr(0, testPath.size() - 3) + ".dir");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".go")
      files.push_back(fs::relative(e.path(), root).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::map<std::string, std::string> loadGenericList(const std::string& sourceDir) {
  std::map<std::string, std::string> list;
  std::ifstream in(fs::path(sourceDir) / "test_data/go_suite/uses_type_params.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    list[line.substr(space + 1)] = line.substr(0, space);
  }
  return list;
}

bool isRunProgramImport(std::string_view path) {
  static const std::set<std::string_view> kList = {"fmt",  "os",      "strings", "strconv",      "math",
                                                   "sort", "errors",  "unicode", "unicode/utf8", "time",
                                                   "sync", "runtime", "bytes",   "math/rand"};
  return kList.count(path) != 0;
}

std::string percentText(size_t n, size_t total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%",
                total == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(total));
  return buf;
}

}  // namespace vo::gosuite
