// The GC heap: zeroed allocation, interior-pointer lookup, precise marking from roots (values, register slots,
// pins), sweeping of unreachable objects, maps and closures surviving collections, and a randomized stress test.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "runtime-core/gc_heap.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

// A root scanner holding values in "globals" memory and register slots, as an executor would.
class TestRoots : public RootScanner {
 public:
  TestRoots() { gcAddRoots(this); }
  ~TestRoots() override { gcRemoveRoots(this); }
  void scanRoots(GcMarker& m) override {
    for (auto& [t, addr] : values) m.markValue(t, addr);
    for (const void* p : ptrs) m.markPointer(p);
    if (!slots.empty()) m.markSlots(kinds.data(), slots.data(), slots.size());
  }
  std::vector<std::pair<const TypeDesc*, const void*>> values;
  std::vector<SlotKind> kinds;
  std::vector<uint64_t> slots;
  std::vector<const void*> ptrs;
  /// Keeps `p` alive (as if a register held it) and returns it.
  template <class T>
  T* keep(T* p) {
    ptrs.push_back(p);
    return p;
  }
};

bool isLive(const void* p) { return gcObjectStart(p) != nullptr; }

TEST(HeapTest, AllocationsAreZeroedAndDistinct) {
  test::Types ty;
  TestRoots roots;
  const TypeDesc* arr = ty.arrayOf(ty.intT(), 10);
  auto* a = static_cast<int64_t*>(roots.keep(gcAlloc(arr)));
  auto* b = static_cast<int64_t*>(roots.keep(gcAlloc(arr)));
  EXPECT_NE(a, b);
  for (int i = 0; i < 10; i++) EXPECT_EQ(a[i], 0);
  auto* c = static_cast<uint8_t*>(gcAllocBytes(100));
  for (int i = 0; i < 100; i++) EXPECT_EQ(c[i], 0);
  Closure* cl = gcAllocClosure(42, 3);
  EXPECT_EQ(cl->func, 42u);
  EXPECT_EQ(cl->numCaptures, 3u);
  EXPECT_EQ(cl->captures[2], nullptr);
  EXPECT_NE(gcAlloc(ty.structOf({})), nullptr) << "zero-size allocations are non-nil";
}

TEST(HeapTest, SizeClassDivisionFindsEveryObject) {
  for (int c = 1; c < kNumSizeClasses; c++) {
    gc::Span s;
    s.sizeClass = static_cast<uint8_t>(c);
    s.elemSize = kClassToSize[c];
    s.divMagic = static_cast<uint32_t>(~uint32_t{0} / s.elemSize + 1);
    s.start = 0;
    uint64_t spanBytes = kClassToPages[c] * kPageSize;
    for (uint64_t off = 0; off < spanBytes; off += (off % 8 == 0 ? 7 : 1)) {
      ASSERT_EQ(s.indexOf(off), off / s.elemSize) << "class " << c << " offset " << off;
    }
  }
}

TEST(HeapTest, InteriorPointersFindTheObjectStart) {
  test::Types ty;
  TestRoots roots;
  std::vector<uint64_t> sizes = {8, 24, 100, 1000, 5000, 32768, 40000, 300000};
  std::vector<void*> objs;
  for (uint64_t n : sizes) objs.push_back(roots.keep(gcAllocBytes(n)));
  for (size_t k = 0; k < sizes.size(); k++) {
    auto* p = static_cast<uint8_t*>(objs[k]);
    EXPECT_EQ(gcObjectStart(p), p);
    EXPECT_EQ(gcObjectStart(p + sizes[k] / 2), p);
    EXPECT_EQ(gcObjectStart(p + sizes[k] - 1), p);
  }
  int local = 0;
  EXPECT_EQ(gcObjectStart(&local), nullptr);
  EXPECT_EQ(gcObjectStart(nullptr), nullptr);
}

