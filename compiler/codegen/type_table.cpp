// TypeTable: canonicalisation of checker types into rt::TypeDescs, Go amd64 layout and register flattening (see
// type_table.h for the design).
#include "compiler/codegen/type_table.h"

#include <cassert>
#include <cstdint>

#include "compiler/codegen/type_table_impl.h"
#include "compiler/types/universe.h"

namespace vo::codegen {
namespace {

using types::BasicKind;
using types::TypeKind;

/// Size, alignment and flattening facts of one type, computed from types::Type alone.
struct Layout {
  uint64_t size = 0;
  uint64_t align = 1;
  uint64_t numSlots = 0;
  bool hasPointers = false;
  bool pointerShaped = false;  ///< Go's isdirectiface: a pointer, or a one-element struct/array of one
};

uint64_t roundUp(uint64_t x, uint64_t a) { return (x + a - 1) / a * a; }

uint64_t mix(uint64_t h, uint64_t v) {
  // boost::hash_combine on 64 bits
  return h ^ (v + 0x9e3779b97f4a7c15ull + (h << 12) + (h >> 4));
}

uint64_t hashString(std::string_view s) { return std::hash<std::string_view>()(s); }

rt::Kind basicRtKind(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return rt::Kind::Bool;
    case BasicKind::Int: case BasicKind::UntypedInt: return rt::Kind::Int;
    case BasicKind::Int8: return rt::Kind::Int8;
    case BasicKind::Int16: return rt::Kind::Int16;
    case BasicKind::Int32: case BasicKind::UntypedRune: return rt::Kind::Int32;
    case BasicKind::Int64: return rt::Kind::Int64;
    case BasicKind::Uint: return rt::Kind::Uint;
    case BasicKind::Uint8: return rt::Kind::Uint8;
    case BasicKind::Uint16: return rt::Kind::Uint16;
    case BasicKind::Uint32: return rt::Kind::Uint32;
    case BasicKind::Uint64: return rt::Kind::Uint64;
    case BasicKind::Uintptr: return rt::Kind::Uintptr;
    case BasicKind::Float32: return rt::Kind::Float32;
    case BasicKind::Float64: case BasicKind::UntypedFloat: return rt::Kind::Float64;
    case BasicKind::Complex64: return rt::Kind::Complex64;
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return rt::Kind::Complex128;
    case BasicKind::String: case BasicKind::UntypedString: return rt::Kind::String;
    case BasicKind::UnsafePointer: return rt::Kind::UnsafePointer;
    case BasicKind::UntypedNil: case BasicKind::Invalid: break;
  }
  return rt::Kind::Invalid;
}

/// Size of a basic kind (Go amd64).
uint64_t basicSize(BasicKind k) {
  switch (basicRtKind(k)) {
    case rt::Kind::Bool: case rt::Kind::Int8: case rt::Kind::Uint8: return 1;
    case rt::Kind::Int16: case rt::Kind::Uint16: return 2;
    case rt::Kind::Int32: case rt::Kind::Uint32: case rt::Kind::Float32: return 4;
    case rt::Kind::Complex64: return 8;
    case rt::Kind::Complex128: case rt::Kind::String: return 16;
    default: return 8;
  }
}

bool isSignedKind(rt::Kind k) {
  return k == rt::Kind::Int || k == rt::Kind::Int8 || k == rt::Kind::Int16 || k == rt::Kind::Int32 ||
         k == rt::Kind::Int64;
}

}  // namespace

struct TypeTable::Impl {
  explicit Impl(rt::Module& m) : module(m) {}

  rt::Module& module;
  std::unordered_map<const types::Type*, rt::TypeDesc*> byType;  ///< every Type object seen → its descriptor
  std::unordered_map<uint64_t, std::vector<std::pair<const types::Type*, rt::TypeDesc*>>> buckets;
  std::unordered_map<const types::Type*, uint64_t> hashes;
  std::unordered_map<const types::Type*, Layout> layouts;
  std::unordered_map<const types::Struct*, std::vector<uint64_t>> offsets;
  std::unordered_map<const rt::TypeDesc*, std::vector<MethodRef>> methodSets;
  bool methodTypes = false;  ///< setMethodTypes

