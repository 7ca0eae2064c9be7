// Go 1.19's printing of types in -m messages (types/fmt.go tconv2 in fmtGo mode, fldconv): goTypeString of
// expr_string.h, split from expr_string.cpp by topic.
#include <algorithm>
#include <vector>

#include "compiler/types/universe.h"
#include "escape/expr_string.h"

namespace vo::escape {

namespace {

// strconv.Quote for struct tags: printable text kept, `"` and `\` escaped, control bytes as Go escapes them.
std::string goQuote(std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\a':
        out += "\\a";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\v':
        out += "\\v";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

// Go orders interface methods exported first, then by name (types.Sym.Less).
bool goMethodLess(const types::Func* a, const types::Func* b) {
  bool ea = types::isExportedName(a->name), eb = types::isExportedName(b->name);
  if (ea != eb) return ea;
  return a->name < b->name;
}

// The method set of an interface, embedded interfaces flattened, when the checker did not complete it.
void collectMethods(const types::Interface* it, std::vector<const types::Func*>& out) {
  if (it->complete) {
    out.insert(out.end(), it->allMethods.begin(), it->allMethods.end());
    return;
  }
  out.insert(out.end(), it->methods.begin(), it->methods.end());
  for (const types::Type* e : it->embeddeds) {
    if (auto* sub = types::dyn_cast<types::Interface>(types::underlying(e))) collectMethods(sub, out);
  }
}

class TypePrinter {
 public:
  TypePrinter(std::string& out, const types::Package* local) : out_(out), local_(local) {}

  void type(const types::Type* t) {
    if (!t) {
      out_ += "<T>";
      return;
    }
    if (t == types::Universe::get().anyType()) {
      out_ += "any";
      return;
    }
    switch (t->kind()) {
      case types::TypeKind::Basic:
        out_ += types::cast<types::Basic>(t)->name;
        return;
      case types::TypeKind::Named: {
        const types::TypeName* obj = types::cast<types::Named>(t)->obj;
        qualifier(obj->pkg);
        out_ += obj->name;
        return;
      }
      case types::TypeKind::Pointer:
        out_ += '*';
        type(types::cast<types::Pointer>(t)->elem);
        return;
      case types::TypeKind::Array: {
        auto* a = types::cast<types::Array>(t);
        out_ += '[';
        out_ += std::to_string(a->len);
        out_ += ']';
        type(a->elem);
        return;
      }
      case types::TypeKind::Slice:
        out_ += "[]";
        type(types::cast<types::Slice>(t)->elem);
        return;
      case types::TypeKind::Chan:
        chan(types::cast<types::Chan>(t));
        return;
      case types::TypeKind::Map: {
        auto* m = types::cast<types::Map>(t);
        out_ += "map[";
        type(m->key);
        out_ += ']';
        type(m->elem);
        return;
      }
      case types::TypeKind::Interface:
        interface(types::cast<types::Interface>(t));
        return;
      case types::TypeKind::Signature:
        out_ += "func";
        signature(types::cast<types::Signature>(t));
        return;
      case types::TypeKind::Struct:
        structType(types::cast<types::Struct>(t));
        return;
      case types::TypeKind::Tuple: {
        auto* tu = types::cast<types::Tuple>(t);
        out_ += '(';
        for (size_t i = 0; i < tu->vars.size(); ++i) {
          if (i) out_ += ", ";
          type(tu->vars[i]->type);
        }
        out_ += ')';
        return;
      }
    }
  }

  // `(int, ...string) (int, error)`: parameter names are never printed (fmtGo prints funargs with verb 'S').
  void signature(const types::Signature* sig) {
    out_ += '(';
    const auto& params = sig->params->vars;
    for (size_t i = 0; i < params.size(); ++i) {
      if (i) out_ += ", ";
      const types::Type* pt = params[i]->type;
      if (sig->variadic && i + 1 == params.size()) {
        out_ += "...";
        auto* s = types::dyn_cast<types::Slice>(pt);
        type(s ? s->elem : pt);
      } else {
        type(pt);
      }
    }
    out_ += ')';
    const auto& results = sig->results->vars;
    if (results.size() == 1) {
      out_ += ' ';
      type(results[0]->type);
    } else if (results.size() > 1) {
      out_ += " (";
      for (size_t i = 0; i < results.size(); ++i) {
        if (i) out_ += ", ";
        type(results[i]->type);
      }
      out_ += ')';
    }
  }

 private:
  void qualifier(const types::Package* pkg) {
    if (!pkg || pkg == local_) return;
    out_ += pkg->name;
    out_ += '.';
  }

  void chan(const types::Chan* c) {
    switch (c->dir) {
      case types::ChanDir::RecvOnly:
        out_ += "<-chan ";
        type(c->elem);
        return;
      case types::ChanDir::SendOnly:
        out_ += "chan<- ";
        type(c->elem);
        return;
      case types::ChanDir::SendRecv: {
        out_ += "chan ";
        auto* inner = types::dyn_cast<types::Chan>(c->elem);
        if (inner && inner->dir == types::ChanDir::RecvOnly) {
          out_ += '(';
          type(c->elem);
          out_ += ')';
        } else {
          type(c->elem);
        }
        return;
      }
    }
  }

  // `interface {}`, or `interface { M(); N(int) string; p.m() }`: unexported methods carry their package's path
  // (Go prints the link prefix, which is the -p path).
  void interface(const types::Interface* it) {
    std::vector<const types::Func*> methods;
    collectMethods(it, methods);
    std::sort(methods.begin(), methods.end(), goMethodLess);
    methods.erase(std::unique(methods.begin(), methods.end(),
                              [](const types::Func* a, const types::Func* b) { return a->name == b->name; }),
                  methods.end());
    if (methods.empty()) {
      out_ += "interface {}";
      return;
    }
    out_ += "interface {";
    for (size_t i = 0; i < methods.size(); ++i) {
      if (i) out_ += ';';
      out_ += ' ';
      const types::Func* m = methods[i];
      if (!m->isExported() && m->pkg) {
        out_ += m->pkg->path;
        out_ += '.';
      }
      out_ += m->name;
      if (auto* sig = types::dyn_cast<types::Signature>(m->type)) signature(sig);
    }
    out_ += " }";
  }

  // `struct { a int; T; b string "tag" }`: embedded fields print their type only; unexported names of other
  // packages are qualified.
  void structType(const types::Struct* s) {
    out_ += "struct {";
    for (size_t i = 0; i < s->fields.size(); ++i) {
      if (i) out_ += ';';
      out_ += ' ';
      const types::Var* f = s->fields[i];
      if (!f->embedded) {
        if (!f->isExported()) qualifier(f->pkg);
        out_ += f->name;
        out_ += ' ';
      }
      type(f->type);
      if (!s->tag(i).empty()) {
        out_ += ' ';
        out_ += goQuote(s->tag(i));
      }
    }
    if (!s->fields.empty()) out_ += ' ';
    out_ += '}';
  }

  std::string& out_;
  const types::Package* local_;
};

}  // namespace

std::string goTypeString(const types::Type* t, const types::Package* local) {
  std::string out;
  TypePrinter(out, local).type(t);
  return out;
}

}  // namespace vo::escape
