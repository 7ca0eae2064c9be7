// Type predicates (types2 predicates.go) and type printing (types2 typestring.go).
#include "compiler/types/type.h"

#include <cassert>

#include "compiler/types/object.h"

namespace vo::types {

Type* underlying(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return n->underlying;
  return t;
}

const Type* underlying(const Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return n->underlying;
  return t;
}

BasicKind basicKindOf(const Type* t) {
  if (auto* b = dyn_cast<Basic>(underlying(t))) return b->basicKind;
  return BasicKind::Invalid;
}

bool hasBasicInfo(const Type* t, uint8_t info) {
  auto* b = dyn_cast<Basic>(underlying(t));
  return b && (b->info & info) != 0;
}

bool isNumeric(const Type* t) { return hasBasicInfo(t, kIsNumeric); }
bool isOrdered(const Type* t) { return hasBasicInfo(t, kIsOrdered); }
bool isConstType(const Type* t) { return hasBasicInfo(t, kIsConstType); }
bool isInterface(const Type* t) { return isa<Interface>(underlying(t)); }
bool isInvalid(const Type* t) {
  auto* b = dyn_cast<Basic>(t);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}
bool isNamed(const Type* t) { return isa<Basic>(t) || isa<Named>(t); }

namespace {

bool identicalTuples(const Tuple* x, const Tuple* y, bool ignoreTags) {
  if (x->size() != y->size()) return false;
  for (size_t i = 0; i < x->size(); ++i)
    if (!identical(x->vars[i]->type, y->vars[i]->type, ignoreTags)) return false;
  return true;
}

}  // namespace

bool identical(const Type* x, const Type* y, bool ignoreTags) {
  if (x == y) return true;
  if (!x || !y || x->kind() != y->kind()) return false;
  switch (x->kind()) {
    case TypeKind::Basic:
      // byte/uint8 and rune/int32 are distinct Basic objects of the same kind
      return cast<Basic>(x)->basicKind == cast<Basic>(y)->basicKind;
    case TypeKind::Pointer:
      return identical(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem, ignoreTags);
    case TypeKind::Array:
      return cast<Array>(x)->len == cast<Array>(y)->len &&
             identical(cast<Array>(x)->elem, cast<Array>(y)->elem, ignoreTags);
    case TypeKind::Slice:
      return identical(cast<Slice>(x)->elem, cast<Slice>(y)->elem, ignoreTags);
    case TypeKind::Struct: {
      // same sequence of fields: same names, types, tags and embeddedness; non-exported names from different
      // packages are always different
      auto* a = cast<Struct>(x);
      auto* b = cast<Struct>(y);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const Var* f = a->fields[i];
        const Var* g = b->fields[i];
        if (f->embedded != g->embedded || f->name != g->name) return false;
        if (!ignoreTags && a->tag(i) != b->tag(i)) return false;
        if (!f->isExported() && f->pkg != g->pkg) return false;
        if (!identical(f->type, g->type, ignoreTags)) return false;
      }
      return true;
    }
    case TypeKind::Tuple:
      return identicalTuples(cast<Tuple>(x), cast<Tuple>(y), ignoreTags);
    case TypeKind::Signature: {
      auto* a = cast<Signature>(x);
      auto* b = cast<Signature>(y);
      return a->variadic == b->variadic && identicalTuples(a->params, b->params, ignoreTags) &&
             identicalTuples(a->results, b->results, ignoreTags);
    }
    case TypeKind::Interface: {
      // same method set: same names (non-exported ones from the same package) and identical signatures
      auto* a = cast<Interface>(x);
      auto* b = cast<Interface>(y);
      assert(a->complete && b->complete && "interface method sets are computed before identity checks");
      if (a->allMethods.size() != b->allMethods.size()) return false;
      for (size_t i = 0; i < a->allMethods.size(); ++i) {
        const Func* f = a->allMethods[i];
        const Func* g = b->allMethods[i];
        if (f->name != g->name) return false;
        if (!f->isExported() && f->pkg != g->pkg) return false;
        if (!identical(f->type, g->type, ignoreTags)) return false;
      }
      return true;
    }
    case TypeKind::Map:
      return identical(cast<Map>(x)->key, cast<Map>(y)->key, ignoreTags) &&
             identical(cast<Map>(x)->elem, cast<Map>(y)->elem, ignoreTags);
    case TypeKind::Chan:
      return cast<Chan>(x)->dir == cast<Chan>(y)->dir &&
             identical(cast<Chan>(x)->elem, cast<Chan>(y)->elem, ignoreTags);
    case TypeKind::Named:
      return false;  // different Named objects
  }
  return false;
}

