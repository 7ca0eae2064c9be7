// The build cache of `vo run`: the verified bytecode of each program compiled from sources, so that running an
// unchanged program again skips parsing, type checking, escape analysis and code generation. It follows Go's
// build cache (GOCACHE, cmd/go/internal/cache): content-addressed entries in a per-user directory, written
// atomically, marked when used and trimmed when unused for days. A cache problem is never an error: an entry that
// cannot be read, decoded or verified is a miss, and a failed write is ignored.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime-core/module.h"

namespace vo::driver {

/// The cache directory, from the environment: `$VOCACHE` when set (an absolute path); else `$XDG_CACHE_HOME/vo`;
/// else `$HOME/.cache/vo`. Empty, meaning no caching, when `VOCACHE=off`, when VOCACHE is set to a relative path,
/// or when none of the variables is set. The directory is created on the first store.
std::string buildCacheDir();

/// The key of compiling the source files `paths` (a SourceList's files, as the command line named them) with this
/// vo binary: 32 lowercase hex digits, the XXH3-128 hash of
/// - the binary's GNU build ID (which changes with any change to the compiler or the embedded standard library;
///   when the binary has none, its path, size and modification time),
/// - the `.voc` format version and the settings that change code generation (`VO_INLINE`, `VO_ESCAPE`),
/// - each file's path as given, its absolute path (the module records it for traces) and its contents.
/// Empty when a file cannot be read: the compiler then reports it.
std::string buildCacheKey(const std::vector<std::string>& paths);

/// A cache entry: the verified module and the diagnostics (warnings) its compilation printed, which a hit prints
/// again so that a cached run looks like a compiled one.
struct CachedProgram {
  std::unique_ptr<rt::Module> module;
  std::string diagnostics;
};

/// Looks up `key` in `dir`. nullopt on a miss, and also when the entry is truncated, corrupted, of another format
/// version or does not verify (the caller compiles and stores it again). Marks the entry used (its modification
/// time) when it was last marked over an hour ago, as Go's cache does.
std::optional<CachedProgram> buildCacheGet(const std::string& dir, const std::string& key);

/// Stores `module` (verified) and `diagnostics` under `key` in `dir`, creating the directory: written to a
/// temporary file then renamed, so concurrent runs never see half an entry. Then trims the cache
/// (buildCacheTrim). Failures are silent.
void buildCachePut(const std::string& dir, const std::string& key, const rt::Module& module,
                   std::string_view diagnostics);

/// Deletes the entries of `dir` unused for five days, at most once a day (the time of the last trim is kept in
/// `dir/trim.txt`), as Go's cache trims itself.
void buildCacheTrim(const std::string& dir);

}  // namespace vo::driver
