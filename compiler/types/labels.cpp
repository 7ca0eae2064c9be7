// Labels and branch statements of one function body: misplaced and badly labelled break/continue, unused,
// duplicate and missing labels, gotos into blocks and over variable declarations. gc checks these in its syntax
// package (cmd/compile/internal/syntax/branches.go) rather than in types2's labels.go; its wording is used here.
#include <algorithm>
#include <deque>
#include <map>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

using syntax::NodeKind;

/// A block of statements that labels are declared in (a block statement, a case, a loop body).
struct Block {
  const Block* parent;                 ///< immediately enclosing block, or nullptr
  Pos start;                           ///< start of the block (for `jumps into block starting at`)
  const syntax::LabeledStmt* lstmt;    ///< labelled statement this block belongs to, or nullptr
};

/// A declared label.
struct LabelDecl {
  const Block* parent;               ///< block containing the declaration
  const syntax::LabeledStmt* lstmt;  ///< the declaring statement
  Label* obj;
  bool used = false;
};

/// The statements that unlabelled break and continue refer to.
struct Targets {
  const syntax::Stmt* breaks = nullptr;     ///< for, range, switch, type switch or select; or nullptr
  const syntax::Stmt* continues = nullptr;  ///< for or range; or nullptr
};

class BranchChecker {
 public:
  explicit BranchChecker(Checker& check) : check_(check) {}

  void checkBody(const syntax::BlockStmt* body) {
    std::vector<const syntax::BranchStmt*> fwdGotos = blockBranches(nullptr, Targets{}, nullptr, body->pos(),
                                                                    body->stmts);
    // Forward gotos left found no label: it was never defined, or it is inside a block the goto can't reach.
    for (const syntax::BranchStmt* fwd : fwdGotos) {
      std::string name(fwd->label->name);
      if (auto it = labels_.find(fwd->label->name); it != labels_.end()) {
        it->second.used = true;  // avoid a "defined and not used" error
        check_.error(fwd->label->pos(), "goto " + name + " jumps into block starting at " +
                                            check_.diags.sources().describe(it->second.parent->start));
      } else {
        check_.error(fwd->label->pos(), "label " + name + " not defined");
      }
    }
    // spec: "It is illegal to define a label that is never used." (a warning in Vo files, LANGUAGE.md)
    bool isVo = check_.fctx && check_.fctx->isVo;
    for (const auto& [name, l] : labels_) {
      if (!l.used)
        check_.unusedError(l.lstmt->label->pos(), "label " + std::string(name) + " defined and not used", isVo);
    }
  }

 private:
  LabelDecl* declare(const Block* b, const syntax::LabeledStmt* s) {
    std::string_view name = s->label->name;
    if (auto it = labels_.find(name); it != labels_.end()) {
      check_.error(s->pos(), "label " + std::string(name) + " already defined at " +
                                 check_.diags.sources().describe(it->second.lstmt->label->pos()));
      return &it->second;
    }
    Label* obj = check_.ctx.objects.makeObject<Label>(name, s->label->pos());
    check_.recordDef(s->label, obj);
    return &labels_.emplace(name, LabelDecl{b, s, obj}).first->second;
  }

  /// The labelled statement `name` declared in b or an enclosing block, or nullptr.
  LabelDecl* gotoTarget(const Block* b, std::string_view name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it's not a valid target
    for (; b; b = b->parent) {
      if (it->second.parent == b) return &it->second;
    }
    return nullptr;
  }

  /// The innermost enclosing labelled statement `name`; `found` tells whether the label exists at all.
  LabelDecl* enclosingTarget(const Block* b, std::string_view name, bool& found) {
    auto it = labels_.find(name);
    found = it != labels_.end();
    if (!found) return nullptr;
    it->second.used = true;  // even if it's not a valid target
    for (; b; b = b->parent) {
      if (b->lstmt == it->second.lstmt) return &it->second;
    }
    return nullptr;
  }

  void branch(const Block* b, Targets ctxt, const syntax::BranchStmt* s,
              std::vector<const syntax::BranchStmt*>& fwdGotos) {
    using syntax::TokenKind;
    if (!s->label) {
      if (s->tok == TokenKind::KwBreak && !ctxt.breaks) {
        check_.error(s->pos(), "break is not in a loop, switch, or select");
      } else if (s->tok == TokenKind::KwContinue && !ctxt.continues) {
        check_.error(s->pos(), "continue is not in a loop");
      }
      return;
    }
    std::string name(s->label->name);
    switch (s->tok) {
      case TokenKind::KwBreak:
      case TokenKind::KwContinue: {
        bool isBreak = s->tok == TokenKind::KwBreak;
        // spec: "If there is a label, it must be that of an enclosing "for", "switch", or "select" statement"
        // (break), "of an enclosing "for" statement" (continue).
        bool found = false;
        LabelDecl* t = enclosingTarget(b, s->label->name, found);
        if (!found) {
          check_.error(s->label->pos(), std::string(isBreak ? "break" : "continue") + " label not defined: " + name);
          return;
        }
        bool valid = false;
        if (t) {
          NodeKind k = t->lstmt->stmt->kind();
          valid = k == NodeKind::ForStmt || k == NodeKind::RangeStmt ||
                  (isBreak && (k == NodeKind::SwitchStmt || k == NodeKind::TypeSwitchStmt ||
                               k == NodeKind::SelectStmt));
        }
        if (!valid) {
          check_.error(s->label->pos(), std::string(isBreak ? "invalid break label " : "invalid continue label ") + name);
          return;
        }
        check_.recordUse(s->label, t->obj);
        return;
      }
      case TokenKind::KwGoto:
        if (LabelDecl* t = gotoTarget(b, s->label->name)) {
          check_.recordUse(s->label, t->obj);
        } else {
          fwdGotos.push_back(s);  // the label may be declared later
        }
        return;
      default:
        return;
    }
  }

