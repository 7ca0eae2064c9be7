// TypeTable: Go amd64 layout, reflect names, canonicalisation per type identity, method sets and register
// flattening, on a checked program. Expected sizes, offsets and names were printed by Go 1.19 (unsafe.Sizeof,
// unsafe.Offsetof, unsafe.Alignof and fmt's %T on the same declarations; see the comments at each test).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "compiler/codegen/type_table.h"
#include "compiler/syntax/parser.h"
#include "compiler/types/check.h"
#include "compiler/types/tests/no_imports.h"
#include "compiler/types/universe.h"

namespace vo::codegen {
namespace {

constexpr const char* kProgram = R"(package main

type T struct {
	X int
	y string
}

func (T) M()             {}
func (*T) P(x int) error { return nil }
func (T) m()             {}

type E struct {
	T
	z bool
}

type W struct {
	*T
	I2 Stringer
}

type Stringer interface{ String() string }

type I interface {
	M()
	N(int) string
	m()
}

type R struct{ next *R }

type Z struct {
	a int64
	b struct{}
}

type Z2 struct {
	a int32
	b bool
	c [0]int64
}

type Tag struct {
	A int `json:"a"`
}

type SI struct{ Stringer }

// ambiguous: both A and B declare Q at depth 1, so neither is promoted
type A struct{}
type B struct{}

func (A) Q() {}
func (B) Q() {}

type AB struct {
	A
	B
}

var s struct {
	a bool
	b int16
	c int32
	d bool
	e float64
	f complex64
	g complex128
	h string
	i []int
	j any
	k [3]byte
	l int8
	m struct{}
}

var z3 struct {
	a byte
	b [0]int64
}

var z4 struct {
	b [0]int64
	a byte
}

var (
	sl1 []int
	sl2 []int
	mp1 map[string]int
	mp2 map[string]int
	f1  func(int, ...string) (int, error)
	f2  func(a int, b ...string) (n int, err error)
	c1  chan<- int
	c2  <-chan int
	c3  chan (<-chan int)
	b1  byte
	r1  rune
	u8  uint8
	an  struct {
		X int
		y string
	}
	ifc  interface{ M() }
	ifc2 interface{ m(); Z() }
	tg   struct {
		A int    `json:"a"`
		B *int "x"
	}
	emb  struct{ T; X int }
	emp  struct{}
	eany any
	eerr error
	fv   func()
	fr   func() int
	mt   map[T][]*T
	arr  [3]int
	big  [100]int
	one  [1]*int
	onep struct{ p *T }
	ptrT *T
	ptrE *E
)
)";

class TypeTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    FileId id = sources.addFile("main.go", kProgram);
    syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
    ASSERT_NE(f, nullptr);
    const syntax::File* files[] = {f};
    pkg = types::checkPackage(ctx, importer, "main", files, diags, info);
    std::ostringstream errs;
    diags.print(errs);
    ASSERT_FALSE(diags.hasErrors()) << errs.str();
  }

  /// The type of package-level variable or type `name`.
  const types::Type* typeOf(std::string_view name) {
    types::Object* o = pkg->scope->lookup(name);
    EXPECT_NE(o, nullptr) << name;
    return o ? o->type : nullptr;
  }
  const types::Struct* structOf(std::string_view name) {
    return types::cast<types::Struct>(types::underlying(typeOf(name)));
  }
  std::vector<std::string> methodNames(const types::Type* t) {
    std::vector<std::string> out;
    for (const rt::Method& m : table.get(t)->methods) out.push_back(m.name + " " + m.signature);
    return out;
  }
  const types::Type* pointerTo(const types::Type* t) {
    return ctx.types.make<types::Pointer>(const_cast<types::Type*>(t));
  }

  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  types::CheckContext ctx;
  types::NoImports importer;
  types::Info info;
  types::Package* pkg = nullptr;
  rt::Module module;
  TypeTable table{module};
};

