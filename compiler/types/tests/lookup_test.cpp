// Field and method lookup (depth rules, ambiguity, pointer receivers), interface completion and the implements and
// type-assertion checks with gc's explanations, on types built by hand.
#include <gtest/gtest.h>

#include "compiler/types/checker_impl.h"

namespace vo::types {
namespace {

class NoImporter : public Importer {
 public:
  Package* import(std::string_view, std::string& error) override {
    error = "no imports in this test";
    return nullptr;
  }
};

class LookupTest : public ::testing::Test {
 protected:
  const Universe& u = Universe::get();
  CheckContext ctx;
  NoImporter importer;
  SourceManager sources;
  DiagnosticEngine diags{sources};
  Info info;
  Package* pkg = ctx.objects.makePackage("main", "main");
  Checker check{ctx, importer, pkg, diags, info};

  Type* intT() { return u.basic(BasicKind::Int); }
  Type* stringT() { return u.basic(BasicKind::String); }
  Var* param(Type* t) { return ctx.objects.makeObject<Var>("", t, pkg, Pos{}); }
  Signature* sig(std::vector<Type*> params, std::vector<Type*> results) {
    std::vector<Var*> ps, rs;
    for (Type* t : params) ps.push_back(param(t));
    for (Type* t : results) rs.push_back(param(t));
    return ctx.types.make<Signature>(nullptr, ctx.types.make<Tuple>(ps), ctx.types.make<Tuple>(rs), false);
  }
  Named* named(std::string_view name, Type* under) {
    auto* tn = ctx.objects.makeObject<TypeName>(name, nullptr, pkg, Pos{});
    auto* n = ctx.types.make<Named>(tn);
    tn->type = n;
    n->underlying = under;
    return n;
  }
  Var* field(std::string_view name, Type* t, bool embedded = false) {
    auto* f = ctx.objects.makeObject<Var>(name, t, pkg, Pos{});
    f->isField = true;
    f->embedded = embedded;
    return f;
  }
  Struct* structOf(std::vector<Var*> fields) {
    return ctx.types.make<Struct>(std::move(fields), std::vector<std::string>{});
  }
  /// Declares method `name` on `recvBase` (pointer receiver when `ptr`).
  Func* method(Named* recvBase, std::string_view name, Signature* s, bool ptr = false) {
    Type* rt = ptr ? static_cast<Type*>(ctx.types.make<Pointer>(recvBase)) : recvBase;
    s->recv = ctx.objects.makeObject<Var>("r", rt, pkg, Pos{});
    auto* f = ctx.objects.makeObject<Func>(name, s, pkg, Pos{});
    recvBase->methods.push_back(f);
    return f;
  }
  /// interface { <methods> } with each method's receiver set to the interface.
  Interface* iface(std::vector<std::pair<std::string_view, Signature*>> methods) {
    std::vector<Func*> fs;
    for (auto& [name, s] : methods) fs.push_back(ctx.objects.makeObject<Func>(name, s, pkg, Pos{}));
    auto* it = ctx.types.make<Interface>(fs, std::vector<Type*>{});
    for (Func* f : fs) f->signature()->recv = ctx.objects.makeObject<Var>("", it, pkg, Pos{});
    check.completeInterface(Pos{}, it);
    return it;
  }
  Pointer* ptr(Type* t) { return ctx.types.make<Pointer>(t); }

