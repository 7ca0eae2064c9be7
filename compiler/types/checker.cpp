// The checker's entry point, error reporting, recording into Info, and the importer for the embedded standard
// library.
#include <map>

#include "compiler/syntax/parser.h"
#include "compiler/types/checker_impl.h"
#include "stdlib/sources.h"

namespace vo::types {

bool Operand::isNil() const {
  return mode == OperandMode::Value && type && basicKindOf(type) == BasicKind::UntypedNil;
}

Checker::Checker(CheckContext& ctx, Importer& importer, Package* pkg, DiagnosticEngine& diags, Info& info)
    : ctx(ctx), importer(importer), pkg(pkg), diags(diags), info(info) {}

void Checker::checkFiles(std::span<const syntax::File* const> files) {
  collectObjects(files);
  packageObjects();
  // Function bodies and other delayed checks; actions may add further actions.
  for (size_t i = 0; i < delayed.size(); ++i) {
    auto action = std::move(delayed[i]);
    action();
  }
  delayed.clear();
  recordUntyped();  // untyped values that never met a typed context get their default type
  unusedImports();
  initOrder();
  pkg->complete = true;
}

void Checker::error(Pos pos, std::string msg) { diags.error(errpos.isValid() ? errpos : pos, std::move(msg)); }

void Checker::errorAt(const syntax::Node* at, std::string msg) { error(at->pos(), std::move(msg)); }

void Checker::unusedError(Pos pos, std::string msg, bool isVoFile) {
  if (isVoFile) {
    diags.warning(pos, std::move(msg));
  } else {
    diags.error(pos, std::move(msg));
  }
}

void Checker::recordTypeAndValue(const syntax::Expr* e, OperandMode mode, Type* type, const constant::Value& val) {
  if (!e || mode == OperandMode::Invalid) return;
  TypeAndValue& tv = info.types[e];
  tv.mode = mode;
  tv.type = type;
  tv.value = mode == OperandMode::Constant ? val : constant::Value();
}

void Checker::recordDef(const syntax::Ident* id, Object* obj) {
  if (id) info.defs[id] = obj;
}

void Checker::recordUse(const syntax::Ident* id, Object* obj) {
  if (id && obj) info.uses[id] = obj;
}

void Checker::recordImplicit(const syntax::Node* node, Object* obj) {
  if (node && obj) info.implicits[node] = obj;
}

void Checker::recordSelection(const syntax::SelectorExpr* x, Selection sel) { info.selections[x] = std::move(sel); }

void Checker::recordScope(const syntax::Node* node, Scope* scope) {
  if (node) info.scopes[node] = scope;
}

void Checker::declare(Scope* scope, const syntax::Ident* id, Object* obj) {
  // spec: "The blank identifier may be used like any other identifier in a declaration, but it does not
  // introduce a binding and thus is not declared."
  if (obj->name != "_") {
    if (Object* prev = scope->insert(obj)) {
      std::string msg = std::string(obj->name) + " redeclared in this block";
      if (prev->pos.isValid()) msg += "\n\t" + diags.sources().describe(prev->pos) + ": other declaration of " +
                                      std::string(obj->name);
      error(obj->pos, msg);
      return;
    }
  }
  recordDef(id, obj);
}

Scope* Checker::newScope(Scope* parent, const syntax::Node* node, std::string_view comment) {
  Scope* s = ctx.objects.makeScope(parent, comment);
  recordScope(node, s);
  return s;
}

Package* checkPackage(CheckContext& ctx, Importer& importer, std::string path,
                      std::span<const syntax::File* const> files, DiagnosticEngine& diags, Info& info) {
  std::string name = files.empty() || !files[0]->packageName ? "main" : std::string(files[0]->packageName->name);
  Package* pkg = ctx.objects.makePackage(std::move(path), std::move(name));
  pkg->scope->parent = Universe::get().scope();
  Checker checker(ctx, importer, pkg, diags, info);
  checker.checkFiles(files);
  return pkg;
}

// ---------------------------------------------------------------------------------------------------------------
// StdlibImporter

struct StdlibImporter::Impl {
  Impl(CheckContext& ctx, SourceManager& sources, DiagnosticEngine& diags) : ctx(ctx), sources(sources), diags(diags) {}
  CheckContext& ctx;
  SourceManager& sources;
  DiagnosticEngine& diags;
  syntax::AstContext ast;
  std::map<std::string, Package*, std::less<>> done;
  std::map<std::string, Info, std::less<>> infos;
  std::vector<std::string> inProgress;
  std::vector<StdlibImporter::CheckedPackage> order;  // dependency order (completion order)
};

StdlibImporter::StdlibImporter(CheckContext& ctx, SourceManager& sources, DiagnosticEngine& diags)
    : impl_(std::make_unique<Impl>(ctx, sources, diags)) {}

StdlibImporter::~StdlibImporter() = default;

Package* StdlibImporter::import(std::string_view path, std::string& error) {
  if (auto it = impl_->done.find(path); it != impl_->done.end()) return it->second;
  for (const std::string& p : impl_->inProgress) {
    if (p == path) {
      error = "import cycle not allowed";
      return nullptr;
    }
  }
  std::span<const stdlib::SourceFile> files = stdlib::packageFiles(path);
  if (files.empty()) {
    error = "package " + std::string(path) + " is not in std";
    return nullptr;
  }
  impl_->inProgress.emplace_back(path);
  std::vector<const syntax::File*> parsed;
  for (const stdlib::SourceFile& f : files) {
    FileId id = impl_->sources.addFile(std::string(f.path), std::string(f.contents));
    if (const syntax::File* file = syntax::parseFile(impl_->ast, impl_->sources, id, impl_->diags,
                                                     syntax::dialectOfPath(f.path)))
      parsed.push_back(file);
  }
  Info& info = impl_->infos[std::string(path)];
  Package* pkg = checkPackage(impl_->ctx, *this, std::string(path), parsed, impl_->diags, info);
  impl_->inProgress.pop_back();
  impl_->done.emplace(std::string(path), pkg);
  impl_->order.push_back(CheckedPackage{pkg, std::move(parsed), &info});
  return pkg;
}

std::vector<StdlibImporter::CheckedPackage> StdlibImporter::checkedPackages() const { return impl_->order; }

}  // namespace vo::types
