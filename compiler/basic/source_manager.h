// Source files held in memory, identified by FileId, with positions as byte offsets; line and column are computed
// only when a diagnostic or a dump needs them, and the line directives the lexer found turn them into the presumed
// `file:line:col` that messages print. Does not decode UTF-8 and does not parse directives (the lexer does both).
#pragma once

#include <cstdint>
#include <deque>
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

/// Where a position claims to be, after line directives: what diagnostics and run-time traces print.
/// Without a directive it is the physical path, line and column.
struct PresumedLocation {
  std::string_view filename;  ///< valid while the SourceManager lives; may be empty (`//line :12`)
  uint32_t line = 0;          ///< 1-based
  uint32_t column = 0;        ///< 1-based, in bytes; 0 when unknown (after a `//line file:line` without a column)
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
  /// The presumed `path:line:col` of a valid position (after line directives), the prefix of every diagnostic;
  /// `path:line` when the column is unknown, as gc's cmd/internal/src Pos.Format prints it; `<unknown>` for an
  /// invalid position.
  std::string describe(Pos pos) const;

  /// The file name, line and column that a position presumes after the line directives recorded for its file
  /// (gc's syntax.Pos RelFilename, RelLine and RelCol in cmd/compile/internal/syntax/pos.go): the last directive
  /// that applies at or before the offset gives the name and the line at its anchor; lines count on from there;
  /// on the anchor's line the column counts on from the directive's column, on later lines it is the physical one,
  /// and it stays unknown (0) after a directive without a column until the next directive.
  PresumedLocation presumedLocation(Pos pos) const;

  /// Records a line directive (`//line file:line:col`, `/*line file:line:col*/`; see `go doc cmd/compile`) found
  /// by the lexer. It applies to positions at offsets >= `from`: for `//line` the newline that ends the comment
  /// (the newline belongs to the comment), for `/*line*/` the byte after `*/`. `anchor` is the physical line and
  /// column that `line` and `column` name (gc's PosBase.Pos): the start of the next line for `//line`, the comment
  /// start column plus the comment length in bytes for `/*line*/`. `column` 0 means unknown. A directive with
  /// the same `from` as a recorded one replaces it, so lexing a file again records nothing new.
  ///
  /// The table is derived from the file's contents, like the line table, so it is `mutable` and this method is
  /// `const`: the lexer, which only gets a `const SourceManager&`, records into it. Directives are rare; each
  /// costs one allocation for its name.
  void addLineDirective(FileId file, uint32_t from, LineColumn anchor, std::string filename, uint32_t line,
                        uint32_t column) const;

 private:
  struct LineDirective {
    uint32_t from;  // first offset it applies to
    LineColumn anchor;
    std::string_view filename;  // into directiveNames_
    uint32_t line;
    uint32_t column;  // 0: unknown
  };
  struct File {
    std::string path;
    std::string contents;
    mutable std::vector<uint32_t> lineStarts;  // offsets of the first byte of each line, built lazily
    mutable std::vector<LineDirective> directives;  // sorted by `from`
  };
  std::vector<std::unique_ptr<File>> files_;
  mutable std::deque<std::string> directiveNames_;  // a deque never moves its elements: views stay valid
};

}  // namespace vo
