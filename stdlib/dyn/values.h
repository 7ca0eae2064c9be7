// The reflection package dyn's natives share (stdlib/dyn/): boxing values into `any`, checking and converting an
// `any` to a variable's type, struct field lookup by dynamic name (tags, promotion), integer keys, and the texts of
// the error details. Values are read in Go's memory layout through TypeDescs (runtime-core/type_desc.h), the way
// Go's reflect package does it; dyn_impl.vo says which rules the natives follow.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime-core/native.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_desc.h"
#include "runtime-core/value.h"

namespace vo::stdlib::dyn {

/// The failure kinds of the natives, as dyn_impl.vo numbers them (kindNone, kindNilBase, ...).
enum class ErrKind : int64_t {
  None = 0,
  NilBase,
  BadField,
  BadIndex,
  OutOfBounds,
  TypeMismatch,
  SigMismatch,
  BadCall,
  Byte,      ///< getIndexNative's success on a string: the element is a byte result
  NoMethod,  ///< callMethodNative: no method of that name
};

/// A failure: its kind and the detail text of the *dyn.Error (without the "dyn: " prefix).
struct Failure {
  ErrKind kind = ErrKind::None;
  std::string detail;
  explicit operator bool() const { return kind != ErrKind::None; }
};

/// The dynamic type and value of an `any` read from a native's call window.
struct AnyValue {
  const rt::TypeDesc* type = nullptr;  ///< nullptr: a nil interface
  rt::Iface iface;                     ///< type word (a TypeDesc*) and data word
  /// The value's memory (the data word itself for Direct types, else the box); nullptr for nil.
  const void* ptr() const { return type ? rt::ifaceValuePtr(type, iface) : nullptr; }
};

/// The `any` in slots[0], slots[1] of a call window.
AnyValue anyAt(const uint64_t* slots);

/// The value of type `t` at `mem` as an `any`: an interface value gives its dynamic type and value (nil stays
/// nil); any other value is copied into a new box unless `t` is Direct. `mem` must stay reachable for the GC
/// (it may collect before copying).
rt::Iface boxValue(const rt::TypeDesc* t, const void* mem);

/// Whether the underlying types of `a` and `b` are identical (Go spec "Type identity"; descriptors of element,
/// key, field, parameter and result types compare by identity). Structs with unexported fields are only identical
/// to themselves (the descriptors do not record the fields' packages).
bool identicalUnderlying(const rt::TypeDesc* a, const rt::TypeDesc* b);

/// Go's assignability of a value of non-interface type `v` to non-interface type `t`: identical types, or
/// identical underlying types when one of them is not a defined type, or a bidirectional channel to a channel
/// type of the same element type.
bool assignableType(const rt::TypeDesc* v, const rt::TypeDesc* t);

/// Whether `v` fits a variable of type `t` (see dyn_impl.vo). On success `*mem` points to the bytes of the
/// converted value in `t`'s layout: the value's own memory, or `scratch` (3 words: an interface pair, a nil of
/// any nilable type) which must live as long as `*mem` is used.
bool convertTo(const rt::TypeDesc* t, const AnyValue& v, uint64_t scratch[3], const void** mem);

/// The Go program's `interface {}` descriptor (for []any results); throws rt::FatalError when the program has none.
const rt::TypeDesc* emptyInterfaceType(const rt::Module& m);

/// The `error` interface's descriptor test (the predeclared type, not a defined type named error).
bool isErrorType(const rt::TypeDesc* t);

/// A struct field by dynamic name: the chain of fields from the outer struct (embedded ones first, then the field).
struct FieldPath {
  std::vector<const rt::StructField*> steps;  ///< empty: not found
  bool ambiguous = false;                     ///< two fields of that name at the shallowest depth
};

/// The field's dynamic name: its `dyn` tag's name, else its name when exported; "" when invisible.
std::string dynFieldName(const rt::StructField& f);

/// Finds the field of dynamic name `name` in struct type `st`, promoted fields included (Go's depth rules).
FieldPath findField(const rt::TypeDesc* st, std::string_view name);

/// The address of the field `path` leads to inside the struct at `mem`, following embedded pointers; nullptr
/// when one of them is nil, and then `*nilField` is that embedded field.
void* fieldAddress(void* mem, const FieldPath& path, const rt::StructField** nilField);

/// The value of an integer-kind `key` as an index: false when the key is not of an integer kind. Values beyond
/// int64 (large uint64s) become INT64_MAX, which every bounds check rejects.
bool indexValue(const AnyValue& key, int64_t* index);

/// Go's `%q` of a string ("\"age\"") and `%v` of a value without calling its methods (for details).
std::string quoted(std::string_view s);
std::string formatValue(const AnyValue& v);

/// reflect's String() of a type, "nil" for none.
std::string typeName(const rt::TypeDesc* t);

/// Keeps every word of a C++ slot buffer alive for the GC while in scope (conservatively: a word that is not a
/// heap pointer is ignored), for call windows and results held in C++ memory across allocations and calls.
class PinnedWords : public rt::RootScanner {
 public:
  explicit PinnedWords(size_t n) : words(n, 0) { rt::gcAddRoots(this); }
  ~PinnedWords() override { rt::gcRemoveRoots(this); }
  PinnedWords(const PinnedWords&) = delete;
  PinnedWords& operator=(const PinnedWords&) = delete;
  void scanRoots(rt::GcMarker& m) override {
    for (uint64_t w : words) m.markPointer(reinterpret_cast<const void*>(w));
  }
  std::vector<uint64_t> words;
};

// ---- the natives (access.cpp, call.cpp); call windows as dyn_impl.vo declares them -----------------------------

/// dyn.getAttrNative: the field, tagged field or string-keyed map entry `name` of the base (after the protocols).
void getAttrNative(rt::NativeContext& ctx, uint64_t* slots);
/// dyn.getIndexNative: element `key` of a slice, array, pointer to array, string or map.
void getIndexNative(rt::NativeContext& ctx, uint64_t* slots);
/// dyn.setAttrNative: stores into a field of a pointed-to struct or a string-keyed map entry, converting the value.
void setAttrNative(rt::NativeContext& ctx, uint64_t* slots);
/// dyn.setIndexNative: stores into an element of a slice, pointer to array or map, converting key and value.
void setIndexNative(rt::NativeContext& ctx, uint64_t* slots);
/// dyn.callNative: calls a func value with `[]any` arguments checked against its parameters; splits the results.
void callNative(rt::NativeContext& ctx, uint64_t* slots);
/// dyn.callMethodNative: calls an exported method of the base's method set by name, as callNative.
void callMethodNative(rt::NativeContext& ctx, uint64_t* slots);

}  // namespace vo::stdlib::dyn
