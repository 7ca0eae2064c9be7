package main

import (
	"fmt"
	"math"
)

type MyUint uint16

func main() {
	ints := []any{0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64, int8(-128), int16(300), int32(-7), uint8(200),
		uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(4096), MyUint(9)}
	verbs := []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%+05d", "% 05d", "%.3d", "%.0d", "%8.3d",
		"%-8.3d|", "%08.3d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%+x", "% x", "%#08x", "%v",
		"%+v", "%#v", "%c", "%q", "%U", "%e", "%s", "%t", "%10.4X", "%-#10o|", "%.d"}
	for _, v := range ints {
		for _, verb := range verbs {
			fmt.Printf("%s:"+verb+" ", verb, v)
		}
		fmt.Println()
	}
	fmt.Printf("%.0d|%.0x|%5.0d|\n", 0, 0, 0)
	fmt.Printf("%d %d\n", []int{1, -2}, [2]uint8{3, 4})
	fmt.Printf("%x %X %o\n", []int{255, 16}, []uint{10}, [1]int{8})
	fmt.Printf("%08b %016b\n", uint8(5), int16(-1))
	fmt.Printf("%d %x\n", &[]int{1}, &[]int{255})
	fmt.Printf("%v %d\n", true, true)
	fmt.Printf("%5t|%-6t|%t\n", true, false, 1)
}
