// The embedded standard library: every file parses without a diagnostic, names the package of its import path,
// matches the file in the source tree, and the required packages declare Go 1.19's exported API as listed in
// Go's api/go1*.txt (golang-1.19-src), apart from the short allow-list below.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/parser.h"
#include "stdlib/sources.h"

namespace vo::stdlib {
namespace {

using syntax::AstContext;
using syntax::cast;
using syntax::dyn_cast;

/// The packages issue 3 requires (plus `dyn`, Vo's own).
const std::vector<std::string> kRequiredPackages = {
    "bufio", "bytes", "dyn",  "errors",  "fmt",   "io",      "io/ioutil",    "log",  "math", "math/bits", "math/cmplx", "math/rand",
    "os", "runtime", "sort", "strconv", "strings", "sync", "time", "unicode", "unicode/utf8", "unicode/utf16",
    "container/heap", "container/list", "container/ring", "path", "path/filepath", "runtime/debug", "text/tabwriter",
};

/// Go API entries deliberately not declared (`pkg, kind name` as the checks below spell them). Each needs a
/// package vo does not ship or unsafe; the generated files list the same ones in their headers.
const std::set<std::string> kAllowedMissing = {
    // os.ProcAttr's exported field Sys has type *syscall.SysProcAttr (package syscall is not shipped), and
    // os.StartProcess takes a *ProcAttr. (os/exec, which uses them, is not shipped either.)
    "os, type ProcAttr",
    "os, field ProcAttr.Dir",
    "os, field ProcAttr.Env",
    "os, field ProcAttr.Files",
    "os, field ProcAttr.Sys",
    "os, func StartProcess",
    // Returns a syscall.RawConn.
    "os, method File.SyscallConn",
    // Takes unsafe.Pointer arguments (cgo only).
    "runtime, func SetCgoTraceback",
};

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lastElement(std::string_view importPath) {
  size_t slash = importPath.rfind('/');
  return std::string(slash == std::string_view::npos ? importPath : importPath.substr(slash + 1));
}

TEST(StdlibSources, PackagePathsAreSortedAndIncludeTheRequiredOnes) {
  std::span<const std::string_view> paths = packagePaths();
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
  EXPECT_EQ(std::adjacent_find(paths.begin(), paths.end()), paths.end()) << "a package path is listed twice";
  for (const std::string& required : kRequiredPackages) {
    EXPECT_NE(std::find(paths.begin(), paths.end(), required), paths.end()) << required << " is not embedded";
    EXPECT_FALSE(packageFiles(required).empty()) << required;
  }
}

TEST(StdlibSources, UnknownImportPathHasNoFiles) {
  EXPECT_TRUE(packageFiles("").empty());
  EXPECT_TRUE(packageFiles("no/such/package").empty());
  EXPECT_TRUE(packageFiles("unsafe").empty());
  EXPECT_TRUE(packageFiles("math/").empty());
  EXPECT_TRUE(packageFiles("unicode/utf").empty());
}

TEST(StdlibSources, FilesNameTheirPlaceInTheSourceTreeAndMatchIt) {
  for (std::string_view importPath : packagePaths()) {
    std::string prefix = "$VOROOT/stdlib/" + std::string(importPath) + "/";
    std::span<const SourceFile> files = packageFiles(importPath);
    ASSERT_FALSE(files.empty()) << importPath;
    for (const SourceFile& f : files) {
      ASSERT_TRUE(f.path.starts_with(prefix)) << f.path;
      std::string_view name = f.path.substr(prefix.size());
      EXPECT_EQ(name.find('/'), std::string_view::npos) << f.path << " belongs to a nested package";
      EXPECT_TRUE(name.ends_with(".vo")) << f.path;
      std::filesystem::path onDisk =
          std::filesystem::path(VO_SOURCE_DIR) / "stdlib" / std::string(importPath) / std::string(name);
      ASSERT_TRUE(std::filesystem::exists(onDisk)) << onDisk;
      EXPECT_EQ(f.contents, readFile(onDisk)) << f.path << " differs from the file in the tree (rebuild?)";
    }
  }
}

/// Parses one embedded file (Vo dialect) into `ctx`; the diagnostics go to `out`.
syntax::File* parse(const SourceFile& f, AstContext& ctx, SourceManager& sources, std::string& out) {
  FileId id = sources.addFile(std::string(f.path), std::string(f.contents));
  DiagnosticEngine diags(sources);
  syntax::File* file = syntax::parseFile(ctx, sources, id, diags, syntax::DialectKind::Vo);
  std::ostringstream s;
  diags.print(s);
  out = s.str();
  return file;
}

TEST(StdlibSources, EveryFileParsesWithoutDiagnosticsAndNamesItsPackage) {
  for (std::string_view importPath : packagePaths()) {
    for (const SourceFile& f : packageFiles(importPath)) {
      AstContext ctx;
      SourceManager sources;
      std::string diagnostics;
      syntax::File* file = parse(f, ctx, sources, diagnostics);
      EXPECT_EQ(diagnostics, "") << f.path;
      ASSERT_NE(file, nullptr) << f.path;
      EXPECT_EQ(file->packageName->name, lastElement(importPath)) << f.path;
    }
  }
}

// ---- API completeness ------------------------------------------------------------------------------------------

/// A type named by a declaration: its package's import path and name.
struct TypeRef {
  std::string pkg;
  std::string name;
  bool operator<(const TypeRef& o) const { return std::tie(pkg, name) < std::tie(o.pkg, o.name); }
};

/// What one package declares at top level, by name.
struct PackageDecls {
  std::set<std::string> consts, vars, funcs;
  std::map<std::string, std::set<std::string>> methods;          ///< receiver base type -> method names
  std::map<std::string, std::set<std::string>> fields;           ///< struct type -> field names (embedded: type name)
  std::map<std::string, std::vector<TypeRef>> embedded;          ///< struct/interface type -> embedded types
  std::map<std::string, std::set<std::string>> interfaceMethods; ///< interface type -> explicit method names
  std::map<std::string, TypeRef> aliases;                        ///< alias -> aliased named type
  std::set<std::string> types;
};

/// The named type an expression denotes (`T`, `*T`, `pkg.T`), resolved against the file's imports.
std::optional<TypeRef> typeRef(const syntax::Expr* e, const std::string& pkg,
                               const std::map<std::string, std::string>& imports) {
  if (auto* star = dyn_cast<syntax::StarExpr>(e)) return typeRef(star->x, pkg, imports);
  if (auto* id = dyn_cast<syntax::Ident>(e)) {
    // The predeclared `error` (no stdlib package redeclares it) lives in the universe, written as package "".
    if (id->name == "error") return TypeRef{"", "error"};
    return TypeRef{pkg, std::string(id->name)};
  }
  if (auto* sel = dyn_cast<syntax::SelectorExpr>(e)) {
    if (auto* x = dyn_cast<syntax::Ident>(sel->x)) {
      auto it = imports.find(std::string(x->name));
      if (it != imports.end()) return TypeRef{it->second, std::string(sel->sel->name)};
    }
  }
  return std::nullopt;
}

class ApiModel {
 public:
  ApiModel() {
    for (std::string_view importPath : packagePaths()) {
      for (const SourceFile& f : packageFiles(importPath)) add(std::string(importPath), f);
    }
  }