TEST(HeapTest, SweepFreesUnreachableAndKeepsReachable) {
  test::Types ty;
  // type Node struct { next *Node; val int; name string }
  TypeDesc* node = ty.structOf({});
  TypeDesc* ptr = ty.pointerTo(node);
  *node = *ty.structOf({{"next", ptr}, {"val", ty.intT()}, {"name", ty.stringT()}}, "main.Node");
  TestRoots roots;
  void* head = nullptr;
  roots.values.push_back({ptr, &head});
  struct Node {
    Node* next;
    int64_t val;
    String name;
  };
  std::vector<void*> garbage;
  for (int i = 0; i < 100; i++) {
    auto* n = static_cast<Node*>(gcAlloc(node));
    n->next = static_cast<Node*>(head);
    n->val = i;
    head = n;
    // Only reachable through the node: the string bytes, referenced by an interior pointer (a substring).
    GcRoot pin(&n);
    String s = makeString("name-" + std::to_string(i));
    n->name = String{s.ptr + 2, s.len - 2};
    garbage.push_back(gcAllocBytes(64));
    garbage.push_back(gcAlloc(node));
  }
  gcCollect();
  // (Under VO_GC_STRESS the garbage slots are freed early and reused by later live objects.)
  if (!gcStress()) {
    for (void* g : garbage) EXPECT_FALSE(isLive(g));
  }
  // Reuse the freed memory, then check the list is intact.
  for (int i = 0; i < 1000; i++) std::memset(gcAllocBytes(64), 0xAB, 64);
  int count = 0;
  for (auto* n = static_cast<Node*>(head); n != nullptr; n = n->next) {
    EXPECT_TRUE(isLive(n));
    EXPECT_EQ(n->val, 99 - count);
    EXPECT_EQ(std::string(n->name.view()), "me-" + std::to_string(99 - count));
    count++;
  }
  EXPECT_EQ(count, 100);
  head = nullptr;
  gcCollect();
  EXPECT_EQ(gcStats().liveBytes, 0u);
}

TEST(HeapTest, InterfaceDataWordsAreMarkedByTheirDynamicType) {
  test::Types ty;
  const TypeDesc* any = ty.emptyIface();
  const TypeDesc* intT = ty.intT();
  const TypeDesc* strT = ty.stringT();
  TypeDesc* t = ty.named(ty.intT(), "T");
  t->methods.push_back({"M", "", "func()", 1});
  const TypeDesc* iface = ty.iface({{"M", "", "func()"}}, "main.I");
  const TypeDesc* pair = ty.structOf({{"a", any}, {"b", any}, {"c", iface}});
  TestRoots roots;
  alignas(8) uint8_t globals[48] = {};
  roots.values.push_back({pair, globals});
  String s = makeString("boxed string");
  GcRoot pinS(&s.ptr);
  Iface boxed = makeIface(any, strT, &s);
  std::memcpy(globals, &boxed, 16);
  void* decoy = gcAllocBytes(16);
  int64_t looksLikePointer = static_cast<int64_t>(reinterpret_cast<uintptr_t>(decoy));
  Iface direct = makeIface(any, intT, &looksLikePointer);
  void* decoy2 = gcAllocBytes(16);
  int64_t looks2 = static_cast<int64_t>(reinterpret_cast<uintptr_t>(decoy2));
  Iface viaItab = makeIface(iface, t, &looks2);
  std::memcpy(globals, &boxed, 16);
  std::memcpy(globals + 16, &direct, 16);
  std::memcpy(globals + 32, &viaItab, 16);
  gcCollect();
  EXPECT_TRUE(isLive(boxed.data));
  EXPECT_TRUE(isLive(s.ptr)) << "the box's string bytes are reached through the box";
  EXPECT_FALSE(isLive(decoy)) << "an int in a data word is not a pointer";
  EXPECT_FALSE(isLive(decoy2)) << "itab type words are understood too";
}

TEST(HeapTest, RegisterSlotsAreMarkedByKind) {
  test::Types ty;
  const TypeDesc* strT = ty.stringT();
  TestRoots roots;
  void* p = roots.keep(gcAllocBytes(32));
  void* scalar = gcAllocBytes(32);
  String s = makeString("in a box");
  GcRoot pinS(&s.ptr);
  Iface boxed = makeIface(ty.emptyIface(), strT, &s);
  roots.ptrs.clear();
  roots.kinds = {SlotKind::Ptr, SlotKind::Scalar, SlotKind::IfaceType, SlotKind::IfaceData};
  roots.slots = {reinterpret_cast<uint64_t>(static_cast<uint8_t*>(p) + 5), reinterpret_cast<uint64_t>(scalar),
                 reinterpret_cast<uint64_t>(boxed.tab), reinterpret_cast<uint64_t>(boxed.data)};
  gcCollect();
  EXPECT_TRUE(isLive(p)) << "interior pointer in a Ptr slot";
  EXPECT_FALSE(isLive(scalar));
  EXPECT_TRUE(isLive(boxed.data));
  EXPECT_TRUE(isLive(s.ptr));
}

