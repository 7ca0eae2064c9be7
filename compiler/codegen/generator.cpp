// The module-level generator: function indices on demand, natives, constants, globals, package initialisation and
// the program entry.
#include <cstring>
#include <filesystem>
#include <system_error>

#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

Generator::Generator(rt::Module& mod, SourceManager& sources, DiagnosticEngine& diags, std::vector<PkgInfo>& pkgs)
    : mod(mod), sources(sources), diags(diags), pkgs(pkgs), tt(mod) {
  for (PkgInfo& p : pkgs) {
    pkgOf[p.pkg] = &p;
    if (p.pkg != nullptr && p.pkg->path == "dyn") tt.setMethodTypes(true);  // dyn.CallMethod reads Method::type
  }
}

uint32_t Generator::newFunc(std::string name) {
  mod.funcs.emplace_back();
  mod.funcs.back().name = std::move(name);
  return static_cast<uint32_t>(mod.funcs.size() - 1);
}

std::string Generator::pkgPrefix(const ty::Package* p) const { return p ? p->path : std::string("main"); }

std::string Generator::funcName(const ty::Func* f) const {
  std::string prefix = pkgPrefix(f->pkg);
  const ty::Signature* s = f->signature();
  if (s && s->recv) {
    const ty::Type* rt = s->recv->type;
    bool ptr = false;
    if (const auto* p = ty::dyn_cast<ty::Pointer>(rt)) {
      rt = p->elem;
      ptr = true;
    }
    std::string tname;
    if (const auto* n = ty::dyn_cast<ty::Named>(rt))
      tname = std::string(n->obj->name);
    else
      tname = ty::typeString(rt);
    return prefix + "." + (ptr ? "(*" + tname + ")" : tname) + "." + std::string(f->name);
  }
  return prefix + "." + std::string(f->name);
}

uint32_t Generator::funcIndex(const ty::Func* f) {
  if (auto it = funcs.find(f); it != funcs.end()) return it->second;
  uint32_t idx = newFunc(funcName(f));
  funcs[f] = idx;
  const auto* decl = sx::dyn_cast<sx::FuncDecl>(f->decl);
  if (!decl || !decl->body || f->isNative) {
    // A native: its window shape is all an executor needs.
    rt::FuncInfo& fi = mod.funcs[idx];
    fi.flags = rt::kFuncNative;
    const ty::Signature* s = f->signature();
    std::vector<SlotKind> kinds;
    for (const ty::Var* r : s->results->vars) {
      auto k = tt.slotKinds(r->type);
      kinds.insert(kinds.end(), k.begin(), k.end());
    }
    fi.numResultSlots = static_cast<uint16_t>(kinds.size());
    if (s->recv) {
      auto k = tt.slotKinds(s->recv->type);
      kinds.insert(kinds.end(), k.begin(), k.end());
    }
    for (const ty::Var* p : s->params->vars) {
      auto k = tt.slotKinds(p->type);
      kinds.insert(kinds.end(), k.begin(), k.end());
    }
    fi.numParamSlots = static_cast<uint16_t>(kinds.size() - fi.numResultSlots);
    fi.frameSize = static_cast<uint16_t>(kinds.size());
    fi.slotKinds = std::move(kinds);
    if (f->pos.isValid()) {
      fi.file = file(f->pos);
      fi.line = lineOf(f->pos);
    }
    return idx;
  }
  PkgInfo* p = pkgOf.count(f->pkg) ? pkgOf[f->pkg] : nullptr;
  work.push_back([this, decl, f, idx, p] { compileFuncDecl(decl, f, idx, p); });
  return idx;
}

void Generator::compileFuncDecl(const sx::FuncDecl* d, const ty::Func* f, uint32_t index, PkgInfo* pkg) {
  FuncGen fg(*this, pkg, mod.funcs[index].name);
  fg.line(d->pos());
  fg.setupSignature(f->signature(), true, {});
  fg.genBody(d->body);
  fg.finishFunc(index, d->name->pos(), 0);
}

uint32_t Generator::constInt(int64_t v) {
  if (auto it = intConsts.find(v); it != intConsts.end()) return it->second;
  rt::Constant c;
  c.kind = rt::Constant::Kind::Int;
  c.i = v;
  mod.constants.push_back(c);
  return intConsts[v] = static_cast<uint32_t>(mod.constants.size() - 1);
}

uint32_t Generator::constFloat(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  if (auto it = floatConsts.find(bits); it != floatConsts.end()) return it->second;
  rt::Constant c;
  c.kind = rt::Constant::Kind::Float;
  c.f = v;
  mod.constants.push_back(c);
  return floatConsts[bits] = static_cast<uint32_t>(mod.constants.size() - 1);
}