  struct Found {
    Object* obj;
    std::vector<int> index;
    bool indirect;
    bool ambiguous;
  };
  Found lookup(Type* T, std::string_view name, bool addressable = false) {
    Found r{};
    r.obj = check.lookupFieldOrMethod(T, addressable, pkg, name, r.index, r.indirect, r.ambiguous);
    return r;
  }
};

TEST_F(LookupTest, PromotedFieldsAndMethodsCarryTheirIndexPath) {
  // type Inner struct{ X int }; func (Inner) M(); type Outer struct{ a int; Inner }
  Named* inner = named("Inner", structOf({field("X", intT())}));
  Func* m = method(inner, "M", sig({}, {}));
  Named* outer = named("Outer", structOf({field("a", intT()), field("Inner", inner, true)}));

  Found x = lookup(outer, "X");
  ASSERT_NE(x.obj, nullptr);
  EXPECT_EQ(x.index, (std::vector<int>{1, 0}));
  EXPECT_FALSE(x.indirect);

  Found fm = lookup(outer, "M");
  EXPECT_EQ(fm.obj, m);
  EXPECT_EQ(fm.index, (std::vector<int>{1, 0}));

  // through *Outer the path is indirect
  Found px = lookup(ptr(outer), "X");
  EXPECT_NE(px.obj, nullptr);
  EXPECT_TRUE(px.indirect);

  Found none = lookup(outer, "Y");
  EXPECT_EQ(none.obj, nullptr);
  EXPECT_FALSE(none.ambiguous);
  EXPECT_EQ(lookup(outer, "_").obj, nullptr);
}

TEST_F(LookupTest, ShallowestDepthWinsAndEqualDepthIsAmbiguous) {
  Named* a = named("A", structOf({field("X", intT()), field("Y", intT())}));
  Named* b = named("B", structOf({field("X", stringT())}));
  // struct{ A; B }: X at depth 1 twice -> ambiguous; Y only in A
  Named* both = named("Both", structOf({field("A", a, true), field("B", b, true)}));
  Found x = lookup(both, "X");
  EXPECT_EQ(x.obj, nullptr);
  EXPECT_TRUE(x.ambiguous);
  EXPECT_NE(lookup(both, "Y").obj, nullptr);

  // struct{ X bool; Both }: the shallower X wins
  Var* shallow = field("X", u.basic(BasicKind::Bool));
  Named* top = named("Top", structOf({shallow, field("Both", both, true)}));
  Found t = lookup(top, "X");
  EXPECT_EQ(t.obj, shallow);
  EXPECT_EQ(t.index, (std::vector<int>{0}));

  // the same type embedded twice at one depth (through *A and A in different fields) is ambiguous too
  Named* twice = named("Twice", structOf({field("P", named("P", structOf({field("A", a, true)})), true),
                                          field("Q", named("Q", structOf({field("A", ptr(a), true)})), true)}));
  EXPECT_TRUE(lookup(twice, "Y").ambiguous);
}

TEST_F(LookupTest, PointerReceiverMethodsNeedAPointerOrAddressableOperand) {
  Named* t = named("T", structOf({}));
  Func* pm = method(t, "PM", sig({}, {}), /*ptr=*/true);
  Found notAddr = lookup(t, "PM");
  EXPECT_EQ(notAddr.obj, nullptr);
  EXPECT_TRUE(notAddr.indirect);  // found, but needs &x
  EXPECT_EQ(lookup(t, "PM", /*addressable=*/true).obj, pm);
  EXPECT_EQ(lookup(ptr(t), "PM").obj, pm);

  // promoted through an embedded *T, the method is in the method set of the outer value type
  Named* outer = named("Outer", structOf({field("T", ptr(t), true)}));
  Found promoted = lookup(outer, "PM");
  EXPECT_EQ(promoted.obj, pm);
  EXPECT_TRUE(promoted.indirect);
}

TEST_F(LookupTest, RecursiveEmbeddingTerminates) {
  // type R struct{ *R }: looking for a missing name must not loop
  Named* r = named("R", nullptr);
  r->underlying = structOf({field("R", ptr(r), true)});
  EXPECT_EQ(lookup(r, "nothing").obj, nullptr);
  EXPECT_NE(lookup(r, "R").obj, nullptr);
}

TEST_F(LookupTest, NamedPointerTypesHaveFieldsButNoMethods) {
  Named* t = named("T", structOf({field("F", intT())}));
  method(t, "M", sig({}, {}));
  Named* p = named("P", ptr(t));  // type P *T
  EXPECT_NE(lookup(p, "F").obj, nullptr);
  EXPECT_EQ(lookup(p, "M").obj, nullptr);
}

TEST_F(LookupTest, InterfaceMethodsAreFoundButNotThroughPointers) {
  Interface* it = iface({{"M", sig({intT()}, {})}});
  Named* i = named("I", it);
  EXPECT_NE(lookup(i, "M").obj, nullptr);
  EXPECT_EQ(lookup(ptr(i), "M").obj, nullptr);
}

TEST_F(LookupTest, ImplementsExplainsTheMissingMethod) {
  Named* i = named("I", iface({{"M", sig({stringT()}, {})}}));
  std::string cause;

  Named* good = named("Good", structOf({}));
  method(good, "M", sig({stringT()}, {}));
  EXPECT_TRUE(check.implements(good, i, cause));

  Named* missing = named("Missing", structOf({}));
  EXPECT_FALSE(check.implements(missing, i, cause));
  EXPECT_EQ(cause, "Missing does not implement I (missing method M)");

  Named* wrong = named("Wrong", structOf({}));
  method(wrong, "M", sig({intT()}, {}));
  EXPECT_FALSE(check.implements(wrong, i, cause));
  EXPECT_EQ(cause, "Wrong does not implement I (wrong type for method M)\n\t\thave M(int)\n\t\twant M(string)");

  Named* ptrRecv = named("PtrRecv", structOf({}));
  method(ptrRecv, "M", sig({stringT()}, {}), /*ptr=*/true);
  EXPECT_FALSE(check.implements(ptrRecv, i, cause));
  EXPECT_EQ(cause, "PtrRecv does not implement I (method M has pointer receiver)");
  EXPECT_TRUE(check.implements(ptr(ptrRecv), i, cause));

  Named* lower = named("Lower", structOf({}));
  method(lower, "m", sig({stringT()}, {intT(), u.errorType()}));
  EXPECT_FALSE(check.implements(lower, i, cause));
  EXPECT_EQ(cause,
            "Lower does not implement I (missing method M)\n\t\thave m(string) (int, error)\n\t\twant M(string)");

  Named* fieldOnly = named("FieldOnly", structOf({field("M", sig({stringT()}, {}))}));
  EXPECT_FALSE(check.implements(fieldOnly, i, cause));
  EXPECT_EQ(cause, "FieldOnly does not implement I (FieldOnly.M is a field, not a method)");

  EXPECT_FALSE(check.implements(ptr(i), i, cause));
  EXPECT_EQ(cause, "*I does not implement I (type *I is pointer to interface, not interface)");

  EXPECT_FALSE(check.implements(good, intT(), cause));
  EXPECT_EQ(cause, "Good does not implement int (int is not an interface)");

  // every type implements the empty interface; invalid types never cause follow-on errors
  EXPECT_TRUE(check.implements(missing, u.emptyInterface(), cause));
  EXPECT_TRUE(check.implements(u.basic(BasicKind::Invalid), i, cause));
}

TEST_F(LookupTest, ImplementsThroughEmbeddedInterfacesAndPromotedMethods) {
  // type I interface{ io; N() } where io embeds M(string)
  Interface* inner = iface({{"M", sig({stringT()}, {})}});
  auto* n = ctx.objects.makeObject<Func>("N", sig({}, {}), pkg, Pos{});
  auto* outer = ctx.types.make<Interface>(std::vector<Func*>{n}, std::vector<Type*>{named("Inner", inner)});
  check.completeInterface(Pos{}, outer);
  ASSERT_EQ(outer->allMethods.size(), 2u);
  EXPECT_EQ(outer->allMethods[0]->name, "M");  // sorted by name
  Named* i = named("I", outer);

  // type Base struct{}; func (*Base) M(string); type T struct{ *Base }; func (T) N()
  Named* base = named("Base", structOf({}));
  method(base, "M", sig({stringT()}, {}), /*ptr=*/true);
  Named* t = named("T", structOf({field("Base", ptr(base), true)}));
  method(t, "N", sig({}, {}));
  std::string cause;
  EXPECT_TRUE(check.implements(t, i, cause)) << cause;

  // an interface value implements an interface whose methods it has
  EXPECT_TRUE(check.implements(i, named("J", inner), cause));
  EXPECT_FALSE(check.implements(named("J", inner), i, cause));
  EXPECT_EQ(cause, "J does not implement I (missing method N)");
}

TEST_F(LookupTest, AssertableToChecksConcreteTypesOnly) {
  Named* i = named("I", iface({{"M", sig({}, {})}}));
  Named* has = named("Has", structOf({}));
  method(has, "M", sig({}, {}));
  Named* lacks = named("Lacks", structOf({}));
  std::string cause;
  EXPECT_TRUE(check.assertableTo(i, has, cause));
  EXPECT_FALSE(check.assertableTo(i, lacks, cause));
  EXPECT_EQ(cause, "(missing method M)");
  // an interface target is checked at run time; one with a conflicting method is impossible
  EXPECT_TRUE(check.assertableTo(i, named("Other", iface({{"X", sig({}, {})}})), cause));
  Named* wrong = named("WrongM", structOf({}));
  method(wrong, "M", sig({intT()}, {}));
  EXPECT_FALSE(check.assertableTo(i, wrong, cause));
  EXPECT_EQ(cause, "(wrong type for method M)\n\t\thave M(int)\n\t\twant M()");
}

TEST_F(LookupTest, DuplicateExplicitMethodsAreReported) {
  auto* m1 = ctx.objects.makeObject<Func>("m", sig({}, {}), pkg, Pos{});
  auto* m2 = ctx.objects.makeObject<Func>("m", sig({}, {}), pkg, Pos{});
  auto* it = ctx.types.make<Interface>(std::vector<Func*>{m1, m2}, std::vector<Type*>{});
  check.completeInterface(Pos{}, it);
  EXPECT_EQ(it->allMethods.size(), 1u);
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  EXPECT_EQ(diags.diagnostics()[0].message, "duplicate method m");
}

TEST_F(LookupTest, FuncStringOmitsParameterNames) {
  Signature* s = sig({intT(), ctx.types.make<Slice>(stringT())}, {u.errorType()});
  s->variadic = true;
  auto* f = ctx.objects.makeObject<Func>("F", s, pkg, Pos{});
  EXPECT_EQ(check.funcString(f, false), "F(int, ...string) error");
}

}  // namespace
}  // namespace vo::types
