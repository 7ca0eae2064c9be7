// Maps with Go semantics (Go spec "Map types", "For statements with range clause"; runtime/map.go behaviour).
//
// Layout: a compact insertion-ordered table. A MapObject (GC object) points to four GC arrays of `cap` entries:
// `keys` and `vals` in Go layout (allocated with the key/value TypeDescs, so the collector scans them precisely),
// `meta` (per entry: 0 never used, 1 deleted, otherwise the entry's hash with bit 1 set and bit 0 clear) and an
// open-addressing `index` (power-of-two table of 32-bit slots, at least twice `cap`: 0 empty, kIndexDeleted, or
// k+1 for entry k in the low `entryBits` bits and the top bits of the entry's hash above them, so most mismatches
// are rejected without touching the entry), probed linearly from (hash >> 2). Four bytes a slot rather than eight
// keep a big map's index (the one part a lookup reads at random) twice as likely to stay in the cache. Inserts append at `used`; deletes leave a tombstone and clear the entry (releasing pointers).
// When `used` reaches `cap` the live entries move to NEW arrays (doubled when at least half full), so arrays are
// never compacted in place.
//
// Iteration: an iterator (GC object) remembers the arrays it started on and starts at `head`, the first entry that
// may be live (so `for k := range m { delete(m, k); break }` loops stay linear, as Go's maplinear test wants). While the map still uses them, it walks
// them in order up to `used` (entries deleted before being reached are tombstones and are skipped; entries added
// later are produced). After a rebuild it keeps walking its old arrays but looks every key up in the current map
// and produces the current entry, skipping keys deleted meanwhile (keys that are not equal to themselves, NaNs,
// cannot be looked up and are produced from the old arrays, as Go's mapiternext does).
//
// Floats: +0 and -0 hash and compare equal; NaN != NaN, so each NaN insert adds an entry that lookups never find.
// Integer and string keys take specialised hash/compare paths.
#include <cstring>

#include "runtime-core/alg_internal.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

enum class MapKeyKind : uint8_t { Word8, Word4, String, Generic };

struct MapObject {
  uint8_t* keys;   // GC array of the key type
  uint8_t* vals;   // GC array of the value type
  uint64_t* meta;  // GC bytes
  uint32_t* index;  // GC bytes
  const TypeDesc* type;
  int64_t count;
  int64_t used;
  int64_t head;  // no live entry below this index (keeps iterate-then-delete loops linear)
  int64_t cap;
  uint64_t indexMask;
  uint32_t entryMask;  // index slots: the low bits holding k+1 (2^entryBits - 1 > cap + 1)
  uint64_t seed;
  uint32_t keySize, valSize;
  MapKeyKind keyKind;
};

struct MapIterator {
  MapObject* map;
  uint8_t* keys;
  uint8_t* vals;
  uint64_t* meta;
  int64_t cap;
  int64_t pos;
};