// Go 1.19: unsafe.Sizeof(s)=112 Alignof=8; Offsetof a..m = 0 2 4 8 16 24 32 48 64 88 104 107 108
TEST_F(TypeTableTest, StructLayoutMatchesGo) {
  const types::Struct* st = structOf("s");
  EXPECT_EQ(table.sizeOf(st), 112u);
  EXPECT_EQ(table.alignOf(st), 8u);
  const uint64_t want[] = {0, 2, 4, 8, 16, 24, 32, 48, 64, 88, 104, 107, 108};
  for (int i = 0; i < 13; ++i) EXPECT_EQ(table.fieldOffset(st, i), want[i]) << "field " << i;
  rt::TypeDesc* d = table.get(st);
  EXPECT_EQ(d->size, 112u);
  EXPECT_EQ(d->fields[7].offset, 48u);
  EXPECT_EQ(d->fields[7].name, "h");
}

// Go 1.19: Sizeof(Z{})=16, Sizeof(Z2{})=16, Alignof(Z2{})=8, Sizeof(struct{}{})=0, z3: 16 8, z4: 8 offset(a)=0,
// Alignof(complex64)=4, Sizeof(complex64)=8, Sizeof([3]int16{})=6, Sizeof([0]int{})=0
TEST_F(TypeTableTest, TrailingZeroSizeFieldIsPadded) {
  EXPECT_EQ(table.sizeOf(typeOf("Z")), 16u);
  EXPECT_EQ(table.sizeOf(typeOf("Z2")), 16u);
  EXPECT_EQ(table.alignOf(typeOf("Z2")), 8u);
  EXPECT_EQ(table.sizeOf(typeOf("emp")), 0u);
  EXPECT_EQ(table.sizeOf(typeOf("z3")), 16u);
  EXPECT_EQ(table.alignOf(typeOf("z3")), 8u);
  EXPECT_EQ(table.sizeOf(typeOf("z4")), 8u);
  EXPECT_EQ(table.fieldOffset(structOf("z4"), 1), 0u);
  const types::Struct* st = structOf("s");
  EXPECT_EQ(table.alignOf(st->fields[5]->type), 4u);  // complex64
  EXPECT_EQ(table.sizeOf(st->fields[5]->type), 8u);
  EXPECT_EQ(table.sizeOf(typeOf("arr")), 24u);
  EXPECT_EQ(table.sizeOf(typeOf("an")), 24u);
  EXPECT_EQ(table.sizeOf(typeOf("eany")), 16u);
  EXPECT_EQ(table.sizeOf(typeOf("sl1")), 24u);
}

// fmt.Printf("%T") in Go 1.19 for the same declarations
TEST_F(TypeTableTest, NamesAsReflectPrintsThem) {
  EXPECT_EQ(table.get(typeOf("T"))->name, "main.T");
  EXPECT_EQ(table.get(typeOf("ptrT"))->name, "*main.T");
  EXPECT_EQ(table.get(typeOf("sl1"))->name, "[]int");
  EXPECT_EQ(table.get(typeOf("mp1"))->name, "map[string]int");
  EXPECT_EQ(table.get(typeOf("arr"))->name, "[3]int");
  EXPECT_EQ(table.get(typeOf("an"))->name, "struct { X int; y string }");
  EXPECT_EQ(table.get(typeOf("eany"))->name, "interface {}");
  EXPECT_EQ(table.get(typeOf("ifc"))->name, "interface { M() }");
  EXPECT_EQ(table.get(typeOf("ifc2"))->name, "interface { Z(); main.m() }");
  EXPECT_EQ(table.get(typeOf("f1"))->name, "func(int, ...string) (int, error)");
  EXPECT_EQ(table.get(typeOf("c1"))->name, "chan<- int");
  EXPECT_EQ(table.get(typeOf("c2"))->name, "<-chan int");
  EXPECT_EQ(table.get(typeOf("c3"))->name, "chan (<-chan int)");
  EXPECT_EQ(table.get(typeOf("eerr"))->name, "error");
  EXPECT_EQ(table.get(typeOf("b1"))->name, "uint8");
  EXPECT_EQ(table.get(typeOf("r1"))->name, "int32");
  EXPECT_EQ(table.get(typeOf("fv"))->name, "func()");
  EXPECT_EQ(table.get(typeOf("fr"))->name, "func() int");
  EXPECT_EQ(table.get(typeOf("emb"))->name, "struct { main.T; X int }");
  EXPECT_EQ(table.get(typeOf("tg"))->name, "struct { A int \"json:\\\"a\\\"\"; B *int \"x\" }");
  EXPECT_EQ(table.get(typeOf("emp"))->name, "struct {}");
  EXPECT_EQ(table.get(typeOf("mt"))->name, "map[main.T][]*main.T");
  EXPECT_EQ(table.get(typeOf("T"))->pkgPath, "main");
  EXPECT_EQ(table.get(typeOf("sl1"))->pkgPath, "");
}