  /// Untyped types → their default types; asserts on what has no run-time type.
  static const types::Type* normalise(const types::Type* t) {
    assert(t && "TypeTable: null type");
    if (auto* b = types::dyn_cast<types::Basic>(t)) {
      assert(b->basicKind != BasicKind::UntypedNil && "TypeTable: untyped nil has no run-time type");
      assert(b->basicKind != BasicKind::Invalid && "TypeTable: invalid type");
      if (b->info & types::kIsUntyped) return types::defaultType(const_cast<types::Basic*>(b));
    }
    assert(!types::isa<types::Tuple>(t) && "TypeTable: tuples are not run-time types");
    return t;
  }

  uint64_t hashOf(const types::Type* t) {
    auto it = hashes.find(t);
    if (it != hashes.end()) return it->second;
    uint64_t h = static_cast<uint64_t>(t->kind()) + 1;
    switch (t->kind()) {
      case TypeKind::Basic:
        h = mix(h, static_cast<uint64_t>(basicRtKind(types::cast<types::Basic>(t)->basicKind)));
        break;
      case TypeKind::Named:
        h = mix(h, reinterpret_cast<uintptr_t>(t));
        break;
      case TypeKind::Pointer: h = mix(h, hashOf(types::cast<types::Pointer>(t)->elem)); break;
      case TypeKind::Slice: h = mix(h, hashOf(types::cast<types::Slice>(t)->elem)); break;
      case TypeKind::Array:
        h = mix(mix(h, static_cast<uint64_t>(types::cast<types::Array>(t)->len)),
                hashOf(types::cast<types::Array>(t)->elem));
        break;
      case TypeKind::Map:
        h = mix(mix(h, hashOf(types::cast<types::Map>(t)->key)), hashOf(types::cast<types::Map>(t)->elem));
        break;
      case TypeKind::Chan:
        h = mix(mix(h, static_cast<uint64_t>(types::cast<types::Chan>(t)->dir)),
                hashOf(types::cast<types::Chan>(t)->elem));
        break;
      case TypeKind::Struct: {
        auto* s = types::cast<types::Struct>(t);
        for (size_t i = 0; i < s->fields.size(); ++i) {
          h = mix(h, hashString(s->fields[i]->name));
          h = mix(h, s->fields[i]->embedded);
          h = mix(h, hashString(s->tag(i)));
          h = mix(h, hashOf(s->fields[i]->type));
        }
        break;
      }
      case TypeKind::Tuple:
        for (const types::Var* v : types::cast<types::Tuple>(t)->vars) h = mix(h, hashOf(v->type));
        break;
      case TypeKind::Signature: {
        auto* sig = types::cast<types::Signature>(t);
        h = mix(h, sig->variadic);
        h = mix(h, hashOf(sig->params));
        h = mix(h, hashOf(sig->results));
        break;
      }
      case TypeKind::Interface: {
        auto* it = types::cast<types::Interface>(t);
        for (const types::Func* f : it->allMethods) {
          h = mix(h, hashString(f->name));
          h = mix(h, hashOf(f->type));
        }
        break;
      }
    }
    hashes.emplace(t, h);
    return h;
  }

