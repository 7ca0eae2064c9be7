// Float → integer conversions of NaN, infinities and out-of-range values give what Go 1.19 gives on amd64
// (the spec leaves them implementation-dependent): the 64-bit CVTTSD2SQ result for int64/int/uint32, the 32-bit
// CVTTSD2SL result truncated for int32/int16/int8/uint16/uint8, and float64ToUint64's for uint64. Integer →
// float32 rounds once (no double rounding through float64).
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -1e300, 9.3e18, -9.3e18, 1.8e19, 2e19, 4e9, -4e9,
		3e9, -3e9, 2147483647.9, -2147483648.9, 70000.5, -70000.5, 300.7, -300.7, -1, -0.9, 0.9}
	for _, f := range fs {
		fmt.Println(f, int64(f), int(f), int32(f), int16(f), int8(f), uint64(f), uint(f), uintptr(f), uint32(f),
			uint16(f), uint8(f))
		f32 := float32(f)
		fmt.Println("  float32:", int64(f32), int32(f32), int8(f32), uint64(f32), uint32(f32), uint8(f32))
	}
	is := []int64{1<<53 + 1, 1<<62 + 1<<38 + 1, -(1<<62 + 1<<38 + 1), 1<<24 + 1, math.MaxInt64, math.MinInt64,
		0x7fffff4000000001}
	for _, i := range is {
		fmt.Println(i, float32(i), float64(i), float32(uint64(i)), float64(uint64(i)))
	}
	us := []uint64{1<<63 + 1<<39 + 1, math.MaxUint64, 1<<64 - 1<<39, 0xffffff7fffffffff}
	for _, u := range us {
		fmt.Println(u, float32(u), float64(u))
	}
}
