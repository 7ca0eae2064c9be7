// SourceManager: file storage, loading, the lazy line tables and the line directive tables.
#include "compiler/basic/source_manager.h"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vo {

FileId SourceManager::addFile(std::string path, std::string contents) {
  auto file = std::make_unique<File>();
  file->path = std::move(path);
  file->contents = std::move(contents);
  files_.push_back(std::move(file));
  return static_cast<FileId>(files_.size() - 1);
}

std::optional<FileId> SourceManager::loadFile(const std::string& path, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "read " + path + ": is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "open " + path + ": " + std::strerror(errno);
    // std::strerror gives "No such file or directory"; Go prints it in lower case.
    auto colon = error.rfind(": ");
    if (colon != std::string::npos && colon + 2 < error.size())
      error[colon + 2] = static_cast<char>(std::tolower(static_cast<unsigned char>(error[colon + 2])));
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) {
    error = "read " + path + ": cannot determine file size";
    return std::nullopt;
  }
  if (static_cast<uint64_t>(size) > kMaxFileSize) {
    error = path + ": file too large (" + std::to_string(size) + " bytes; the limit is " +
            std::to_string(kMaxFileSize) + ")";
    return std::nullopt;
  }
  in.seekg(0, std::ios::beg);
  std::string contents(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(contents.data(), size)) {
    error = "read " + path + ": input/output error";
    return std::nullopt;
  }
  return addFile(path, std::move(contents));
}

std::string_view SourceManager::contents(FileId file) const {
  assert(file < files_.size() && "unknown FileId");
  return files_[file]->contents;
}

const std::string& SourceManager::path(FileId file) const {
  assert(file < files_.size() && "unknown FileId");
  return files_[file]->path;
}

LineColumn SourceManager::lineColumn(Pos pos) const {
  assert(pos.file < files_.size() && "unknown FileId");
  const File& f = *files_[pos.file];
  if (f.lineStarts.empty()) {
    f.lineStarts.push_back(0);
    for (uint32_t i = 0; i < f.contents.size(); ++i)
      if (f.contents[i] == '\n') f.lineStarts.push_back(i + 1);
  }
  auto it = std::upper_bound(f.lineStarts.begin(), f.lineStarts.end(), pos.offset);
  uint32_t line = static_cast<uint32_t>(it - f.lineStarts.begin());
  uint32_t col = pos.offset - f.lineStarts[line - 1] + 1;
  return {line, col};
}

std::string SourceManager::describe(Pos pos) const {
  if (!pos.isValid()) return "<unknown>";
  PresumedLocation loc = presumedLocation(pos);
  std::string s(loc.filename);
  s += ":" + std::to_string(loc.line);
  if (loc.column != 0) s += ":" + std::to_string(loc.column);
  return s;
}

PresumedLocation SourceManager::presumedLocation(Pos pos) const {
  assert(pos.file < files_.size() && "unknown FileId");
  const File& f = *files_[pos.file];
  LineColumn lc = lineColumn(pos);
  auto it = std::upper_bound(f.directives.begin(), f.directives.end(), pos.offset,
                             [](uint32_t offset, const LineDirective& d) { return offset < d.from; });
  if (it == f.directives.begin()) return {f.path, lc.line, lc.column};
  const LineDirective& d = *(it - 1);
  // Unsigned arithmetic as in gc: the newline ending a `//line` comment lies on the line before the anchor.
  uint32_t line = d.line + (lc.line - d.anchor.line);
  uint32_t column = 0;
  if (d.column != 0) column = lc.line == d.anchor.line ? d.column + (lc.column - d.anchor.column) : lc.column;
  return {d.filename, line, column};
}

void SourceManager::addLineDirective(FileId file, uint32_t from, LineColumn anchor, std::string filename,
                                     uint32_t line, uint32_t column) const {
  assert(file < files_.size() && "unknown FileId");
  std::vector<LineDirective>& table = files_[file]->directives;
  auto it = std::lower_bound(table.begin(), table.end(), from,
                             [](const LineDirective& d, uint32_t offset) { return d.from < offset; });
  if (it != table.end() && it->from == from && it->filename == filename && it->line == line &&
      it->column == column) {
    return;  // the same file lexed again
  }
  std::string_view name = directiveNames_.emplace_back(std::move(filename));
  LineDirective d{from, anchor, name, line, column};
  if (it != table.end() && it->from == from) {
    *it = d;
  } else {
    table.insert(it, d);
  }
}

}  // namespace vo