  const PackageDecls* package(const std::string& pkg) const {
    auto it = packages_.find(pkg);
    return it == packages_.end() ? nullptr : &it->second;
  }

  /// Follows aliases (`type FileMode = fs.FileMode`) to the defined type.
  TypeRef resolve(TypeRef t) const {
    for (int i = 0; i < 10; ++i) {
      const PackageDecls* p = package(t.pkg);
      if (!p) break;
      auto it = p->aliases.find(t.name);
      if (it == p->aliases.end()) break;
      t = it->second;
    }
    return t;
  }

  bool hasType(TypeRef t) const {
    t = resolve(t);
    const PackageDecls* p = package(t.pkg);
    return p && p->types.count(t.name);
  }

  /// Whether method `m` is in the method set of *T: declared on T, promoted from an embedded field, or (for an
  /// interface) declared in it or in an embedded interface.
  bool hasMethod(TypeRef t, const std::string& m, int depth = 0) const {
    if (depth > 10) return false;
    if (t.pkg.empty() && t.name == "error") return m == "Error";
    t = resolve(t);
    const PackageDecls* p = package(t.pkg);
    if (!p) return false;
    if (auto it = p->methods.find(t.name); it != p->methods.end() && it->second.count(m)) return true;
    if (auto it = p->interfaceMethods.find(t.name); it != p->interfaceMethods.end() && it->second.count(m)) {
      return true;
    }
    if (auto it = p->embedded.find(t.name); it != p->embedded.end()) {
      for (const TypeRef& e : it->second) {
        if (hasMethod(e, m, depth + 1)) return true;
      }
    }
    return false;
  }

