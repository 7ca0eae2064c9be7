// Hand-built Modules for tests (module_builder.h).
#include "runtime-core/tests/module_builder.h"

#include <cmath>

namespace vo::rt::testing {

namespace {

SlotLayout slot(SlotKind k, uint32_t off, uint8_t width = 8, bool isSigned = false, bool f32 = false) {
  SlotLayout s;
  s.kind = k;
  s.offset = off;
  s.width = width;
  s.isSigned = isSigned;
  s.isFloat32 = f32;
  return s;
}

}  // namespace

ModuleBuilder::ModuleBuilder() : m_(std::make_unique<Module>()) {}

TypeDesc* ModuleBuilder::add(Kind kind, std::string name, uint64_t size, uint8_t align, uint16_t flags) {
  auto t = std::make_unique<TypeDesc>();
  t->index = static_cast<uint32_t>(m_->types.size());
  t->kind = kind;
  t->name = std::move(name);
  t->size = size;
  t->align = align;
  t->flags = flags;
  m_->types.push_back(std::move(t));
  return m_->types.back().get();
}

TypeDesc* ModuleBuilder::basic(Kind kind, std::string name) {
  const uint16_t scalarFlags = kTypeDirect | kTypeComparable;
  switch (kind) {
    case Kind::String: {
      TypeDesc* t = add(kind, std::move(name), 16, 8, kTypeHasPointers | kTypeComparable);
      t->slots = {slot(SlotKind::Ptr, 0), slot(SlotKind::Scalar, 8)};
      return t;
    }
    case Kind::Float32:
    case Kind::Float64: {
      const uint8_t w = kind == Kind::Float32 ? 4 : 8;
      TypeDesc* t = add(kind, std::move(name), w, w, scalarFlags);
      t->slots = {slot(SlotKind::Float, 0, w, false, kind == Kind::Float32)};
      return t;
    }
    case Kind::UnsafePointer: {
      TypeDesc* t = add(kind, std::move(name), 8, 8, scalarFlags | kTypeHasPointers);
      t->slots = {slot(SlotKind::Ptr, 0)};
      return t;
    }
    default: {
      uint8_t w = 8;
      bool isSigned = false;
      switch (kind) {
        case Kind::Bool:
        case Kind::Uint8:
          w = 1;
          break;
        case Kind::Int8:
          w = 1;
          isSigned = true;
          break;
        case Kind::Int16:
          w = 2;
          isSigned = true;
          break;
        case Kind::Uint16:
          w = 2;
          break;
        case Kind::Int32:
          w = 4;
          isSigned = true;
          break;
        case Kind::Uint32:
          w = 4;
          break;
        case Kind::Int:
        case Kind::Int64:
          isSigned = true;
          break;
        default:
          break;
      }
      TypeDesc* t = add(kind, std::move(name), w, w, scalarFlags);
      t->slots = {slot(SlotKind::Scalar, 0, w, isSigned)};
      return t;
    }
  }
}

TypeDesc* ModuleBuilder::iface(std::string name, std::vector<std::string> methods) {
  TypeDesc* t = add(Kind::Interface, std::move(name), 16, 8, kTypeHasPointers | kTypeComparable);
  t->slots = {slot(SlotKind::IfaceType, 0), slot(SlotKind::IfaceData, 8)};
  for (std::string& mn : methods) t->imethods.push_back(IMethod{std::move(mn), "", "func()"});
  return t;
}

TypeDesc* ModuleBuilder::pointerTo(const TypeDesc* elem) {
  TypeDesc* t = add(Kind::Pointer, "*" + elem->name, 8, 8, kTypeDirect | kTypeHasPointers | kTypeComparable);
  t->elem = elem;
  t->slots = {slot(SlotKind::Ptr, 0)};
  return t;
}

TypeDesc* ModuleBuilder::sliceOf(const TypeDesc* elem) {
  TypeDesc* t = add(Kind::Slice, "[]" + elem->name, 24, 8, kTypeHasPointers);
  t->elem = elem;
  t->slots = {slot(SlotKind::Ptr, 0), slot(SlotKind::Scalar, 8), slot(SlotKind::Scalar, 16)};
  return t;
}

TypeDesc* ModuleBuilder::mapOf(const TypeDesc* key, const TypeDesc* elem) {
  TypeDesc* t = add(Kind::Map, "map[" + key->name + "]" + elem->name, 8, 8, kTypeDirect | kTypeHasPointers);
  t->key = key;
  t->elem = elem;
  t->slots = {slot(SlotKind::Ptr, 0)};
  return t;
}

TypeDesc* ModuleBuilder::arrayOf(const TypeDesc* elem, int64_t len) {
  TypeDesc* t = add(Kind::Array, "[" + std::to_string(len) + "]" + elem->name, elem->size * len, elem->align,
                    (elem->flags & (kTypeHasPointers | kTypeComparable)));
  t->elem = elem;
  t->len = len;
  for (int64_t i = 0; i < len; ++i) {
    for (SlotLayout s : elem->slots) {
      s.offset += static_cast<uint32_t>(i * elem->size);
      t->slots.push_back(s);
    }
  }
  return t;
}

TypeDesc* ModuleBuilder::structOf(std::string name, std::vector<std::pair<std::string, const TypeDesc*>> fields) {
  TypeDesc* t = add(Kind::Struct, std::move(name), 0, 1, kTypeComparable);
  uint64_t off = 0;
  for (auto& [fname, ft] : fields) {
    off = (off + ft->align - 1) / ft->align * ft->align;
    StructField f;
    f.name = fname;
    f.type = ft;
    f.offset = static_cast<uint32_t>(off);
    f.firstSlot = static_cast<uint32_t>(t->slots.size());
    f.exported = !fname.empty() && fname[0] >= 'A' && fname[0] <= 'Z';
    for (SlotLayout s : ft->slots) {
      s.offset += static_cast<uint32_t>(off);
      t->slots.push_back(s);
    }
    if (ft->align > t->align) t->align = ft->align;
    if (ft->hasPointers()) t->flags |= kTypeHasPointers;
    if (!ft->comparable()) t->flags &= ~kTypeComparable;
    off += ft->size;
    t->fields.push_back(std::move(f));
  }
  t->size = (off + t->align - 1) / t->align * t->align;
  return t;
}

uint32_t ModuleBuilder::intConst(int64_t v) {
  Constant k;
  k.kind = Constant::Kind::Int;
  k.i = v;
  m_->constants.push_back(k);
  return static_cast<uint32_t>(m_->constants.size() - 1);
}

uint32_t ModuleBuilder::floatConst(double v) {
  Constant k;
  k.kind = Constant::Kind::Float;
  k.f = v;
  m_->constants.push_back(k);
  return static_cast<uint32_t>(m_->constants.size() - 1);
}

uint32_t ModuleBuilder::stringConst(std::string v) {
  Constant k;
  k.kind = Constant::Kind::String;
  k.s = std::move(v);
  m_->constants.push_back(k);
  return static_cast<uint32_t>(m_->constants.size() - 1);
}

FuncInfo& ModuleBuilder::func(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds) {
  FuncInfo f;
  f.name = std::move(name);
  f.numResultSlots = results;
  f.numParamSlots = params;
  f.frameSize = static_cast<uint16_t>(kinds.size());
  f.slotKinds = std::move(kinds);
  m_->funcs.push_back(std::move(f));
  return m_->funcs.back();
}

FuncInfo& ModuleBuilder::native(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds) {
  FuncInfo& f = func(std::move(name), results, params, std::move(kinds));
  f.flags = kFuncNative;
  return f;
}

Instr ins(Opcode op, uint16_t a, uint16_t b, uint16_t c, int32_t d, int32_t e) {
  Instr in;
  in.op = op;
  in.a = a;
  in.b = b;
  in.c = c;
  in.d = d;
  in.e = e;
  return in;
}

std::unique_ptr<Module> makeSampleModule() {
  using S = SlotKind;
  using O = Opcode;
  ModuleBuilder b;
  Module& m = b.module();
  m.files = {"main.go"};
  const TypeDesc* intT = b.basic(Kind::Int, "int");                                       // t0
  const TypeDesc* strT = b.basic(Kind::String, "string");                                 // t1
  const TypeDesc* anyT = b.iface("interface {}");                                         // t2
  const TypeDesc* mapT = b.mapOf(strT, intT);                                             // t3
  b.basic(Kind::Float64, "float64");                                                      // t4
  TypeDesc* globals = b.structOf("globals", {{"main.g", intT}, {"main.s", strT}});        // t5
  b.pointerTo(intT);                                                                      // t6
  b.sliceOf(intT);                                                                        // t7
  TypeDesc* pair = b.structOf("struct { X int; S string }", {{"X", intT}, {"S", strT}});  // t8
  (void)anyT;
  (void)mapT;
  (void)pair;
  m.globalsType = globals;
  b.intConst(42);           // k0
  b.floatConst(2.5);        // k1
  b.stringConst("hi\n\"");  // k2

  FuncInfo& entry = b.func("vo.entry", 0, 0, {});
  entry.flags = kFuncHidden;
  entry.line = 1;
  entry.code = {ins(O::Call, 0, 0, 0, kSampleMain), ins(O::Ret)};
  entry.lines = {{0, 1}};

  FuncInfo& add = b.func("main.add", 1, 2, {S::Scalar, S::Scalar, S::Scalar});
  add.line = 3;
  add.code = {ins(O::AddI, 0, 1, 2), ins(O::Ret)};
  add.lines = {{0, 4}};

  FuncInfo& main = b.func("main.main", 0, 0,
                          {S::Scalar, S::Scalar, S::Scalar, S::Ptr, S::Scalar, S::IfaceType, S::IfaceData, S::Float,
                           S::Ptr, S::Scalar, S::Ptr, S::Scalar, S::Scalar, S::Scalar, S::Scalar, S::Scalar});
  main.line = 7;
  main.code = {
      ins(O::LoadInt, 1, 0, 0, 1),          // 0  r1 = 1
      ins(O::LoadInt, 2, 0, 0, 2),          // 1  r2 = 2
      ins(O::Call, 0, 0, 0, 1),             // 2  r0 = main.add(r1, r2)
      ins(O::Print, 0, 0, 0, 0),            // 3  print(r0)
      ins(O::PrintNl),                      // 4
      ins(O::LoadStr, 3, 0, 0, 2),          // 5  r3..r4 = "hi\n\""
      ins(O::LoadConst, 7, 0, 0, 1),        // 6  r7 = 2.5
      ins(O::MakeIface, 5, 0, 0, 0, 2),     // 7  r5..r6 = any(r0)
      ins(O::GlobalAddr, 8, 0, 0, 8),       // 8  r8 = &main.s
      ins(O::StVal, 8, 3, 0, 0, 1),         // 9  *r8 = r3..r4
      ins(O::MakeMap, 10, kNoReg16, 0, 3),  // 10 r10 = make(map[string]int)
      ins(O::MapSet, 10, 3, 0, 3),          // 11 r10[r3..r4] = r0
      ins(O::MapGet, 1, 10, 3, 3, 12),      // 12 r1, r12 = r10[r3..r4]
      ins(O::JmpNeImm, 12, 0, 0, 3, 1),     // 13 if r12 != 1 goto 16
      ins(O::Mov, 13, 0, 2),                // 14 r13..r14 = r0..r1 (kinds S, S)
      ins(O::Print, 3, 0, 0, 1),            // 15 print(r3..r4)
      ins(O::Ret),                          // 16
  };
  main.lines = {{0, 8}, {3, 9}, {5, 10}, {12, 12}, {16, 14}};

  FuncInfo& nat = b.native("runtime.GC", 0, 0, {});
  nat.line = 20;
  m.entry = 0;
  return b.take();
}

std::unique_ptr<Module> makeUnusualModule() {
  ModuleBuilder b;
  Module& m = b.module();
  m.files = {"a.go", "dir/b.vo", ""};
  b.intConst(INT64_MIN);
  b.floatConst(-0.0);
  b.floatConst(std::nan("0x12345"));
  b.floatConst(INFINITY);
  b.stringConst(std::string("\0\xff\x80 bytes", 9));
  const TypeDesc* i8 = b.basic(Kind::Int8, "int8");
  TypeDesc* fn = b.basic(Kind::Uint32, "uint32");
  TypeDesc* f = b.basic(Kind::UnsafePointer, "unsafe.Pointer");
  f->kind = Kind::Func;
  f->name = "func(int8, ...uint32) int8";
  f->params = {i8, fn};
  f->results = {i8};
  f->variadic = true;
  TypeDesc* s = b.structOf("main.T", {{"a", i8}, {"B", fn}});
  s->pkgPath = "main";
  s->fields[1].tag = "json:\"b\"";
  s->fields[1].embedded = true;
  s->methods.push_back(Method{"M", "", "func()", 0, f});  // any func type: only the round trip of `type` is tested
  TypeDesc* arr = b.arrayOf(s, 3);
  TypeDesc* ch = b.basic(Kind::UnsafePointer, "chan<- int8");
  ch->kind = Kind::Chan;
  ch->elem = i8;
  ch->chanDir = 1;
  (void)arr;
  b.iface("main.I", {"M", "n"});
  FuncInfo& e = b.func("entry", 0, 0, {SlotKind::Float});
  e.code = {ins(Opcode::LoadConst, 0, 0, 0, 2), ins(Opcode::Ret)};
  e.recoverPc = 1;
  e.flags = kFuncHasDefer;
  e.lines = {{0, 70000}, {1, 3}};
  e.file = 2;
  TypeDesc* rtErr = b.structOf("runtime.Error", {{"msg", b.basic(Kind::String, "string")}});
  rtErr->pkgPath = "runtime";
  m.runtimeErrorType = static_cast<int32_t>(rtErr->index);
  return b.take();
}

}  // namespace vo::rt::testing
