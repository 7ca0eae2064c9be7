// dumpAst and nodeKindName: the indented tree printed by `vo check --dump-ast`. Debug output only; it does not
// reconstruct source text (see a future printer for that).
#include "compiler/syntax/ast_dump.h"

#include <string>

namespace vo::syntax {

std::string_view nodeKindName(NodeKind kind) {
  switch (kind) {
#define NODE(Name)     \
  case NodeKind::Name: \
    return #Name;
#include "compiler/syntax/ast_nodes.def"  // expands to: one `case` returning the class name per node kind
  }
  return "<invalid NodeKind>";
}

namespace {

std::string_view chanDirName(ChanDirKind dir) {
  switch (dir) {
    case ChanDirKind::Both:
      return "both";
    case ChanDirKind::Send:
      return "send";
    case ChanDirKind::Recv:
      return "recv";
  }
  return "?";
}

std::string_view dynAccessName(DynAccessKind access) {
  switch (access) {
    case DynAccessKind::Attr:
      return "Attr";
    case DynAccessKind::Index:
      return "Index";
    case DynAccessKind::Call:
      return "Call";
    case DynAccessKind::MethodCall:
      return "MethodCall";
  }
  return "?";
}

// The name of a literal's token kind as the dump prints it (`kind=StringLit`).
std::string_view litKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::IntLit:
      return "IntLit";
    case TokenKind::FloatLit:
      return "FloatLit";
    case TokenKind::ImagLit:
      return "ImagLit";
    case TokenKind::RuneLit:
      return "RuneLit";
    case TokenKind::StringLit:
      return "StringLit";
    default:
      return tokenSpelling(kind);
  }
}

// Writes one node per line. Children whose role is not clear from their order get a `role: ` prefix.
class Dumper {
 public:
  Dumper(const SourceManager& sources, std::ostream& out) : sources_(sources), out_(out) {}

  void node(const Node* n, std::string_view role = {}) {
    indent();
    if (!role.empty()) out_ << role << ": ";
    if (n == nullptr) {
      out_ << "<nil>\n";
      return;
    }
    out_ << nodeKindName(n->kind()) << ' ' << position(n->pos());
    ++depth_;
    body(n);
    --depth_;
  }

 private:
  // Absent optional children are omitted.
  void opt(const Node* n, std::string_view role = {}) {
    if (n != nullptr) node(n, role);
  }

  template <class T>
  void list(std::span<T*> nodes, std::string_view role = {}) {
    for (const T* n : nodes) node(n, role);
  }

  std::string position(Pos pos) const {
    if (!pos.isValid()) return "-";
    LineColumn lc = sources_.lineColumn(pos);
    return std::to_string(lc.line) + ":" + std::to_string(lc.column);
  }

  void indent() {
    for (int i = 0; i < depth_; ++i) out_ << "  ";
  }

