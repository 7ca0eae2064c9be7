// math's natives: what Go 1.19 runs on amd64 as machine instructions or assembly, the rest of the package being
// Go's own source (stdlib/math/*_impl.vo). Float slots hold the doubles' bits.
//  - Exact operations whose IEEE result is unique: Abs, Copysign, Signbit, Sqrt (SQRTSD), Floor, Ceil, Trunc
//    (ROUNDSD), Round, RoundToEven, Dim, FMA (one rounding), and the bit conversions.
//  - Ports of the amd64 assembly, instruction by instruction, because their results differ from the pure-Go
//    algorithms: Exp (exp_amd64.s, with its FMA path when the CPU has AVX and FMA, as Go's useFMA), Log
//    (log_amd64.s), Hypot (hypot_amd64.s), Max and Min (dim_amd64.s, NaN results are Go's NaN() bits).
//  - For speed, the most used functions Go writes in Go: Sin, Cos, Tan, Atan, Atan2, Asin, Acos, Pow, Log10,
//    Log2, Frexp, Modf and Ldexp, ported line by line from Go 1.19 (same operations in the same order, so the
//    same bits; the rest of the package runs Go's source as bytecode, about ten times slower).
#include <immintrin.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>

#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

double f(uint64_t s) { return std::bit_cast<double>(s); }
uint64_t u(double d) { return std::bit_cast<uint64_t>(d); }

constexpr uint64_t kPosInf = 0x7FF0000000000000;
constexpr uint64_t kNegInf = 0xFFF0000000000000;
constexpr uint64_t kNaN = 0x7FF8000000000001;  // Go's uvnan, what NaN() returns
constexpr uint64_t kSignMask = ~(uint64_t{1} << 63);

// func F(x float64) float64: slots result, x
template <double (*Fn)(double)>
void unary(rt::NativeContext&, uint64_t* s) {
  s[0] = u(Fn(f(s[1])));
}
// func F(x, y float64) float64: slots result, x, y
template <double (*Fn)(double, double)>
void binary(rt::NativeContext&, uint64_t* s) {
  s[0] = u(Fn(f(s[1]), f(s[2])));
}

// dim_amd64.s archMax: +Inf first, then NaN (Go's NaN bits), then ±0, else MAXSD.
double goMax(double x, double y) {
  uint64_t bx = u(x), by = u(y);
  if (bx == kPosInf || by == kPosInf) return f(kPosInf);
  if ((bx & kSignMask) > kPosInf || (by & kSignMask) > kPosInf) return f(kNaN);
  if (((bx | by) & kSignMask) == 0) return bx == (uint64_t{1} << 63) ? y : x;
  return x > y ? x : y;
}
// dim_amd64.s archMin: -Inf first, then NaN, then ±0, else MINSD.
double goMin(double x, double y) {
  uint64_t bx = u(x), by = u(y);
  if (bx == kNegInf || by == kNegInf) return f(kNegInf);
  if ((bx & kSignMask) > kPosInf || (by & kSignMask) > kPosInf) return f(kNaN);
  if (((bx | by) & kSignMask) == 0) return bx == (uint64_t{1} << 63) ? x : y;
  return x < y ? x : y;
}
double goDim(double x, double y) {  // dim.go
  double v = x - y;
  return v <= 0 ? 0 : v;
}

// CVTSD2SL: double to int32 in the current rounding mode (to nearest even), 0x80000000 when out of range.
int32_t cvtsd2sl(double x) { return _mm_cvtsd_si32(_mm_set_sd(x)); }

bool useFMA() {  // Go's exp_amd64.go: cpu.X86.HasAVX && cpu.X86.HasFMA
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
}

