// The build cache of `vo run` (build_cache.h, loadProgramCached): the cache directory from the environment, keys
// that change with everything a compilation reads, entries that round-trip and whose corruption is a miss, hits
// that replay the compile's warnings, and trimming.
#include "compiler/driver/build_cache.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "compiler/driver/program.h"
#include "runtime-core/serialize.h"

namespace vo::driver {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHello = R"(package main

import "fmt"

func main() {
	fmt.Println("hello")
}
)";

// A .vo program whose compile prints a warning (unused variables are warnings in .vo files).
constexpr const char* kWarns = R"(package main

func main() {
	x := 1
	println("warned")
}
)";

// Sets an environment variable for the scope of a test (nullptr: unset), restoring it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = getenv(name)) old_ = old;
    if (value) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

class BuildCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("vo_build_cache_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "src");
    cache_ = (dir_ / "cache").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / "src" / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // The one entry file of the cache.
  fs::path onlyEntry() const {
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(cache_))
      if (e.path().extension() == ".entry") found.push_back(e.path());
    EXPECT_EQ(found.size(), 1u);
    return found.empty() ? fs::path() : found[0];
  }
  // Compiles `path` with loadProgram (no cache); the module must exist.
  std::unique_ptr<rt::Module> compile(const std::string& path) {
    std::ostringstream err;
    Program p = loadProgram(path, err);
    EXPECT_NE(p.module, nullptr) << err.str();
    return std::move(p.module);
  }

  fs::path dir_;
  std::string cache_;
};

TEST_F(BuildCacheTest, DirectoryFromTheEnvironment) {
  {
    ScopedEnv v("VOCACHE", "/some/where");
    EXPECT_EQ(buildCacheDir(), "/some/where");
  }
  {
    ScopedEnv v("VOCACHE", "off");
    EXPECT_EQ(buildCacheDir(), "");
  }
  {
    ScopedEnv v("VOCACHE", "relative/dir");
    EXPECT_EQ(buildCacheDir(), "");
  }
  ScopedEnv v("VOCACHE", nullptr);
  {
    ScopedEnv x("XDG_CACHE_HOME", "/xdg");
    EXPECT_EQ(buildCacheDir(), "/xdg/vo");
  }
  ScopedEnv x("XDG_CACHE_HOME", nullptr);
  {
    ScopedEnv h("HOME", "/home/gopher");
    EXPECT_EQ(buildCacheDir(), "/home/gopher/.cache/vo");
  }
  ScopedEnv h("HOME", nullptr);
  EXPECT_EQ(buildCacheDir(), "");
}

TEST_F(BuildCacheTest, KeyChangesWithEverythingTheCompileReads) {
  const std::string a = write("a.go", kHello);
  const std::string key = buildCacheKey({a});
  ASSERT_EQ(key.size(), 32u);
  EXPECT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos) << key;
  EXPECT_EQ(buildCacheKey({a}), key) << "deterministic";

  write("a.go", std::string(kHello) + "\n");
  EXPECT_NE(buildCacheKey({a}), key) << "contents";
  write("a.go", kHello);
  EXPECT_EQ(buildCacheKey({a}), key);

  const std::string b = write("b.go", kHello);
  EXPECT_NE(buildCacheKey({b}), key) << "path (recorded in the module for traces)";
  EXPECT_NE(buildCacheKey({a, b}), key) << "the set of files";
  {
    ScopedEnv v("VO_INLINE", "off");
    EXPECT_NE(buildCacheKey({a}), key) << "VO_INLINE";
  }
  {
    ScopedEnv v("VO_ESCAPE", "conservative");
    EXPECT_NE(buildCacheKey({a}), key) << "VO_ESCAPE";
  }
  EXPECT_EQ(buildCacheKey({(dir_ / "src" / "missing.go").string()}), "") << "unreadable file: no key";
}

TEST_F(BuildCacheTest, EntryRoundTrips) {
  const std::string a = write("a.go", kHello);
  std::unique_ptr<rt::Module> m = compile(a);
  const std::string key = buildCacheKey({a});
  EXPECT_FALSE(buildCacheGet(cache_, key).has_value()) << "empty cache";
  buildCachePut(cache_, key, *m, "a.go:4:2: warning\n");
  std::optional<CachedProgram> hit = buildCacheGet(cache_, key);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->diagnostics, "a.go:4:2: warning\n");
  EXPECT_EQ(rt::serializeModule(*hit->module), rt::serializeModule(*m));
  EXPECT_FALSE(buildCacheGet(cache_, buildCacheKey({write("b.go", kHello)})).has_value()) << "other key";
  EXPECT_TRUE(fs::exists(fs::path(cache_) / "trim.txt")) << "a store trims";
}

