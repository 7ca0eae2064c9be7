// The escape benchmarks' loop shapes (bench/escape) in registers: scalar replacement after inlining (gen_inline.cpp:
// pointer parameters an inlined body only dereferences alias their argument's registers), which variables keep
// their frame storage, and `x & K` as one AndImm. The programs compile with the escape analysis (the decisions the
// replacement builds on) and inlining; the code of main.main is inspected. Constant arguments of inlined calls
// (gen_scalar.cpp) fold into immediates.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "compiler/codegen/tests/codegen_test_util.h"
#include "runtime-core/verify.h"

namespace vo::codegen {
namespace {

/// Memory traffic and allocation inside the counted loops of `f` (from a ForLoop's target to the ForLoop): frame
/// objects, loads and stores through pointers, heap objects.
int loopMemOps(const testing::Compiled& c, std::string_view f) {
  const rt::FuncInfo* fi = c.func(f);
  int n = 0, loops = 0;
  for (size_t pc = 0; fi && pc < fi->code.size(); ++pc) {
    if (fi->code[pc].op != rt::Opcode::ForLoop) continue;
    ++loops;
    for (size_t i = static_cast<size_t>(static_cast<int64_t>(pc) + fi->code[pc].d); i < pc; ++i)
      for (rt::Opcode op : {rt::Opcode::FrameAddr, rt::Opcode::New, rt::Opcode::Ld64, rt::Opcode::St64,
                            rt::Opcode::LdVal, rt::Opcode::StVal})
        n += fi->code[i].op == op;
  }
  EXPECT_GT(loops, 0) << "no counted loop in " << f;
  return n;
}

std::unique_ptr<testing::Compiled> compileVerified(const std::string& src) {
  auto c = testing::compile(src, "prog.go", /*inlining=*/true);
  if (c->mod) {
    std::string err;
    EXPECT_TRUE(rt::verifyModule(*c->mod, err)) << err;
  }
  return c;
}

const char* kPoints = R"(package main

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

func main() {
	var sum Point
	total := 0
	for i := 0; i < 10; i++ {
		p := Point{i, 1}
		p.Scale(2)
		sum = sum.Add(p)
		total += dist2(&Point{i & 1023, i & 7})
	}
	println(sum.X, sum.Y, total)
}
)";

// Both benchmark shapes of bench/escape: the receiver variable and the literal live in registers.
TEST(Scalar, ReceiverVariableAndLiteralInRegisters) {
  if (const char* e = std::getenv("VO_ESCAPE"); e && std::string(e) == "conservative") GTEST_SKIP();
  auto c = compileVerified(kPoints);
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* m = c->func("main.main");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->inlined.size(), 3u) << testing::listing(*m);
  EXPECT_EQ(loopMemOps(*c, "main.main"), 0) << testing::listing(*m);
  EXPECT_EQ(c->count("main.main", rt::Opcode::AndImm), 2) << testing::listing(*m);
  EXPECT_EQ(c->count("main.main", rt::Opcode::AndI), 0) << testing::listing(*m);
  // p.Scale(2): the constant argument folds into the body (gen_scalar.cpp), no register for k.
  EXPECT_EQ(c->count("main.main", rt::Opcode::MulImm), 2) << testing::listing(*m);
  EXPECT_EQ(c->count("main.main", rt::Opcode::MulI), 2) << testing::listing(*m);  // dist2's p.X*p.X, p.Y*p.Y
}

// x & K with K a small constant on either side is one AndImm; a negative mask is sign-extended, a mask outside
// int32 stays a register operand; narrow types keep their representation.
TEST(Scalar, AndImmediate) {
  auto c = testing::compile(R"(package main

func f(x int, y uint8, z int64) (int, int, uint8, int64) {
	return x & 7, -8 & x, y & 0xf0, z & 0x1_0000_0000
}

func main() {
	a, b, u, d := f(-13, 0xab, 0x1_2345_6789)
	println(a, b, u, d)
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.f", rt::Opcode::AndImm), 3) << testing::listing(*c->func("main.f"));
  EXPECT_EQ(c->count("main.f", rt::Opcode::AndI), 1) << testing::listing(*c->func("main.f"));
}

// A variable whose address also goes elsewhere keeps its storage; the inlined call then goes through memory.
TEST(Scalar, AddressUsedElsewhereKeepsTheFrameObject) {
  auto c = compileVerified(R"(package main

type Point struct{ X, Y int }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func first(p *Point) *int { return &p.X }

func main() {
	p := Point{1, 2}
	p.Scale(2)
	x := first(&p)
	*x = 5
	println(p.X, p.Y)
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* m = c->func("main.main");
  ASSERT_TRUE(m);
  EXPECT_GT(c->count("main.main", rt::Opcode::FrameAddr) + c->count("main.main", rt::Opcode::New), 0)
      << testing::listing(*m);
}

// With inlining off nothing is replaced: the calls take the frame object's address.
TEST(Scalar, OffWithoutInlining) {
  auto c = testing::compile(kPoints, "prog.go", /*inlining=*/false);
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_GT(loopMemOps(*c, "main.main"), 0);
}

}  // namespace
}  // namespace vo::codegen