  /// Processes a block's statements starting at `start`; returns the unresolved (forward) gotos.
  std::vector<const syntax::BranchStmt*> blockBranches(const Block* parent, Targets ctxt,
                                                      const syntax::LabeledStmt* lstmt, Pos start,
                                                      std::span<syntax::Stmt* const> body) {
    // Blocks live as long as the checker: labels keep pointing at the block that declares them.
    Block& b = blocks_.emplace_back(Block{parent, start, lstmt});
    Pos varPos;
    std::string varName;
    std::vector<const syntax::BranchStmt*> fwdGotos, badGotos;

    // Any existing forward goto jumping over the variable declaration is invalid, unless it jumps out of the
    // block, which we don't know yet: remember them all as potentially bad.
    auto recordVarDecl = [&](Pos pos, std::string name) {
      varPos = pos;
      varName = std::move(name);
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](const syntax::BranchStmt* fwd) {
      return varPos.isValid() && std::find(badGotos.begin(), badGotos.end(), fwd) != badGotos.end();
    };
    auto innerBlock = [&](Targets c, Pos innerStart, std::span<syntax::Stmt* const> list) {
      // Unresolved forward gotos of the inner block become forward gotos of this block.
      auto inner = blockBranches(&b, c, lstmt, innerStart, list);
      fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
    };

    for (const syntax::Stmt* stmt : body) {
      lstmt = nullptr;
      // A labelled statement declares its label, then the statement it labels is processed.
      while (const auto* ls = syntax::dyn_cast<syntax::LabeledStmt>(stmt)) {
        std::string_view name = ls->label->name;
        if (name != "_") {
          LabelDecl* l = declare(&b, ls);
          // resolve matching forward gotos
          size_t keep = 0;
          for (const syntax::BranchStmt* fwd : fwdGotos) {
            if (fwd->label->name == name) {
              l->used = true;
              check_.recordUse(fwd->label, l->obj);
              if (jumpsOverVarDecl(fwd)) {
                check_.error(fwd->label->pos(), "goto " + std::string(name) + " jumps over declaration of " + varName +
                                                    " at " + check_.diags.sources().describe(varPos));
              }
            } else {
              fwdGotos[keep++] = fwd;
            }
          }
          fwdGotos.resize(keep);
          lstmt = ls;
        }
        stmt = ls->stmt;
      }

      switch (stmt->kind()) {
        case NodeKind::DeclStmt: {
          const syntax::GenDecl* d = syntax::cast<syntax::DeclStmt>(stmt)->decl;
          if (d && d->tok == syntax::TokenKind::KwVar && !d->specs.empty()) {
            if (const auto* vs = syntax::dyn_cast<syntax::ValueSpec>(d->specs[0]); vs && !vs->names.empty())
              recordVarDecl(vs->pos(), std::string(vs->names[0]->name));
          }
          break;
        }
        case NodeKind::BranchStmt:
          branch(&b, ctxt, syntax::cast<syntax::BranchStmt>(stmt), fwdGotos);
          break;
        case NodeKind::AssignStmt: {
          const auto* as = syntax::cast<syntax::AssignStmt>(stmt);
          if (as->tok == syntax::TokenKind::Define) {
            std::string names;
            for (const syntax::Expr* e : as->lhs) names += (names.empty() ? "" : ", ") + syntax::exprString(e);
            recordVarDecl(as->pos(), names);
          }
          break;
        }
        case NodeKind::BlockStmt:
          innerBlock(ctxt, stmt->pos(), syntax::cast<syntax::BlockStmt>(stmt)->stmts);
          break;
        case NodeKind::IfStmt: {
          const auto* is = syntax::cast<syntax::IfStmt>(stmt);
          innerBlock(ctxt, is->then->pos(), is->then->stmts);
          if (is->els) {
            syntax::Stmt* const els[] = {is->els};
            innerBlock(ctxt, is->els->pos(), els);
          }
          break;
        }
        case NodeKind::ForStmt:
          innerBlock(Targets{stmt, stmt}, syntax::cast<syntax::ForStmt>(stmt)->body->pos(),
                     syntax::cast<syntax::ForStmt>(stmt)->body->stmts);
          break;
        case NodeKind::RangeStmt:
          innerBlock(Targets{stmt, stmt}, syntax::cast<syntax::RangeStmt>(stmt)->body->pos(),
                     syntax::cast<syntax::RangeStmt>(stmt)->body->stmts);
          break;
        case NodeKind::SwitchStmt:
          for (const syntax::CaseClause* cc : syntax::cast<syntax::SwitchStmt>(stmt)->clauses)
            innerBlock(Targets{stmt, ctxt.continues}, cc->pos(), cc->body);
          break;
        case NodeKind::TypeSwitchStmt:
          for (const syntax::CaseClause* cc : syntax::cast<syntax::TypeSwitchStmt>(stmt)->clauses)
            innerBlock(Targets{stmt, ctxt.continues}, cc->pos(), cc->body);
          break;
        case NodeKind::SelectStmt:
          for (const syntax::CommClause* cc : syntax::cast<syntax::SelectStmt>(stmt)->clauses)
            innerBlock(Targets{stmt, ctxt.continues}, cc->pos(), cc->body);
          break;
        default:
          break;
      }
    }
    return fwdGotos;
  }

  Checker& check_;
  std::map<std::string_view, LabelDecl> labels_;  // all labels of the function body
  std::deque<Block> blocks_;
};

}  // namespace

void Checker::labels(const syntax::BlockStmt* body) {
  if (!body) return;
  BranchChecker(*this).checkBody(body);
}

}  // namespace vo::types
