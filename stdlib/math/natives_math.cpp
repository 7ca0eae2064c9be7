// math's natives: the float64 functions (Float slots hold doubles), with Go's special cases where the C library
// differs (Max/Min with NaN and signed zeros, Round half away from zero, Mod's sign, Pow10 range).
#include <bit>
#include <cmath>
#include <cstdint>

#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

double f(uint64_t s) { return std::bit_cast<double>(s); }
uint64_t u(double d) { return std::bit_cast<uint64_t>(d); }

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

double goMax(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double goMin(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
double goDim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}
double goRoundToEven(double x) { return std::nearbyint(x); }  // default rounding mode: to nearest even
double goAbs(double x) { return std::fabs(x); }
double goSqrt(double x) { return std::sqrt(x); }
double goFloor(double x) { return std::floor(x); }
double goCeil(double x) { return std::ceil(x); }
double goTrunc(double x) { return std::trunc(x); }
double goRound(double x) { return std::round(x); }
double goExp(double x) { return std::exp(x); }
double goExp2(double x) { return std::exp2(x); }
double goExpm1(double x) { return std::expm1(x); }
double goLog(double x) { return std::log(x); }
double goLog2(double x) { return std::log2(x); }
double goLog10(double x) { return std::log10(x); }
double goLog1p(double x) { return std::log1p(x); }
double goLogb(double x) { return std::logb(x); }
double goSin(double x) { return std::sin(x); }
double goCos(double x) { return std::cos(x); }
double goTan(double x) { return std::tan(x); }
double goAsin(double x) { return std::asin(x); }
double goAcos(double x) { return std::acos(x); }
double goAtan(double x) { return std::atan(x); }
double goSinh(double x) { return std::sinh(x); }
double goCosh(double x) { return std::cosh(x); }
double goTanh(double x) { return std::tanh(x); }
double goAsinh(double x) { return std::asinh(x); }
double goAcosh(double x) { return std::acosh(x); }
double goAtanh(double x) { return std::atanh(x); }
double goCbrt(double x) { return std::cbrt(x); }
double goErf(double x) { return std::erf(x); }
double goErfc(double x) { return std::erfc(x); }
double goGamma(double x) { return std::tgamma(x); }
double goAtan2(double y, double x) { return std::atan2(y, x); }
double goPow(double x, double y) { return std::pow(x, y); }
double goHypot(double x, double y) { return std::hypot(x, y); }
double goMod(double x, double y) { return std::fmod(x, y); }
double goRemainder(double x, double y) { return std::remainder(x, y); }
double goCopysign(double x, double y) { return std::copysign(x, y); }
double goNextafter(double x, double y) { return std::nextafter(x, y); }

void inf(rt::NativeContext&, uint64_t* s) {  // func Inf(sign int) float64
  s[0] = u(static_cast<int64_t>(s[1]) >= 0 ? HUGE_VAL : -HUGE_VAL);
}
void nan(rt::NativeContext&, uint64_t* s) { s[0] = u(std::nan("")); }
void isNaN(rt::NativeContext&, uint64_t* s) { s[0] = std::isnan(f(s[1])); }  // func IsNaN(f float64) bool
void isInf(rt::NativeContext&, uint64_t* s) {  // func IsInf(f float64, sign int) bool
  double x = f(s[1]);
  auto sign = static_cast<int64_t>(s[2]);
  s[0] = (sign >= 0 && x == HUGE_VAL) || (sign <= 0 && x == -HUGE_VAL);
}
void signbit(rt::NativeContext&, uint64_t* s) { s[0] = std::signbit(f(s[1])); }
void float64bits(rt::NativeContext&, uint64_t* s) { s[0] = s[1]; }
void float64frombits(rt::NativeContext&, uint64_t* s) { s[0] = s[1]; }
void float32bits(rt::NativeContext&, uint64_t* s) {  // func Float32bits(f float32) uint32
  s[0] = std::bit_cast<uint32_t>(static_cast<float>(f(s[1])));
}
void float32frombits(rt::NativeContext&, uint64_t* s) {  // func Float32frombits(b uint32) float32
  s[0] = u(std::bit_cast<float>(static_cast<uint32_t>(s[1])));
}
void pow10(rt::NativeContext&, uint64_t* s) {  // func Pow10(n int) float64
  auto n = static_cast<int64_t>(s[1]);
  s[0] = u(n < -323 ? 0 : n > 308 ? HUGE_VAL : std::pow(10.0, static_cast<double>(n)));
}
void modf(rt::NativeContext&, uint64_t* s) {  // func Modf(f float64) (int float64, frac float64)
  double ip;
  double fr = std::modf(f(s[2]), &ip);
  s[0] = u(ip);
  s[1] = u(fr);
}
void frexp(rt::NativeContext&, uint64_t* s) {  // func Frexp(f float64) (frac float64, exp int)
  int e;
  double fr = std::frexp(f(s[2]), &e);
  s[0] = u(fr);
  s[1] = static_cast<uint64_t>(static_cast<int64_t>(e));
}
void ldexp(rt::NativeContext&, uint64_t* s) {  // func Ldexp(frac float64, exp int) float64
  auto e = static_cast<int64_t>(s[2]);
  s[0] = u(std::ldexp(f(s[1]), static_cast<int>(e > 100000 ? 100000 : e < -100000 ? -100000 : e)));
}
void fma(rt::NativeContext&, uint64_t* s) { s[0] = u(std::fma(f(s[1]), f(s[2]), f(s[3]))); }

const NativeEntry kMathNatives[] = {
    {"math.Abs", unary<goAbs>},         {"math.Acos", unary<goAcos>},
    {"math.Acosh", unary<goAcosh>},     {"math.Asin", unary<goAsin>},
    {"math.Asinh", unary<goAsinh>},     {"math.Atan", unary<goAtan>},
    {"math.Atan2", binary<goAtan2>},    {"math.Atanh", unary<goAtanh>},
    {"math.Cbrt", unary<goCbrt>},       {"math.Ceil", unary<goCeil>},
    {"math.Copysign", binary<goCopysign>}, {"math.Cos", unary<goCos>},
    {"math.Cosh", unary<goCosh>},       {"math.Dim", binary<goDim>},
    {"math.Erf", unary<goErf>},         {"math.Erfc", unary<goErfc>},
    {"math.Exp", unary<goExp>},         {"math.Exp2", unary<goExp2>},
    {"math.Expm1", unary<goExpm1>},     {"math.FMA", fma},
    {"math.Float32bits", float32bits},  {"math.Float32frombits", float32frombits},
    {"math.Float64bits", float64bits},  {"math.Float64frombits", float64frombits},
    {"math.Floor", unary<goFloor>},     {"math.Frexp", frexp},
    {"math.Gamma", unary<goGamma>},     {"math.Hypot", binary<goHypot>},
    {"math.Inf", inf},                  {"math.IsInf", isInf},
    {"math.IsNaN", isNaN},              {"math.Ldexp", ldexp},
    {"math.Log", unary<goLog>},         {"math.Log10", unary<goLog10>},
    {"math.Log1p", unary<goLog1p>},     {"math.Log2", unary<goLog2>},
    {"math.Logb", unary<goLogb>},       {"math.Max", binary<goMax>},
    {"math.Min", binary<goMin>},        {"math.Mod", binary<goMod>},
    {"math.Modf", modf},                {"math.NaN", nan},
    {"math.Nextafter", binary<goNextafter>}, {"math.Pow", binary<goPow>},
    {"math.Pow10", pow10},              {"math.Remainder", binary<goRemainder>},
    {"math.Round", unary<goRound>},     {"math.RoundToEven", unary<goRoundToEven>},
    {"math.Signbit", signbit},          {"math.Sin", unary<goSin>},
    {"math.Sinh", unary<goSinh>},       {"math.Sqrt", unary<goSqrt>},
    {"math.Tan", unary<goTan>},         {"math.Tanh", unary<goTanh>},
    {"math.Trunc", unary<goTrunc>},
};

}  // namespace

std::span<const NativeEntry> mathNatives() { return kMathNatives; }

}  // namespace vo::stdlib
