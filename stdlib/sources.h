// The standard library's Vo sources (stdlib/<import path>/*.vo), embedded in the binary at build time so that
// the type checker loads `import "fmt"` without any file on disk. Does not parse or check them.
#pragma once

#include <span>
#include <string_view>

namespace vo::stdlib {

/// One embedded source file. Both views point into static storage that lives for the whole program.
struct SourceFile {
  /// The name diagnostics print for this file: `$VOROOT/stdlib/<import path>/<file>.vo`, the file's place in the
  /// vo source tree (for example `$VOROOT/stdlib/unicode/utf8/utf8.vo`).
  std::string_view path;
  /// The file's bytes exactly as in the source tree (UTF-8 Vo source, no terminating NUL counted).
  std::string_view contents;
};

/// The files of the package with import path `importPath` (`"fmt"`, `"math/rand"`, `"dyn"`), sorted by file name.
/// Empty when no such package is embedded (an unknown import path is not an error here; the caller reports it).
std::span<const SourceFile> packageFiles(std::string_view importPath);

/// Every embedded import path, sorted in byte order (`"bufio"`, `"bytes"`, ..., `"unicode/utf8"`).
std::span<const std::string_view> packagePaths();

}  // namespace vo::stdlib