uint32_t Generator::constStr(const std::string& s) {
  if (auto it = strConsts.find(s); it != strConsts.end()) return it->second;
  rt::Constant c;
  c.kind = rt::Constant::Kind::String;
  c.s = s;
  mod.constants.push_back(c);
  return strConsts[s] = static_cast<uint32_t>(mod.constants.size() - 1);
}

int32_t Generator::typeIndex(const ty::Type* t) {
  t = concreteType(t);
  return static_cast<int32_t>(tt.get(t)->index);
}

// The file a position presumes (after //line directives, which may name several files in one source file). A
// source file named by a relative path is recorded by its absolute path, as Go's compiler records it (so
// runtime.Caller and log.Llongfile report it); embedded stdlib files ($VOROOT/...) keep their names.
uint32_t Generator::file(Pos p) {
  if (!p.isValid()) return 0;
  PresumedLocation loc = sources.presumedLocation(p);
  std::string name = loc.filename.empty() ? sources.path(p.file) : std::string(loc.filename);
  bool ownName = name == sources.path(p.file);  // no //line directive renames this position
  if (ownName && !name.empty() && name[0] != '/' && name[0] != '$') {
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(name, ec);
    if (!ec) name = abs.lexically_normal().string();
  }
  if (auto it = fileIndex.find(name); it != fileIndex.end()) return it->second;
  mod.files.push_back(name);
  return fileIndex[name] = static_cast<uint32_t>(mod.files.size() - 1);
}

uint32_t Generator::lineOf(Pos p) const {
  if (!p.isValid()) return 0;
  return sources.presumedLocation(p).line;
}

const ty::Type* Generator::pointerTo(const ty::Type* t) {
  return synthTypes.make<ty::Pointer>(const_cast<ty::Type*>(t));
}

// ---- globals, package init, entry -----------------------------------------------------------------------------------

void Generator::buildGlobals() {
  std::vector<ty::Var*> fields;
  std::vector<const ty::Var*> vars;
  for (PkgInfo& p : pkgs) {
    std::vector<ty::Var*> pv;
    for (const auto& [name, obj] : p.pkg->scope->elems())
      if (auto* v = ty::dyn_cast<ty::Var>(obj)) pv.push_back(v);
    std::sort(pv.begin(), pv.end(), [](const ty::Var* a, const ty::Var* b) { return a->order < b->order; });
    for (ty::Var* v : pv) {
      names.push_back(p.pkg->path + "." + std::string(v->name));
      auto* f = synthObjects.makeObject<ty::Var>(names.back(), v->type, nullptr, Pos{});
      f->isField = true;
      fields.push_back(f);
      vars.push_back(v);
    }
  }
  auto* st = synthTypes.make<ty::Struct>(fields, std::vector<std::string>{});
  mod.globalsType = tt.get(st);
  for (size_t i = 0; i < vars.size(); ++i) globals[vars[i]] = static_cast<uint32_t>(tt.fieldOffset(st, static_cast<int>(i)));
}

// A package's variable initialisers (Info::initOrder) in "pkg.init", then its init functions ("pkg.init.0", ...),
// which the entry calls directly as Go's runtime.doInit does. Returns the functions to call, in order.
std::vector<uint32_t> Generator::buildPackageInit(PkgInfo& p) {
  std::vector<uint32_t> calls;
  if (!p.info->initOrder.empty()) {
    std::string name = pkgPrefix(p.pkg) + ".init";
    uint32_t idx = newFunc(name);
    FuncGen fg(*this, &p, pkgPrefix(p.pkg) + ".glob.");
    for (const ty::Initializer& in : p.info->initOrder) {
      if (!in.rhs) continue;
      fg.line(in.rhs->pos());
      std::vector<Place> places;
      std::vector<const ty::Type*> types;
      for (const ty::Var* v : in.lhs) {
        if (globals.count(v)) {
          places.push_back(fg.varPlace(v));
          types.push_back(v->type);
        } else {
          places.push_back(Place{});
          types.push_back(nullptr);
        }
      }
      std::vector<sx::Expr*> rhs{const_cast<sx::Expr*>(in.rhs)};
      fg.assignList(places, types, std::span<sx::Expr* const>(rhs.data(), rhs.size()));
      for (auto it = places.rbegin(); it != places.rend(); ++it) fg.releasePlace(*it);
    }
    fg.b.emit(Opcode::Ret);
    fg.name = name;
    fg.finishFunc(idx, p.files.empty() ? Pos{} : p.files[0]->pos(), 0);
    calls.push_back(idx);
  }
  int initCount = 0;
  for (const sx::File* f : p.files)
    for (const sx::Decl* d : f->decls) {
      const auto* fd = sx::dyn_cast<sx::FuncDecl>(d);
      if (!fd || fd->recv || fd->name->name != "init" || !fd->body) continue;
      auto it = p.info->defs.find(fd->name);
      const ty::Func* fn = it != p.info->defs.end() ? ty::dyn_cast<ty::Func>(it->second) : nullptr;
      if (!fn) continue;
      uint32_t fi = newFunc(pkgPrefix(p.pkg) + ".init." + std::to_string(initCount++));
      funcs[fn] = fi;
      work.push_back([this, fd, fn, fi, pp = &p] { compileFuncDecl(fd, fn, fi, pp); });
      calls.push_back(fi);
    }
  return calls;
}