  bool hasField(TypeRef t, const std::string& f) const {
    t = resolve(t);
    const PackageDecls* p = package(t.pkg);
    if (!p) return false;
    auto it = p->fields.find(t.name);
    return it != p->fields.end() && it->second.count(f);
  }

 private:
  void add(const std::string& pkg, const SourceFile& f) {
    AstContext ctx;
    SourceManager sources;
    std::string diagnostics;
    syntax::File* file = parse(f, ctx, sources, diagnostics);
    if (!file) return;
    std::map<std::string, std::string> imports;
    for (const syntax::ImportSpec* spec : file->imports) {
      std::string path(spec->path->value.substr(1, spec->path->value.size() - 2));
      imports[spec->name ? std::string(spec->name->name) : lastElement(path)] = path;
    }
    PackageDecls& decls = packages_[pkg];
    for (syntax::Decl* d : file->decls) {
      if (auto* fn = dyn_cast<syntax::FuncDecl>(d)) {
        if (!fn->recv) {
          decls.funcs.insert(std::string(fn->name->name));
        } else if (auto recv = typeRef(fn->recv->type, pkg, imports)) {
          decls.methods[recv->name].insert(std::string(fn->name->name));
        }
        continue;
      }
      auto* gen = dyn_cast<syntax::GenDecl>(d);
      if (!gen) continue;
      for (syntax::Spec* s : gen->specs) {
        if (auto* vs = dyn_cast<syntax::ValueSpec>(s)) {
          for (syntax::Ident* n : vs->names) {
            (gen->tok == syntax::TokenKind::KwConst ? decls.consts : decls.vars).insert(std::string(n->name));
          }
        } else if (auto* ts = dyn_cast<syntax::TypeSpec>(s)) {
          addType(pkg, imports, decls, ts);
        }
      }
    }
  }

  void addType(const std::string& pkg, const std::map<std::string, std::string>& imports, PackageDecls& decls,
               const syntax::TypeSpec* ts) {
    std::string name(ts->name->name);
    decls.types.insert(name);
    if (ts->isAlias()) {
      if (auto target = typeRef(ts->type, pkg, imports)) decls.aliases[name] = *target;
      return;
    }
    if (auto* st = dyn_cast<syntax::StructType>(ts->type)) {
      for (const syntax::Field* f : st->fields) {
        if (f->name) {
          decls.fields[name].insert(std::string(f->name->name));
        } else if (auto ref = typeRef(f->type, pkg, imports)) {
          decls.fields[name].insert(ref->name);
          decls.embedded[name].push_back(*ref);
        }
      }
    } else if (auto* it = dyn_cast<syntax::InterfaceType>(ts->type)) {
      decls.interfaceMethods[name];
      for (const syntax::Field* f : it->elems) {
        if (f->name) {
          decls.interfaceMethods[name].insert(std::string(f->name->name));
        } else if (auto ref = typeRef(f->type, pkg, imports)) {
          decls.embedded[name].push_back(*ref);
        }
      }
    }
  }

