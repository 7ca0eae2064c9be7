// Allocation site names (site_string.h).
#include "escape/site_string.h"

#include "escape/expr_string.h"

namespace vo::escape {

std::string siteString(const syntax::Node* n, SiteKind site, const types::Info& info, const types::Package* pkg) {
  switch (site) {
    case SiteKind::FuncLit: return std::string(kGoFuncLiteral);
    case SiteKind::DotDotDot: return std::string(kGoDotsArgument);
    case SiteKind::Expr: break;
  }
  auto* e = syntax::dyn_cast<syntax::Expr>(n);
  return e ? goExprString(e, info, pkg) : "?";
}

}  // namespace vo::escape
