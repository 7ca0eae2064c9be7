// Known-failures lists (known_failures.h).
#include "test_data/runner/known_failures.h"

#include <fstream>
#include <sstream>

namespace vo::testrun {

KnownFailures loadKnownFailures(const std::string& path) {
  KnownFailures list;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    size_t begin = line.find_first_not_of(" \t");
    if (begin == std::string::npos || line[begin] == '#') continue;
    size_t hash = line.find('#', begin);
    std::string entry = line.substr(begin, hash == std::string::npos ? std::string::npos : hash - begin);
    while (!entry.empty() && (entry.back() == ' ' || entry.back() == '\t')) entry.pop_back();
    std::string reason;
    if (hash != std::string::npos) {
      size_t r = line.find_first_not_of(" \t", hash + 1);
      if (r != std::string::npos) reason = line.substr(r);
    }
    if (!entry.empty()) list[entry] = reason;
  }
  return list;
}

bool writeKnownFailures(const std::string& path, const std::string& header, const KnownFailures& list) {
  std::ostringstream out;
  std::istringstream h(header);
  std::string line;
  while (std::getline(h, line)) out << (line.empty() ? "#" : "# " + line) << "\n";
  for (const auto& [entry, reason] : list) {
    out << entry;
    if (!reason.empty()) out << "  # " << reason;
    out << "\n";
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << out.str();
  return static_cast<bool>(f);
}

std::string oneLine(const std::string& reason, size_t max) {
  std::string s;
  for (char c : reason) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    s.push_back(c);
  }
  size_t end = s.find_last_not_of(' ');
  s.resize(end == std::string::npos ? 0 : end + 1);
  if (s.size() > max) {
    size_t cut = max - 3;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    s = s.substr(0, cut) + "...";
  }
  return s;
}

}  // namespace vo::testrun
