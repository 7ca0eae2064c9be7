// The fmt engine against Go 1.19: every expected string below is what `go run` printed for the equivalent Go
// program (kept in the comment above each case), with hand-built TypeDescs standing in for the compiler's.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/fmt/printer.h"

namespace vo::stdlib::fmt {
namespace {

using rt::Iface;
using rt::Kind;
using rt::TypeDesc;

/// Owns hand-built type descriptors (Go amd64 layout).
struct Types {
  std::deque<TypeDesc> all;

  TypeDesc* make(Kind k, uint64_t size, std::string name, uint16_t flags) {
    TypeDesc& t = all.emplace_back();
    t.index = static_cast<uint32_t>(all.size() - 1);
    t.kind = k;
    t.size = size;
    t.align = static_cast<uint8_t>(size >= 8 ? 8 : size == 0 ? 1 : size);
    t.name = std::move(name);
    t.flags = flags;
    return &t;
  }
  TypeDesc* scalar(Kind k, uint64_t size, std::string name) {
    return make(k, size, std::move(name), rt::kTypeDirect | rt::kTypeComparable);
  }
  TypeDesc* named(TypeDesc* under, std::string name) {
    TypeDesc* t = make(under->kind, under->size, std::move(name), under->flags | rt::kTypeNamed);
    t->pkgPath = "main";
    t->elem = under->elem;
    t->fields = under->fields;
    return t;
  }
  TypeDesc* slice(TypeDesc* elem) {
    TypeDesc* t = make(Kind::Slice, 24, "[]" + elem->name, rt::kTypeHasPointers);
    t->elem = elem;
    return t;
  }
  TypeDesc* array(TypeDesc* elem, int64_t n) {
    TypeDesc* t = make(Kind::Array, elem->size * n, "[" + std::to_string(n) + "]" + elem->name, elem->flags);
    t->elem = elem;
    t->len = n;
    return t;
  }
  TypeDesc* pointer(TypeDesc* elem) {
    TypeDesc* t = make(Kind::Pointer, 8, "*" + elem->name, rt::kTypeDirect | rt::kTypeHasPointers | rt::kTypeComparable);
    t->elem = elem;
    return t;
  }

  TypeDesc* intT = scalar(Kind::Int, 8, "int");
  TypeDesc* int8T = scalar(Kind::Int8, 1, "int8");
  TypeDesc* int32T = scalar(Kind::Int32, 4, "int32");
  TypeDesc* uintT = scalar(Kind::Uint, 8, "uint");
  TypeDesc* uint8T = scalar(Kind::Uint8, 1, "uint8");
  TypeDesc* uint16T = scalar(Kind::Uint16, 2, "uint16");
  TypeDesc* boolT = scalar(Kind::Bool, 1, "bool");
  TypeDesc* f32T = scalar(Kind::Float32, 4, "float32");
  TypeDesc* f64T = scalar(Kind::Float64, 8, "float64");
  TypeDesc* stringT = make(Kind::String, 16, "string", rt::kTypeHasPointers | rt::kTypeComparable);
  TypeDesc* anyT = make(Kind::Interface, 16, "interface {}", rt::kTypeHasPointers | rt::kTypeComparable);
  TypeDesc* bytesT = slice(uint8T);
};

/// Builds a []any argument list; keeps boxes alive.
class Args {
 public:
  explicit Args(Types& t) : t_(t) {}
  Args& raw(const TypeDesc* t, const void* bytes) {
    Iface i;
    i.tab = t;
    if (t->direct()) {
      std::memcpy(&i.data, bytes, t->size);
    } else {
      auto& box = boxes_.emplace_back(t->size + 8);
      std::memcpy(box.data(), bytes, t->size);
      i.data = box.data();
    }
    v.push_back(i);
    return *this;
  }
  Args& i(int64_t x) { return raw(t_.intT, &x); }
  Args& r(int32_t x) { return raw(t_.int32T, &x); }
  Args& f(double x) { return raw(t_.f64T, &x); }
  Args& b(bool x) { return raw(t_.boolT, &x); }
  Args& s(const char* x) { return raw(t_.stringT, str(x)); }
  Args& nil() {
    v.push_back(Iface{});
    return *this;
  }
  /// A Vo string header for `x` (bytes owned here).
  const rt::String* str(const std::string& x) {
    auto& bytes = strings_.emplace_back(x);
    auto& h = headers_.emplace_back();
    h.ptr = reinterpret_cast<const uint8_t*>(bytes.data());
    h.len = static_cast<int64_t>(bytes.size());
    return &h;
  }
  std::vector<Iface> v;

