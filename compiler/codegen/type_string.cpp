// reflect's Type.String() for checker types (what `%T` prints); follows cmd/compile/internal/types/fmt.go tconv
// in its "type ID name" mode, which is what the runtime's type names are made of.
#include <cassert>
#include <cstdio>

#include "compiler/codegen/type_table.h"
#include "compiler/codegen/type_table_impl.h"
#include "compiler/types/universe.h"

namespace vo::codegen {
namespace {

void writeType(std::string& out, const types::Type* t);

/// strconv.Quote for struct tags: escapes quotes, backslashes and control bytes, keeps other bytes.
void writeQuoted(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

/// `(params) results` of a signature, without `func`.
void writeSignature(std::string& out, const types::Signature* sig) {
  out += '(';
  const auto& params = sig->params->vars;
  for (size_t i = 0; i < params.size(); ++i) {
    if (i) out += ", ";
    if (sig->variadic && i + 1 == params.size()) {
      out += "...";
      const types::Type* last = params[i]->type;
      if (auto* s = types::dyn_cast<types::Slice>(last))
        writeType(out, s->elem);
      else
        writeType(out, last);  // `append(s, str...)`-style string variadics do not occur in declared types
    } else {
      writeType(out, params[i]->type);
    }
  }
  out += ')';
  const auto& results = sig->results->vars;
  if (results.size() == 1) {
    out += ' ';
    writeType(out, results[0]->type);
  } else if (results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < results.size(); ++i) {
      if (i) out += ", ";
      writeType(out, results[i]->type);
    }
    out += ')';
  }
}

void writeType(std::string& out, const types::Type* t) {
  using types::TypeKind;
  assert(t && "reflectTypeString of a null type");
  switch (t->kind()) {
    case TypeKind::Basic: {
      auto* b = types::cast<types::Basic>(t);
      out += basicKindName(b->basicKind);
      return;
    }
    case TypeKind::Named: {
      auto* n = types::cast<types::Named>(t);
      if (n->obj->pkg) {
        out += n->obj->pkg->name;
        out += '.';
      }
      out += n->obj->name;
      return;
    }
    case TypeKind::Pointer:
      out += '*';
      writeType(out, types::cast<types::Pointer>(t)->elem);
      return;
    case TypeKind::Slice:
      out += "[]";
      writeType(out, types::cast<types::Slice>(t)->elem);
      return;
    case TypeKind::Array: {
      auto* a = types::cast<types::Array>(t);
      out += '[';
      out += std::to_string(a->len);
      out += ']';
      writeType(out, a->elem);
      return;
    }
    case TypeKind::Map: {
      auto* m = types::cast<types::Map>(t);
      out += "map[";
      writeType(out, m->key);
      out += ']';
      writeType(out, m->elem);
      return;
    }
    case TypeKind::Chan: {
      auto* c = types::cast<types::Chan>(t);
      switch (c->dir) {
        case types::ChanDir::SendOnly: out += "chan<- "; break;
        case types::ChanDir::RecvOnly: out += "<-chan "; break;
        case types::ChanDir::SendRecv: {
          auto* inner = types::dyn_cast<types::Chan>(c->elem);
          if (inner && inner->dir == types::ChanDir::RecvOnly) {
            out += "chan (";
            writeType(out, c->elem);
            out += ')';
            return;
          }
          out += "chan ";
          break;
        }
      }
      writeType(out, c->elem);
      return;
    }
    case TypeKind::Signature:
      out += "func";
      writeSignature(out, types::cast<types::Signature>(t));
      return;
    case TypeKind::Struct: {
      auto* s = types::cast<types::Struct>(t);
      if (s->fields.empty()) {
        out += "struct {}";
        return;
      }
      out += "struct { ";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        const types::Var* f = s->fields[i];
        if (!f->embedded) {
          out += f->name;
          out += ' ';
        }
        writeType(out, f->type);
        if (!s->tag(i).empty()) {
          out += ' ';
          writeQuoted(out, s->tag(i));
        }
      }
      out += " }";
      return;
    }
    case TypeKind::Interface: {
      auto methods = sortedInterfaceMethods(types::cast<types::Interface>(t));
      if (methods.empty()) {
        out += "interface {}";
        return;
      }
      out += "interface { ";
      for (size_t i = 0; i < methods.size(); ++i) {
        if (i) out += "; ";
        const types::Func* m = methods[i];
        if (!m->isExported() && m->pkg) {
          out += m->pkg->name;
          out += '.';
        }
        out += m->name;
        writeSignature(out, m->signature());
      }
      out += " }";
      return;
    }
    case TypeKind::Tuple:
      assert(false && "tuples are not run-time types");
      return;
  }
}

}  // namespace

std::string_view basicKindName(types::BasicKind k) {
  using types::BasicKind;
  switch (k) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return "bool";
    case BasicKind::Int: case BasicKind::UntypedInt: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: case BasicKind::UntypedRune: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: case BasicKind::UntypedFloat: return "float64";
    case BasicKind::Complex64: return "complex64";
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return "complex128";
    case BasicKind::String: case BasicKind::UntypedString: return "string";
    case BasicKind::UnsafePointer: return "unsafe.Pointer";
    case BasicKind::UntypedNil: return "nil";
    case BasicKind::Invalid: return "invalid type";
  }
  return "invalid type";
}

std::string signatureString(const types::Signature* sig) {
  std::string out = "func";
  writeSignature(out, sig);
  return out;
}

std::string reflectTypeString(const types::Type* t) {
  std::string out;
  writeType(out, t);
  return out;
}

}  // namespace vo::codegen
