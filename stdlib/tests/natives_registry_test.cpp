// The native registry: lookups work, names are unique, and every registered name is a bodiless function of the
// embedded stdlib sources (so a typo in a table or a function given a Vo body cannot leave a dead entry).
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "stdlib/native_table.h"
#include "stdlib/natives.h"
#include "stdlib/sources.h"

namespace vo::stdlib {
namespace {

/// Go symbol names ("fmt.Sprintln", "strings.(*Builder).WriteString", "runtime.errorString.Error") of the
/// bodiless functions in the embedded sources (gofmt style: a declaration on one line without "{").
std::set<std::string> bodilessFunctions() {
  std::set<std::string> out;
  const std::regex decl(R"(^func (\((\w+ )?(\*?)(\w+)\) )?(\w+)\()");
  for (std::string_view path : packagePaths()) {
    std::string pkg(path);
    for (const SourceFile& f : packageFiles(path)) {
      std::string text(f.contents);
      size_t start = 0;
      while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        std::smatch m;
        if (!std::regex_search(line, m, decl) || line.back() == '{' || line.back() == '}') continue;
        std::string name = pkg + ".";
        if (m[4].matched) name += m[3].length() ? "(*" + m[4].str() + ")." : m[4].str() + ".";
        out.insert(name + m[5].str());
      }
    }
  }
  return out;
}

TEST(NativesRegistry, FindsRegisteredNamesOnly) {
  EXPECT_NE(findNative("fmt.Sprintln"), nullptr);
  EXPECT_EQ(findNative("fmt.Println"), nullptr);  // written in Vo (it writes to os.Stdout)
  EXPECT_NE(findNative("strconv.parseInt"), nullptr);
  EXPECT_EQ(findNative("fmt.Sscan"), nullptr);
  EXPECT_EQ(findNative("fmt.Println2"), nullptr);
  EXPECT_EQ(findNative(""), nullptr);
  EXPECT_NE(findNativeVar("os.Args"), nullptr);
  EXPECT_EQ(findNativeVar("os.Stdout"), nullptr);
}

TEST(NativesRegistry, EveryEntryIsAUniqueBodilessStdlibFunction) {
  std::set<std::string> bodiless = bodilessFunctions();
  ASSERT_TRUE(bodiless.count("fmt.Sprintln"));
  ASSERT_TRUE(bodiless.count("os.Exit"));
  std::set<std::string_view> seen;
  for (auto table : allNativeTables()) {
    for (const NativeEntry& e : table) {
      EXPECT_TRUE(seen.insert(e.name).second) << "registered twice: " << e.name;
      EXPECT_TRUE(bodiless.count(std::string(e.name))) << "not a bodiless stdlib function: " << e.name;
      EXPECT_EQ(findNative(e.name), e.fn) << e.name;
    }
  }
}

}  // namespace
}  // namespace vo::stdlib