 private:
  Types& t_;
  std::deque<std::vector<char>> boxes_;
  std::deque<std::string> strings_;
  std::deque<rt::String> headers_;
};

std::string sprintf(const char* format, const Args& a) {
  Printer p(nullptr);
  p.doPrintf(format, a.v.data(), static_cast<int64_t>(a.v.size()));
  return p.buf;
}

class FmtTest : public ::testing::Test {
 protected:
  Types t;
  Args args() { return Args(t); }
};

TEST_F(FmtTest, Integers) {
  // fmt.Sprintf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U", 42, 42, 42, -42, 42, 255, 255, 255,
  //             8, 8, 8, 5, 'A', 'A', 0x1F600, 0x1F600)
  Args a = args();
  a.i(42).i(42).i(42).i(-42).i(42).i(255).i(255).i(255).i(8).i(8).i(8).i(5).r('A').r('A').i(0x1F600).i(0x1F600);
  EXPECT_EQ(sprintf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U", a),
            "42|   42|42   |-0042|+42|ff|FF|0xff|10|010|0o10|101|A|'A'|U+1F600|U+1F600 '\xF0\x9F\x98\x80'");
}

TEST_F(FmtTest, FloatsDefaultFormat) {
  // fmt.Sprintf("%v %v %v %v %v %v %v %v", 1.0, 1e6, 1e21, 123456.0, 1234567.0, 0.000012345, 0.0001, 100.5)
  Args a = args();
  a.f(1.0).f(1e6).f(1e21).f(123456.0).f(1234567.0).f(0.000012345).f(0.0001).f(100.5);
  EXPECT_EQ(sprintf("%v %v %v %v %v %v %v %v", a), "1 1e+06 1e+21 123456 1.234567e+06 1.2345e-05 0.0001 100.5");
}

TEST_F(FmtTest, FloatsWithVerbsAndFlags) {
  // fmt.Sprintf("%.2f|%8.3f|%-8.3f|%e|%E|%g|%G|%.3g|%#g|%+.1e|%08.3f|% f", 3.14159, 3.14159, 3.14159, 123456.789,
  //             0.000123, 1e-7, 2.5e30, 1234.5678, 1.0, 12345.0, -3.14159, 2.0)
  Args a = args();
  a.f(3.14159).f(3.14159).f(3.14159).f(123456.789).f(0.000123).f(1e-7).f(2.5e30).f(1234.5678).f(1.0).f(12345.0);
  a.f(-3.14159).f(2.0);
  EXPECT_EQ(sprintf("%.2f|%8.3f|%-8.3f|%e|%E|%g|%G|%.3g|%#g|%+.1e|%08.3f|% f", a),
            "3.14|   3.142|3.142   |1.234568e+05|1.230000E-04|1e-07|2.5E+30|1.23e+03|1.00000|+1.2e+04|-003.142| "
            "2.000000");
}

TEST_F(FmtTest, FloatSpecialsAndFloat32) {
  // fmt.Sprintf("%v|%v|%5.1f|%v|%v|%x|%b|%.0f|%.1f|%.0f", float32(0.1), math.NaN(), math.Inf(1), math.Inf(-1),
  //             math.Copysign(0, -1), 1.0, 1.0, 0.5, 0.25, 2.5)
  Args a = args();
  float f32 = 0.1f;
  a.raw(t.f32T, &f32).f(std::nan("")).f(HUGE_VAL).f(-HUGE_VAL).f(-0.0).f(1.0).f(1.0).f(0.5).f(0.25).f(2.5);
  EXPECT_EQ(sprintf("%v|%v|%5.1f|%v|%v|%x|%b|%.0f|%.1f|%.0f", a),
            "0.1|NaN| +Inf|-Inf|-0|0x1p+00|4503599627370496p-52|0|0.2|2");
  // fmt.Sprintf("%e|%g|%g|%v|%v|%v", 0.0, 0.0, 1e100, 1e-5, 5e-324, math.MaxFloat64)
  Args b = args();
  b.f(0.0).f(0.0).f(1e100).f(1e-5).f(5e-324).f(std::numeric_limits<double>::max());
  EXPECT_EQ(sprintf("%e|%g|%g|%v|%v|%v", b), "0.000000e+00|0|1e+100|1e-05|5e-324|1.7976931348623157e+308");
  // fmt.Sprintf("%v|%v|%.3e|%10.4g|%-10.2e|", float32(1e10), float32(3.4e38), 1.0, 123456.0, 1234.5)
  Args c = args();
  float x = 1e10f, y = 3.4e38f;
  c.raw(t.f32T, &x).raw(t.f32T, &y).f(1.0).f(123456.0).f(1234.5);
  EXPECT_EQ(sprintf("%v|%v|%.3e|%10.4g|%-10.2e|", c), "1e+10|3.4e+38|1.000e+00| 1.235e+05|1.23e+03  |");
}

TEST_F(FmtTest, Strings) {
  // fmt.Sprintf("%s|%10s|%-10s|%.2s|%q|%#q|%x|% x|%X|%+q|%#x|% #x", "héllo", "hi", "hi", "héllo", "a\"b\n", "ab",
  //             "hi", "hi", "hi", "héllo", "hi", "hi")
  Args a = args();
  a.s("h\xC3\xA9llo").s("hi").s("hi").s("h\xC3\xA9llo").s("a\"b\n").s("ab").s("hi").s("hi").s("hi");
  a.s("h\xC3\xA9llo").s("hi").s("hi");
  EXPECT_EQ(sprintf("%s|%10s|%-10s|%.2s|%q|%#q|%x|% x|%X|%+q|%#x|% #x", a),
            "h\xC3\xA9llo|        hi|hi        |h\xC3\xA9|\"a\\\"b\\n\"|`ab`|6869|68 69|6869|\"h\\u00e9llo\"|0x6869|"
            "0x68 0x69");
}

TEST_F(FmtTest, BadVerbsMissingExtraNoVerb) {
  // fmt.Sprintf("%t|%v|%d|%s %s|%d", true, false, "hi", "a", 1)
  Args a = args();
  a.b(true).b(false).s("hi").s("a").i(1);
  EXPECT_EQ(sprintf("%t|%v|%d|%s %s|%d", a), "true|false|%!d(string=hi)|a %!s(int=1)|%!d(MISSING)");
  // fmt.Sprintf("%d", 1, "x")
  Args b = args();
  b.i(1).s("x");
  EXPECT_EQ(sprintf("%d", b), "1%!(EXTRA string=x)");
  // fmt.Sprintf("%v %d", nil, nil)
  Args c = args();
  c.nil().nil();
  EXPECT_EQ(sprintf("%v %d", c), "<nil> %!d(<nil>)");
  EXPECT_EQ(sprintf("%", args()), "%!(NOVERB)");
  // fmt.Sprintf("%w", 5)
  Args d = args();
  d.i(5);
  EXPECT_EQ(sprintf("%w", d), "%!w(int=5)");
  // fmt.Sprintf("%!|%z|%-+ #05d|%3c|%-4q|%#v|%#v|%#v|%v", 7, 'x', 'y', "s", 1.0, 1e6, uint(7), 'x')
  Args e = args();
  uint64_t seven = 7;
  e.i(7).r('x').r('y').s("s").f(1.0).f(1e6).raw(t.uintT, &seven).r('x');
  EXPECT_EQ(sprintf("%!|%z|%-+ #05d|%3c|%-4q|%#v|%#v|%#v|%v", e),
            "%!!(int=7)|%!z(int32=120)|+121 |%!c(string=  s)|%!q(float64=1   )|1e+06|0x7|120|%!v(MISSING)");
}

TEST_F(FmtTest, StarWidthIndexesAndTypes) {
  // fmt.Sprintf("%*d|%-*d|%.*f|%[2]d %[1]d|%T %T %T", 5, 42, 5, 42, 2, 3.14159, 7, 8, "s", 1.5, nil)
  // (the explicit index makes the rest of the list reordered: no EXTRA)
  Args a = args();
  a.i(5).i(42).i(5).i(42).i(2).f(3.14159).i(7).i(8).s("s").f(1.5).nil();
  EXPECT_EQ(sprintf("%*d|%-*d|%.*f|%[2]d %[1]d|%T %T %T", a), "   42|42   |3.14|42 5|int int int");
}

struct PT {
  int64_t x, y;
};

TEST_F(FmtTest, StructsPointersSlices) {
  TypeDesc* p = t.make(Kind::Struct, 16, "main.P", rt::kTypeComparable | rt::kTypeNamed);
  p->fields = {{"X", t.intT, 0, 0, false, true, ""}, {"Y", t.intT, 8, 1, false, true, ""}};
  TypeDesc* pp = t.pointer(p);
  PT v{1, 2};
  const PT* ptr = &v;
  PT zero{0, 0};
  // fmt.Sprintf("%v|%+v|%#v|%v|%T", P{1, 2}, P{1, 2}, P{1, 2}, &P{1, 2}, P{})
  Args a = args();
  a.raw(p, &v).raw(p, &v).raw(p, &v).raw(pp, &ptr).raw(p, &zero);
  EXPECT_EQ(sprintf("%v|%+v|%#v|%v|%T", a), "{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}|&{1 2}|main.P");

  // fmt.Sprintf("%v|%#v|%q|%#v|%s|%x|%v|%v|%d", []int{1, 2, 3}, []int{1, 2, 3}, []string{"a", "b"}, []int(nil),
  //             []byte("hi"), []byte("hi"), []byte("hi"), [2]bool{true, false}, []any{1, "a", nil})
  TypeDesc* ints = t.slice(t.intT);
  TypeDesc* strs = t.slice(t.stringT);
  TypeDesc* anys = t.slice(t.anyT);
  TypeDesc* bools2 = t.array(t.boolT, 2);
  int64_t nums[3] = {1, 2, 3};
  rt::Slice intsV{nums, 3, 3}, nilV{};
  Args a2 = args();
  rt::String strElems[2] = {*a2.str("a"), *a2.str("b")};
  rt::Slice strsV{strElems, 2, 2};
  char hi[2] = {'h', 'i'};
  rt::Slice bytesV{hi, 2, 2};
  bool bs[2] = {true, false};
  int64_t one = 1;
  Iface anyElems[3] = {{t.intT, reinterpret_cast<void*>(one)}, {t.stringT, const_cast<rt::String*>(a2.str("a"))}, {}};
  rt::Slice anysV{anyElems, 3, 3};
  a2.raw(ints, &intsV).raw(ints, &intsV).raw(strs, &strsV).raw(ints, &nilV).raw(t.bytesT, &bytesV);
  a2.raw(t.bytesT, &bytesV).raw(t.bytesT, &bytesV).raw(bools2, bs).raw(anys, &anysV);
  EXPECT_EQ(sprintf("%v|%#v|%q|%#v|%s|%x|%v|%v|%d", a2),
            "[1 2 3]|[]int{1, 2, 3}|[\"a\" \"b\"]|[]int(nil)|hi|6869|[104 105]|[true false]|[1 %!d(string=a) <nil>]");

  // fmt.Sprintf("%d %s", []int{1, 2}, []int{1, 2})
  Args a3 = args();
  rt::Slice two{nums, 2, 3};
  a3.raw(ints, &two).raw(ints, &two);
  EXPECT_EQ(sprintf("%d %s", a3), "[1 2] [%!s(int=1) %!s(int=2)]");

  // fmt.Sprintf("%6.2v|%.3v|%10v|%-10v|", 3.14159, "abcdef", P{1, 2}, true)
  Args a4 = args();
  a4.f(3.14159).s("abcdef").raw(p, &v).b(true);
  EXPECT_EQ(sprintf("%6.2v|%.3v|%10v|%-10v|", a4), "   3.1|abc|{         1          2}|true      |");
}

TEST_F(FmtTest, NestedStructWithUnexportedAndInterfaceFields) {
  TypeDesc* p = t.make(Kind::Struct, 16, "main.P", rt::kTypeComparable | rt::kTypeNamed);
  p->fields = {{"X", t.intT, 0, 0, false, true, ""}, {"Y", t.intT, 8, 1, false, true, ""}};
  TypeDesc* ints = t.slice(t.intT);
  TypeDesc* q = t.make(Kind::Struct, 80, "main.Q", rt::kTypeHasPointers | rt::kTypeNamed);
  q->fields = {{"Name", t.stringT, 0, 0, false, true, ""}, {"count", t.intT, 16, 2, false, false, ""},
               {"In", p, 24, 3, false, true, ""},           {"Any", t.anyT, 40, 5, false, true, ""},
               {"L", ints, 56, 7, false, true, ""}};
  struct QV {
    rt::String name;
    int64_t count;
    PT in;
    Iface any;
    rt::Slice l;
  };
  Args a = args();
  int64_t one[1] = {1};
  QV q1{*a.str("n"), 3, {1, 2}, {t.intT, reinterpret_cast<void*>(int64_t{5})}, {}};
  QV q2{*a.str("n"), 3, {1, 2}, {t.stringT, const_cast<rt::String*>(a.str("s"))}, {one, 1, 1}};
  QV q3{*a.str("n"), 3, {1, 2}, {}, {}};
  // fmt.Sprintf("%v|%+v|%#v", Q{"n", 3, P{1, 2}, 5, nil}, Q{"n", 3, P{1, 2}, "s", []int{1}},
  //             Q{"n", 3, P{1, 2}, nil, nil})
  a.raw(q, &q1).raw(q, &q2).raw(q, &q3);
  EXPECT_EQ(sprintf("%v|%+v|%#v", a),
            "{n 3 {1 2} 5 []}|{Name:n count:3 In:{X:1 Y:2} Any:s L:[1]}|main.Q{Name:\"n\", count:3, In:main.P{X:1, "
            "Y:2}, Any:interface {}(nil), L:[]int(nil)}");
}

TEST_F(FmtTest, NamedBasicTypes) {
  // type Celsius float64; type Flags uint8
  // fmt.Sprintf("%v|%v|%x|%X|%d|%v|%.2f|%v|%08b", int8(-5), uint8(200), -255, uint16(0xbeef), Celsius(3),
  //             Celsius(21.5), Celsius(1), Flags(3), Flags(5))
  TypeDesc* celsius = t.named(t.f64T, "main.Celsius");
  TypeDesc* flags = t.named(t.uint8T, "main.Flags");
  Args a = args();
  int8_t m5 = -5;
  uint8_t u200 = 200, f3 = 3, f5 = 5;
  uint16_t beef = 0xbeef;
  double c3 = 3, c21 = 21.5, c1 = 1;
  a.raw(t.int8T, &m5).raw(t.uint8T, &u200).i(-255).raw(t.uint16T, &beef).raw(celsius, &c3).raw(celsius, &c21);
  a.raw(celsius, &c1).raw(flags, &f3).raw(flags, &f5);
  EXPECT_EQ(sprintf("%v|%v|%x|%X|%d|%v|%.2f|%v|%08b", a), "-5|200|-ff|BEEF|%!d(main.Celsius=3)|21.5|1.00|3|00000101");
}

TEST_F(FmtTest, PrintAndPrintlnSpacing) {
  // fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, nil) and fmt.Sprintln("a", 1, 2, "b", "c", 3.5, nil)
  Args a = args();
  a.s("a").i(1).i(2).s("b").s("c").f(3.5).nil().nil();
  Printer p(nullptr);
  p.doPrint(a.v.data(), static_cast<int64_t>(a.v.size()));
  EXPECT_EQ(p.buf, "a1 2bc3.5 <nil> <nil>");
  Printer q(nullptr);
  q.doPrintln(a.v.data(), static_cast<int64_t>(a.v.size()) - 1);
  EXPECT_EQ(q.buf, "a 1 2 b c 3.5 <nil>\n");
}

/// Stands in for the VM: funcs[k] are the interface-pair variants of the test's methods. The window is
/// [result string (2 slots), receiver type word, receiver data word].
class FakeContext : public rt::NativeContext {
 public:
  explicit FakeContext(Types& t) : t_(t) {}
  const rt::Module& module() const override { return module_; }
  void callFunc(uint32_t func, uint64_t* w, size_t n) override {
    EXPECT_EQ(n, 4u);
    EXPECT_NE(rt::typeOfTypeWord(reinterpret_cast<const void*>(w[2])), nullptr);
    switch (func) {
      case 0: ret(w, "S(" + std::to_string(static_cast<int64_t>(w[3])) + ")"); break;  // S.String
      case 1: {                                                                           // B.String: panic("boom")
        static rt::String boom{reinterpret_cast<const uint8_t*>("boom"), 4};
        throw rt::PanicException{rt::Iface{t_.stringT, &boom}};
      }
      case 2:  // (*T).String: reads t.x
        if (w[3] == 0) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
        ret(w, std::to_string(*reinterpret_cast<int64_t*>(w[3])));
        break;
      case 3: ret(w, "E!"); break;  // E.Error
      case 4: ret(w, "S!"); break;  // E.String
    }
  }
  void callClosure(const rt::Closure*, uint64_t*, size_t) override {}
  const std::vector<std::string>& programArgs() const override { return args_; }