TEST_F(TypeTableTest, KindsFollowReflect) {
  EXPECT_EQ(table.get(typeOf("T"))->kind, rt::Kind::Struct);
  EXPECT_EQ(table.get(typeOf("b1"))->kind, rt::Kind::Uint8);
  EXPECT_EQ(table.get(typeOf("r1"))->kind, rt::Kind::Int32);
  EXPECT_EQ(table.get(typeOf("I"))->kind, rt::Kind::Interface);
  EXPECT_EQ(table.get(typeOf("c2"))->kind, rt::Kind::Chan);
  EXPECT_EQ(table.get(typeOf("c2"))->chanDir, 2);
  EXPECT_EQ(table.get(typeOf("c1"))->chanDir, 1);
  EXPECT_EQ(table.get(typeOf("mp1"))->key->name, "string");
  EXPECT_EQ(table.get(typeOf("mp1"))->elem->name, "int");
  EXPECT_EQ(table.get(typeOf("arr"))->len, 3);
  rt::TypeDesc* f = table.get(typeOf("f1"));
  EXPECT_EQ(f->kind, rt::Kind::Func);
  EXPECT_TRUE(f->variadic);
  ASSERT_EQ(f->params.size(), 2u);
  EXPECT_EQ(f->params[1]->name, "[]string");
  ASSERT_EQ(f->results.size(), 2u);
  EXPECT_EQ(f->results[1]->name, "error");
}

TEST_F(TypeTableTest, IdenticalTypesShareOneDescriptor) {
  EXPECT_EQ(table.get(typeOf("sl1")), table.get(typeOf("sl2")));
  EXPECT_EQ(table.get(typeOf("mp1")), table.get(typeOf("mp2")));
  EXPECT_EQ(table.get(typeOf("f1")), table.get(typeOf("f2")));  // parameter names do not count
  EXPECT_EQ(table.get(typeOf("b1")), table.get(typeOf("u8")));   // byte is uint8
  EXPECT_NE(table.get(typeOf("c1")), table.get(typeOf("c2")));
  EXPECT_NE(table.get(typeOf("an")), table.get(typeOf("T")));     // a defined type is only itself
  EXPECT_EQ(table.get(pointerTo(typeOf("T"))), table.get(typeOf("ptrT")));
  const types::Universe& u = types::Universe::get();
  EXPECT_EQ(table.get(u.basic(types::BasicKind::UntypedInt)), table.get(u.basic(types::BasicKind::Int)));
  EXPECT_EQ(table.get(u.basic(types::BasicKind::UntypedRune))->name, "int32");
  EXPECT_EQ(table.get(u.basic(types::BasicKind::UntypedFloat))->name, "float64");
  EXPECT_EQ(table.get(u.basic(types::BasicKind::UntypedString)), table.get(u.basic(types::BasicKind::String)));
  EXPECT_EQ(table.get(u.basic(types::BasicKind::UntypedBool)), table.get(u.basic(types::BasicKind::Bool)));
  for (size_t i = 0; i < module.types.size(); ++i) EXPECT_EQ(module.types[i]->index, i);
}

TEST_F(TypeTableTest, RecursiveTypesTerminate) {
  rt::TypeDesc* r = table.get(typeOf("R"));
  ASSERT_EQ(r->fields.size(), 1u);
  EXPECT_EQ(r->fields[0].type->name, "*main.R");
  EXPECT_EQ(r->fields[0].type->elem, r);
  EXPECT_EQ(r->size, 8u);
  EXPECT_TRUE(r->direct());  // one pointer-shaped field
}