void Generator::buildEntry() {
  uint32_t entry = newFunc("vo.entry");
  std::vector<uint32_t> inits;
  for (PkgInfo& p : pkgs)
    for (uint32_t f : buildPackageInit(p)) inits.push_back(f);
  FuncGen fg(*this, &pkgs.back(), "vo.entry");
  for (uint32_t i : inits) fg.b.emit(Opcode::Call, 0, 0, 0, static_cast<int32_t>(i));
  PkgInfo& mainPkg = pkgs.back();
  const ty::Func* mainFn = ty::dyn_cast<ty::Func>(mainPkg.pkg->scope->lookup("main"));
  if (mainFn) {
    fg.b.emit(Opcode::Call, 0, 0, 0, static_cast<int32_t>(funcIndex(mainFn)));
  } else if (!allFunctions) {
    diags.error(mainPkg.files.empty() ? Pos{} : mainPkg.files[0]->pos(), "function main is undeclared in the main package");
  }
  fg.b.emit(Opcode::Ret);
  fg.finishFunc(entry, Pos{}, rt::kFuncHidden);
  mod.entry = entry;
}

void Generator::generate() {
  // Methods natives dispatch to through the empty interface (fmt, the panic printer).
  for (const char* n : {"Error", "String", "Format", "GoString"}) ifaceMethodNames.insert(n);
  // dyn.CallMethod (and the protocol methods DynAttr, ...) call any exported method by name.
  allExportedIfaceMethods = pkgFunc("dyn", "CallMethod") != nullptr;
  for (PkgInfo& p : pkgs) {
    if (escapeHook) escapeHook(p);
    std::span<const sx::File* const> files(p.files.data(), p.files.size());
    dropResultsCapturedByValue(files, *p.info, p.esc.capturedByValue);
    computeAddressedVars(files, *p.info, p.esc.capturedByValue, p.heapVars);
  }
  buildGlobals();
  buildEntry();
  if (allFunctions)
    for (PkgInfo& p : pkgs)
      for (const sx::File* f : p.files)
        for (const sx::Decl* d : f->decls)
          if (const auto* fd = sx::dyn_cast<sx::FuncDecl>(d)) {
            auto it = p.info->defs.find(fd->name);
            if (it == p.info->defs.end()) continue;
            if (const auto* fn = ty::dyn_cast<ty::Func>(it->second); fn && fd->name->name != "init") funcIndex(fn);
          }
  // The types of run-time error values (Module::runtimeErrorType and friends), with their Error and
  // RuntimeError methods for fmt, the panic printer and r.(runtime.Error).
  for (PkgInfo& p : pkgs) {
    if (p.pkg->path != "runtime") continue;
    auto record = [&](const char* name, bool pointer, int32_t& index) {
      const auto* tn = ty::dyn_cast<ty::TypeName>(p.pkg->scope->lookup(name));
      if (!tn) return;
      const ty::Type* t = tn->type;
      if (pointer) {  // *T: the receiver type of T's (pointer) methods
        const auto* named = ty::dyn_cast<ty::Named>(t);
        if (!named || named->methods.empty()) return;
        const ty::Var* recv = named->methods[0]->signature()->recv;
        if (!recv || !ty::isa<ty::Pointer>(recv->type)) return;
        t = recv->type;
      }
      needIfaceMethods(t);
      index = typeIndex(t);
    };
    record("errorString", false, mod.runtimeErrorType);
    record("plainError", false, mod.plainErrorType);
    record("boundsError", false, mod.boundsErrorType);
    record("TypeAssertionError", true, mod.typeAssertionErrorType);
  }
  do {
    while (!work.empty()) {
      auto w = std::move(work.front());
      work.pop_front();
      w();
    }
  } while (generateIfaceMethods() || !work.empty());
}

}  // namespace vo::codegen
