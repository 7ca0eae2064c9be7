// Allocation site names (site_string.h).
#include "escape/site_string.h"

namespace vo::escape {

std::string siteString(const syntax::Node* n, SiteKind site, const types::Info& info) {
  (void)info;
  switch (site) {
    case SiteKind::FuncLit: return "func literal";
    case SiteKind::DotDotDot: return "... argument";
    case SiteKind::Expr: break;
  }
  auto* e = syntax::dyn_cast<syntax::Expr>(n);
  if (!e) return "?";
  // Stand-in until goExprString lands: the parser's printer, with Go's `{...}` for literal bodies.
  std::string s = syntax::exprString(e);
  for (size_t p = s.find("{…}"); p != std::string::npos; p = s.find("{…}")) s.replace(p, std::string("{…}").size(), "{...}");
  return s;
}

}  // namespace vo::escape