  std::map<std::string, PackageDecls> packages_;
};

/// One check derived from an api line, e.g. {"strings", "func Cut"} or {"time", "method Duration.Hours"}.
struct ApiEntry {
  std::string pkg;
  std::string what;  ///< `kind name` as in kAllowedMissing
  std::string line;  ///< the api line, for messages
};

/// Reads api/go1*.txt and returns the entries of the required packages that apply to linux/amd64.
std::vector<ApiEntry> readApi(const std::filesystem::path& dir) {
  static const std::regex kLine(R"(^pkg ([a-z0-9/]+)( \(([a-z0-9-]+)\))?, (.*)$)");
  static const std::regex kConstVarFunc(R"(^(const|var|func) ([A-Za-z0-9_]+)\b.*)");
  static const std::regex kMethod(R"(^method \(\*?([A-Za-z0-9_]+)\) ([A-Za-z0-9_]+)\(.*)");
  static const std::regex kStructField(R"(^type ([A-Za-z0-9_]+) struct, (embedded \*?(?:[a-z0-9]+\.)?)?([A-Za-z0-9_]+).*)");
  static const std::regex kIfaceMethod(R"(^type ([A-Za-z0-9_]+) interface, ([A-Za-z0-9_]+)\(.*)");
  static const std::regex kType(R"(^type ([A-Za-z0-9_]+)\b.*)");
  std::set<std::string> required(kRequiredPackages.begin(), kRequiredPackages.end());
  std::vector<ApiEntry> out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.starts_with("go1") && name.ends_with(".txt")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      std::smatch m;
      if (!std::regex_match(line, m, kLine) || !required.count(m[1])) continue;
      if (m[3].matched && m[3] != "linux-amd64" && m[3] != "linux-amd64-cgo") continue;
      std::string pkg = m[1], rest = m[4];
      std::smatch r;
      std::string what;
      if (std::regex_match(rest, r, kConstVarFunc)) {
        what = std::string(r[1]) + " " + std::string(r[2]);
      } else if (std::regex_match(rest, r, kMethod)) {
        what = "method " + std::string(r[1]) + "." + std::string(r[2]);
      } else if (std::regex_match(rest, r, kStructField)) {
        what = "field " + std::string(r[1]) + "." + std::string(r[3]);
      } else if (std::regex_match(rest, r, kIfaceMethod)) {
        what = "interface method " + std::string(r[1]) + "." + std::string(r[2]);
      } else if (rest.find(" interface, unexported methods") != std::string::npos) {
        continue;
      } else if (std::regex_match(rest, r, kType)) {
        what = "type " + std::string(r[1]);
      } else {
        ADD_FAILURE() << "unrecognised api line: " << line;
        continue;
      }
      out.push_back({pkg, what, line});
    }
  }
  return out;
}

/// Whether `model` declares the entry.
bool declares(const ApiModel& model, const ApiEntry& e) {
  const PackageDecls* p = model.package(e.pkg);
  if (!p) return false;
  size_t space = e.what.rfind(' ');
  std::string kind = e.what.substr(0, space), name = e.what.substr(space + 1);
  std::string owner, member;
  if (size_t dot = name.find('.'); dot != std::string::npos) owner = name.substr(0, dot), member = name.substr(dot + 1);
  if (kind == "const") return p->consts.count(name) != 0;
  if (kind == "var") return p->vars.count(name) != 0;
  if (kind == "func") return p->funcs.count(name) != 0;
  if (kind == "type") return model.hasType({e.pkg, name});
  if (kind == "method" || kind == "interface method") return model.hasMethod({e.pkg, owner}, member);
  if (kind == "field") return model.hasField({e.pkg, owner}, member);
  return false;
}

TEST(StdlibApi, RequiredPackagesDeclareGo119Api) {
  std::filesystem::path dir = VO_GO_API_DIR;
  ASSERT_TRUE(std::filesystem::exists(dir / "go1.txt"))
      << dir << "/go1.txt is missing: run scripts/setup (it installs golang-1.19-src)";
  std::vector<ApiEntry> entries = readApi(dir);
  ASSERT_GT(entries.size(), 1000u) << "too few api entries read from " << dir;
  ApiModel model;
  std::set<std::string> missing, allowedSeen;
  for (const ApiEntry& e : entries) {
    std::string key = e.pkg + ", " + e.what;
    if (declares(model, e)) {
      EXPECT_FALSE(kAllowedMissing.count(key)) << key << " is declared now: remove it from kAllowedMissing";
      continue;
    }
    if (kAllowedMissing.count(key)) {
      allowedSeen.insert(key);
      continue;
    }
    if (missing.insert(key).second) ADD_FAILURE() << "not declared: " << key << "  (" << e.line << ")";
  }
  for (const std::string& allowed : kAllowedMissing) {
    EXPECT_TRUE(allowedSeen.count(allowed) || missing.count(allowed))
        << allowed << " is in kAllowedMissing but no api line asks for it";
  }
}

TEST(StdlibApi, DynDeclaresSettersAndProtocolInterfaces) {
  ApiModel model;
  const PackageDecls* dyn = model.package("dyn");
  ASSERT_NE(dyn, nullptr);
  EXPECT_TRUE(dyn->funcs.count("SetAttr"));
  EXPECT_TRUE(dyn->funcs.count("SetIndex"));
  for (const char* name : {"DynAttr", "DynSetAttr", "DynIndex", "DynSetIndex", "DynCall"}) {
    EXPECT_TRUE(model.hasMethod({"dyn", name}, name)) << "interface dyn." << name << " with method " << name;
  }
}

}  // namespace
}  // namespace vo::stdlib
