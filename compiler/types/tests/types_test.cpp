// Types: identity, predicates, printing as gc prints types, the universe scope and lexical scopes.
#include <gtest/gtest.h>

#include "compiler/types/object.h"
#include "compiler/types/type.h"
#include "compiler/types/universe.h"

namespace vo::types {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  const Universe& u = Universe::get();
  TypeContext types;
  ObjectArena objects;

  Basic* basic(BasicKind k) { return u.basic(k); }
  Var* var(std::string_view name, Type* t, Package* pkg = nullptr) {
    return objects.makeObject<Var>(name, t, pkg, Pos{});
  }
  Tuple* tuple(std::vector<Var*> vars) { return types.make<Tuple>(std::move(vars)); }
  Signature* sig(std::vector<Var*> params, std::vector<Var*> results, bool variadic = false) {
    return types.make<Signature>(nullptr, tuple(std::move(params)), tuple(std::move(results)), variadic);
  }
  Named* named(std::string_view name, Type* underlyingType, Package* pkg) {
    auto* tn = objects.makeObject<TypeName>(name, nullptr, pkg, Pos{});
    auto* n = types.make<Named>(tn);
    tn->type = n;
    n->underlying = underlyingType;
    return n;
  }
};

TEST_F(TypesTest, CompositeTypesAreIdenticalStructurally) {
  Type* intT = basic(BasicKind::Int);
  EXPECT_TRUE(identical(types.make<Slice>(intT), types.make<Slice>(intT)));
  EXPECT_FALSE(identical(types.make<Slice>(intT), types.make<Slice>(basic(BasicKind::Int64))));
  EXPECT_TRUE(identical(types.make<Array>(intT, 3), types.make<Array>(intT, 3)));
  EXPECT_FALSE(identical(types.make<Array>(intT, 3), types.make<Array>(intT, 4)));
  EXPECT_TRUE(identical(types.make<Map>(basic(BasicKind::String), intT),
                        types.make<Map>(basic(BasicKind::String), intT)));
  EXPECT_FALSE(identical(types.make<Chan>(ChanDir::SendOnly, intT), types.make<Chan>(ChanDir::SendRecv, intT)));
  // parameter names do not matter, variadic-ness does
  EXPECT_TRUE(identical(sig({var("a", intT)}, {}), sig({var("b", intT)}, {})));
  EXPECT_FALSE(identical(sig({var("a", types.make<Slice>(intT))}, {}, true),
                         sig({var("a", types.make<Slice>(intT))}, {}, false)));
}

TEST_F(TypesTest, ByteAndRuneAreAliases) {
  EXPECT_TRUE(identical(u.byteType(), basic(BasicKind::Uint8)));
  EXPECT_TRUE(identical(u.runeType(), basic(BasicKind::Int32)));
  EXPECT_FALSE(identical(u.byteType(), basic(BasicKind::Int8)));
}

TEST_F(TypesTest, DefinedTypesAreIdenticalOnlyToThemselves) {
  Package* pkg = objects.makePackage("main", "main");
  Named* a = named("A", basic(BasicKind::Int), pkg);
  Named* b = named("B", basic(BasicKind::Int), pkg);
  EXPECT_TRUE(identical(a, a));
  EXPECT_FALSE(identical(a, b));
  EXPECT_FALSE(identical(a, basic(BasicKind::Int)));
  EXPECT_EQ(underlying(a), basic(BasicKind::Int));
}

TEST_F(TypesTest, StructIdentityCountsTagsAndPackagesOfUnexportedFields) {
  Package* p = objects.makePackage("p", "p");
  Package* q = objects.makePackage("q", "q");
  auto field = [&](std::string_view name, Package* pkg) {
    Var* f = var(name, basic(BasicKind::Int), pkg);
    f->isField = true;
    return f;
  };
  auto* s1 = types.make<Struct>(std::vector<Var*>{field("X", p)}, std::vector<std::string>{});
  auto* s2 = types.make<Struct>(std::vector<Var*>{field("X", q)}, std::vector<std::string>{});
  EXPECT_TRUE(identical(s1, s2));  // exported names match across packages
  auto* s3 = types.make<Struct>(std::vector<Var*>{field("x", p)}, std::vector<std::string>{});
  auto* s4 = types.make<Struct>(std::vector<Var*>{field("x", q)}, std::vector<std::string>{});
  EXPECT_FALSE(identical(s3, s4));
  auto* s5 = types.make<Struct>(std::vector<Var*>{field("X", p)}, std::vector<std::string>{"json:\"x\""});
  EXPECT_FALSE(identical(s1, s5));
}