 private:
  void ret(uint64_t* w, std::string s) {
    auto& kept = results_.emplace_back(std::move(s));
    w[0] = reinterpret_cast<uint64_t>(kept.data());
    w[1] = kept.size();
  }
  Types& t_;
  rt::Module module_;
  std::vector<std::string> args_;
  std::deque<std::string> results_;
};

rt::Method stringMethod(const char* name, uint32_t func) {
  rt::Method m;
  m.name = name;
  m.signature = "func() string";
  m.ifaceFunc = func;
  return m;
}

TEST_F(FmtTest, StringAndErrorMethods) {
  FakeContext ctx(t);
  TypeDesc* sT = t.named(t.intT, "main.S");
  sT->methods = {stringMethod("String", 0)};
  TypeDesc* bT = t.named(t.intT, "main.B");
  bT->methods = {stringMethod("String", 1)};
  TypeDesc* tT = t.make(Kind::Struct, 8, "main.T", rt::kTypeComparable | rt::kTypeNamed | rt::kTypeDirect);
  tT->fields = {{"x", t.intT, 0, 0, false, false, ""}};
  TypeDesc* ptT = t.pointer(tT);
  ptT->methods = {stringMethod("String", 2)};
  TypeDesc* eT = t.named(t.intT, "main.E");
  eT->methods = {stringMethod("Error", 3), stringMethod("String", 4)};
  auto run = [&](const char* format, const Args& a) {
    Printer p(&ctx);
    p.doPrintf(format, a.v.data(), static_cast<int64_t>(a.v.size()));
    return p.buf;
  };
  auto sprint = [&](const Args& a) {
    Printer p(&ctx);
    p.doPrint(a.v.data(), static_cast<int64_t>(a.v.size()));
    return p.buf;
  };
  int64_t five = 5, one = 1, two = 2;
  // fmt.Sprintf("%v|%s|%d|%q|%x|%#v|%5s|%-6v|", S(5), S(5), S(5), S(5), S(5), S(5), S(5), S(5))
  Args a = args();
  for (int i = 0; i < 8; ++i) a.raw(sT, &five);
  EXPECT_EQ(run("%v|%s|%d|%q|%x|%#v|%5s|%-6v|", a), "S(5)|S(5)|5|\"S(5)\"|53283529|5| S(5)|S(5)  |");
  // fmt.Sprint(B(1)) where B's String panics with "boom"
  Args b = args();
  b.raw(bT, &one);
  EXPECT_EQ(sprint(b), "%!v(PANIC=String method: boom)");
  // fmt.Sprintf("%d|%s", B(2), B(2))
  Args b2 = args();
  b2.raw(bT, &two).raw(bT, &two);
  EXPECT_EQ(run("%d|%s", b2), "2|%!s(PANIC=String method: boom)");
  // var t *T; fmt.Sprint(t, E(1), []S{1, 2}, W{1, 2}) with type W struct { a S; B S }
  TypeDesc* sSlice = t.slice(sT);
  TypeDesc* wT = t.make(Kind::Struct, 16, "main.W", rt::kTypeComparable | rt::kTypeNamed);
  wT->fields = {{"a", sT, 0, 0, false, false, ""}, {"B", sT, 8, 1, false, true, ""}};
  const void* nilT = nullptr;
  int64_t elems[2] = {1, 2};
  rt::Slice sv{elems, 2, 2};
  Args c = args();
  c.raw(ptT, &nilT).raw(eT, &one).raw(sSlice, &sv).raw(wT, elems);
  EXPECT_EQ(sprint(c), "<nil> E! [S(1) S(2)] {1 S(2)}");
  // A non-nil *T prints through its String method.
  int64_t seven = 7;
  const void* pt = &seven;
  Args d = args();
  d.raw(ptT, &pt);
  EXPECT_EQ(sprint(d), "7");
}

TEST_F(FmtTest, MapsPrintSortedByKey) {
  // fmt.Sprintf("%v|%#v", map[string]int{"b": 2, "a": 1, "c": 3}, map[int]bool{3: true, -1: false})
  TypeDesc* msi = t.make(Kind::Map, 8, "map[string]int", rt::kTypeDirect | rt::kTypeHasPointers);
  msi->key = t.stringT;
  msi->elem = t.intT;
  TypeDesc* mib = t.make(Kind::Map, 8, "map[int]bool", rt::kTypeDirect | rt::kTypeHasPointers);
  mib->key = t.intT;
  mib->elem = t.boolT;
  Args a = args();
  rt::MapObject* m1 = rt::mapMake(msi, 0);
  for (auto [k, v] : {std::pair{"b", 2}, {"a", 1}, {"c", 3}}) {
    *static_cast<int64_t*>(rt::mapAssign(msi, m1, a.str(k))) = v;
  }
  rt::MapObject* m2 = rt::mapMake(mib, 0);
  for (auto [k, v] : {std::pair{int64_t{3}, true}, {int64_t{-1}, false}}) {
    *static_cast<bool*>(rt::mapAssign(mib, m2, &k)) = v;
  }
  a.raw(msi, &m1).raw(mib, &m2);
  EXPECT_EQ(sprintf("%v|%#v", a), "map[a:1 b:2 c:3]|map[int]bool{-1:false, 3:true}");
}

}  // namespace
}  // namespace vo::stdlib::fmt