  const Layout& layoutOf(const types::Type* t) {
    auto it = layouts.find(t);
    if (it != layouts.end()) return it->second;
    Layout l;
    switch (t->kind()) {
      case TypeKind::Basic: {
        BasicKind k = types::cast<types::Basic>(t)->basicKind;
        rt::Kind rk = basicRtKind(k);
        l.size = basicSize(k);
        l.align = rk == rt::Kind::Complex64 ? 4 : rk == rt::Kind::Complex128 || rk == rt::Kind::String ? 8 : l.size;
        l.numSlots = rk == rt::Kind::Complex64 || rk == rt::Kind::Complex128 || rk == rt::Kind::String ? 2 : 1;
        l.hasPointers = rk == rt::Kind::String || rk == rt::Kind::UnsafePointer;
        l.pointerShaped = rk == rt::Kind::UnsafePointer;
        break;
      }
      case TypeKind::Named: {
        const types::Type* u = types::cast<types::Named>(t)->underlying;
        assert(u && "TypeTable: named type without underlying type");
        l = layoutOf(u);
        break;
      }
      case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
        l = {8, 8, 1, true, true};
        break;
      case TypeKind::Slice: l = {24, 8, 3, true, false}; break;
      case TypeKind::Interface: l = {16, 8, 2, true, false}; break;
      case TypeKind::Array: {
        auto* a = types::cast<types::Array>(t);
        const Layout& e = layoutOf(a->elem);
        uint64_t n = a->len < 0 ? 0 : static_cast<uint64_t>(a->len);
        l.size = e.size * n;
        l.align = e.align;
        l.numSlots = e.numSlots * n;
        l.hasPointers = n > 0 && e.hasPointers;
        l.pointerShaped = n == 1 && e.pointerShaped;
        break;
      }
      case TypeKind::Struct: {
        auto* s = types::cast<types::Struct>(t);
        std::vector<uint64_t> offs;
        uint64_t o = 0;
        uint64_t lastSize = 0;
        for (const types::Var* f : s->fields) {
          Layout fl = layoutOf(f->type);  // copy: the map may rehash
          if (fl.align > l.align) l.align = fl.align;
          o = roundUp(o, fl.align);
          offs.push_back(o);
          o += fl.size;
          lastSize = fl.size;
          l.numSlots += fl.numSlots;
          l.hasPointers |= fl.hasPointers;
        }
        // a non-zero-size struct ending in a zero-size field gets one byte of padding (Go issue 9401)
        if (o > 0 && !s->fields.empty() && lastSize == 0) ++o;
        l.size = roundUp(o, l.align);
        l.pointerShaped = s->fields.size() == 1 && layoutOf(s->fields[0]->type).pointerShaped;
        offsets[s] = std::move(offs);
        break;
      }
      case TypeKind::Tuple:
        assert(false && "TypeTable: tuples have no layout");
        break;
    }
    return layouts.emplace(t, l).first->second;
  }

  const std::vector<uint64_t>& fieldOffsets(const types::Struct* s) {
    layoutOf(s);
    return offsets[s];
  }

  void appendSlots(const types::Type* t, uint64_t base, std::vector<rt::SlotLayout>& out) {
    auto slot = [&](uint64_t off, rt::SlotKind k, uint8_t width, bool isSigned = false, bool f32 = false) {
      out.push_back({static_cast<uint32_t>(base + off), k, width, isSigned, f32});
    };
    switch (t->kind()) {
      case TypeKind::Basic: {
        rt::Kind k = basicRtKind(types::cast<types::Basic>(t)->basicKind);
        switch (k) {
          case rt::Kind::String: slot(0, rt::SlotKind::Ptr, 8); slot(8, rt::SlotKind::Scalar, 8); break;
          case rt::Kind::UnsafePointer: slot(0, rt::SlotKind::Ptr, 8); break;
          case rt::Kind::Float32: slot(0, rt::SlotKind::Float, 4, false, true); break;
          case rt::Kind::Float64: slot(0, rt::SlotKind::Float, 8); break;
          case rt::Kind::Complex64:
            slot(0, rt::SlotKind::Float, 4, false, true);
            slot(4, rt::SlotKind::Float, 4, false, true);
            break;
          case rt::Kind::Complex128: slot(0, rt::SlotKind::Float, 8); slot(8, rt::SlotKind::Float, 8); break;
          default:
            slot(0, rt::SlotKind::Scalar, static_cast<uint8_t>(basicSize(types::cast<types::Basic>(t)->basicKind)),
                 isSignedKind(k));
        }
        return;
      }
      case TypeKind::Named: appendSlots(types::cast<types::Named>(t)->underlying, base, out); return;
      case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
        slot(0, rt::SlotKind::Ptr, 8);
        return;
      case TypeKind::Slice:
        slot(0, rt::SlotKind::Ptr, 8);
        slot(8, rt::SlotKind::Scalar, 8);
        slot(16, rt::SlotKind::Scalar, 8);
        return;
      case TypeKind::Interface:
        slot(0, rt::SlotKind::IfaceType, 8);
        slot(8, rt::SlotKind::IfaceData, 8);
        return;
      case TypeKind::Array: {
        auto* a = types::cast<types::Array>(t);
        uint64_t esize = layoutOf(a->elem).size;
        if (layoutOf(a->elem).numSlots == 0) return;  // [1e9][0]*int: nothing to flatten, do not iterate
        for (int64_t i = 0; i < a->len; ++i) appendSlots(a->elem, base + static_cast<uint64_t>(i) * esize, out);
        return;
      }
      case TypeKind::Struct: {
        auto* s = types::cast<types::Struct>(t);
        std::vector<uint64_t> offs = fieldOffsets(s);
        for (size_t i = 0; i < s->fields.size(); ++i) appendSlots(s->fields[i]->type, base + offs[i], out);
        return;
      }
      case TypeKind::Tuple: assert(false && "TypeTable: tuples have no slots"); return;
    }
  }

