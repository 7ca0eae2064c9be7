// Source files held in memory, identified by FileId, with positions as byte offsets; line and column are computed
// only when a diagnostic or a dump needs them. Does not decode UTF-8 (the lexer does).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vo {

/// Identifies one file added to a SourceManager; ids are dense, starting at 0.
using FileId = uint32_t;

/// A position in a source file: the file and a 0-based byte offset into its contents.
/// The default value (`kNoFile`) means "no position" (for example a node synthesised by the compiler).
struct Pos {
  static constexpr FileId kNoFile = UINT32_MAX;
  FileId file = kNoFile;
  uint32_t offset = 0;

  /// True when this names a real position in a file.
  bool isValid() const { return file != kNoFile; }
  friend bool operator==(const Pos&, const Pos&) = default;
  friend auto operator<=>(const Pos&, const Pos&) = default;
};

/// A 1-based line and a 1-based column, the column counted in bytes as Go's tools count it.
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
};

/// Owns the contents of every source file of one compilation.
/// Files are never removed, so string_views into contents stay valid for the SourceManager's lifetime.
class SourceManager {
 public:
  /// Files larger than this are rejected by `loadFile` with an error (the lexer's offsets are 32-bit and the
  /// front end keeps whole files in memory). Unit: bytes.
  static constexpr uint64_t kMaxFileSize = 64u << 20;

  /// Adds a file with the given path (used only for messages) and contents; returns its id.
  FileId addFile(std::string path, std::string contents);

  /// Reads the file at `path` and adds it. On failure returns std::nullopt and sets `error` to a message in the
  /// style `open foo.go: no such file or directory` (Go's wording for a missing file).
  std::optional<FileId> loadFile(const std::string& path, std::string& error);

  /// The contents of a file, valid while this SourceManager lives.
  std::string_view contents(FileId file) const;
  /// The path the file was added with.
  const std::string& path(FileId file) const;
  /// Number of files added so far.
  size_t fileCount() const { return files_.size(); }

  /// Line and column of a position; the line table of the file is built on first use.
  /// An offset at the end of the file is valid (it names the end-of-file position).
  LineColumn lineColumn(Pos pos) const;
  /// `path:line:col` of a valid position, the prefix of every diagnostic.
  std::string describe(Pos pos) const;

 private:
  struct File {
    std::string path;
    std::string contents;
    mutable std::vector<uint32_t> lineStarts;  // offsets of the first byte of each line, built lazily
  };
  std::vector<std::unique_ptr<File>> files_;
};

}  // namespace vo
