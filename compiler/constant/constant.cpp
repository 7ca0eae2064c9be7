// Value kinds, factories, accessors, conversions and arithmetic of exact constants (go/constant/value.go).
// Literal parsing lives in literal.cpp, formatting in format.cpp, float rounding and representability in
// representable.cpp.
#include "compiler/constant/constant.h"

#include <cmath>
#include <exception>
#include <mutex>
#include <vector>

#include "compiler/constant/rep.h"

namespace vo::constant {

using detail::ComplexParts;
using detail::kBool;
using detail::kComplex;
using detail::kFloat;
using detail::kInt;
using detail::kRat;
using detail::kString;
using detail::StringNode;

namespace {

/// Guards the lazy flattening of concatenated strings (StringNode::flat/left/right).
std::mutex& stringMutex() {
  static std::mutex mu;
  return mu;
}

/// Concatenations whose result is at most this many bytes are flattened at once.
constexpr size_t kEagerConcatBytes = 4096;

std::string flatten(const StringNode& node) {
  std::lock_guard<std::mutex> lock(stringMutex());
  if (node.left) {
    std::string out;
    out.reserve(node.size);
    std::vector<const StringNode*> stack{&node};
    while (!stack.empty()) {
      const StringNode* n = stack.back();
      stack.pop_back();
      if (n->left) {
        stack.push_back(n->right.get());
        stack.push_back(n->left.get());
      } else {
        out += n->flat;
      }
    }
    node.flat = std::move(out);
    node.left.reset();
    node.right.reset();
  }
  return node.flat;
}

Value concat(const std::shared_ptr<const StringNode>& x, const std::shared_ptr<const StringNode>& y) {
  auto node = std::make_shared<StringNode>();
  node->size = x->size + y->size;
  if (node->size <= kEagerConcatBytes) {
    node->flat = flatten(*x) + flatten(*y);
  } else {
    node->left = x;
    node->right = y;
  }
  return wrap<kString>(std::shared_ptr<const StringNode>(std::move(node)));
}

/// Numeric ranks in go/constant's `ord` order; non-numbers are 0.
int rank(const Value& x) {
  if (!x.rep()) return 0;
  switch (x.rep()->v.index()) {
    case kInt:
      return 1;
    case kRat:
      return 2;
    case kFloat:
      return 3;
    case kComplex:
      return 4;
    default:
      return 0;
  }
}

/// `x` (numeric) in the representation of rank `r` >= rank(x), without any rounding to fraction limits.
Value promote(const Value& x, int r) {
  int rx = rank(x);
  if (rx == r) return x;
  if (r == 4) return wrap<kComplex>(ComplexParts{x, makeInt64(0)});
  if (rx == 1) {
    const BigInt& i = *payload<BigInt>(x);
    if (r == 2) return wrap<kRat>(BigRat(i));
    return wrap<kFloat>(intToFloat(i));
  }
  return wrap<kFloat>(ratToFloat(*payload<BigRat>(x)));  // rat -> float
}

/// Brings two values to a common representation: numbers to the larger rank; otherwise both must have the same
/// kind. Returns false when they do not match (or either is Unknown).
bool match(const Value& x, const Value& y, Value& mx, Value& my) {
  if (x.isUnknown() || y.isUnknown()) return false;
  int rx = rank(x), ry = rank(y);
  if (rx == 0 || ry == 0) {
    if (x.rep()->v.index() != y.rep()->v.index()) return false;
    mx = x;
    my = y;
    return true;
  }
  int r = rx > ry ? rx : ry;
  mx = promote(x, r);
  my = promote(y, r);
  return true;
}

Value intOp(const BigInt& a, BinaryOp op, const BigInt& b) {
  switch (op) {
    case BinaryOp::Add:
      return makeInt(a + b);
    case BinaryOp::Sub:
      return makeInt(a - b);
    case BinaryOp::Mul:
      return makeInt(a * b);
    case BinaryOp::Quo:
      if (b == 0) return Value();
      return makeRat(BigRat(a, b));
    case BinaryOp::IntQuo:
      if (b == 0) return Value();
      return makeInt(a / b);  // truncates toward zero
    case BinaryOp::Rem:
      if (b == 0) return Value();
      return makeInt(a % b);  // sign of the dividend
    case BinaryOp::And:
      return makeInt(a & b);
    case BinaryOp::Or:
      return makeInt(a | b);
    case BinaryOp::Xor:
      return makeInt(a ^ b);
    case BinaryOp::AndNot:
      return makeInt(a & ~b);
    default:
      return Value();
  }
}

Value ratOp(const BigRat& a, BinaryOp op, const BigRat& b) {
  switch (op) {
    case BinaryOp::Add:
      return makeRat(a + b);
    case BinaryOp::Sub:
      return makeRat(a - b);
    case BinaryOp::Mul:
      return makeRat(a * b);
    case BinaryOp::Quo:
      if (b == 0) return Value();
      return makeRat(a / b);
    default:
      return Value();
  }
}

Value floatOp(const BigFloat& a, BinaryOp op, const BigFloat& b) {
  switch (op) {
    case BinaryOp::Add:
      return makeBigFloat(a + b);
    case BinaryOp::Sub:
      return makeBigFloat(a - b);
    case BinaryOp::Mul:
      return makeBigFloat(a * b);
    case BinaryOp::Quo:
      if (b == 0) return Value();
      return makeBigFloat(a / b);
    default:
      return Value();
  }
}

Value complexOp(const ComplexParts& x, BinaryOp op, const ComplexParts& y) {
  const Value &a = x.re, &b = x.im, &c = y.re, &d = y.im;
  auto add = [](const Value& p, const Value& q) { return binaryOp(p, BinaryOp::Add, q); };
  auto sub = [](const Value& p, const Value& q) { return binaryOp(p, BinaryOp::Sub, q); };
  auto mul = [](const Value& p, const Value& q) { return binaryOp(p, BinaryOp::Mul, q); };
  auto quo = [](const Value& p, const Value& q) { return binaryOp(p, BinaryOp::Quo, q); };
  switch (op) {
    case BinaryOp::Add:
      return makeComplex(add(a, c), add(b, d));
    case BinaryOp::Sub:
      return makeComplex(sub(a, c), sub(b, d));
    case BinaryOp::Mul:  // (ac-bd) + i(bc+ad)
      return makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case BinaryOp::Quo: {  // (ac+bd)/s + i(bc-ad)/s with s = cc+dd
      Value s = add(mul(c, c), mul(d, d));
      return makeComplex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
    }
    default:
      return Value();
  }
}

template <class T>
bool cmpOrdered(const T& a, CompareOp op, const T& b) {
  switch (op) {
    case CompareOp::Eql:
      return a == b;
    case CompareOp::Neq:
      return a != b;
    case CompareOp::Lss:
      return a < b;
    case CompareOp::Leq:
      return a <= b;
    case CompareOp::Gtr:
      return a > b;
    case CompareOp::Geq:
      return a >= b;
  }
  return false;
}

/// Whether m * 2^-k (m >= 0) is an integer.
bool isIntegral(const BigInt& m, int64_t k) { return k <= 0 || m == 0 || static_cast<int64_t>(lsb(m)) >= k; }

/// go/constant ToInt for binary floats: exact when integral, also after dropping the last 4 mantissa bits.
Value floatToInt(const BigFloat& f) {
  BigInt mant;
  int64_t exp = 0;
  decompose(f, mant, exp);
  int64_t e = bitLength(mant) + exp;  // f = 0.mant * 2^e
  if (e <= -kMaxExactBits || e >= kMaxExactBits) return Value();
  bool negative = f < 0;
  auto result = [&](const BigInt& m) {
    BigInt i = exp >= 0 ? BigInt(m << static_cast<unsigned>(exp)) : BigInt(m >> static_cast<unsigned>(-exp));
    return makeInt(negative ? BigInt(-i) : i);
  };
  if (isIntegral(mant, -exp)) return result(mant);
  constexpr int kDelta = 4;
  int64_t t = bitLength(mant) - (kFloatPrecision - kDelta);
  if (t > 0) {
    BigInt down = (mant >> static_cast<unsigned>(t)) << static_cast<unsigned>(t);
    if (isIntegral(down, -exp)) return result(down);
    BigInt up = down + (BigInt(1) << static_cast<unsigned>(t));
    if (isIntegral(up, -exp)) return result(up);
  }
  return Value();
}

}  // namespace

detail::StringNode::~StringNode() {
  std::vector<std::shared_ptr<const StringNode>> pending;
  if (left) pending.push_back(std::move(left));
  if (right) pending.push_back(std::move(right));
  while (!pending.empty()) {
    std::shared_ptr<const StringNode> n = std::move(pending.back());
    pending.pop_back();
    if (n.use_count() == 1) {  // we hold the last reference: detach its children before it dies
      if (n->left) pending.push_back(std::move(n->left));
      if (n->right) pending.push_back(std::move(n->right));
    }
  }
}

Kind Value::kind() const {
  if (!rep_) return Kind::Unknown;
  switch (rep_->v.index()) {
    case kBool:
      return Kind::Bool;
    case kString:
      return Kind::String;
    case kInt:
      return Kind::Int;
    case kRat:
    case kFloat:
      return Kind::Float;
    case kComplex:
      return Kind::Complex;
    default:
      return Kind::Unknown;
  }
}

int64_t bitLength(const BigInt& x) {
  if (x == 0) return 0;
  return static_cast<int64_t>(msb(x < 0 ? BigInt(-x) : x)) + 1;
}

// GCC 12 reports a false -Wmaybe-uninitialized inside Boost's cpp_int -> cpp_bin_float conversion; the
// conversion is confined to this function so that the suppression stays this narrow.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
BigFloat intToFloat(const BigInt& i) { return BigFloat(i); }
#pragma GCC diagnostic pop

BigFloat ratToFloat(const BigRat& r) { return intToFloat(numerator(r)) / intToFloat(denominator(r)); }

void decompose(const BigFloat& x, BigInt& mant, int64_t& exp) {
  int e = 0;
  BigFloat m = frexp(abs(x), &e);  // 0.5 <= m < 1
  mant = ldexp(m, kFloatPrecision).convert_to<BigInt>();
  exp = static_cast<int64_t>(e) - kFloatPrecision;
}

Value makeBigFloat(const BigFloat& x) {
  if (isinf(x) || isnan(x)) return Value();
  if (x == 0) return wrap<kRat>(BigRat(0));
  return wrap<kFloat>(x);
}

// ---- Factories -------------------------------------------------------------------------------------------------

Value makeUnknown() { return Value(); }

Value makeBool(bool b) { return wrap<kBool>(b); }

Value makeString(std::string s) {
  auto node = std::make_shared<StringNode>();
  node->size = s.size();
  node->flat = std::move(s);
  return wrap<kString>(std::shared_ptr<const StringNode>(std::move(node)));
}

Value makeInt64(int64_t x) { return wrap<kInt>(BigInt(x)); }

Value makeUint64(uint64_t x) { return wrap<kInt>(BigInt(x)); }

Value makeInt(BigInt x) { return wrap<kInt>(std::move(x)); }

Value makeRat(BigRat x) {
  if (bitLength(numerator(x)) < kMaxExactBits && bitLength(denominator(x)) < kMaxExactBits) {
    return wrap<kRat>(std::move(x));
  }
  return makeBigFloat(ratToFloat(x));
}

Value makeFloat64(double x) {
  if (!std::isfinite(x)) return Value();
  if (x == 0) return wrap<kRat>(BigRat(0));
  int e = 0;
  double m = std::frexp(x, &e);  // 0.5 <= |m| < 1
  BigInt num(static_cast<int64_t>(std::ldexp(m, 53)));
  e -= 53;
  if (e >= 0) return wrap<kRat>(BigRat(BigInt(num << e)));
  return wrap<kRat>(BigRat(num, BigInt(BigInt(1) << -e)));
}

Value makeImag(const Value& x) { return makeComplex(makeInt64(0), x); }

Value makeComplex(const Value& re, const Value& im) {
  Kind kr = re.kind(), ki = im.kind();
  if ((kr != Kind::Int && kr != Kind::Float) || (ki != Kind::Int && ki != Kind::Float)) return Value();
  return wrap<kComplex>(ComplexParts{re, im});
}

// ---- Accessors -------------------------------------------------------------------------------------------------

bool boolVal(const Value& x) {
  const bool* b = payload<bool>(x);
  return b && *b;
}

std::string stringVal(const Value& x) {
  const auto* s = payload<std::shared_ptr<const StringNode>>(x);
  return s ? flatten(**s) : std::string();
}

std::optional<BigInt> bigIntVal(const Value& x) {
  if (const BigInt* i = payload<BigInt>(x)) return *i;
  return std::nullopt;
}

std::pair<int64_t, bool> int64Val(const Value& x) {
  const BigInt* i = payload<BigInt>(x);
  if (!i) return {0, false};
  if (*i < std::numeric_limits<int64_t>::min() || *i > std::numeric_limits<int64_t>::max()) return {0, false};
  return {i->convert_to<int64_t>(), true};
}

std::pair<uint64_t, bool> uint64Val(const Value& x) {
  const BigInt* i = payload<BigInt>(x);
  if (!i) return {0, false};
  if (*i < 0 || *i > std::numeric_limits<uint64_t>::max()) return {0, false};
  return {i->convert_to<uint64_t>(), true};
}

int bitLen(const Value& x) {
  const BigInt* i = payload<BigInt>(x);
  return i ? static_cast<int>(bitLength(*i)) : 0;
}

int sign(const Value& x) {
  if (!x.rep()) return 1;
  switch (x.rep()->v.index()) {
    case kInt:
      return payload<BigInt>(x)->sign();
    case kRat:
      return payload<BigRat>(x)->sign();
    case kFloat:
      return payload<BigFloat>(x)->sign();
    case kComplex: {
      const ComplexParts& c = *payload<ComplexParts>(x);
      return sign(c.re) | sign(c.im);
    }
    default:
      return 1;
  }
}

Value real(const Value& x) {
  if (const ComplexParts* c = payload<ComplexParts>(x)) return c->re;
  return rank(x) != 0 ? x : Value();
}

Value imag(const Value& x) {
  if (const ComplexParts* c = payload<ComplexParts>(x)) return c->im;
  return rank(x) != 0 ? makeInt64(0) : Value();
}

// ---- Conversions -----------------------------------------------------------------------------------------------

Value toInt(const Value& x) {
  if (!x.rep()) return Value();
  try {
    switch (x.rep()->v.index()) {
      case kInt:
        return x;
      case kRat: {
        const BigRat& r = *payload<BigRat>(x);
        if (denominator(r) == 1) return makeInt(numerator(r));
        return Value();
      }
      case kFloat:
        return floatToInt(*payload<BigFloat>(x));
      case kComplex: {
        const ComplexParts& c = *payload<ComplexParts>(x);
        if (sign(c.im) == 0) return toInt(c.re);
        return Value();
      }
      default:
        return Value();
    }
  } catch (const std::exception&) {
    return Value();
  }
}

Value toFloat(const Value& x) {
  if (!x.rep()) return Value();
  switch (x.rep()->v.index()) {
    case kInt: {
      const BigInt& i = *payload<BigInt>(x);
      if (bitLength(i) < kMaxExactBits) return wrap<kRat>(BigRat(i));
      return makeBigFloat(intToFloat(i));
    }
    case kRat:
    case kFloat:
      return x;
    case kComplex: {
      const ComplexParts& c = *payload<ComplexParts>(x);
      if (sign(c.im) == 0) return toFloat(c.re);
      return Value();
    }
    default:
      return Value();
  }
}

Value toComplex(const Value& x) {
  int r = rank(x);
  if (r == 0) return Value();
  return promote(x, 4);
}

// ---- Operations ------------------------------------------------------------------------------------------------

Value binaryOp(const Value& x, BinaryOp op, const Value& y) {
  Value a, b;
  if (!match(x, y, a, b)) return Value();
  try {
    switch (a.rep()->v.index()) {
      case kBool:
        if (op == BinaryOp::LogicalAnd) return makeBool(boolVal(a) && boolVal(b));
        if (op == BinaryOp::LogicalOr) return makeBool(boolVal(a) || boolVal(b));
        return Value();
      case kString:
        if (op != BinaryOp::Add) return Value();
        return concat(*payload<std::shared_ptr<const StringNode>>(a), *payload<std::shared_ptr<const StringNode>>(b));
      case kInt:
        return intOp(*payload<BigInt>(a), op, *payload<BigInt>(b));
      case kRat:
        return ratOp(*payload<BigRat>(a), op, *payload<BigRat>(b));
      case kFloat:
        return floatOp(*payload<BigFloat>(a), op, *payload<BigFloat>(b));
      case kComplex:
        return complexOp(*payload<ComplexParts>(a), op, *payload<ComplexParts>(b));
      default:
        return Value();
    }
  } catch (const std::exception&) {  // defensive: Boost reports misuse by exceptions
    return Value();
  }
}

Value unaryOp(UnaryOp op, const Value& y, unsigned precision) {
  if (!y.rep()) return Value();
  size_t k = y.rep()->v.index();
  switch (op) {
    case UnaryOp::Plus:
      return rank(y) != 0 ? y : Value();
    case UnaryOp::Minus:
      switch (k) {
        case kInt:
          return makeInt(-*payload<BigInt>(y));
        case kRat:
          return wrap<kRat>(BigRat(-*payload<BigRat>(y)));
        case kFloat:
          return makeBigFloat(-*payload<BigFloat>(y));
        case kComplex: {
          const ComplexParts& c = *payload<ComplexParts>(y);
          return makeComplex(unaryOp(UnaryOp::Minus, c.re), unaryOp(UnaryOp::Minus, c.im));
        }
        default:
          return Value();
      }
    case UnaryOp::Complement: {
      if (k != kInt || precision > kMaxShiftCount) return Value();
      BigInt z = -*payload<BigInt>(y) - 1;
      // For unsigned types the result would be negative, i.e. "too large": keep only `precision` bits.
      if (precision > 0) z &= (BigInt(1) << precision) - 1;
      return makeInt(std::move(z));
    }
    case UnaryOp::Not:
      if (k != kBool) return Value();
      return makeBool(!boolVal(y));
  }
  return Value();
}

Value shift(const Value& x, ShiftOp op, uint64_t count) {
  const BigInt* i = payload<BigInt>(x);
  if (!i) return Value();
  if (count == 0) return x;
  if (op == ShiftOp::Left) {
    if (count > kMaxShiftCount) return Value();
    return makeInt(BigInt(*i << static_cast<unsigned>(count)));
  }
  // Arithmetic right shift: floor(x / 2^count).
  if (static_cast<uint64_t>(bitLength(*i)) <= count) return makeInt64(*i < 0 ? -1 : 0);
  auto c = static_cast<unsigned>(count);
  if (*i >= 0) return makeInt(BigInt(*i >> c));
  return makeInt(BigInt(-((-*i - 1) >> c) - 1));
}

bool compare(const Value& x, CompareOp op, const Value& y) {
  Value a, b;
  if (!match(x, y, a, b)) return false;
  try {
    switch (a.rep()->v.index()) {
      case kBool:
        if (op == CompareOp::Eql) return boolVal(a) == boolVal(b);
        if (op == CompareOp::Neq) return boolVal(a) != boolVal(b);
        return false;
      case kString:
        return cmpOrdered(stringVal(a), op, stringVal(b));
      case kInt:
        return cmpOrdered(*payload<BigInt>(a), op, *payload<BigInt>(b));
      case kRat:
        return cmpOrdered(*payload<BigRat>(a), op, *payload<BigRat>(b));
      case kFloat:
        return cmpOrdered(*payload<BigFloat>(a), op, *payload<BigFloat>(b));
      case kComplex: {
        const ComplexParts &p = *payload<ComplexParts>(a), &q = *payload<ComplexParts>(b);
        bool eq = compare(p.re, CompareOp::Eql, q.re) && compare(p.im, CompareOp::Eql, q.im);
        if (op == CompareOp::Eql) return eq;
        if (op == CompareOp::Neq) return !eq;
        return false;
      }
      default:
        return false;
    }
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace vo::constant