TEST_F(TypesTest, TypesPrintAsGcPrintsThem) {
  Type* intT = basic(BasicKind::Int);
  Package* fmt = objects.makePackage("fmt", "fmt");
  Package* mainPkg = objects.makePackage("main", "main");
  Named* stringer = named("Stringer", types.make<Interface>(std::vector<Func*>{}, std::vector<Type*>{}), fmt);
  Named* point = named("Point", types.make<Struct>(std::vector<Var*>{}, std::vector<std::string>{}), mainPkg);
  Qualifier inMain{mainPkg};
  EXPECT_EQ(typeString(types.make<Slice>(intT)), "[]int");
  EXPECT_EQ(typeString(types.make<Map>(basic(BasicKind::String), types.make<Pointer>(point)), inMain),
            "map[string]*Point");
  EXPECT_EQ(typeString(stringer, inMain), "fmt.Stringer");
  EXPECT_EQ(typeString(point, Qualifier{fmt}), "main.Point");
  EXPECT_EQ(typeString(sig({var("", intT), var("", types.make<Slice>(basic(BasicKind::String)))},
                           {var("", u.errorType())}, true)),
            "func(int, ...string) error");
  EXPECT_EQ(typeString(sig({}, {var("n", intT), var("err", u.errorType())})), "func() (n int, err error)");
  EXPECT_EQ(typeString(types.make<Chan>(ChanDir::SendRecv, types.make<Chan>(ChanDir::RecvOnly, intT))),
            "chan (<-chan int)");
  EXPECT_EQ(typeString(types.make<Chan>(ChanDir::SendOnly, intT)), "chan<- int");
  EXPECT_EQ(typeString(types.make<Array>(u.byteType(), 4)), "[4]byte");
  EXPECT_EQ(typeString(basic(BasicKind::UntypedFloat)), "untyped float");
  Var* x = var("x", intT);
  Var* y = var("y", basic(BasicKind::String));
  x->isField = y->isField = true;
  EXPECT_EQ(typeString(types.make<Struct>(std::vector<Var*>{x, y}, std::vector<std::string>{})),
            "struct{x int; y string}");
}

TEST_F(TypesTest, ComparabilityAndNil) {
  Type* intT = basic(BasicKind::Int);
  EXPECT_TRUE(comparable(intT));
  EXPECT_FALSE(comparable(types.make<Slice>(intT)));
  EXPECT_FALSE(comparable(types.make<Map>(intT, intT)));
  EXPECT_FALSE(comparable(types.make<Array>(types.make<Slice>(intT), 2)));
  EXPECT_TRUE(comparable(u.errorType()));
  EXPECT_TRUE(hasNil(types.make<Slice>(intT)));
  EXPECT_TRUE(hasNil(u.errorType()));
  EXPECT_FALSE(hasNil(intT));
  EXPECT_FALSE(hasNil(basic(BasicKind::String)));
}

TEST_F(TypesTest, UntypedDefaultsAndPredicates) {
  EXPECT_EQ(defaultType(basic(BasicKind::UntypedInt)), basic(BasicKind::Int));
  EXPECT_EQ(defaultType(basic(BasicKind::UntypedRune)), u.runeType());
  EXPECT_EQ(defaultType(basic(BasicKind::UntypedFloat)), basic(BasicKind::Float64));
  EXPECT_EQ(defaultType(basic(BasicKind::UntypedNil)), basic(BasicKind::UntypedNil));
  EXPECT_TRUE(isUntyped(basic(BasicKind::UntypedString)));
  EXPECT_TRUE(isString(basic(BasicKind::UntypedString)));
  EXPECT_TRUE(isOrdered(basic(BasicKind::Float32)));
  EXPECT_FALSE(isOrdered(basic(BasicKind::Complex128)));
  EXPECT_TRUE(isUnsigned(u.byteType()));
  EXPECT_TRUE(isInterface(u.errorType()));
}

TEST_F(TypesTest, UniverseHoldsThePredeclaredIdentifiers) {
  for (std::string_view name : {"bool", "int", "uint8", "float64", "string", "byte", "rune", "any", "error", "true",
                                "false", "iota", "nil", "append", "len", "min", "max", "clear", "assert"}) {
    EXPECT_NE(u.lookup(name), nullptr) << name;
  }
  EXPECT_EQ(u.lookup("unsafe"), nullptr);
  EXPECT_EQ(u.lookup("untyped int"), nullptr);
  auto* err = cast<Interface>(u.errorType()->underlying);
  ASSERT_EQ(err->allMethods.size(), 1u);
  EXPECT_EQ(typeString(err->allMethods[0]->type), "func() string");
  EXPECT_EQ(cast<Builtin>(u.lookup("assert"))->id, BuiltinId::Assert);
  EXPECT_EQ(cast<Const>(u.lookup("true"))->value.kind(), constant::Kind::Bool);
}

TEST_F(TypesTest, ScopesShadowAndRejectRedeclaration) {
  Package* pkg = objects.makePackage("main", "main");
  Scope* file = objects.makeScope(pkg->scope, "file");
  Scope* block = objects.makeScope(file, "block");
  Var* outer = var("x", basic(BasicKind::Int), pkg);
  Var* inner = var("x", basic(BasicKind::String), pkg);
  EXPECT_EQ(pkg->scope->insert(outer), nullptr);
  EXPECT_EQ(block->insert(inner), nullptr);
  Scope* found = nullptr;
  EXPECT_EQ(block->lookupParent("x", &found), inner);
  EXPECT_EQ(found, block);
  EXPECT_EQ(file->lookupParent("x"), outer);
  EXPECT_EQ(pkg->scope->insert(var("x", basic(BasicKind::Int), pkg)), outer);  // redeclared
  EXPECT_EQ(pkg->scope->insert(var("_", basic(BasicKind::Int), pkg)), nullptr);
  EXPECT_EQ(pkg->scope->lookup("_"), nullptr);  // the blank identifier is never declared
}

TEST_F(TypesTest, ExportedNamesStartWithAnUpperCaseLetter) {
  EXPECT_TRUE(var("Println", nullptr)->isExported());
  EXPECT_FALSE(var("println", nullptr)->isExported());
  EXPECT_TRUE(var("\xc3\x89t\xc3\xa9", nullptr)->isExported());  // "Été"
  EXPECT_FALSE(var("_X", nullptr)->isExported());
}

}  // namespace
}  // namespace vo::types
