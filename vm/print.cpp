// The print and println builtins: Go's runtime formatting (runtime/print.go), written to standard error.
#include <bit>
#include <cmath>
#include <cstring>
#include <string>

#include "vm/interp_impl.h"

namespace vo::vm {

void appendHex(std::string& out, uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = kDigits[v & 15];
    v >>= 4;
  } while (v);
  buf[--i] = 'x';
  buf[--i] = '0';
  out.append(buf + i, sizeof buf - static_cast<size_t>(i));
}

// runtime/print.go printfloat: 7 significant digits, "+d.dddddde+ddd".
void appendGoFloat(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      ++e;
      v /= 10;
    }
    while (v < 1) {
      --e;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; ++i) h /= 10;
    v += h;
    if (v >= 10) {
      ++e;
      v /= 10;
    }
  }
  for (int i = 0; i < n; ++i) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void appendPrinted(std::string& out, const rt::TypeDesc* t, const uint64_t* slots) {
  using rt::Kind;
  switch (t->kind) {
    case Kind::Bool:
      out += slots[0] ? "true" : "false";
      return;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
      out += std::to_string(static_cast<int64_t>(slots[0]));
      return;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      out += std::to_string(slots[0]);
      return;
    case Kind::Float32:
    case Kind::Float64:
      appendGoFloat(out, std::bit_cast<double>(slots[0]));
      return;
    case Kind::Complex64:
    case Kind::Complex128:
      out += '(';
      appendGoFloat(out, std::bit_cast<double>(slots[0]));
      appendGoFloat(out, std::bit_cast<double>(slots[1]));
      out += "i)";
      return;
    case Kind::String:
      out.append(reinterpret_cast<const char*>(slots[0]), static_cast<size_t>(slots[1]));
      return;
    case Kind::Slice:
      out += '[';
      out += std::to_string(static_cast<int64_t>(slots[1]));
      out += '/';
      out += std::to_string(static_cast<int64_t>(slots[2]));
      out += ']';
      appendHex(out, slots[0]);
      return;
    case Kind::Interface:
      out += '(';
      appendHex(out, slots[0]);
      out += ',';
      appendHex(out, slots[1]);
      out += ')';
      return;
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::Map:
    case Kind::Func:
    case Kind::UnsafePointer:
      appendHex(out, slots[0]);
      return;
    default:
      // Go rejects print of structs and arrays at compile time.
      out += "(";
      out += t->name;
      out += ")";
      return;
  }
}

}  // namespace vo::vm