// reflect: main.T {M}, *main.T {M, P}, main.E {M}, *main.E {M, P}, main.W {M, P} (exported methods; the runtime
// also lists unexported ones after them)
// setMethodTypes: every method's func type (without receiver) is the signature's descriptor, what dyn.CallMethod
// checks and flattens arguments by.
TEST_F(TypeTableTest, MethodTypesWhenAsked) {
  rt::Module m2;
  TypeTable withTypes(m2);
  withTypes.setMethodTypes(true);
  for (const char* name : {"ptrT", "W", "SI"}) {
    for (const rt::Method& m : withTypes.get(typeOf(name))->methods) {
      ASSERT_NE(m.type, nullptr) << name << "." << m.name;
      EXPECT_EQ(m.type->kind, rt::Kind::Func);
      EXPECT_EQ(m.type->name, m.signature) << name << "." << m.name;
    }
  }
  const rt::Method& p = withTypes.get(typeOf("ptrT"))->methods[1];
  ASSERT_EQ(p.name, "P");
  ASSERT_EQ(p.type->params.size(), 1u);
  EXPECT_EQ(p.type->params[0]->name, "int");
  ASSERT_EQ(p.type->results.size(), 1u);
  EXPECT_EQ(p.type->results[0]->name, "error");
}

TEST_F(TypeTableTest, MethodSetsWithEmbedding) {
  EXPECT_EQ(methodNames(typeOf("T")), (std::vector<std::string>{"M func()", "m func()"}));
  EXPECT_EQ(methodNames(typeOf("ptrT")),
            (std::vector<std::string>{"M func()", "P func(int) error", "m func()"}));
  EXPECT_EQ(methodNames(typeOf("E")), (std::vector<std::string>{"M func()", "m func()"}));
  EXPECT_EQ(methodNames(typeOf("ptrE")),
            (std::vector<std::string>{"M func()", "P func(int) error", "m func()"}));
  EXPECT_EQ(methodNames(typeOf("W")),
            (std::vector<std::string>{"M func()", "P func(int) error", "m func()"}));
  EXPECT_EQ(methodNames(typeOf("AB")), std::vector<std::string>{});
  EXPECT_EQ(methodNames(typeOf("emb")), (std::vector<std::string>{"M func()", "m func()"}));
  EXPECT_EQ(table.get(typeOf("T"))->methods[1].pkgPath, "main");
  EXPECT_EQ(table.get(typeOf("T"))->methods[0].pkgPath, "");

  const auto& w = table.methodSet(typeOf("W"));
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[1].method->name, "P");
  EXPECT_EQ(w[1].path, std::vector<int>{0});
  EXPECT_TRUE(w[1].indirect);
  EXPECT_TRUE(w[1].ptrRecv);
  const auto& e = table.methodSet(typeOf("E"));
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].path, std::vector<int>{0});
  EXPECT_FALSE(e[0].indirect);
  EXPECT_FALSE(e[0].ptrRecv);
  const auto& t = table.methodSet(typeOf("T"));
  EXPECT_TRUE(t[0].path.empty());
  const auto& pt = table.methodSet(typeOf("ptrT"));
  EXPECT_TRUE(pt[0].indirect);  // the receiver is a pointer

  // Method::type is left unset unless asked for (setMethodTypes: programs containing package dyn).
  EXPECT_EQ(table.get(typeOf("ptrT"))->methods[1].type, nullptr);

  // a method promoted from an embedded interface
  const auto& si = table.methodSet(typeOf("SI"));
  ASSERT_EQ(si.size(), 1u);
  EXPECT_EQ(si[0].method->name, "String");
  EXPECT_TRUE(types::isInterface(si[0].method->signature()->recv->type));
  EXPECT_EQ(table.get(typeOf("SI"))->methods[0].signature, "func() string");
}

