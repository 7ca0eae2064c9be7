// math's natives: what Go 1.19 runs on amd64 as machine instructions or assembly, the rest of the package being
// Go's own source (stdlib/math/*_impl.vo). Float slots hold the doubles' bits.
//  - Exact operations whose IEEE result is unique: Abs, Copysign, Signbit, Sqrt (SQRTSD), Floor, Ceil, Trunc
//    (ROUNDSD), Round, RoundToEven, Dim, FMA (one rounding), and the bit conversions.
//  - Ports of the amd64 assembly, instruction by instruction, because their results differ from the pure-Go
//    algorithms: Exp (exp_amd64.s, with its FMA path when the CPU has AVX and FMA, as Go's useFMA), Log
//    (log_amd64.s), Hypot (hypot_amd64.s), Max and Min (dim_amd64.s, NaN results are Go's NaN() bits).
#include <immintrin.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>

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

const NativeEntry kMathNatives[] = {
    {"math.Abs", unary<goAbs>},
    {"math.Ceil", unary<goCeil>},
    {"math.Copysign", binary<goCopysign>},
    {"math.Dim", binary<goDim>},
    {"math.Exp", unary<goExp>},
    {"math.FMA", fma},
    {"math.Float32bits", float32bits},
    {"math.Float32frombits", float32frombits},
    {"math.Float64bits", float64bits},
    {"math.Float64frombits", float64frombits},
    {"math.Floor", unary<goFloor>},
    {"math.Hypot", binary<goHypot>},
    {"math.Log", unary<goLog>},
    {"math.Max", binary<goMax>},
    {"math.Min", binary<goMin>},
    {"math.Round", unary<goRound>},
    {"math.RoundToEven", unary<goRoundToEven>},
    {"math.Signbit", signbit},
    {"math.Sqrt", unary<goSqrt>},
    {"math.Trunc", unary<goTrunc>},
};

}  // namespace

std::span<const NativeEntry> mathNatives() { return kMathNatives; }

}  // namespace vo::stdlib
