package main

import "fmt"

const (
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func main() {
	fmt.Println(MaxInt8, MinInt8, MaxInt64, MinInt64)
	fmt.Println(MaxUint32, uint64(MaxUint64))
	var x int64 = MinInt64
	fmt.Println(x, -x, x-1)
	fmt.Printf("%x %X %o %b\n", MaxUint32, 255, 8, 5)
}