  rt::TypeDesc* get(const types::Type* t) {
    auto it = byType.find(t);
    if (it != byType.end()) return it->second;
    const types::Type* n = normalise(t);
    if (n != t) {
      rt::TypeDesc* d = get(n);
      byType.emplace(t, d);
      return d;
    }
    auto& bucket = buckets[hashOf(t)];
    for (auto& [other, desc] : bucket) {
      if (types::identical(other, t)) {
        byType.emplace(t, desc);
        return desc;
      }
    }
    auto owned = std::make_unique<rt::TypeDesc>();
    rt::TypeDesc* d = owned.get();
    d->index = static_cast<uint32_t>(module.types.size());
    module.types.push_back(std::move(owned));
    bucket.emplace_back(t, d);  // register before filling: recursive types find it
    byType.emplace(t, d);
    fill(t, d);
    return d;
  }

  void fill(const types::Type* t, rt::TypeDesc* d);
};

void TypeTable::Impl::fill(const types::Type* t, rt::TypeDesc* d) {
  const types::Type* u = types::underlying(t);
  assert(u && "TypeTable: unresolved named type");
  Layout l = layoutOf(t);
  d->size = l.size;
  d->align = static_cast<uint8_t>(l.align);
  uint16_t flags = 0;
  if (l.pointerShaped || (!l.hasPointers && l.size <= 8)) flags |= rt::kTypeDirect;
  if (l.hasPointers) flags |= rt::kTypeHasPointers;
  if (types::comparable(t)) flags |= rt::kTypeComparable;
  if (types::isa<types::Named>(t) || types::isa<types::Basic>(t)) flags |= rt::kTypeNamed;
  d->flags = flags;
  d->name = reflectTypeString(t);
  if (auto* named = types::dyn_cast<types::Named>(t); named && named->obj->pkg) d->pkgPath = named->obj->pkg->path;
  if (l.numSlots <= kMaxMaterialisedSlots) appendSlots(t, 0, d->slots);

  switch (u->kind()) {
    case TypeKind::Basic: d->kind = basicRtKind(types::cast<types::Basic>(u)->basicKind); break;
    case TypeKind::Pointer:
      d->kind = rt::Kind::Pointer;
      d->elem = get(types::cast<types::Pointer>(u)->elem);
      break;
    case TypeKind::Slice:
      d->kind = rt::Kind::Slice;
      d->elem = get(types::cast<types::Slice>(u)->elem);
      break;
    case TypeKind::Array:
      d->kind = rt::Kind::Array;
      d->len = types::cast<types::Array>(u)->len;
      d->elem = get(types::cast<types::Array>(u)->elem);
      break;
    case TypeKind::Map:
      d->kind = rt::Kind::Map;
      d->key = get(types::cast<types::Map>(u)->key);
      d->elem = get(types::cast<types::Map>(u)->elem);
      break;
    case TypeKind::Chan: {
      auto* c = types::cast<types::Chan>(u);
      d->kind = rt::Kind::Chan;
      d->chanDir = c->dir == types::ChanDir::SendOnly ? 1 : c->dir == types::ChanDir::RecvOnly ? 2 : 0;
      d->elem = get(c->elem);
      break;
    }
    case TypeKind::Signature: {
      auto* sig = types::cast<types::Signature>(u);
      d->kind = rt::Kind::Func;
      d->variadic = sig->variadic;
      for (const types::Var* p : sig->params->vars) d->params.push_back(get(p->type));
      for (const types::Var* r : sig->results->vars) d->results.push_back(get(r->type));
      break;
    }
    case TypeKind::Struct: {
      auto* s = types::cast<types::Struct>(u);
      d->kind = rt::Kind::Struct;
      const std::vector<uint64_t> offs = fieldOffsets(s);
      uint32_t slot = 0;
      for (size_t i = 0; i < s->fields.size(); ++i) {
        const types::Var* f = s->fields[i];
        rt::StructField sf;
        sf.name = std::string(f->name);
        sf.offset = static_cast<uint32_t>(offs[i]);
        sf.firstSlot = slot;
        sf.embedded = f->embedded;
        sf.exported = f->isExported();
        sf.tag = std::string(s->tag(i));
        slot += static_cast<uint32_t>(layoutOf(f->type).numSlots);
        sf.type = get(f->type);
        d->fields.push_back(std::move(sf));
      }
      break;
    }
    case TypeKind::Interface: {
      d->kind = rt::Kind::Interface;
      for (const types::Func* m : sortedInterfaceMethods(types::cast<types::Interface>(u))) {
        rt::IMethod im;
        im.name = std::string(m->name);
        if (!m->isExported() && m->pkg) im.pkgPath = m->pkg->path;
        im.signature = signatureString(m->signature());
        d->imethods.push_back(std::move(im));
      }
      break;
    }
    case TypeKind::Named: case TypeKind::Tuple: assert(false && "TypeTable: bad underlying type"); break;
  }

  std::vector<MethodRef> ms = computeMethodSet(t);
  for (const MethodRef& r : ms) {
    rt::Method m;
    m.name = std::string(r.method->name);
    if (!r.method->isExported() && r.method->pkg) m.pkgPath = r.method->pkg->path;
    m.signature = signatureString(r.method->signature());
    if (methodTypes) m.type = get(r.method->signature());
    d->methods.push_back(std::move(m));
  }
  methodSets[d] = std::move(ms);
}

