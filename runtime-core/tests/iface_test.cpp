// Itabs: method matching by name, package path and signature; caching; boxing.
#include <gtest/gtest.h>

#include <string>

#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

TEST(ItabTest, MatchesMethodsAndCaches) {
  test::Types ty;
  TypeDesc* t = ty.named(ty.intT(), "T");
  t->methods = {{"Error", "", "func() string", 11}, {"String", "", "func() string", 12}};
  const TypeDesc* stringer = ty.iface({{"String", "", "func() string"}}, "fmt.Stringer");
  const Itab* a = getItab(stringer, t);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->numMethods, 1u);
  EXPECT_EQ(a->fun[0], 12u);
  EXPECT_EQ(a->type, t);
  EXPECT_EQ(a->inter, stringer);
  EXPECT_EQ(a->tag, DescTag::Itab);
  EXPECT_EQ(getItab(stringer, t), a) << "one itab per pair";

  const TypeDesc* rw = ty.iface({{"Read", "", "func() int"}, {"String", "", "func() string"}}, "main.RW");
  std::string missing;
  EXPECT_EQ(getItab(rw, t, &missing), nullptr);
  EXPECT_EQ(missing, "Read");
  const TypeDesc* wrongSig = ty.iface({{"String", "", "func() int"}}, "main.W");
  EXPECT_EQ(getItab(wrongSig, t, &missing), nullptr);
  EXPECT_EQ(missing, "String");
  const TypeDesc* unexported = ty.iface({{"String", "other", "func() string"}}, "other.I");
  EXPECT_EQ(getItab(unexported, t), nullptr);
}

// Executors' tests load many Modules per process: a TypeDesc at a recycled address must get its own itab.
TEST(ItabTest, RecycledTypeDescAddressesGetFreshItabs) {
  for (uint32_t round = 0; round < 20; round++) {
    test::Types ty;
    TypeDesc* t = ty.named(ty.intT(), "T");
    t->methods = {{"M", "", "func()", 100 + round}};
    const TypeDesc* i = ty.iface({{"M", "", "func()"}}, "main.I");
    const Itab* itab = getItab(i, t);
    ASSERT_NE(itab, nullptr);
    EXPECT_EQ(itab->fun[0], 100 + round);
    EXPECT_EQ(itab->type, t);
  }
}

TEST(ItabTest, MakeIfaceBoxesNonDirectValues) {
  test::Types ty;
  const TypeDesc* any = ty.emptyIface();
  int8_t m1 = -1;
  const TypeDesc* i8 = ty.basic(Kind::Int8);
  Iface i = makeIface(any, i8, &m1);
  EXPECT_EQ(i.tab, i8);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(i.data), 0xFFu);
  EXPECT_EQ(*static_cast<const int8_t*>(ifaceValuePtr(typeOfTypeWord(i.tab), i)), -1);
  String s = makeString("boxed");
  GcRoot pinS(&s.ptr);
  const TypeDesc* st = ty.stringT();
  Iface j = makeIface(any, st, &s);
  GcRoot pinJ(&j.data);
  EXPECT_EQ(j.tab, st);
  EXPECT_EQ(ifaceDynamicType(any, j), st);
  EXPECT_EQ(static_cast<const String*>(ifaceValuePtr(st, j))->view(), "boxed");
  EXPECT_EQ(ifaceDynamicType(any, Iface{}), nullptr);
}

}  // namespace
}  // namespace vo::rt