namespace {

constexpr uint64_t kMetaDeleted = 1;
constexpr uint32_t kIndexDeleted = 0xFFFFFFFFu;  // never a live slot: its entry bits (all ones) exceed cap + 1
/// The largest `cap`: entry numbers and a tag of at least two bits share an index slot.
constexpr int64_t kMaxCap = int64_t{1} << 29;

/// The tag bits of hash `hh` in an index slot whose low bits (`entryMask`) hold the entry.
inline uint32_t indexTag(uint64_t hh, uint32_t entryMask) { return static_cast<uint32_t>(hh >> 32) & ~entryMask; }

// Internal TypeDescs so that maps and iterators are ordinary precisely-scanned GC objects.
struct InternalTypes {
  TypeDesc word;  // an untyped GC pointer word
  TypeDesc hmap, hiter;
  InternalTypes() {
    word.kind = Kind::UnsafePointer;
    word.size = 8;
    word.align = 8;
    word.flags = kTypeDirect | kTypeHasPointers | kTypeComparable;
    word.name = "unsafe.Pointer";
    auto init = [&](TypeDesc& t, const char* name, uint64_t size, std::initializer_list<uint32_t> ptrOffsets) {
      t.kind = Kind::Struct;
      t.size = size;
      t.align = 8;
      t.flags = kTypeHasPointers;
      t.name = name;
      t.pkgPath = "runtime";
      for (uint32_t off : ptrOffsets) {
        StructField f;
        f.name = "p" + std::to_string(off);
        f.type = &word;
        f.offset = off;
        t.fields.push_back(f);
      }
    };
    init(hmap, "runtime.hmap", sizeof(MapObject),
         {offsetof(MapObject, keys), offsetof(MapObject, vals), offsetof(MapObject, meta),
          offsetof(MapObject, index)});
    init(hiter, "runtime.hiter", sizeof(MapIterator),
         {offsetof(MapIterator, map), offsetof(MapIterator, keys), offsetof(MapIterator, vals),
          offsetof(MapIterator, meta)});
  }
};

const InternalTypes& internalTypes() {
  static const InternalTypes t;
  return t;
}

uint64_t seedCounter = 0x2545F4914F6CDD1Dull;

inline uint64_t tagHash(uint64_t h) { return (h | 2) & ~uint64_t{1}; }

inline uint64_t hashKey(const MapObject* m, const void* key) {
  switch (m->keyKind) {
    case MapKeyKind::Word8: { uint64_t v; std::memcpy(&v, key, 8); return tagHash(hashWord(v, m->seed)); }
    case MapKeyKind::Word4: { uint32_t v; std::memcpy(&v, key, 4); return tagHash(hashWord(v, m->seed)); }
    case MapKeyKind::String: return tagHash(hashString(*static_cast<const String*>(key), m->seed));
    case MapKeyKind::Generic: break;
  }
  return tagHash(valueHash(m->type->key, key, m->seed));
}

inline bool keyEqual(const MapObject* m, const void* a, const void* b) {
  switch (m->keyKind) {
    case MapKeyKind::Word8: return std::memcmp(a, b, 8) == 0;
    case MapKeyKind::Word4: return std::memcmp(a, b, 4) == 0;
    case MapKeyKind::String: {
      const auto* x = static_cast<const String*>(a);
      const auto* y = static_cast<const String*>(b);
      return stringsEqual(*x, *y);
    }
    case MapKeyKind::Generic: break;
  }
  return valuesEqual(m->type->key, a, b);
}

inline uint64_t probeStart(uint64_t hh, uint64_t mask) { return (hh >> 2) & mask; }

// Entry index of `key` (hash `hh`), or -1; K is the map's key kind (compile-time specialised compare).
template <MapKeyKind K>
int64_t findEntryK(const MapObject* m, const void* key, uint64_t hh) {
  uint64_t mask = m->indexMask;
  uint64_t i = probeStart(hh, mask);
  const uint32_t entryMask = m->entryMask;
  const uint32_t tag = indexTag(hh, entryMask);
  const uint32_t* index = m->index;
  for (;;) {
    uint32_t e = index[i];
    if (e == 0) return -1;
    if ((e & ~entryMask) == tag && e != kIndexDeleted) {
      int64_t k = static_cast<int64_t>(e & entryMask) - 1;
      const uint8_t* stored = m->keys + k * m->keySize;
      bool eq;
      if constexpr (K == MapKeyKind::Word8) {
        eq = *reinterpret_cast<const uint64_t*>(stored) == *static_cast<const uint64_t*>(key);
      } else if constexpr (K == MapKeyKind::Word4) {
        eq = *reinterpret_cast<const uint32_t*>(stored) == *static_cast<const uint32_t*>(key);
      } else if constexpr (K == MapKeyKind::String) {
        const auto* x = reinterpret_cast<const String*>(stored);
        const auto* y = static_cast<const String*>(key);
        eq = stringsEqual(*x, *y);
      } else {
        eq = m->meta[k] == hh && valuesEqual(m->type->key, stored, key);
      }
      if (eq) return k;
    }
    i = (i + 1) & mask;
  }
}

template <MapKeyKind K>
inline uint64_t hashKeyK(const MapObject* m, const void* key) {
  if constexpr (K == MapKeyKind::Word8) return tagHash(hashWord(*static_cast<const uint64_t*>(key), m->seed));
  else if constexpr (K == MapKeyKind::Word4) return tagHash(hashWord(*static_cast<const uint32_t*>(key), m->seed));
  else if constexpr (K == MapKeyKind::String) return tagHash(hashString(*static_cast<const String*>(key), m->seed));
  else return tagHash(valueHash(m->type->key, key, m->seed));
}

// Hashes `key` (into *hh) and finds its entry (-1 when absent), specialised per key kind.
int64_t lookup(const MapObject* m, const void* key, uint64_t* hh) {
  switch (m->keyKind) {
#define VO_LOOKUP(K)                            \
  case MapKeyKind::K:                           \
    *hh = hashKeyK<MapKeyKind::K>(m, key);      \
    return findEntryK<MapKeyKind::K>(m, key, *hh);
    VO_LOOKUP(Word8)
    VO_LOOKUP(Word4)
    VO_LOOKUP(String)
    VO_LOOKUP(Generic)
#undef VO_LOOKUP
  }
  return -1;
}

int64_t findEntry(const MapObject* m, const void* key, uint64_t hh) {
  switch (m->keyKind) {
    case MapKeyKind::Word8: return findEntryK<MapKeyKind::Word8>(m, key, hh);
    case MapKeyKind::Word4: return findEntryK<MapKeyKind::Word4>(m, key, hh);
    case MapKeyKind::String: return findEntryK<MapKeyKind::String>(m, key, hh);
    case MapKeyKind::Generic: break;
  }
  return findEntryK<MapKeyKind::Generic>(m, key, hh);
}

void indexInsert(uint32_t* index, uint64_t mask, uint32_t entryMask, uint64_t hh, int64_t entry) {
  uint64_t i = probeStart(hh, mask);
  for (;;) {
    uint32_t e = index[i];
    if (e == 0 || e == kIndexDeleted) break;
    i = (i + 1) & mask;
  }
  index[i] = indexTag(hh, entryMask) | static_cast<uint32_t>(entry + 1);
}

// The entry bits of index slots for `cap` entries: k+1 <= cap, and all ones stays free for kIndexDeleted.
uint32_t entryMaskFor(int64_t cap) {
  uint32_t mask = 1;
  while (mask <= static_cast<uint32_t>(cap) + 1) mask = mask << 1 | 1;
  return mask;
}

uint64_t indexSizeFor(int64_t cap) {
  uint64_t n = 16;
  while (n < static_cast<uint64_t>(cap) * 2) n <<= 1;
  return n;
}

void* allocArray(const TypeDesc* t, int64_t n) {
  if (!t->hasPointers()) return gcAllocBytes(t->size * static_cast<uint64_t>(n));
  return gcAllocArray(t, static_cast<uint64_t>(n));
}

// Moves the live entries into new arrays of `newCap` entries.
void rebuild(MapObject* m, int64_t newCap) {
  if (newCap > kMaxCap) throw FatalError{"runtime: out of memory"};  // far beyond the heap's arena anyway
  GcRoot pinMap(&m);
  auto* keys = static_cast<uint8_t*>(allocArray(m->type->key, newCap));
  GcRoot pinKeys(&keys);
  auto* vals = static_cast<uint8_t*>(allocArray(m->type->elem, newCap));
  GcRoot pinVals(&vals);
  auto* meta = static_cast<uint64_t*>(gcAllocBytes(static_cast<uint64_t>(newCap) * 8));
  GcRoot pinMeta(&meta);
  uint64_t isize = indexSizeFor(newCap);
  auto* index = static_cast<uint32_t*>(gcAllocBytes(isize * 4));
  uint64_t mask = isize - 1;
  uint32_t entryMask = entryMaskFor(newCap);
  int64_t j = 0;
  for (int64_t i = 0; i < m->used; i++) {
    uint64_t hh = m->meta[i];
    if (hh < 2) continue;
    std::memcpy(keys + j * m->keySize, m->keys + i * m->keySize, m->keySize);
    std::memcpy(vals + j * m->valSize, m->vals + i * m->valSize, m->valSize);
    meta[j] = hh;
    indexInsert(index, mask, entryMask, hh, j);
    j++;
  }
  m->keys = keys;
  m->vals = vals;
  m->meta = meta;
  m->index = index;
  m->indexMask = mask;
  m->entryMask = entryMask;
  m->cap = newCap;
  m->used = j;
  m->head = 0;
}

}  // namespace