TypeTable::TypeTable(rt::Module& m) : impl_(std::make_unique<Impl>(m)) {}
TypeTable::~TypeTable() = default;

rt::TypeDesc* TypeTable::get(const types::Type* t) { return impl_->get(t); }

const std::vector<MethodRef>& TypeTable::methodSet(const types::Type* t) { return impl_->methodSets[get(t)]; }

int TypeTable::numSlots(const types::Type* t) {
  uint64_t n = impl_->layoutOf(Impl::normalise(t)).numSlots;
  return n > static_cast<uint64_t>(INT32_MAX) ? INT32_MAX : static_cast<int>(n);
}

std::vector<rt::SlotKind> TypeTable::slotKinds(const types::Type* t) {
  const rt::TypeDesc* d = get(t);
  assert(impl_->layoutOf(Impl::normalise(t)).numSlots <= kMaxMaterialisedSlots &&
         "TypeTable: slotKinds of a type too large for registers");
  std::vector<rt::SlotKind> out;
  out.reserve(d->slots.size());
  for (const rt::SlotLayout& s : d->slots) out.push_back(s.kind);
  return out;
}

void TypeTable::setMethodTypes(bool on) { impl_->methodTypes = on; }

uint64_t TypeTable::sizeOf(const types::Type* t) { return impl_->layoutOf(Impl::normalise(t)).size; }
uint64_t TypeTable::alignOf(const types::Type* t) { return impl_->layoutOf(Impl::normalise(t)).align; }
bool TypeTable::pointerShaped(const types::Type* t) { return impl_->layoutOf(Impl::normalise(t)).pointerShaped; }
uint64_t TypeTable::fieldOffset(const types::Struct* s, int i) {
  return impl_->fieldOffsets(s).at(static_cast<size_t>(i));
}

}  // namespace vo::codegen