TEST_F(TypeTableTest, InterfaceMethodsSortedExportedFirst) {
  rt::TypeDesc* d = table.get(typeOf("I"));
  ASSERT_EQ(d->imethods.size(), 3u);
  EXPECT_EQ(d->imethods[0].name, "M");
  EXPECT_EQ(d->imethods[1].name, "N");
  EXPECT_EQ(d->imethods[1].signature, "func(int) string");
  EXPECT_EQ(d->imethods[2].name, "m");
  EXPECT_EQ(d->imethods[2].pkgPath, "main");
  EXPECT_EQ(d->imethods[0].pkgPath, "");
  EXPECT_TRUE(d->methods.empty());
  EXPECT_EQ(table.get(typeOf("eerr"))->imethods.size(), 1u);
}

TEST_F(TypeTableTest, FlagsDirectPointersComparable) {
  auto flags = [&](std::string_view n) { return table.get(typeOf(n)); };
  EXPECT_TRUE(flags("ptrT")->direct());
  EXPECT_TRUE(flags("mp1")->direct());
  EXPECT_TRUE(flags("fv")->direct());
  EXPECT_TRUE(flags("one")->direct());
  EXPECT_TRUE(flags("onep")->direct());
  EXPECT_TRUE(flags("b1")->direct());
  EXPECT_TRUE(flags("emp")->direct());
  EXPECT_FALSE(flags("sl1")->direct());
  EXPECT_FALSE(flags("T")->direct());
  EXPECT_FALSE(flags("arr")->direct());
  EXPECT_FALSE(flags("eany")->direct());
  EXPECT_TRUE(flags("T")->hasPointers());
  EXPECT_FALSE(flags("arr")->hasPointers());
  EXPECT_FALSE(flags("z4")->hasPointers());
  EXPECT_TRUE(flags("T")->comparable());
  EXPECT_FALSE(flags("sl1")->comparable());
  EXPECT_FALSE(flags("mt")->comparable());
  EXPECT_TRUE(flags("T")->flags & rt::kTypeNamed);
  EXPECT_FALSE(flags("sl1")->flags & rt::kTypeNamed);
}

TEST_F(TypeTableTest, SlotsFlattenInMemoryOrder) {
  rt::TypeDesc* t = table.get(typeOf("T"));  // X int, y string
  ASSERT_EQ(t->slots.size(), 3u);
  EXPECT_EQ(t->slots[0].kind, rt::SlotKind::Scalar);
  EXPECT_EQ(t->slots[1].kind, rt::SlotKind::Ptr);
  EXPECT_EQ(t->slots[1].offset, 8u);
  EXPECT_EQ(t->slots[2].kind, rt::SlotKind::Scalar);
  EXPECT_EQ(t->slots[2].offset, 16u);
  EXPECT_EQ(t->fields[1].firstSlot, 1u);

  const types::Struct* st = structOf("s");
  rt::TypeDesc* d = table.get(st);
  // bool, int16, int32, bool, float64, complex64 (2), complex128 (2), string (2), slice (3), iface (2), [3]byte
  // (3), int8, struct{} (0)
  EXPECT_EQ(table.numSlots(st), 1 + 1 + 1 + 1 + 1 + 2 + 2 + 2 + 3 + 2 + 3 + 1);
  ASSERT_EQ(d->slots.size(), 20u);
  EXPECT_EQ(d->slots[0].width, 1);
  EXPECT_EQ(d->slots[1].width, 2);
  EXPECT_TRUE(d->slots[1].isSigned);
  EXPECT_EQ(d->slots[4].kind, rt::SlotKind::Float);
  EXPECT_EQ(d->slots[5].kind, rt::SlotKind::Float);
  EXPECT_TRUE(d->slots[5].isFloat32);
  EXPECT_EQ(d->slots[6].offset, 28u);
  EXPECT_EQ(d->slots[14].kind, rt::SlotKind::IfaceType);
  EXPECT_EQ(d->slots[15].kind, rt::SlotKind::IfaceData);
  EXPECT_EQ(d->slots[15].offset, 96u);
  EXPECT_EQ(d->slots[16].offset, 104u);
  EXPECT_EQ(d->slots[18].offset, 106u);
  EXPECT_FALSE(d->slots[18].isSigned);  // byte
  EXPECT_EQ(d->slots[19].offset, 107u);
  EXPECT_TRUE(d->slots[19].isSigned);  // int8
  EXPECT_EQ(d->fields[12].firstSlot, 20u);
  EXPECT_EQ(table.numSlots(typeOf("big")), 100);
  EXPECT_EQ(table.numSlots(typeOf("emp")), 0);
  EXPECT_EQ(table.slotKinds(typeOf("sl1")),
            (std::vector<rt::SlotKind>{rt::SlotKind::Ptr, rt::SlotKind::Scalar, rt::SlotKind::Scalar}));
}


