// The build cache of `vo run` (build_cache.h).
#include "compiler/driver/build_cache.h"

#include <elf.h>
#include <link.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "runtime-core/serialize.h"
#include "runtime-core/verify.h"

namespace vo::driver {

namespace fs = std::filesystem;

namespace {

// An entry file: magic | u32 diagnostics size | u32 CRC-32 of the diagnostics | diagnostics | a `.voc` image
// (which carries its own magic, format version and checksum).
constexpr char kEntryMagic[4] = {'V', 'O', 'C', 'E'};
constexpr size_t kEntryHeader = 12;

// Go's cache: entries unused for five days go; mark a used entry at most once an hour; trim at most once a day.
constexpr auto kTrimLimit = std::chrono::hours(24 * 5);
constexpr auto kMarkInterval = std::chrono::hours(1);
constexpr auto kTrimInterval = std::chrono::hours(24);

// The running binary's GNU build ID (the descriptor of its NT_GNU_BUILD_ID note), or empty.
std::string buildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) -> int {
        if (info->dlpi_name != nullptr && info->dlpi_name[0] != '\0') return 0;  // the executable comes first
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) n;
            std::memcpy(&n, p, sizeof n);
            const char* name = p + sizeof n;
            const char* desc = name + ((n.n_namesz + 3) & ~3u);
            const char* next = desc + ((n.n_descsz + 3) & ~3u);
            if (next > end) break;
            if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static_cast<std::string*>(out)->assign(desc, n.n_descsz);
              return 1;
            }
            p = next;
          }
        }
        return 1;
      },
      &id);
  return id;
}

// What identifies this vo binary: its build ID, or else its path, size and modification time.
std::string toolId() {
  std::string id = buildId();
  if (!id.empty()) return "build-id:" + id;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "unknown";
  const auto size = fs::file_size(exe, ec);
  const auto time = fs::last_write_time(exe, ec).time_since_epoch().count();
  return "exe:" + exe.string() + ":" + std::to_string(size) + ":" + std::to_string(time);
}

void hashField(XXH3_state_t* st, std::string_view s) {
  const uint64_t n = s.size();
  XXH3_128bits_update(st, &n, sizeof n);
  XXH3_128bits_update(st, s.data(), s.size());
}

// Reads the whole file in one allocation (an entry is read on every cached run).
bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  out.resize(static_cast<size_t>(size));
  in.seekg(0);
  return static_cast<bool>(in.read(out.data(), size));
}

fs::path entryPath(const std::string& dir, const std::string& key) {
  return fs::path(dir) / key.substr(0, 2) / (key + ".entry");
}

uint32_t crc(std::string_view s) {
  return static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

uint32_t get32(const std::string& s, size_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[at + static_cast<size_t>(i)]);
  return v;
}

void put32(std::string& s, uint32_t v) {
  for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

std::string buildCacheDir() {
  if (const char* v = std::getenv("VOCACHE"); v != nullptr && *v != '\0') {
    if (std::string_view(v) == "off" || v[0] != '/') return {};
    return v;
  }
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x != nullptr && x[0] == '/') return std::string(x) + "/vo";
  if (const char* h = std::getenv("HOME"); h != nullptr && h[0] == '/') return std::string(h) + "/.cache/vo";
  return {};
}

std::string buildCacheKey(const std::vector<std::string>& paths) {
  XXH3_state_t* st = XXH3_createState();
  if (st == nullptr) return {};
  XXH3_128bits_reset(st);
  hashField(st, "vo build cache 1");
  hashField(st, toolId());
  hashField(st, std::to_string(rt::Module::kFormatVersion));
  for (const char* var : {"VO_INLINE", "VO_ESCAPE"}) {
    const char* v = std::getenv(var);
    hashField(st, v == nullptr ? std::string("unset") : std::string("=") + v);
  }
  std::string text;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::path abs = fs::absolute(p, ec);
    if (ec || !readFile(p, text)) {
      XXH3_freeState(st);
      return {};
    }
    hashField(st, p);
    hashField(st, abs.lexically_normal().string());
    hashField(st, text);
  }
  const XXH128_hash_t h = XXH3_128bits_digest(st);
  XXH3_freeState(st);
  XXH128_canonical_t c;
  XXH128_canonicalFromHash(&c, h);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  for (unsigned char b : c.digest) {
    key.push_back(kHex[b >> 4]);
    key.push_back(kHex[b & 15]);
  }
  return key;
}

std::optional<CachedProgram> buildCacheGet(const std::string& dir, const std::string& key) {
  if (dir.empty() || key.size() < 2) return std::nullopt;
  const fs::path path = entryPath(dir, key);
  std::string bytes;
  if (!readFile(path.string(), bytes) || bytes.size() < kEntryHeader ||
      std::memcmp(bytes.data(), kEntryMagic, 4) != 0)
    return std::nullopt;
  const uint32_t diagSize = get32(bytes, 4);
  if (diagSize > bytes.size() - kEntryHeader) return std::nullopt;
  CachedProgram p;
  p.diagnostics = bytes.substr(kEntryHeader, diagSize);
  if (crc(p.diagnostics) != get32(bytes, 8)) return std::nullopt;
  const size_t image = kEntryHeader + diagSize;
  std::string error;
  p.module = rt::deserializeModule(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()) + image, bytes.size() - image),
      error);
  std::string().swap(bytes);  // the image is decoded: free it before verifying (start-up peak memory)
  if (p.module == nullptr || !rt::verifyModule(*p.module, error)) return std::nullopt;
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  const auto used = fs::last_write_time(path, ec);
  if (!ec && now - used > kMarkInterval) fs::last_write_time(path, now, ec);
  return p;
}

void buildCachePut(const std::string& dir, const std::string& key, const rt::Module& module,
                   std::string_view diagnostics) {
  if (dir.empty() || key.size() < 2) return;
  const fs::path path = entryPath(dir, key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return;
  std::string bytes(kEntryMagic, 4);
  put32(bytes, static_cast<uint32_t>(diagnostics.size()));
  put32(bytes, crc(diagnostics));
  bytes.append(diagnostics);
  const std::vector<uint8_t> image = rt::serializeModule(module);
  bytes.append(reinterpret_cast<const char*>(image.data()), image.size());
  // A name of our own beside the entry: the rename is atomic within the directory.
  const fs::path tmp = path.string() + ".tmp" + std::to_string(getpid()) + "-" + std::to_string(std::random_device{}());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  buildCacheTrim(dir);
}

void buildCacheTrim(const std::string& dir) {
  if (dir.empty()) return;
  const fs::path stamp = fs::path(dir) / "trim.txt";
  const auto now = fs::file_time_type::clock::now();
  std::error_code ec;
  const auto last = fs::last_write_time(stamp, ec);
  if (!ec && now - last < kTrimInterval) return;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code fe;
    if (it.depth() != 1 || !it->is_regular_file(fe)) continue;
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    const bool entry = name.ends_with(".entry");
    const bool staleTmp = name.find(".entry.tmp") != std::string::npos;  // left by a run that died mid-write
    if (!entry && !staleTmp) continue;
    const auto used = fs::last_write_time(p, fe);
    if (!fe && now - used > (entry ? kTrimLimit : kTrimInterval)) fs::remove(p, fe);
  }
  std::ofstream(stamp, std::ios::trunc) << std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()
                                        << '\n';
}

}  // namespace vo::driver