TEST_F(BuildCacheTest, DamagedEntriesAreMisses) {
  const std::string a = write("a.go", kHello);
  std::unique_ptr<rt::Module> m = compile(a);
  const std::string key = buildCacheKey({a});
  buildCachePut(cache_, key, *m, "warning text\n");
  const fs::path entry = onlyEntry();
  const std::string good = read(entry);
  ASSERT_GT(good.size(), 100u);
  auto damaged = [&](std::string bytes) {
    std::ofstream(entry, std::ios::binary | std::ios::trunc) << bytes;
    return !buildCacheGet(cache_, key).has_value();
  };
  EXPECT_TRUE(damaged(""));
  EXPECT_TRUE(damaged(good.substr(0, 7))) << "shorter than the header";
  EXPECT_TRUE(damaged(good.substr(0, good.size() / 2))) << "truncated image";
  std::string bad = good;
  bad[0] = 'X';
  EXPECT_TRUE(damaged(bad)) << "magic";
  bad = good;
  bad[4] = '\xff';  // the diagnostics' size runs past the end
  EXPECT_TRUE(damaged(bad)) << "diagnostics size";
  bad = good;
  bad[13] ^= 1;  // inside the diagnostics
  EXPECT_TRUE(damaged(bad)) << "diagnostics checksum";
  bad = good;
  bad[bad.size() - 10] ^= 0x55;  // inside the .voc payload
  EXPECT_TRUE(damaged(bad)) << "image checksum";
  EXPECT_FALSE(damaged(good)) << "the intact entry still hits";
}

TEST_F(BuildCacheTest, LoadProgramCachedStoresThenHitsAndReplaysWarnings) {
  const std::string src = write("warns.vo", kWarns);
  std::ostringstream first;
  Program p1 = loadProgramCached(src, cache_, first);
  ASSERT_NE(p1.module, nullptr) << first.str();
  EXPECT_NE(first.str().find("declared and not used: x"), std::string::npos) << first.str();
  const fs::path entry = onlyEntry();

  // Prove the second load comes from the entry: replace it with another program's module under the same key.
  std::unique_ptr<rt::Module> other = compile(write("other.go", kHello));
  buildCachePut(cache_, buildCacheKey({src}), *other, first.str());
  std::ostringstream second;
  Program p2 = loadProgramCached(src, cache_, second);
  ASSERT_NE(p2.module, nullptr);
  EXPECT_EQ(second.str(), first.str()) << "the same warnings, printed again";
  EXPECT_EQ(rt::serializeModule(*p2.module), rt::serializeModule(*other));

  // A changed source misses and compiles.
  write("warns.vo", std::string(kWarns) + "// changed\n");
  std::ostringstream third;
  Program p3 = loadProgramCached(src, cache_, third);
  ASSERT_NE(p3.module, nullptr);
  EXPECT_EQ(rt::serializeModule(*p3.module), rt::serializeModule(*compile(src)));
}

TEST_F(BuildCacheTest, CompileErrorsAreNotCached) {
  const std::string src = write("bad.go", "package main\n\nfunc main() { undefined() }\n");
  for (int i = 0; i < 2; ++i) {
    std::ostringstream err;
    Program p = loadProgramCached(src, cache_, err);
    EXPECT_EQ(p.module, nullptr);
    EXPECT_EQ(p.outcome.kind, OutcomeKind::CompileErrors);
    EXPECT_NE(err.str().find("undefined: undefined"), std::string::npos) << err.str();
  }
  EXPECT_FALSE(fs::exists(cache_) && !fs::is_empty(cache_)) << "nothing stored";
}

TEST_F(BuildCacheTest, NoCacheDirectoryMeansNoCaching) {
  const std::string src = write("a.go", kHello);
  std::ostringstream err;
  Program p = loadProgramCached(src, "", err);
  EXPECT_NE(p.module, nullptr);
  EXPECT_FALSE(fs::exists(cache_));
}

TEST_F(BuildCacheTest, TrimDeletesEntriesUnusedForFiveDaysAtMostDaily) {
  const std::string a = write("a.go", kHello);
  std::unique_ptr<rt::Module> m = compile(a);
  const std::string oldKey = buildCacheKey({a});
  const std::string newKey = buildCacheKey({write("b.go", kHello)});
  buildCachePut(cache_, oldKey, *m, "");
  buildCachePut(cache_, newKey, *m, "");
  const auto now = fs::file_time_type::clock::now();
  fs::path oldEntry = fs::path(cache_) / oldKey.substr(0, 2) / (oldKey + ".entry");
  ASSERT_TRUE(fs::exists(oldEntry));
  fs::last_write_time(oldEntry, now - std::chrono::hours(24 * 6));
  const fs::path stamp = fs::path(cache_) / "trim.txt";

  buildCacheTrim(cache_);  // trimmed just now by the puts: nothing happens
  EXPECT_TRUE(fs::exists(oldEntry));

  fs::last_write_time(stamp, now - std::chrono::hours(25));
  buildCacheTrim(cache_);
  EXPECT_FALSE(fs::exists(oldEntry)) << "unused for six days";
  EXPECT_TRUE(buildCacheGet(cache_, newKey).has_value()) << "recent entries stay";
}

TEST_F(BuildCacheTest, HitsMarkOldEntriesUsed) {
  const std::string a = write("a.go", kHello);
  const std::string key = buildCacheKey({a});
  buildCachePut(cache_, key, *compile(a), "");
  const fs::path entry = onlyEntry();
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(48);
  fs::last_write_time(entry, old);
  ASSERT_TRUE(buildCacheGet(cache_, key).has_value());
  EXPECT_GT(fs::last_write_time(entry), old + std::chrono::hours(47));
}

}  // namespace
}  // namespace vo::driver