MapObject* mapMake(const TypeDesc* mapType, int64_t hint) {
  const InternalTypes& it = internalTypes();
  const TypeDesc* kt = mapType->key;
  uint64_t perEntry = kt->size + mapType->elem->size + 16;
  if (hint < 0 || static_cast<uint64_t>(hint) > (uint64_t{1} << 40) / perEntry || hint > kMaxCap) hint = 0;
  auto* m = static_cast<MapObject*>(gcAlloc(&it.hmap));
  GcRoot pin(&m);
  m->type = mapType;
  m->keySize = static_cast<uint32_t>(kt->size);
  m->valSize = static_cast<uint32_t>(mapType->elem->size);
  m->seed = (seedCounter = seedCounter * 6364136223846793005ull + 1442695040888963407ull);
  const TypeRtInfo& ki = rtInfo(kt);
  if (kt->kind == Kind::String) m->keyKind = MapKeyKind::String;
  else if (mapKeyIsWord(kt)) m->keyKind = MapKeyKind::Word8;
  else if (ki.alg == AlgKind::Mem && kt->size == 4) m->keyKind = MapKeyKind::Word4;
  else m->keyKind = MapKeyKind::Generic;
  m->used = 0;
  m->cap = 0;
  rebuild(m, hint > 8 ? hint : 8);
  return m;
}

