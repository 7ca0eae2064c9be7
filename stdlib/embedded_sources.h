// Internal: the tables that embed_sources.cmake generates at build time; sources.cpp answers queries from them.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "stdlib/sources.h"

namespace vo::stdlib::detail {

/// One package: its files are `embeddedFiles()[firstFile, firstFile + fileCount)`.
struct EmbeddedPackage {
  std::string_view importPath;
  size_t firstFile;
  size_t fileCount;
};

/// Every embedded file, grouped by package in the order of embeddedPackages(), each group sorted by file name.
std::span<const SourceFile> embeddedFiles();
/// Every embedded package, sorted by import path.
std::span<const EmbeddedPackage> embeddedPackages();
/// The import paths of embeddedPackages(), in the same order.
std::span<const std::string_view> embeddedPackagePaths();

}  // namespace vo::stdlib::detail
