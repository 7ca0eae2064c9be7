// Package dyn's reflection helpers (stdlib/dyn/values.h) over hand-built TypeDescs: field names from `dyn` tags
// (reflect.StructTag.Lookup's syntax), field lookup with Go's promotion depth rules (reflect's FieldByName),
// integer keys of every kind, and the "fits a type" rule of arguments and stored values.
#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "stdlib/dyn/values.h"

namespace vo::stdlib::dyn {
namespace {

using rt::Kind;
using rt::TypeDesc;

class DynValuesTest : public ::testing::Test {
 protected:
  std::deque<TypeDesc> all;

  TypeDesc* make(Kind k, uint64_t size, std::string name, uint16_t flags = rt::kTypeDirect | rt::kTypeComparable) {
    TypeDesc& t = all.emplace_back();
    t.kind = k;
    t.size = size;
    t.name = std::move(name);
    t.flags = flags;
    return &t;
  }
  TypeDesc* pointer(TypeDesc* elem) {
    TypeDesc* t =
        make(Kind::Pointer, 8, "*" + elem->name, rt::kTypeDirect | rt::kTypeHasPointers | rt::kTypeComparable);
    t->elem = elem;
    return t;
  }
  rt::StructField field(std::string name, const TypeDesc* type, uint32_t offset, std::string tag = "",
                        bool embedded = false) {
    rt::StructField f;
    f.exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
    f.name = std::move(name);
    f.type = type;
    f.offset = offset;
    f.tag = std::move(tag);
    f.embedded = embedded;
    return f;
  }
  TypeDesc* structOf(std::string name, std::vector<rt::StructField> fields, uint64_t size) {
    TypeDesc* t = make(Kind::Struct, size, std::move(name), rt::kTypeComparable);
    t->fields = std::move(fields);
    return t;
  }
  /// The names along a found path ("Inner.X"), "" when not found, "ambiguous" when ambiguous.
  static std::string pathOf(const FieldPath& p) {
    if (p.ambiguous) return "ambiguous";
    std::string out;
    for (const rt::StructField* f : p.steps) out += (out.empty() ? "" : ".") + f->name;
    return out;
  }