// exp_amd64.s archExp (Shibata's method: reduction by k*ln2, x/16, Taylor series, four squarings).
double goExp(double x) {
  constexpr double kLog2e = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double c[] = {
      0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2, 8.3333333333333333333e-3,
      1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5,
  };
  uint64_t bx = u(x);
  if ((bx & kSignMask) >= kPosInf) return bx == kNegInf ? 0.0 : x;  // NaN or +Inf: x; -Inf: 0
  if (x > kOverflow) return f(kPosInf);
  int32_t k = cvtsd2sl(kLog2e * x);
  auto fk = static_cast<double>(k);
  double r = x;
  if (useFMA()) {
    r = std::fma(-fk, kLn2U, r);
    r = std::fma(-fk, kLn2L, r);
    r *= 0.0625;
    double p = c[8];
    for (int i : {7, 6, 5, 4, 3, 0, 1}) p = std::fma(p, r, c[i]);
    r *= p;
    for (int i = 0; i < 3; i++) r *= r + 2.0;
    r = std::fma(r, r + 2.0, 1.0);
  } else {
    r -= fk * kLn2U;
    r -= fk * kLn2L;
    r *= 0.0625;
    double p = c[8];
    for (int i : {7, 6, 5, 4, 3, 0}) p = p * r + c[i];
    p = p * r + c[1];
    r *= p;
    for (int i = 0; i < 4; i++) r *= r + 2.0;
    r += 1.0;
  }
  // ldexp: fr * 2**k with the biased exponent in 32 bits, as the assembly's ADDL/CMPL.
  int32_t e = static_cast<int32_t>(static_cast<uint32_t>(k) + 0x3FF);
  if (e <= 0) {
    if (e < -52) return 0.0;
    e += 0x3FE;
    r *= f(static_cast<uint64_t>(static_cast<uint32_t>(e)) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return f(kPosInf);
  }
  return r * f(static_cast<uint64_t>(static_cast<uint32_t>(e)) << 52);
}

// log_amd64.s archLog: FreeBSD's e_log.c reduction with the exponent and fraction taken from the bits as they are
// (a subnormal x is not normalized), and the polynomial in the assembly's evaluation order.
double goLog(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                   L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t bx = u(x);
  if ((bx & kSignMask) == 0) return f(kNegInf);
  if (static_cast<int64_t>(bx) < 0) return f(kNaN);
  if (bx >= kPosInf) return x;
  double f1 = f((bx & 0x000FFFFFFFFFFFFF) | u(0.5));
  auto k = static_cast<double>(static_cast<int32_t>((bx >> 52) & 0x7FF) - 0x3FE);
  // if f1 <= Sqrt2/2 { k -= 1; f1 *= 2 }: CMPSD X2, X0, 5 (not-less-than) sets X0 = !(HSqrt2 < f1).
  double adj = !(kHSqrt2 < f1) ? 1.0 : 0.0;
  k -= adj;
  f1 *= adj + 1.0;
  double fr = f1 - 1.0;
  double s = fr / (2.0 + fr);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * fr * fr;
  double a = s * (hfsq + R) + k * kLn2Lo;
  return k * kLn2Hi - ((hfsq - a) - fr);
}

// hypot_amd64.s archHypot: max * sqrt(1 + (min/max)**2).
double goHypot(double p, double q) {
  uint64_t bp = u(p) & kSignMask, bq = u(q) & kSignMask;
  if (bp >= kPosInf || bq >= kPosInf) return bp == kPosInf || bq == kPosInf ? f(kPosInf) : f(kNaN);
  if ((bp | bq) == 0) return 0.0;
  double a = f(bp), b = f(bq);
  double hi = a > b ? a : b, lo = a < b ? a : b;
  double r = lo / hi;
  return hi * std::sqrt(r * r + 1.0);
}

// ---- Go's pure-Go algorithms, ported line by line for speed (sin.go, tan.go, trig_reduce.go, atan.go, asin.go,
// atan2.go, pow.go, and the frexp/modf/ldexp they call). Constants Go folds exactly (Pi/4, 4/Pi, ...) are written
// as the float64 bits Go rounds them to; Go's shifts by 64 or more give 0, so they go through shl/shr. ----

constexpr double kPi = 0x1.921fb54442d18p+1;       // Pi
constexpr double kPi2 = 0x1.921fb54442d18p+0;      // Pi/2
constexpr double kPi4 = 0x1.921fb54442d18p-1;      // Pi/4
constexpr double k3Pi4 = 0x1.2d97c7f3321d2p+1;     // 3*Pi/4
constexpr double k4OverPi = 0x1.45f306dc9c883p+0;  // 4/Pi
constexpr double kPI4A = 7.85398125648498535156e-1, kPI4B = 3.77489470793079817668e-8,
                 kPI4C = 2.69515142907905952645e-15;  // Pi/4 split into three parts
constexpr int kShift = 52, kBias = 1023;
constexpr uint64_t kMask = 0x7FF;

uint64_t shl(uint64_t x, unsigned n) { return n >= 64 ? 0 : x << n; }
uint64_t shr(uint64_t x, unsigned n) { return n >= 64 ? 0 : x >> n; }
double goNaN() { return f(kNaN); }
double goInf(int sign) { return f(sign >= 0 ? kPosInf : kNegInf); }
bool isInf(double x) { return (u(x) & kSignMask) == kPosInf; }
bool isNaN(double x) { return x != x; }

constexpr double kSin[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                           -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCos[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                           2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2};
// trig_reduce.go mPi4: the bits of 4/pi.
constexpr uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// trig_reduce.go trigReduce: Payne-Hanek reduction of x >= 1<<29 to j (octant) and z in [0, Pi/4).
void trigReduce(double x, uint64_t* j, double* z) {
  if (x < kPi4) {
    *j = 0;
    *z = x;
    return;
  }
  uint64_t ix = u(x);
  int exp = static_cast<int>((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t{1} << kShift;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  using u128 = unsigned __int128;
  uint64_t z2hi = static_cast<uint64_t>((u128{z2} * ix) >> 64);
  u128 p1 = u128{z1} * ix;
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t c = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + c;
  *j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  auto lz = static_cast<unsigned>(hi == 0 ? 64 : __builtin_clzll(hi));
  uint64_t e = static_cast<uint64_t>(kBias) - (lz + 1);
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  double zz = f(hi);
  if (*j & 1) {
    ++*j;
    *j &= 7;
    zz--;
  }
  *z = zz * kPi4;
}

// The octant j and reduced z of |x| shared by sin.go's sin and cos and tan.go's tan (x >= 0, finite).
void reduce(double x, uint64_t* j, double* z, bool keepOctant) {
  if (x >= (1 << 29)) {
    trigReduce(x, j, z);
    return;
  }
  *j = static_cast<uint64_t>(x * k4OverPi);  // x < 1<<29: in range
  auto y = static_cast<double>(*j);
  if (*j & 1) {
    ++*j;
    y++;
  }
  if (!keepOctant) *j &= 7;
  *z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
}

double sinPoly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

double goSin(double x) {  // sin.go sin
  if (x == 0 || isNaN(x)) return x;
  if (isInf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double goCos(double x) {  // sin.go cos
  if (isNaN(x) || isInf(x)) return goNaN();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double goTan(double x) {  // tan.go tan
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double Q[] = {1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                          2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || isNaN(x)) return x;
  if (isInf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);  // tan.go does not take the octant modulo 8
  double zz = z * z;
  double y = z;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  }
  if ((j & 2) == 2) y = -1 / y;
  return sign ? -y : y;
}

double xatan(double x) {  // atan.go
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}
double satan(double x) {  // atan.go
  constexpr double kMorebits = 6.123233995736765886130e-17;
  constexpr double kHalfMorebits = 0x1.1a62633145c07p-55;  // 0.5*Morebits
  constexpr double kTan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3pio8) return kPi2 - xatan(1 / x) + kMorebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + kHalfMorebits;
}
double goAtan(double x) {  // atan.go atan
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}
double goAsin(double x) {  // asin.go asin
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return goNaN();
  double temp = std::sqrt(1 - x * x);
  temp = x > 0.7 ? kPi2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}
double goAcos(double x) { return kPi2 - goAsin(x); }  // asin.go acos

double goAtan2(double y, double x) {  // atan2.go atan2
  if (isNaN(y) || isNaN(x)) return goNaN();
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0.0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPi2, y);
  if (isInf(x)) {
    if (x > 0) return isInf(y) ? std::copysign(kPi4, y) : std::copysign(0.0, y);
    return isInf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (isInf(y)) return std::copysign(kPi2, y);
  double q = goAtan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

// bits.go normalize, frexp.go frexp, modf.go modf, ldexp.go ldexp.
double normalize(double x, int* exp) {
  constexpr double kSmallestNormal = 2.2250738585072014e-308;
  if (std::fabs(x) < kSmallestNormal) {
    *exp = -52;
    return x * 0x1p52;
  }
  *exp = 0;
  return x;
}
double goFrexp(double v, int* exp) {
  *exp = 0;
  if (v == 0 || isInf(v) || isNaN(v)) return v;
  v = normalize(v, exp);
  uint64_t x = u(v);
  *exp += static_cast<int>((x >> kShift) & kMask) - kBias + 1;
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(-1 + kBias) << kShift;
  return f(x);
}
double goModf(double v, double* frac) {
  if (v < 1) {
    if (v < 0) {
      double ip = goModf(-v, frac);
      *frac = -*frac;
      return -ip;
    }
    if (v == 0) {
      *frac = v;
      return v;
    }
    *frac = v;
    return 0;
  }
  uint64_t x = u(v);
  auto e = static_cast<unsigned>((x >> kShift) & kMask) - kBias;
  if (e < 64 - 12) x &= ~((uint64_t{1} << (64 - 12 - e)) - 1);
  double ip = f(x);
  *frac = v - ip;
  return ip;
}
double goLdexp(double frac, int64_t exp) {
  if (frac == 0 || isInf(frac) || isNaN(frac)) return frac;
  int e;
  frac = normalize(frac, &e);
  uint64_t x = u(frac);
  // exp += e; exp += int(x>>shift)&mask - bias, wrapping as Go's int does.
  exp = static_cast<int64_t>(static_cast<uint64_t>(exp) + static_cast<uint64_t>(e) +
                             static_cast<uint64_t>(static_cast<int64_t>((x >> kShift) & kMask) - kBias));
  if (exp < -1075) return std::copysign(0.0, frac);
  if (exp > 1023) return frac < 0 ? goInf(-1) : goInf(1);
  double m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 0x1p-53;
  }
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * f(x);
}

bool isOddInt(double x) {  // pow.go isOddInt; int64(xi) as amd64 converts (1<<63 out of range)
  double xf;
  double xi = goModf(x, &xf);
  int64_t i = (xi >= -9223372036854775808.0 && xi < 9223372036854775808.0) ? static_cast<int64_t>(xi)
                                                                             : std::numeric_limits<int64_t>::min();
  return xf == 0 && (i & 1) == 1;
}

double goPow(double x, double y) {  // pow.go pow
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isNaN(x) || isNaN(y)) return goNaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(goInf(1), x) : goInf(1);
    if (y > 0) return isOddInt(y) ? x : 0;
  } else if (isInf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return goInf(1);
  } else if (isInf(x)) {
    if (x < 0) return goPow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return goInf(1);
  } else if (y == 0.5) {
    return std::sqrt(x);
  } else if (y == -0.5) {
    return 1 / std::sqrt(x);
  }
  double yf;
  double yi = goModf(std::fabs(y), &yf);
  if (yf != 0 && x < 0) return goNaN();
  if (yi >= 0x1p63) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return goInf(1);
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = goExp(yf * goLog(x));
  }
  int xe32;
  double x1 = goFrexp(x, &xe32);
  int64_t xe = xe32;
  for (auto i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return goLdexp(a1, ae);
}

double goLog10(double x) { return goLog(x) * 0x1.bcb7b1526e50ep-2; }  // log10.go log10: Log(x) * (1/Ln10)
double goLog2(double x) {                                              // log10.go log2
  int exp;
  double frac = goFrexp(x, &exp);
  if (frac == 0.5) return static_cast<double>(exp - 1);  // exact powers of two give an exact answer
  return goLog(frac) * 0x1.71547652b82fep+0 + static_cast<double>(exp);  // Log(frac)*(1/Ln2) + exp
}

double goRoundToEven(double x) { return std::nearbyint(x); }  // default rounding mode: to nearest even
double goAbs(double x) { return std::fabs(x); }
double goSqrt(double x) { return std::sqrt(x); }
double goFloor(double x) { return std::floor(x); }
double goCeil(double x) { return std::ceil(x); }
double goTrunc(double x) { return std::trunc(x); }
double goRound(double x) { return std::round(x); }
double goCopysign(double x, double y) { return std::copysign(x, y); }

void signbit(rt::NativeContext&, uint64_t* s) { s[0] = s[1] >> 63; }
void float64bits(rt::NativeContext&, uint64_t* s) { s[0] = s[1]; }
void float64frombits(rt::NativeContext&, uint64_t* s) { s[0] = s[1]; }
void float32bits(rt::NativeContext&, uint64_t* s) {  // func Float32bits(f float32) uint32
  s[0] = std::bit_cast<uint32_t>(static_cast<float>(f(s[1])));
}
void float32frombits(rt::NativeContext&, uint64_t* s) {  // func Float32frombits(b uint32) float32
  s[0] = u(std::bit_cast<float>(static_cast<uint32_t>(s[1])));
}
void fma(rt::NativeContext&, uint64_t* s) { s[0] = u(std::fma(f(s[1]), f(s[2]), f(s[3]))); }

// func Frexp(f float64) (frac float64, exp int): slots frac, exp, f
void frexp(rt::NativeContext&, uint64_t* s) {
  int e;
  s[0] = u(goFrexp(f(s[2]), &e));
  s[1] = static_cast<uint64_t>(static_cast<int64_t>(e));
}
// func Modf(f float64) (int float64, frac float64): slots int, frac, f
void modf(rt::NativeContext&, uint64_t* s) {
  double fr;
  s[0] = u(goModf(f(s[2]), &fr));
  s[1] = u(fr);
}
// func Ldexp(frac float64, exp int) float64: slots result, frac, exp
void ldexp(rt::NativeContext&, uint64_t* s) { s[0] = u(goLdexp(f(s[1]), static_cast<int64_t>(s[2]))); }

const NativeEntry kMathNatives[] = {
    {"math.Abs", unary<goAbs>},
    {"math.Acos", unary<goAcos>},
    {"math.Asin", unary<goAsin>},
    {"math.Atan", unary<goAtan>},
    {"math.Atan2", binary<goAtan2>},
    {"math.Ceil", unary<goCeil>},
    {"math.Copysign", binary<goCopysign>},
    {"math.Cos", unary<goCos>},
    {"math.Dim", binary<goDim>},
    {"math.Exp", unary<goExp>},
    {"math.FMA", fma},
    {"math.Float32bits", float32bits},
    {"math.Float32frombits", float32frombits},
    {"math.Float64bits", float64bits},
    {"math.Float64frombits", float64frombits},
    {"math.Floor", unary<goFloor>},
    {"math.Frexp", frexp},
    {"math.Hypot", binary<goHypot>},
    {"math.Ldexp", ldexp},
    {"math.Log", unary<goLog>},
    {"math.Log10", unary<goLog10>},
    {"math.Log2", unary<goLog2>},
    {"math.Max", binary<goMax>},
    {"math.Min", binary<goMin>},
    {"math.Modf", modf},
    {"math.Pow", binary<goPow>},
    {"math.Round", unary<goRound>},
    {"math.RoundToEven", unary<goRoundToEven>},
    {"math.Signbit", signbit},
    {"math.Sin", unary<goSin>},
    {"math.Sqrt", unary<goSqrt>},
    {"math.Tan", unary<goTan>},
    {"math.Trunc", unary<goTrunc>},
};

}  // namespace

std::span<const NativeEntry> mathNatives() { return kMathNatives; }

}  // namespace vo::stdlib