  // Prints the attributes that end the node's own line, then its children.
  void body(const Node* n) {
    switch (n->kind()) {
      // Expressions.
      case NodeKind::BadExpr:
        out_ << '\n';
        return;
      case NodeKind::Ident:
        out_ << " name=" << cast<Ident>(n)->name << '\n';
        return;
      case NodeKind::BasicLit: {
        const auto* x = cast<BasicLit>(n);
        out_ << " kind=" << litKindName(x->litKind) << " value=" << x->value;
        if (x->bad) out_ << " bad";
        out_ << '\n';
        return;
      }
      case NodeKind::CompositeLit: {
        const auto* x = cast<CompositeLit>(n);
        out_ << '\n';
        opt(x->type, "type");
        list(x->elts);
        return;
      }
      case NodeKind::KeyValueExpr: {
        const auto* x = cast<KeyValueExpr>(n);
        out_ << '\n';
        node(x->key, "key");
        node(x->value, "value");
        return;
      }
      case NodeKind::FuncLit: {
        const auto* x = cast<FuncLit>(n);
        out_ << '\n';
        node(x->type);
        node(x->body);
        return;
      }
      case NodeKind::ParenExpr:
        out_ << '\n';
        node(cast<ParenExpr>(n)->x);
        return;
      case NodeKind::SelectorExpr: {
        const auto* x = cast<SelectorExpr>(n);
        out_ << '\n';
        node(x->x);
        node(x->sel, "sel");
        return;
      }
      case NodeKind::IndexExpr: {
        const auto* x = cast<IndexExpr>(n);
        out_ << '\n';
        node(x->x);
        node(x->index, "index");
        return;
      }
      case NodeKind::SliceExpr: {
        const auto* x = cast<SliceExpr>(n);
        if (x->slice3) out_ << " slice3";
        out_ << '\n';
        node(x->x);
        opt(x->low, "low");
        opt(x->high, "high");
        opt(x->max, "max");
        return;
      }
      case NodeKind::TypeAssertExpr: {
        const auto* x = cast<TypeAssertExpr>(n);
        if (x->type == nullptr) out_ << " type=type";
        out_ << '\n';
        node(x->x);
        opt(x->type, "type");
        return;
      }
      case NodeKind::CallExpr: {
        const auto* x = cast<CallExpr>(n);
        if (x->hasEllipsis()) out_ << " ellipsis";
        out_ << '\n';
        node(x->fun);
        list(x->args);
        return;
      }
      case NodeKind::StarExpr:
        out_ << '\n';
        node(cast<StarExpr>(n)->x);
        return;
      case NodeKind::UnaryExpr: {
        const auto* x = cast<UnaryExpr>(n);
        out_ << " op=" << tokenSpelling(x->op) << '\n';
        node(x->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        const auto* x = cast<BinaryExpr>(n);
        out_ << " op=" << tokenSpelling(x->op) << '\n';
        node(x->x);
        node(x->y);
        return;
      }
      case NodeKind::TryExpr:
        out_ << '\n';
        node(cast<TryExpr>(n)->x);
        return;
      case NodeKind::DynAccessExpr: {
        const auto* x = cast<DynAccessExpr>(n);
        out_ << " access=" << dynAccessName(x->access);
        if (x->ellipsis.isValid()) out_ << " ellipsis";
        out_ << '\n';
        node(x->x);
        opt(x->name, "name");
        opt(x->index, "index");
        list(x->args, "arg");
        return;
      }

      // Types.
      case NodeKind::ArrayType: {
        const auto* x = cast<ArrayType>(n);
        if (x->len == nullptr) out_ << " len=...";
        out_ << '\n';
        opt(x->len, "len");
        node(x->elem, "elem");
        return;
      }
      case NodeKind::SliceType:
        out_ << '\n';
        node(cast<SliceType>(n)->elem, "elem");
        return;
      case NodeKind::StructType:
        out_ << '\n';
        list(cast<StructType>(n)->fields);
        return;
      case NodeKind::FuncType: {
        const auto* x = cast<FuncType>(n);
        out_ << '\n';
        list(x->params, "param");
        list(x->results, "result");
        return;
      }
      case NodeKind::InterfaceType:
        out_ << '\n';
        list(cast<InterfaceType>(n)->elems);
        return;
      case NodeKind::MapType: {
        const auto* x = cast<MapType>(n);
        out_ << '\n';
        node(x->key, "key");
        node(x->value, "value");
        return;
      }
      case NodeKind::ChanType: {
        const auto* x = cast<ChanType>(n);
        out_ << " dir=" << chanDirName(x->dir) << '\n';
        node(x->elem, "elem");
        return;
      }
      case NodeKind::EllipsisType:
        out_ << '\n';
        node(cast<EllipsisType>(n)->elem, "elem");
        return;

      // Statements.
      case NodeKind::BadStmt:
      case NodeKind::EmptyStmt:
        out_ << '\n';
        return;
      case NodeKind::DeclStmt:
        out_ << '\n';
        node(cast<DeclStmt>(n)->decl);
        return;
      case NodeKind::LabeledStmt: {
        const auto* x = cast<LabeledStmt>(n);
        out_ << '\n';
        node(x->label, "label");
        node(x->stmt);
        return;
      }
      case NodeKind::ExprStmt:
        out_ << '\n';
        node(cast<ExprStmt>(n)->x);
        return;
      case NodeKind::SendStmt: {
        const auto* x = cast<SendStmt>(n);
        out_ << '\n';
        node(x->chan, "chan");
        node(x->value, "value");
        return;
      }
      case NodeKind::IncDecStmt: {
        const auto* x = cast<IncDecStmt>(n);
        out_ << " tok=" << tokenSpelling(x->tok) << '\n';
        node(x->x);
        return;
      }
      case NodeKind::AssignStmt: {
        const auto* x = cast<AssignStmt>(n);
        out_ << " tok=" << tokenSpelling(x->tok) << '\n';
        list(x->lhs, "lhs");
        list(x->rhs, "rhs");
        return;
      }
      case NodeKind::GoStmt:
        out_ << '\n';
        node(cast<GoStmt>(n)->call);
        return;
      case NodeKind::DeferStmt: {
        const auto* x = cast<DeferStmt>(n);
        if (x->errdefer) out_ << " errdefer";
        out_ << '\n';
        node(x->call);
        return;
      }
      case NodeKind::FailStmt:
        out_ << '\n';
        node(cast<FailStmt>(n)->err);
        return;
      case NodeKind::ReturnStmt:
        out_ << '\n';
        list(cast<ReturnStmt>(n)->results);
        return;
      case NodeKind::BranchStmt: {
        const auto* x = cast<BranchStmt>(n);
        out_ << " tok=" << tokenSpelling(x->tok) << '\n';
        opt(x->label, "label");
        return;
      }
      case NodeKind::BlockStmt:
        out_ << '\n';
        list(cast<BlockStmt>(n)->stmts);
        return;
      case NodeKind::IfStmt: {
        const auto* x = cast<IfStmt>(n);
        out_ << '\n';
        opt(x->init, "init");
        node(x->cond, "cond");
        node(x->then, "then");
        opt(x->els, "else");
        return;
      }
      case NodeKind::CaseClause: {
        const auto* x = cast<CaseClause>(n);
        if (x->isDefault) out_ << " default";
        out_ << '\n';
        list(x->list, "case");
        list(x->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        const auto* x = cast<SwitchStmt>(n);
        out_ << '\n';
        opt(x->init, "init");
        opt(x->tag, "tag");
        list(x->clauses);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        const auto* x = cast<TypeSwitchStmt>(n);
        out_ << '\n';
        opt(x->init, "init");
        opt(x->binding, "binding");
        node(x->x, "x");
        list(x->clauses);
        return;
      }
      case NodeKind::CommClause: {
        const auto* x = cast<CommClause>(n);
        if (x->comm == nullptr) out_ << " default";
        out_ << '\n';
        opt(x->comm, "comm");
        list(x->body);
        return;
      }
      case NodeKind::SelectStmt:
        out_ << '\n';
        list(cast<SelectStmt>(n)->clauses);
        return;
      case NodeKind::ForStmt: {
        const auto* x = cast<ForStmt>(n);
        out_ << '\n';
        opt(x->init, "init");
        opt(x->cond, "cond");
        opt(x->post, "post");
        node(x->body, "body");
        return;
      }
      case NodeKind::RangeStmt: {
        const auto* x = cast<RangeStmt>(n);
        if (x->tok != TokenKind::Illegal) out_ << " tok=" << tokenSpelling(x->tok);
        out_ << '\n';
        opt(x->key, "key");
        opt(x->value, "value");
        node(x->x, "x");
        node(x->body, "body");
        return;
      }

      // Specs and declarations.
      case NodeKind::ImportSpec: {
        const auto* x = cast<ImportSpec>(n);
        out_ << '\n';
        opt(x->name, "name");
        opt(x->path, "path");
        return;
      }
      case NodeKind::ValueSpec: {
        const auto* x = cast<ValueSpec>(n);
        out_ << " iota=" << x->iota << '\n';
        list(x->names, "name");
        opt(x->type, "type");
        list(x->values, "value");
        return;
      }
      case NodeKind::TypeSpec: {
        const auto* x = cast<TypeSpec>(n);
        if (x->isAlias()) out_ << " alias";
        out_ << '\n';
        node(x->name, "name");
        node(x->type, "type");
        return;
      }
      case NodeKind::BadDecl:
        out_ << '\n';
        return;
      case NodeKind::GenDecl: {
        const auto* x = cast<GenDecl>(n);
        out_ << " tok=" << tokenSpelling(x->tok);
        if (x->lparen.isValid()) out_ << " grouped";
        out_ << '\n';
        list(x->specs);
        return;
      }
      case NodeKind::FuncDecl: {
        const auto* x = cast<FuncDecl>(n);
        out_ << '\n';
        opt(x->recv, "recv");
        node(x->name, "name");
        node(x->type, "type");
        opt(x->body, "body");
        return;
      }

      // Others.
      case NodeKind::Field: {
        const auto* x = cast<Field>(n);
        out_ << '\n';
        opt(x->name, "name");
        node(x->type, "type");
        opt(x->tag, "tag");
        return;
      }
      case NodeKind::File: {
        const auto* x = cast<File>(n);
        out_ << " dialect=" << (x->dialect == DialectKind::Vo ? "vo" : "go") << '\n';
        node(x->packageName, "package");
        list(x->decls);
        return;
      }
    }
    out_ << " <invalid NodeKind>\n";
  }

  const SourceManager& sources_;
  std::ostream& out_;
  int depth_ = 0;
};

}  // namespace

void dumpAst(const File& file, const SourceManager& sources, std::ostream& out) { Dumper(sources, out).node(&file); }

}  // namespace vo::syntax
