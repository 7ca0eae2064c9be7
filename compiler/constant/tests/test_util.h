// Shorthands shared by the constant unit tests.
#pragma once

#include <string_view>

#include "compiler/constant/constant.h"

namespace vo::constant::testing {

inline Value intLit(std::string_view s) { return makeFromLiteral(s, LiteralKind::Int); }
inline Value floatLit(std::string_view s) { return makeFromLiteral(s, LiteralKind::Float); }
inline Value imagLit(std::string_view s) { return makeFromLiteral(s, LiteralKind::Imag); }
inline Value runeLit(std::string_view s) { return makeFromLiteral(s, LiteralKind::Rune); }
inline Value stringLit(std::string_view s) { return makeFromLiteral(s, LiteralKind::String); }
inline bool eq(const Value& x, const Value& y) { return compare(x, CompareOp::Eql, y); }
inline Value i64(int64_t x) { return makeInt64(x); }

}  // namespace vo::constant::testing
