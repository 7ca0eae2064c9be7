// Composite literals: structs (keyed and positional), arrays (also `[...]T`), slices and maps, with elided
// element types (types2 literals.go, index.go's indexedElts).
#include <cctype>
#include <map>
#include <variant>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

// Where gc reports an error about literal element el: a key:value pair at its colon (the position gc's syntax
// tree gives the pair, which types2 does not move to the key), any other element where it starts.
Pos elemPos(const syntax::Expr* el) {
  if (auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(el)) return kv->colon;
  return el->pos();
}

// The index of the field `name` of a struct (non-exported names only from package `pkg`), or -1.
int fieldIndex(const Struct* s, const Package* pkg, std::string_view name) {
  if (name == "_") return -1;
  for (size_t i = 0; i < s->fields.size(); ++i) {
    const Var* f = s->fields[i];
    if (f->name == name && (f->isExported() || f->pkg == pkg)) return static_cast<int>(i);
  }
  return -1;
}

// A field whose name matches `name` ignoring case, for the `but does have field` hint, or nullptr.
Object* fieldIndexFold(const Struct* s, std::string_view name) {
  auto lower = [](std::string_view v) {
    std::string out(v);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  for (Var* f : s->fields)
    if (f->name != "_" && lower(f->name) == lower(name)) return f;
  return nullptr;
}

// A map key constant in a canonical form, so that 1, 1.0 and 1+0i are the same key (types2 keyVal).
using KeyVal = std::variant<bool, std::string, int64_t, uint64_t, double, std::pair<double, double>>;

std::optional<KeyVal> keyVal(const constant::Value& v) {
  constant::Value x = v;
  switch (x.kind()) {
    case constant::Kind::Bool:
      return KeyVal(constant::boolVal(x));
    case constant::Kind::String:
      return KeyVal(constant::stringVal(x));
    case constant::Kind::Complex: {
      constant::Value f = constant::toFloat(x);
      if (f.kind() != constant::Kind::Float)
        return KeyVal(std::pair(constant::float64Val(constant::real(x)).first,
                                constant::float64Val(constant::imag(x)).first));
      x = f;
      [[fallthrough]];
    }
    case constant::Kind::Float: {
      constant::Value i = constant::toInt(x);
      if (i.kind() != constant::Kind::Int) return KeyVal(constant::float64Val(x).first);
      x = i;
      [[fallthrough]];
    }
    case constant::Kind::Int: {
      if (auto [i, ok] = constant::int64Val(x); ok) return KeyVal(i);
      if (auto [u, ok] = constant::uint64Val(x); ok) return KeyVal(u);
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

void Checker::compositeLit(Operand& x, const syntax::CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  bool isElem = false;  // an element of an enclosing composite literal, with elided type

  if (e->type) {
    // [...]T array types may only appear with composite literals: they are handled here.
    auto* atyp = syntax::dyn_cast<syntax::ArrayType>(e->type);
    if (atyp && !atyp->len) {
      // an "open" array type: its length is set once the literal is analysed
      typ = ctx.types.make<Array>(varType(atyp->elem), -1);
      base = typ;
    } else {
      typ = this->typ(e->type);
      base = typ;
    }
  } else if (hint) {
    // no literal type: use the element type of the enclosing literal; *T implies &T{}
    typ = hint;
    base = typ;
    if (auto* p = dyn_cast<Pointer>(underlying(base))) base = p->elem;
    isElem = true;
  } else {
    errorAt(e, "missing type in composite literal");
    for (const syntax::Expr* el : e->elts) useExpr(el);  // the values of key:value elements
    x.mode = OperandMode::Invalid;
    return;
  }

  Type* u = underlying(base);
  switch (u ? u->kind() : TypeKind::Tuple) {
    case TypeKind::Struct: {
      auto* s = cast<Struct>(u);
      if (e->elts.empty()) break;
      // Error messages mention the struct type only where it clarifies the error.
      if (syntax::isa<syntax::KeyValueExpr>(e->elts[0])) {
        // all elements must have keys
        std::vector<bool> visited(s->fields.size());
        for (const syntax::Expr* el : e->elts) {
          auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(el);
          if (!kv) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            useExpr(el);
            continue;
          }
          auto* key = syntax::dyn_cast<syntax::Ident>(kv->key);
          // do all possible checks early (before exiting due to errors)
          Operand v;
          expr(v, kv->value);
          if (!key) {
            error(kv->colon, "invalid field name " + syntax::exprString(kv->key) + " in struct literal");
            continue;
          }
          int i = fieldIndex(s, pkg, key->name);
          if (i < 0) {
            errorAt(kv->key, lookupError(base, key->name, fieldIndexFold(s, key->name), true));
            continue;
          }
          Var* fld = s->fields[i];
          recordUse(key, fld);
          assignment(v, fld->type, "struct literal");
          if (visited[i]) {
            error(kv->colon, "duplicate field name " + std::string(key->name) + " in struct literal");
            continue;
          }
          visited[i] = true;
        }
      } else {
        // no element must have a key
        for (size_t i = 0; i < e->elts.size(); ++i) {
          const syntax::Expr* el = e->elts[i];
          if (auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(el)) {
            error(kv->colon, "mixture of field:value and value elements in struct literal");
            useExpr(kv->value);
            continue;
          }
          Operand v;
          expr(v, el);
          if (i >= s->fields.size()) {
            errorAt(v.expr, "too many values in struct literal of type " + typeStr(base));
            break;  // cannot continue
          }
          Var* fld = s->fields[i];
          if (!fld->isExported() && fld->pkg != pkg) {
            errorAt(v.expr, "implicit assignment to unexported field " + std::string(fld->name) +
                                " in struct literal of type " + typeStr(base));
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < s->fields.size()) {
          error(e->rbrace, "too few values in struct literal of type " + typeStr(base));
          // ok to continue
        }
      }
      break;
    }
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      int64_t n = indexedElts(e->elts, a->elem, a->len);
      // An array of unknown length ([...]T, or [n]T with an invalid n) gets the literal's length; the type of
      // [...]T is recorded here since typ() is not called for it.
      if (a->len < 0) {
        a->len = n;
        if (e->type) recordTypeAndValue(e->type, OperandMode::TypeExpr, a, constant::Value());
      }
      break;
    }
    case TypeKind::Slice:
      indexedElts(e->elts, cast<Slice>(u)->elem, -1);
      break;
    case TypeKind::Map: {
      auto* m = cast<Map>(u);
      // If the key type is an interface, the type of a constant key counts when checking for duplicates.
      bool keyIsInterface = isInterface(m->key);
      std::map<KeyVal, std::vector<Type*>> visited;
      for (const syntax::Expr* el : e->elts) {
        auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(el);
        if (!kv) {
          errorAt(el, "missing key in map literal");
          useExpr(el);
          continue;
        }
        Operand k;
        exprWithHint(k, kv->key, m->key);
        assignment(k, m->key, "map literal");
        if (k.isInvalid()) {
          useExpr(kv->value);
          continue;
        }
        if (k.isConstant()) {
          if (std::optional<KeyVal> key = keyVal(k.val)) {
            bool duplicate = false;
            auto [it, inserted] = visited.try_emplace(*key);
            if (keyIsInterface) {
              for (Type* t : it->second)
                if (identical(t, k.type)) duplicate = true;
              it->second.push_back(k.type);
            } else {
              duplicate = !inserted;
            }
            if (duplicate) {
              errorAt(k.expr, "duplicate key " + k.val.toString() + " in map literal");
              useExpr(kv->value);
              continue;
            }
          }
        }
        Operand v;
        exprWithHint(v, kv->value, m->elem);
        assignment(v, m->elem, "map literal");
      }
      break;
    }
    default: {
      // "use" all elements (their keys can't be checked without a type)
      for (const syntax::Expr* el : e->elts) useExpr(el);
      // if the type is invalid, an error was reported before
      if (!isInvalid(u) && u) {
        errorAt(e, std::string("invalid composite literal") + (isElem ? " element" : "") + " type " + typeStr(typ));
      }
      x.mode = OperandMode::Invalid;
      return;
    }
  }
  x.mode = OperandMode::Value;
  x.type = typ;
}

int64_t Checker::indexedElts(std::span<syntax::Expr* const> elts, Type* elem, int64_t length) {
  std::unordered_set<int64_t> visited;
  int64_t index = 0;
  int64_t max = 0;
  for (const syntax::Expr* el : elts) {
    // determine and check the index
    bool validIndex = false;
    const syntax::Expr* eval = el;
    if (auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(el)) {
      Type* t = nullptr;
      int64_t i = checkIndex(kv->key, length, &t);
      if (!isInvalid(t)) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          error(kv->colon, "index " + syntax::exprString(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      errorAt(el, "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }

    // if we have a valid index, check for duplicate entries
    if (validIndex && !visited.insert(index).second)
      error(elemPos(el), "duplicate index " + std::to_string(index) + " in array or slice literal");
    ++index;
    if (index > max) max = index;

    // check the element against the literal's element type
    Operand x;
    exprWithHint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

}  // namespace vo::types