bool comparable(const Type* t) {
  const Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind()) {
    case TypeKind::Basic:
      return cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const Var* f : cast<Struct>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    case TypeKind::Array:
      return comparable(cast<Array>(u)->elem);
    default:
      return false;
  }
}

bool hasNil(const Type* t) {
  const Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind()) {
    case TypeKind::Basic:
      return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer ||
             cast<Basic>(u)->basicKind == BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Interface:
    case TypeKind::Map:
    case TypeKind::Chan:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

namespace {

void writeType(std::string& out, const Type* t, Qualifier q);

void writeTuple(std::string& out, const Tuple* tuple, bool variadic, Qualifier q) {
  out += '(';
  for (size_t i = 0; i < tuple->size(); ++i) {
    if (i) out += ", ";
    const Var* v = tuple->vars[i];
    if (!v->name.empty()) {
      out += v->name;
      out += ' ';
    }
    if (variadic && i + 1 == tuple->size()) {
      out += "...";
      if (auto* s = dyn_cast<Slice>(v->type)) {
        writeType(out, s->elem, q);
        continue;
      }
    }
    writeType(out, v->type, q);
  }
  out += ')';
}

void writeSignature(std::string& out, const Signature* sig, Qualifier q) {
  writeTuple(out, sig->params, sig->variadic, q);
  size_t n = sig->results->size();
  if (n == 0) return;
  out += ' ';
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    writeType(out, sig->results->vars[0]->type, q);
    return;
  }
  writeTuple(out, sig->results, false, q);
}

void writeQualified(std::string& out, const Object* obj, Qualifier q) {
  if (obj->pkg && obj->pkg != q.self) {
    out += obj->pkg->name;
    out += '.';
  }
  out += obj->name;
}

void writeType(std::string& out, const Type* t, Qualifier q) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind()) {
    case TypeKind::Basic:
      out += cast<Basic>(t)->name;
      return;
    case TypeKind::Pointer:
      out += '*';
      writeType(out, cast<Pointer>(t)->elem, q);
      return;
    case TypeKind::Array: {
      auto* a = cast<Array>(t);
      out += '[';
      out += a->len < 0 ? std::string("unknown") : std::to_string(a->len);
      out += ']';
      writeType(out, a->elem, q);
      return;
    }
    case TypeKind::Slice:
      out += "[]";
      writeType(out, cast<Slice>(t)->elem, q);
      return;
    case TypeKind::Struct: {
      auto* s = cast<Struct>(t);
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        const Var* f = s->fields[i];
        if (!f->embedded) {
          out += f->name;
          out += ' ';
        }
        writeType(out, f->type, q);
        if (!s->tag(i).empty()) {
          out += " \"";
          out += s->tag(i);  // gc quotes the tag with strconv.Quote; plain tags print the same
          out += '"';
        }
      }
      out += '}';
      return;
    }
    case TypeKind::Tuple:
      writeTuple(out, cast<Tuple>(t), false, q);
      return;
    case TypeKind::Signature:
      out += "func";
      writeSignature(out, cast<Signature>(t), q);
      return;
    case TypeKind::Interface: {
      auto* it = cast<Interface>(t);
      // types2 prints `any` for the empty interface only when it is spelled so; `interface{}` otherwise
      out += "interface{";
      bool first = true;
      for (const Func* m : it->methods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        writeSignature(out, m->signature(), q);
      }
      for (const Type* e : it->embeddeds) {
        if (!first) out += "; ";
        first = false;
        writeType(out, e, q);
      }
      out += '}';
      return;
    }
    case TypeKind::Map: {
      auto* m = cast<Map>(t);
      out += "map[";
      writeType(out, m->key, q);
      out += ']';
      writeType(out, m->elem, q);
      return;
    }
    case TypeKind::Chan: {
      auto* c = cast<Chan>(t);
      bool parens = false;
      switch (c->dir) {
        case ChanDir::SendRecv:
          out += "chan ";
          // chan (<-chan T) needs parentheses, or it would read as chan<- chan T
          if (auto* e = dyn_cast<Chan>(c->elem); e && e->dir == ChanDir::RecvOnly) parens = true;
          break;
        case ChanDir::SendOnly:
          out += "chan<- ";
          break;
        case ChanDir::RecvOnly:
          out += "<-chan ";
          break;
      }
      if (parens) out += '(';
      writeType(out, c->elem, q);
      if (parens) out += ')';
      return;
    }
    case TypeKind::Named:
      writeQualified(out, cast<Named>(t)->obj, q);
      return;
  }
}

}  // namespace

std::string typeString(const Type* t, Qualifier q) {
  std::string out;
  writeType(out, t, q);
  return out;
}

}  // namespace vo::types