// A stale pointer to a freed slot (or into a free page) is ignored by marking: it neither resurrects the slot
// nor makes the collector scan the garbage left in it.
TEST(HeapTest, StalePointersToFreedSlotsAreIgnored) {
  test::Types ty;
  const TypeDesc* p = ty.pointerTo(ty.intT());
  const TypeDesc* ptrs = ty.arrayOf(p, 4);
  TestRoots roots;
  void* stale = gcAlloc(ptrs);
  void* inner;
  {
    GcRoot pin(&stale);
    inner = gcAlloc(ty.intT());
    static_cast<void**>(stale)[0] = inner;  // would be kept alive if `stale` were scanned
  }
  void* big = gcAllocBytes(100000);
  gcCollect();
  if (gcStress()) return;  // the slots were recycled at once
  ASSERT_FALSE(isLive(stale));
  ASSERT_FALSE(isLive(big));
  roots.ptrs = {stale, static_cast<uint8_t*>(big) + 5000};
  gcCollect();
  EXPECT_FALSE(isLive(stale));
  EXPECT_FALSE(isLive(inner));
  EXPECT_FALSE(isLive(big));
}

TEST(HeapTest, ClosuresKeepTheirCaptures) {
  test::Types ty;
  TestRoots roots;
  Closure* c = gcAllocClosure(3, 2);
  GcRoot pin(&c);
  const TypeDesc* intT = ty.intT();
  void* box1 = gcAlloc(intT);
  c->captures[0] = box1;
  c->captures[1] = gcAlloc(intT);
  *static_cast<int64_t*>(box1) = 77;
  void* loose = gcAlloc(ty.intT());
  gcCollect();
  EXPECT_TRUE(isLive(c));
  EXPECT_TRUE(isLive(c->captures[0]));
  EXPECT_TRUE(isLive(c->captures[1]));
  EXPECT_FALSE(isLive(loose));
  EXPECT_EQ(*static_cast<int64_t*>(c->captures[0]), 77);
}

TEST(HeapTest, MapContentsSurviveCollections) {
  test::Types ty;
  const TypeDesc* strT = ty.stringT();
  const TypeDesc* mt = ty.mapOf(strT, strT);
  TestRoots roots;
  MapObject* m = mapMake(mt, 0);
  roots.values.push_back({mt, &m});
  for (int i = 0; i < 2000; i++) {
    String k = makeString("k" + std::to_string(i));
    GcRoot pk(&k.ptr);
    String v = makeString("value " + std::to_string(i * 3));
    GcRoot pv(&v.ptr);
    *static_cast<String*>(mapAssign(mt, m, &k)) = v;
    if (i % 100 == 0) gcCollect();
  }
  MapIterator* it = mapIterStart(mt, m);
  GcRoot pit(&it);
  gcCollect();
  for (int i = 0; i < 5000; i++) std::memset(gcAllocBytes(16), 0xCD, 16);  // reuse freed slots
  const void *kp, *vp;
  int n = 0;
  while (mapIterNext(it, &kp, &vp)) {
    std::string key(static_cast<const String*>(kp)->view());
    std::string val(static_cast<const String*>(vp)->view());
    EXPECT_EQ(val, "value " + std::to_string(std::stoi(key.substr(1)) * 3));
    n++;
  }
  EXPECT_EQ(n, 2000);
}

TEST(HeapTest, TriggersCollectionsAsTheHeapGrows) {
  uint64_t before = gcStats().collections;
  for (int i = 0; i < 200000; i++) gcAllocBytes(100);  // ~22 MiB of garbage
  EXPECT_GT(gcStats().collections, before);
  EXPECT_LT(gcStats().heapBytes, uint64_t{64} << 20);
}

TEST(HeapTest, LargeObjectsAreFreedAndTheirPagesReused) {
  test::Types ty;
  const TypeDesc* strT = ty.stringT();
  TestRoots roots;
  uint64_t heapBefore = gcStats().heapBytes;
  for (int i = 0; i < 50; i++) {
    // 1 MiB arrays of strings (scanned), dropped at once; contents must read zero when pages are reused.
    auto* a = static_cast<String*>(gcAllocArray(strT, 65536));
    GcRoot pin(&a);
    for (int k = 0; k < 65536; k += 4096) ASSERT_EQ(a[k].ptr, nullptr);
    a[7] = String{reinterpret_cast<const uint8_t*>("x"), 1};
    a[65535] = a[7];
    gcCollect();
    EXPECT_TRUE(isLive(&a[65535]));
  }
  gcCollect();
  EXPECT_LE(gcStats().heapBytes, heapBefore + (uint64_t{2} << 20));
}

