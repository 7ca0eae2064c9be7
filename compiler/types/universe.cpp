// Builds the universe scope (types2 universe.go), and the default types of untyped values.
#include "compiler/types/universe.h"

#include <initializer_list>

namespace vo::types {

namespace {

struct BasicSpec {
  BasicKind kind;
  uint8_t info;
  std::string_view name;
};

// In BasicKind order; the names are what gc prints.
constexpr BasicSpec kBasics[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, kIsBoolean, "bool"},
    {BasicKind::Int, kIsInteger, "int"},
    {BasicKind::Int8, kIsInteger, "int8"},
    {BasicKind::Int16, kIsInteger, "int16"},
    {BasicKind::Int32, kIsInteger, "int32"},
    {BasicKind::Int64, kIsInteger, "int64"},
    {BasicKind::Uint, kIsInteger | kIsUnsigned, "uint"},
    {BasicKind::Uint8, kIsInteger | kIsUnsigned, "uint8"},
    {BasicKind::Uint16, kIsInteger | kIsUnsigned, "uint16"},
    {BasicKind::Uint32, kIsInteger | kIsUnsigned, "uint32"},
    {BasicKind::Uint64, kIsInteger | kIsUnsigned, "uint64"},
    {BasicKind::Uintptr, kIsInteger | kIsUnsigned, "uintptr"},
    {BasicKind::Float32, kIsFloat, "float32"},
    {BasicKind::Float64, kIsFloat, "float64"},
    {BasicKind::Complex64, kIsComplex, "complex64"},
    {BasicKind::Complex128, kIsComplex, "complex128"},
    {BasicKind::String, kIsString, "string"},
    {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
    {BasicKind::UntypedBool, kIsBoolean | kIsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, kIsInteger | kIsUntyped, "untyped int"},
    {BasicKind::UntypedRune, kIsInteger | kIsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, kIsFloat | kIsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, kIsComplex | kIsUntyped, "untyped complex"},
    {BasicKind::UntypedString, kIsString | kIsUntyped, "untyped string"},
    {BasicKind::UntypedNil, kIsUntyped, "untyped nil"},
};

struct BuiltinSpec {
  std::string_view name;
  BuiltinId id;
};

constexpr BuiltinSpec kBuiltins[] = {
    {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
    {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
    {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
    {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
    {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
    {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
    {"assert", BuiltinId::Assert},
};

}  // namespace

const Universe& Universe::get() {
  static const Universe* universe = new Universe();  // never destroyed: objects outlive every compilation
  return *universe;
}

Universe::Universe() {
  scope_ = objects_.makeScope(nullptr, "universe");
  static_assert(std::size(kBasics) == static_cast<size_t>(BasicKind::UntypedNil) + 1, "one row per BasicKind");
  for (const BasicSpec& spec : kBasics) {
    basics_[static_cast<size_t>(spec.kind)] = types_.make<Basic>(spec.kind, spec.info, spec.name);
  }
  // Predeclared type names: every typed basic kind except unsafe.Pointer, plus byte and rune.
  for (const BasicSpec& spec : kBasics) {
    if (spec.kind == BasicKind::Invalid || spec.kind == BasicKind::UnsafePointer || (spec.info & kIsUntyped)) continue;
    scope_->insert(objects_.makeObject<TypeName>(spec.name, basic(spec.kind), nullptr, Pos{}));
  }
  byte_ = types_.make<Basic>(BasicKind::Uint8, kIsInteger | kIsUnsigned, "byte");
  rune_ = types_.make<Basic>(BasicKind::Int32, kIsInteger, "rune");
  for (Basic* alias : {byte_, rune_}) {
    auto* tn = objects_.makeObject<TypeName>(alias->name, alias, nullptr, Pos{});
    tn->isAlias = true;
    scope_->insert(tn);
  }

  // any = interface{}
  emptyInterface_ = types_.make<Interface>(std::vector<Func*>{}, std::vector<Type*>{});
  emptyInterface_->complete = true;
  any_ = emptyInterface_;
  auto* anyName = objects_.makeObject<TypeName>("any", any_, nullptr, Pos{});
  anyName->isAlias = true;
  scope_->insert(anyName);

  // type error interface { Error() string }
  auto* errorName = objects_.makeObject<TypeName>("error", nullptr, nullptr, Pos{});
  error_ = types_.make<Named>(errorName);
  errorName->type = error_;
  auto* result = objects_.makeObject<Var>("", basic(BasicKind::String), nullptr, Pos{});
  result->isParam = true;
  auto* sig = types_.make<Signature>(nullptr, types_.make<Tuple>(std::vector<Var*>{}),
                                     types_.make<Tuple>(std::vector<Var*>{result}), false);
  auto* errorMethod = objects_.makeObject<Func>("Error", sig, nullptr, Pos{});
  auto* errorIface = types_.make<Interface>(std::vector<Func*>{errorMethod}, std::vector<Type*>{});
  errorIface->allMethods = {errorMethod};
  errorIface->complete = true;
  sig->recv = objects_.makeObject<Var>("", error_, nullptr, Pos{});
  error_->underlying = errorIface;
  scope_->insert(errorName);

  // true, false, iota
  scope_->insert(objects_.makeObject<Const>("true", basic(BasicKind::UntypedBool), nullptr, Pos{},
                                            constant::makeBool(true)));
  scope_->insert(objects_.makeObject<Const>("false", basic(BasicKind::UntypedBool), nullptr, Pos{},
                                            constant::makeBool(false)));
  scope_->insert(
      objects_.makeObject<Const>("iota", basic(BasicKind::UntypedInt), nullptr, Pos{}, constant::makeInt64(0)));

  scope_->insert(objects_.makeObject<Nil>(basic(BasicKind::UntypedNil)));

  for (const BuiltinSpec& spec : kBuiltins) scope_->insert(objects_.makeObject<Builtin>(spec.name, spec.id));
}

Type* defaultType(Type* t) {
  auto* b = dyn_cast<Basic>(t);
  if (!b) return t;
  const Universe& u = Universe::get();
  switch (b->basicKind) {
    case BasicKind::UntypedBool:
      return u.basic(BasicKind::Bool);
    case BasicKind::UntypedInt:
      return u.basic(BasicKind::Int);
    case BasicKind::UntypedRune:
      return u.runeType();
    case BasicKind::UntypedFloat:
      return u.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex:
      return u.basic(BasicKind::Complex128);
    case BasicKind::UntypedString:
      return u.basic(BasicKind::String);
    default:
      return t;
  }
}

}  // namespace vo::types