// Thousands of types, each mentioned many times through separately built composite types: every identical
// composite shares one descriptor, and the table stays fast (buckets by structural hash; each Type hashed once).
TEST(TypeTableScaleTest, ThousandsOfTypesCanonicaliseQuickly) {
  constexpr int kTypes = 3000;
  std::string src = "package main\n";
  for (int i = 0; i < kTypes; ++i) {
    std::string n = "T" + std::to_string(i);
    src += "type " + n + " struct { a []" + n + "; b map[string]*" + n + "; c func(" + n + ") error; d [2]struct{ x *" +
           n + "; y []int } }\n";
    src += "func (t *" + n + ") M() []" + n + " { var s []" + n + "; var m map[string]*" + n + "; _ = m; return s }\n";
  }
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  types::CheckContext ctx;
  types::NoImports importer;
  types::Info info;
  FileId id = sources.addFile("big.go", src);
  syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  ASSERT_NE(f, nullptr);
  const syntax::File* files[] = {f};
  types::checkPackage(ctx, importer, "main", files, diags, info);
  ASSERT_FALSE(diags.hasErrors());
  rt::Module module;
  TypeTable table{module};
  for (const auto& [expr, tv] : info.types)
    if (tv.type && tv.mode != types::OperandMode::NoValue && !types::isa<types::Tuple>(tv.type) &&
        !(types::isa<types::Basic>(tv.type) && (types::cast<types::Basic>(tv.type)->basicKind ==
                                                    types::BasicKind::UntypedNil ||
                                                types::cast<types::Basic>(tv.type)->basicKind ==
                                                    types::BasicKind::Invalid)))
      table.get(tv.type);
  // per T: T, []T, *T, map[string]*T, func(T) error, struct{x *T; y []int}, [2]struct{...}, func() []T (M's type
  // without receiver), plus a few shared ones (string, int, []int, error, ...)
  EXPECT_LT(module.types.size(), static_cast<size_t>(kTypes) * 9 + 20);
  EXPECT_GE(module.types.size(), static_cast<size_t>(kTypes) * 7);
  std::unordered_map<std::string, int> names;
  for (const auto& d : module.types) ++names[d->name];
  for (const auto& [name, count] : names) EXPECT_EQ(count, 1) << name;  // no two descriptors for one type
}

// Depth shadowing, field/method collisions, ambiguity and embedded pointers. Expected method names printed by Go
// 1.19's reflect (NumMethod/Method(i).Name) for the same declarations.
TEST(TypeTableMethodSetTest, ShadowingCollisionsAndEmbeddedPointers) {
  const char* src = R"(package main

type Base struct{}

func (Base) Name() string { return "" }
func (*Base) Set()        {}

type Mid struct{ Base }

func (Mid) Name() string { return "mid" }

type Top struct {
	Mid
	X int
}
type FieldShadow struct {
	Base
	Set int
}
type PtrEmb struct{ *Base }
type Amb struct {
	Base
	B2
}
type B2 struct{}

func (B2) Name() string { return "" }
)";
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  types::CheckContext ctx;
  types::NoImports importer;
  types::Info info;
  FileId id = sources.addFile("ms.go", src);
  syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  ASSERT_NE(f, nullptr);
  const syntax::File* files[] = {f};
  types::Package* pkg = types::checkPackage(ctx, importer, "main", files, diags, info);
  ASSERT_FALSE(diags.hasErrors());
  rt::Module module;
  TypeTable table{module};
  auto names = [&](std::string_view type, bool ptr) {
    types::Type* t = pkg->scope->lookup(type)->type;
    if (ptr) t = ctx.types.make<types::Pointer>(t);
    std::string out;
    for (const rt::Method& m : table.get(t)->methods) out += (out.empty() ? "" : " ") + m.name;
    return out;
  };
  EXPECT_EQ(names("Top", false), "Name");
  EXPECT_EQ(names("Top", true), "Name Set");
  EXPECT_EQ(names("FieldShadow", false), "Name");
  EXPECT_EQ(names("FieldShadow", true), "Name");
  EXPECT_EQ(names("PtrEmb", false), "Name Set");
  EXPECT_EQ(names("PtrEmb", true), "Name Set");
  EXPECT_EQ(names("Amb", false), "");
  EXPECT_EQ(names("Amb", true), "Set");
  // Top.Name is Mid's (depth 1), not Base's (depth 2)
  const auto& top = table.methodSet(pkg->scope->lookup("Top")->type);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].path, std::vector<int>{0});
  EXPECT_EQ(top[0].method->signature()->recv->type, pkg->scope->lookup("Mid")->type);
}