// runtime.SetFinalizer's rules (Go mfinal.go): A -> B both finalizable: A's finalizer is queued first, B's only
// after A is gone; the object is resurrected for its finalizer; cleared finalizers never run.
TEST(HeapTest, FinalizersRunInDependencyOrder) {
  test::Types ty;
  const TypeDesc* intT = ty.intT();
  TypeDesc* b = ty.structOf({{"n", intT}}, "main.B");
  const TypeDesc* pb = ty.pointerTo(b);
  const TypeDesc* a = ty.structOf({{"b", pb}, {"n", intT}}, "main.A");
  TestRoots roots;
  Closure* fn = gcAllocClosure(9, 0);  // finalizer func value; only the finalizer records keep it alive
  GcRoot pinFn(&fn);
  void* objA = gcAlloc(a);
  GcRoot pinA(&objA);
  void* objB = gcAlloc(b);
  static_cast<void**>(objA)[0] = objB;
  static_cast<int64_t*>(objB)[0] = 42;
  void* objC = gcAlloc(b);
  ASSERT_TRUE(gcSetFinalizer({objA, fn, nullptr, nullptr}));
  ASSERT_TRUE(gcSetFinalizer({objB, fn, nullptr, nullptr}));
  ASSERT_TRUE(gcSetFinalizer({objC, fn, nullptr, nullptr}));
  gcClearFinalizer(objC);
  int64_t global = 0;
  EXPECT_FALSE(gcSetFinalizer({&global, fn, nullptr, nullptr}));
  EXPECT_FALSE(gcSetFinalizer({static_cast<uint8_t*>(objA) + 8, fn, nullptr, nullptr}));

  gcCollect();
  EXPECT_FALSE(gcHasReadyFinalizers()) << "A is still reachable";
  void* keptB = objB;
  objA = objB = nullptr;
  fn = nullptr;
  gcCollect();
  ASSERT_TRUE(gcHasReadyFinalizers());
  std::vector<GcFinalizer> ready = gcTakeFinalizers();
  ASSERT_EQ(ready.size(), 1u);
  void* gotA = ready[0].object;
  GcRoot pinGotA(&gotA);
  EXPECT_TRUE(isLive(gotA)) << "resurrected for its finalizer";
  EXPECT_EQ(static_cast<void**>(gotA)[0], keptB);
  EXPECT_EQ(*static_cast<int64_t*>(keptB), 42) << "B stays alive while A's finalizer may use it";
  gotA = nullptr;  // "the finalizer ran"
  gcCollect();
  ready = gcTakeFinalizers();
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0].object, keptB);
  EXPECT_EQ(ready[0].fn->func, 9u);
  ready.clear();
  gcCollect();
  EXPECT_FALSE(gcHasReadyFinalizers());
  if (!gcStress()) {
    EXPECT_FALSE(isLive(keptB));
  }
}

// Random object graphs: keep a random subset reachable, collect often, verify each reachable object's contents.
TEST(HeapTest, RandomGraphStress) {
  test::Types ty;
  TypeDesc* node = ty.structOf({});
  TypeDesc* ptr = ty.pointerTo(node);
  const TypeDesc* ptrs = ty.sliceOf(ptr);
  *node = *ty.structOf({{"id", ty.intT()}, {"kids", ptrs}, {"blob", ty.stringT()}}, "main.G");
  struct G {
    int64_t id;
    Slice kids;
    String blob;
  };
  TestRoots roots;
  Slice rootSet = makeSlice(ptr, 64, 64);
  GcRoot pinRoots(&rootSet.ptr);
  roots.values.push_back({ptrs, &rootSet});
  std::mt19937 rng(12345);
  auto check = [&](G* g) {
    ASSERT_TRUE(isLive(g));
    std::string want = "blob" + std::to_string(g->id);
    ASSERT_EQ(std::string(g->blob.view()), want);
  };
  int64_t nextId = 0;
  for (int round = 0; round < 200; round++) {
    for (int k = 0; k < 50; k++) {
      auto* g = static_cast<G*>(gcAlloc(node));
      GcRoot pin(&g);
      g->id = nextId++;
      g->blob = makeString("blob" + std::to_string(g->id));
      Slice kidsSlice = makeSlice(ptr, static_cast<int64_t>(rng() % 4), 4);
      g->kids = kidsSlice;
      auto** slots = static_cast<G**>(rootSet.ptr);
      auto** kids = static_cast<G**>(g->kids.ptr);
      for (int64_t j = 0; j < g->kids.len; j++) kids[j] = slots[rng() % 64];
      slots[rng() % 64] = g;
      gcAllocBytes(rng() % 3000);  // garbage of varied sizes
    }
    if (round % 10 == 0) gcCollect();
    auto** slots = static_cast<G**>(rootSet.ptr);
    for (int i = 0; i < 64; i++) {
      if (slots[i] == nullptr) continue;
      check(slots[i]);
      auto** kids = static_cast<G**>(slots[i]->kids.ptr);
      for (int64_t j = 0; j < slots[i]->kids.len; j++) {
        if (kids[j] != nullptr) check(kids[j]);
      }
    }
  }
}

}  // namespace
}  // namespace vo::rt
