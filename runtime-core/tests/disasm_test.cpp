// The disassembly of a small module, pinned as golden text: names, source lines, operands by kind.
#include "runtime-core/disasm.h"

#include <gtest/gtest.h>

#include "runtime-core/tests/module_builder.h"

namespace vo::rt {
namespace {

TEST(Disasm, SampleModule) {
  const std::string expected = R"(; vo bytecode module: 1 files, 3 constants, 9 types, 4 functions, entry vo.entry
files:
  0 main.go
constants:
  k0 int 42
  k1 float 2.5
  k2 string "hi\n\""
types:
  t0 int: kind=int size=8 align=8 flags=direct,comparable slots=[S@0s]
  t1 string: kind=string size=16 align=8 flags=pointers,comparable slots=[P@0 S@8]
  t2 interface {}: kind=interface size=16 align=8 flags=pointers,comparable slots=[T@0 D@8]
  t3 map[string]int: kind=map size=8 align=8 flags=direct,pointers key=string elem=int slots=[P@0]
  t4 float64: kind=float64 size=8 align=8 flags=direct,comparable slots=[F@0]
  t5 globals: kind=struct size=24 align=8 flags=pointers,comparable fields=[main.g int @0; main.s string @8] slots=[S@0s P@8 S@16]
  t6 *int: kind=ptr size=8 align=8 flags=direct,pointers,comparable elem=int slots=[P@0]
  t7 []int: kind=slice size=24 align=8 flags=pointers elem=int slots=[P@0 S@8 S@16]
  t8 struct { X int; S string }: kind=struct size=24 align=8 flags=pointers,comparable fields=[X int @0; S string @8] slots=[S@0s P@8 S@16]
globals: t5, 24 bytes
  +0 main.g int
  +8 main.s string

func vo.entry  main.go:1 hidden
  results none, params none, frame 0 slots
      0     1  call      r0[], main.main
      1     1  ret

func main.add  main.go:3
  results r0, params r1..r2, frame 3 slots: S S S
      0     4  add       r0, r1, r2
      1     4  ret

func main.main  main.go:7
  results none, params none, frame 16 slots: S S S P S T D F P S P S S S S S
      0     8  ldi       r1, 1
      1     8  ldi       r2, 2
      2     8  call      r0..r2, main.add
      3     9  print     r0, int
      4     9  printnl
      5    10  lds       r3..r4, k2("hi\n\"")
      6    10  ldk       r7, k1(2.5)
      7    10  mkiface   r5..r6, r0, int, interface {}
      8    10  gaddr     r8, main.s
      9    10  st.val    r8, r3..r4, +0, string
     10    10  mkmap     r10, -, map[string]int
     11    10  mapset    r10, r3..r4, r0, map[string]int
     12    12  mapget    r1, r10, r3..r4, map[string]int, r12
     13    12  jnei      r12, ->16, 1
     14    12  mov       r13..r14, r0..r1, 2
     15    12  print     r3..r4, string
     16    14  ret

func runtime.GC  main.go:20 native
  results none, params none, frame 0 slots
)";
  EXPECT_EQ(disassembleModule(*testing::makeSampleModule()), expected);
}

}  // namespace
}  // namespace vo::rt