  TypeDesc* intT = make(Kind::Int, 8, "int", rt::kTypeDirect | rt::kTypeComparable | rt::kTypeNamed);
};

TEST_F(DynValuesTest, FieldNamesComeFromDynTagsOrExportedNames) {
  EXPECT_EQ(dynFieldName(field("Name", intT, 0)), "Name");
  EXPECT_EQ(dynFieldName(field("name", intT, 0)), "");                       // unexported: invisible
  EXPECT_EQ(dynFieldName(field("name", intT, 0, R"(dyn:"nick")")), "nick");  // tagged: visible
  EXPECT_EQ(dynFieldName(field("Title", intT, 0, R"(json:"t" dyn:"title")")), "title");
  EXPECT_EQ(dynFieldName(field("Title", intT, 0, R"(json:"title")")), "Title");  // another key only
  EXPECT_EQ(dynFieldName(field("Skip", intT, 0, R"(dyn:"-")")), "");
  EXPECT_EQ(dynFieldName(field("Opt", intT, 0, R"(dyn:"opt,omitempty")")), "opt");
  EXPECT_EQ(dynFieldName(field("Empty", intT, 0, R"(dyn:"")")), "Empty");   // empty name: the field's own
  EXPECT_EQ(dynFieldName(field("Esc", intT, 0, R"(dyn:"a\"b")")), "a\"b");  // the value is unquoted
  EXPECT_EQ(dynFieldName(field("Bad", intT, 0, R"(dyn: "x")")), "Bad");     // malformed: Lookup fails
  EXPECT_EQ(dynFieldName(field("Late", intT, 0, R"(x:"1"  dyn:"late")")), "late");
}

// type Base struct{ ID, Name int }; type Extra struct{ Name, Note int }
// type Outer struct { Base; *Extra; Name int }   (Outer.Name hides both promoted Names)
// type Pair struct { Base; Extra }               (Pair.Name is ambiguous, Pair.ID and Pair.Note are not)
TEST_F(DynValuesTest, FindFieldFollowsGoDepthRules) {
  TypeDesc* base = structOf("main.Base", {field("ID", intT, 0), field("Name", intT, 8)}, 16);
  TypeDesc* extra = structOf("main.Extra", {field("Name", intT, 0), field("Note", intT, 8)}, 16);
  TypeDesc* outer = structOf(
      "main.Outer",
      {field("Base", base, 0, "", true), field("Extra", pointer(extra), 16, "", true), field("Name", intT, 24)}, 32);
  EXPECT_EQ(pathOf(findField(outer, "Name")), "Name");
  EXPECT_EQ(pathOf(findField(outer, "ID")), "Base.ID");
  EXPECT_EQ(pathOf(findField(outer, "Note")), "Extra.Note");
  EXPECT_EQ(pathOf(findField(outer, "Base")), "Base");
  EXPECT_EQ(pathOf(findField(outer, "Missing")), "");

  TypeDesc* pair = structOf("main.Pair", {field("Base", base, 0, "", true), field("Extra", extra, 16, "", true)}, 32);
  EXPECT_EQ(pathOf(findField(pair, "Name")), "ambiguous");
  EXPECT_EQ(pathOf(findField(pair, "ID")), "Base.ID");
  EXPECT_EQ(pathOf(findField(pair, "Note")), "Extra.Note");
}

TEST_F(DynValuesTest, FindFieldTerminatesOnRecursiveEmbedding) {
  // type Node struct { *Node; V int }
  TypeDesc* node = structOf("main.Node", {}, 16);
  node->fields = {field("Node", pointer(node), 0, "", true), field("V", intT, 8)};
  EXPECT_EQ(pathOf(findField(node, "V")), "V");
  EXPECT_EQ(pathOf(findField(node, "W")), "");
}

TEST_F(DynValuesTest, FieldAddressFollowsEmbeddedPointers) {
  TypeDesc* extra = structOf("main.Extra", {field("Name", intT, 0), field("Note", intT, 8)}, 16);
  TypeDesc* outer = structOf("main.Outer", {field("ID", intT, 0), field("Extra", pointer(extra), 8, "", true)}, 16);
  struct Extra {
    int64_t name, note;
  } e{1, 2};
  struct Outer {
    int64_t id;
    Extra* extra;
  } o{7, &e};
  FieldPath p = findField(outer, "Note");
  const rt::StructField* nilField = nullptr;
  EXPECT_EQ(fieldAddress(&o, p, &nilField), &e.note);
  o.extra = nullptr;
  EXPECT_EQ(fieldAddress(&o, p, &nilField), nullptr);
  ASSERT_NE(nilField, nullptr);
  EXPECT_EQ(nilField->name, "Extra");
}

TEST_F(DynValuesTest, IndexValuesOfEveryIntegerKind) {
  auto key = [&](Kind k, uint64_t size, uint64_t word) {
    AnyValue v;
    v.type = make(k, size, "k");
    v.iface = rt::Iface{v.type, reinterpret_cast<void*>(word)};
    return v;
  };
  int64_t i = 0;
  ASSERT_TRUE(indexValue(key(Kind::Int, 8, static_cast<uint64_t>(-3)), &i));
  EXPECT_EQ(i, -3);
  ASSERT_TRUE(indexValue(key(Kind::Int8, 1, 0xff), &i));  // int8(-1) in the data word's first byte
  EXPECT_EQ(i, -1);
  ASSERT_TRUE(indexValue(key(Kind::Uint8, 1, 0xff), &i));
  EXPECT_EQ(i, 255);
  ASSERT_TRUE(indexValue(key(Kind::Int32, 4, 0xfffffffe), &i));
  EXPECT_EQ(i, -2);
  ASSERT_TRUE(indexValue(key(Kind::Uint64, 8, ~uint64_t{0}), &i));  // beyond int64: out of every range
  EXPECT_EQ(i, INT64_MAX);
  EXPECT_FALSE(indexValue(key(Kind::Float64, 8, 0), &i));
  EXPECT_FALSE(indexValue(key(Kind::String, 16, 0), &i));
  EXPECT_FALSE(indexValue(AnyValue{}, &i));  // nil
}

TEST_F(DynValuesTest, ConvertToAcceptsIdenticalTypesInterfacesAndNilForNilables) {
  TypeDesc* named = make(Kind::Int, 8, "main.ID", rt::kTypeDirect | rt::kTypeComparable | rt::kTypeNamed);
  TypeDesc* anyT = make(Kind::Interface, 16, "interface {}", rt::kTypeHasPointers | rt::kTypeComparable);
  TypeDesc* ptr = pointer(intT);
  AnyValue five;
  five.type = intT;
  five.iface = rt::Iface{intT, reinterpret_cast<void*>(5)};
  uint64_t scratch[3];
  const void* mem = nullptr;
  ASSERT_TRUE(convertTo(intT, five, scratch, &mem));
  EXPECT_EQ(*static_cast<const int64_t*>(mem), 5);
  EXPECT_FALSE(convertTo(named, five, scratch, &mem));  // int and main.ID are both defined types
  ASSERT_TRUE(convertTo(anyT, five, scratch, &mem));    // into an interface: the pair
  EXPECT_EQ(static_cast<const uint64_t*>(mem)[0], reinterpret_cast<uint64_t>(intT));
  EXPECT_EQ(static_cast<const uint64_t*>(mem)[1], 5u);
  AnyValue nil;
  EXPECT_FALSE(convertTo(intT, nil, scratch, &mem));
  ASSERT_TRUE(convertTo(ptr, nil, scratch, &mem));
  EXPECT_EQ(*static_cast<const uint64_t*>(mem), 0u);
  ASSERT_TRUE(convertTo(anyT, nil, scratch, &mem));
}

// Go spec "Assignability": identical underlying types when one side is not a defined type.
TEST_F(DynValuesTest, AssignabilityOfUnnamedAndDefinedTypes) {
  TypeDesc* ints = make(Kind::Slice, 24, "[]int", rt::kTypeHasPointers);
  ints->elem = intT;
  TypeDesc* nums = make(Kind::Slice, 24, "main.Nums", rt::kTypeHasPointers | rt::kTypeNamed);
  nums->elem = intT;
  TypeDesc* list = make(Kind::Slice, 24, "main.List", rt::kTypeHasPointers | rt::kTypeNamed);
  list->elem = intT;
  TypeDesc* int8s = make(Kind::Slice, 24, "[]int8", rt::kTypeHasPointers);
  int8s->elem = make(Kind::Int8, 1, "int8");
  EXPECT_TRUE(assignableType(ints, nums));
  EXPECT_TRUE(assignableType(nums, ints));
  EXPECT_FALSE(assignableType(nums, list));  // both defined
  EXPECT_FALSE(assignableType(int8s, nums));

  TypeDesc* ch = make(Kind::Chan, 8, "chan int", rt::kTypeDirect | rt::kTypeHasPointers | rt::kTypeComparable);
  ch->elem = intT;
  TypeDesc* recv = make(Kind::Chan, 8, "<-chan int", ch->flags);
  recv->elem = intT;
  recv->chanDir = 2;
  EXPECT_TRUE(assignableType(ch, recv));
  EXPECT_FALSE(assignableType(recv, ch));

  TypeDesc* fn = make(Kind::Func, 8, "func(int) int", rt::kTypeDirect | rt::kTypeHasPointers);
  fn->params = {intT};
  fn->results = {intT};
  TypeDesc* op = make(Kind::Func, 8, "main.Op", fn->flags | rt::kTypeNamed);
  op->params = {intT};
  op->results = {intT};
  EXPECT_TRUE(assignableType(fn, op));
  op->variadic = true;
  EXPECT_FALSE(assignableType(fn, op));

  TypeDesc* pub = structOf("struct { X int }", {field("X", intT, 0)}, 8);
  TypeDesc* named = structOf("main.P", {field("X", intT, 0)}, 8);
  named->flags |= rt::kTypeNamed;
  EXPECT_TRUE(assignableType(pub, named));
  TypeDesc* priv = structOf("struct { x int }", {field("x", intT, 0)}, 8);
  TypeDesc* namedPriv = structOf("main.Q", {field("x", intT, 0)}, 8);
  namedPriv->flags |= rt::kTypeNamed;
  EXPECT_FALSE(assignableType(priv, namedPriv));  // unexported fields: packages unknown, conservatively not
}

}  // namespace
}  // namespace vo::stdlib::dyn