void* mapAccess(const TypeDesc* mapType, MapObject* m, const void* key) {
  if (m == nullptr || m->count == 0) {
    if (rtInfo(mapType->key).hashMightPanic) valueHash(mapType->key, key, 0);
    return nullptr;
  }
  uint64_t hh;
  int64_t k = lookup(m, key, &hh);
  return k < 0 ? nullptr : m->vals + k * m->valSize;
}

namespace {

// Appends a new entry for `key` (hash `hh`, not in the map) and returns its value slot.
void* insertNew(MapObject* m, const void* key, uint64_t hh) {
  if (m->used == m->cap) {
    GcRoot pin(&m);
    rebuild(m, m->count >= m->cap / 4 * 3 ? m->cap * 2 : m->cap);
  }
  int64_t k = m->used++;
  std::memcpy(m->keys + k * m->keySize, key, m->keySize);
  m->meta[k] = hh;
  indexInsert(m->index, m->indexMask, m->entryMask, hh, k);
  m->count++;
  return m->vals + k * m->valSize;
}

}  // namespace

void* mapAssign(const TypeDesc* mapType, MapObject* m, const void* key) {
  (void)mapType;
  if (m == nullptr) throwRuntimeError("assignment to entry in nil map");
  uint64_t hh = 0;
  int64_t k = lookup(m, key, &hh);
  if (k >= 0) return m->vals + k * m->valSize;
  return insertNew(m, key, hh);
}

bool mapKeyIsWord(const TypeDesc* key) {
  return key->kind != Kind::String && rtInfo(key).alg == AlgKind::Mem && key->size == 8;
}

void* mapAccessWord(MapObject* m, uint64_t key) {
  if (m == nullptr || m->count == 0) return nullptr;
  uint64_t hh = hashKeyK<MapKeyKind::Word8>(m, &key);
  int64_t k = findEntryK<MapKeyKind::Word8>(m, &key, hh);
  return k < 0 ? nullptr : m->vals + k * m->valSize;
}

