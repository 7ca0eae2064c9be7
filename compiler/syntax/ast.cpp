// AST helpers: the Go-style printing of expressions used in diagnostics.
#include "compiler/syntax/ast.h"

namespace vo::syntax {

namespace {

void writeExpr(std::string& out, const Expr* x);

void writeList(std::string& out, std::span<Expr* const> list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    writeExpr(out, list[i]);
  }
}

// Parameters as Go prints them: consecutive names sharing one type node are grouped (`a, b int`).
void writeFields(std::string& out, std::span<Field* const> fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    if (i) out += (f->name && fields[i - 1]->name && fields[i - 1]->type == f->type) ? ", " : sep;
    if (f->name) out += f->name->name;
    bool lastOfGroup = i + 1 == fields.size() || !fields[i + 1]->name || fields[i + 1]->type != f->type;
    if (!f->name || lastOfGroup) {
      if (f->name) out += ' ';
      writeExpr(out, f->type);
    }
  }
}

void writeSignature(std::string& out, const FuncType* t) {
  out += '(';
  writeFields(out, t->params, ", ");
  out += ')';
  if (t->results.empty()) return;
  out += ' ';
  if (t->results.size() == 1 && !t->results[0]->name) {
    writeExpr(out, t->results[0]->type);
    return;
  }
  out += '(';
  writeFields(out, t->results, ", ");
  out += ')';
}

void writeExpr(std::string& out, const Expr* x) {
  if (!x) {
    out += "<nil>";
    return;
  }
  switch (x->kind()) {
    case NodeKind::BadExpr:
      out += "BadExpr";
      return;
    case NodeKind::Ident:
      out += cast<Ident>(x)->name;
      return;
    case NodeKind::BasicLit:
      out += cast<BasicLit>(x)->value;
      return;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(x);
      if (c->type) writeExpr(out, c->type);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(x);
      writeExpr(out, kv->key);
      out += ": ";
      writeExpr(out, kv->value);
      return;
    }
    case NodeKind::FuncLit:
      out += "func";
      writeSignature(out, cast<FuncLit>(x)->type);
      out += cast<FuncLit>(x)->body->stmts.empty() ? " {}" : " {…}";
      return;
    case NodeKind::ParenExpr:
      out += '(';
      writeExpr(out, cast<ParenExpr>(x)->x);
      out += ')';
      return;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(x);
      writeExpr(out, s->x);
      out += '.';
      out += s->sel->name;
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(x);
      writeExpr(out, ix->x);
      out += '[';
      writeExpr(out, ix->index);
      out += ']';
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(x);
      writeExpr(out, s->x);
      out += '[';
      if (s->low) writeExpr(out, s->low);
      out += ':';
      if (s->high) writeExpr(out, s->high);
      if (s->slice3) {
        out += ':';
        if (s->max) writeExpr(out, s->max);
      }
      out += ']';
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* a = cast<TypeAssertExpr>(x);
      writeExpr(out, a->x);
      out += ".(";
      if (a->type) {
        writeExpr(out, a->type);
      } else {
        out += "type";
      }
      out += ')';
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(x);
      writeExpr(out, c->fun);
      out += '(';
      writeList(out, c->args);
      if (c->hasEllipsis()) out += "...";
      out += ')';
      return;
    }
    case NodeKind::StarExpr:
      out += '*';
      writeExpr(out, cast<StarExpr>(x)->x);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(x);
      out += tokenSpelling(u->op);
      writeExpr(out, u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(x);
      writeExpr(out, b->x);
      out += ' ';
      out += tokenSpelling(b->op);
      out += ' ';
      writeExpr(out, b->y);
      return;
    }
    case NodeKind::TryExpr:
      writeExpr(out, cast<TryExpr>(x)->x);
      out += '?';
      return;
    case NodeKind::DynAccessExpr: {
      auto* d = cast<DynAccessExpr>(x);
      writeExpr(out, d->x);
      out += "~>";
      switch (d->access) {
        case DynAccessKind::Attr:
          out += d->name->name;
          return;
        case DynAccessKind::Index:
          out += '[';
          writeExpr(out, d->index);
          out += ']';
          return;
        case DynAccessKind::MethodCall:
          out += d->name->name;
          [[fallthrough]];
        case DynAccessKind::Call:
          out += '(';
          writeList(out, d->args);
          if (d->ellipsis.isValid()) out += "...";
          out += ')';
          return;
      }
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(x);
      out += '[';
      if (a->len) {
        writeExpr(out, a->len);
      } else {
        out += "...";
      }
      out += ']';
      writeExpr(out, a->elem);
      return;
    }
    case NodeKind::SliceType:
      out += "[]";
      writeExpr(out, cast<SliceType>(x)->elem);
      return;
    case NodeKind::StructType: {
      auto* s = cast<StructType>(x);
      out += "struct{";
      writeFields(out, s->fields, "; ");
      out += '}';
      return;
    }
    case NodeKind::FuncType:
      out += "func";
      writeSignature(out, cast<FuncType>(x));
      return;
    case NodeKind::InterfaceType: {
      auto* it = cast<InterfaceType>(x);
      out += "interface{";
      for (size_t i = 0; i < it->elems.size(); ++i) {
        if (i) out += "; ";
        const Field* f = it->elems[i];
        if (f->name) {
          out += f->name->name;
          writeSignature(out, cast<FuncType>(f->type));
        } else {
          writeExpr(out, f->type);
        }
      }
      out += '}';
      return;
    }
    case NodeKind::MapType: {
      auto* m = cast<MapType>(x);
      out += "map[";
      writeExpr(out, m->key);
      out += ']';
      writeExpr(out, m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(x);
      out += c->dir == ChanDirKind::Recv ? "<-chan " : c->dir == ChanDirKind::Send ? "chan<- " : "chan ";
      writeExpr(out, c->elem);
      return;
    }
    case NodeKind::EllipsisType:
      out += "...";
      writeExpr(out, cast<EllipsisType>(x)->elem);
      return;
    default:
      out += nodeKindName(x->kind());
      return;
  }
}

}  // namespace

std::string exprString(const Expr* x) {
  std::string out;
  writeExpr(out, x);
  return out;
}

}  // namespace vo::syntax