// 300 randomly generated types (nested structs with tags and blank fields, arrays, slices, maps, funcs with
// variadics, channels of every direction, interfaces, named types): names, sizes and alignments as Go 1.19 printed
// them (testdata/random_types.golden says how), and invariants of the flattening.
TEST(TypeTableRandomTest, NamesSizesAndAlignmentsMatchGo) {
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
  };
  const std::string dir = std::string(VO_SOURCE_DIR) + "/compiler/codegen/tests/testdata/";
  std::string src = read(dir + "random_types.go");
  std::string golden = read(dir + "random_types.golden");
  ASSERT_FALSE(src.empty());
  ASSERT_FALSE(golden.empty());
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  types::CheckContext ctx;
  types::NoImports importer;
  types::Info info;
  FileId id = sources.addFile("random_types.go", src);
  syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  ASSERT_NE(f, nullptr);
  const syntax::File* files[] = {f};
  types::Package* pkg = types::checkPackage(ctx, importer, "main", files, diags, info);
  std::ostringstream errs;
  diags.print(errs);
  ASSERT_FALSE(diags.hasErrors()) << errs.str();
  rt::Module module;
  TypeTable table{module};
  std::istringstream lines(golden);
  std::string line;
  int checked = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream ls(line);
    for (std::string c; std::getline(ls, c, '\t');) cols.push_back(c);
    ASSERT_EQ(cols.size(), 4u) << line;
    types::Object* v = pkg->scope->lookup(cols[0]);
    ASSERT_NE(v, nullptr) << cols[0];
    const rt::TypeDesc* d = table.get(v->type);
    EXPECT_EQ(d->name, cols[1]) << cols[0];
    EXPECT_EQ(std::to_string(d->size), cols[2]) << cols[0] << " " << cols[1];
    EXPECT_EQ(std::to_string(d->align), cols[3]) << cols[0] << " " << cols[1];
    EXPECT_EQ(table.sizeOf(v->type), d->size);
    EXPECT_EQ(static_cast<size_t>(table.numSlots(v->type)), d->slots.size());
    uint32_t prevEnd = 0;
    for (const rt::SlotLayout& sl : d->slots) {
      EXPECT_GE(sl.offset, prevEnd) << cols[0] << ": slots in memory order, not overlapping";
      EXPECT_LE(sl.offset + sl.width, d->size) << cols[0];
      EXPECT_EQ(sl.offset % sl.width, 0u) << cols[0] << ": slots are naturally aligned";
      prevEnd = sl.offset + sl.width;
    }
    EXPECT_EQ(d->hasPointers(), std::any_of(d->slots.begin(), d->slots.end(), [](const rt::SlotLayout& sl) {
                return sl.kind == rt::SlotKind::Ptr || sl.kind == rt::SlotKind::IfaceType;
              })) << cols[0];
    ++checked;
  }
  EXPECT_EQ(checked, 300);
}

}  // namespace
}  // namespace vo::codegen
