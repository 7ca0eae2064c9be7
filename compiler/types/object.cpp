// Objects, scopes and the arena that owns them.
#include "compiler/types/object.h"

#include "compiler/syntax/lexer.h"

namespace vo::types {

namespace {

// Decodes the first UTF-8 code point of `s` (invalid bytes decode as U+FFFD).
char32_t firstRune(std::string_view s) {
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (n < 0 || s.size() <= static_cast<size_t>(n)) return 0xFFFD;
  char32_t r = c & (0x3F >> n);
  for (int i = 1; i <= n; ++i) r = (r << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return r;
}

}  // namespace

bool isExportedName(std::string_view name) { return !name.empty() && syntax::Lexer::isUnicodeUpper(firstRune(name)); }

bool Object::isExported() const { return isExportedName(name); }

Object* Scope::lookup(std::string_view name) const {
  auto it = elems_.find(name);
  return it == elems_.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(std::string_view name, Scope** found) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* obj = s->lookup(name)) {
      if (found) *found = const_cast<Scope*>(s);
      return obj;
    }
  }
  if (found) *found = nullptr;
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  if (obj->name == "_") return nullptr;
  auto [it, inserted] = elems_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  if (!obj->parent) obj->parent = this;
  return nullptr;
}

Scope* ObjectArena::makeScope(Scope* parent, std::string_view comment) {
  scopes_.push_back(std::make_unique<Scope>(parent, comment));
  Scope* s = scopes_.back().get();
  if (parent) parent->children.push_back(s);
  return s;
}

Package* ObjectArena::makePackage(std::string path, std::string name) {
  Scope* scope = makeScope(nullptr, "package");
  packages_.push_back(std::make_unique<Package>(std::move(path), std::move(name), scope));
  return packages_.back().get();
}

}  // namespace vo::types