void* mapAssignWord(MapObject* m, uint64_t key) {
  if (m == nullptr) throwRuntimeError("assignment to entry in nil map");
  uint64_t hh = hashKeyK<MapKeyKind::Word8>(m, &key);
  int64_t k = findEntryK<MapKeyKind::Word8>(m, &key, hh);
  if (k >= 0) return m->vals + k * m->valSize;
  return insertNew(m, &key, hh);
}

void mapDelete(const TypeDesc* mapType, MapObject* m, const void* key) {
  if (m == nullptr || m->count == 0) {
    if (rtInfo(mapType->key).hashMightPanic) valueHash(mapType->key, key, 0);
    return;
  }
  uint64_t hh = hashKey(m, key);
  uint64_t i = probeStart(hh, m->indexMask);
  const uint32_t tag = indexTag(hh, m->entryMask);
  for (;;) {
    uint32_t e = m->index[i];
    if (e == 0) return;
    if ((e & ~m->entryMask) == tag && e != kIndexDeleted) {
      int64_t k = static_cast<int64_t>(e & m->entryMask) - 1;
      if (m->meta[k] == hh && keyEqual(m, m->keys + k * m->keySize, key)) {
        m->index[i] = kIndexDeleted;
        m->meta[k] = kMetaDeleted;
        std::memset(m->keys + k * m->keySize, 0, m->keySize);
        std::memset(m->vals + k * m->valSize, 0, m->valSize);
        m->count--;
        if (k == m->head) {
          while (m->head < m->used && m->meta[m->head] < 2) m->head++;
        }
        return;
      }
    }
    i = (i + 1) & m->indexMask;
  }
}

int64_t mapLen(const MapObject* m) { return m == nullptr ? 0 : m->count; }

void mapClear(const TypeDesc* mapType, MapObject* m) {
  (void)mapType;
  if (m == nullptr) return;
  std::memset(m->keys, 0, static_cast<size_t>(m->used) * m->keySize);
  std::memset(m->vals, 0, static_cast<size_t>(m->used) * m->valSize);
  std::memset(m->meta, 0, static_cast<size_t>(m->used) * 8);
  std::memset(m->index, 0, (m->indexMask + 1) * 4);
  m->used = 0;
  m->count = 0;
  m->head = 0;
}

MapIterator* mapIterStart(const TypeDesc* mapType, MapObject* m) {
  (void)mapType;
  GcRoot pin(&m);
  auto* it = static_cast<MapIterator*>(gcAlloc(&internalTypes().hiter));
  it->map = m;
  if (m != nullptr) {
    it->keys = m->keys;
    it->vals = m->vals;
    it->meta = m->meta;
    it->cap = m->cap;
    it->pos = m->head;
  }
  return it;
}

bool mapIterNext(MapIterator* it, const void** key, const void** value) {
  MapObject* m = it->map;
  if (m == nullptr) return false;
  if (it->meta == m->meta) {
    while (it->pos < m->used) {
      int64_t i = it->pos++;
      if (m->meta[i] >= 2) {
        *key = m->keys + i * m->keySize;
        *value = m->vals + i * m->valSize;
        return true;
      }
    }
    return false;
  }
  // The map moved to new arrays since the iterator started: walk the old ones, produce current entries.
  while (it->pos < it->cap) {
    int64_t i = it->pos++;
    uint64_t hh = it->meta[i];
    if (hh < 2) continue;
    const uint8_t* k = it->keys + i * m->keySize;
    int64_t cur = m->count == 0 ? -1 : findEntry(m, k, hh);
    if (cur >= 0) {
      *key = m->keys + cur * m->keySize;
      *value = m->vals + cur * m->valSize;
      return true;
    }
    if (m->keyKind == MapKeyKind::Generic && !valuesEqual(m->type->key, k, k)) {
      *key = k;
      *value = it->vals + i * m->valSize;
      return true;
    }
  }
  return false;
}

}  // namespace vo::rt
