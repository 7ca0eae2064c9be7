// strconv.Itoa, FormatInt and FormatUint at every length from 1 to 20 digits, both signs, around each power of
// ten (the natives write short results with one or two word stores, longer ones byte by byte), in bases 2, 8, 10,
// 16 and 36, and the panic for a base outside 2..36; each result is also compared and concatenated at once (the
// reads that follow the write).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func check(v int64) {
	s := strconv.Itoa(int(v))
	t := strconv.FormatInt(v, 10)
	if s != t || s != fmt.Sprint(v) {
		fmt.Println("mismatch:", s, t, v)
	}
	back, err := strconv.ParseInt(s, 10, 64)
	if err != nil || back != v {
		fmt.Println("round trip:", s, back, err)
	}
	fmt.Println(len(s), "["+s+"]", s == t, strconv.FormatUint(uint64(v), 10))
}

func tryBase(base int) {
	defer func() { fmt.Println("base", base, "recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(255, base), strconv.FormatUint(255, base))
}

func main() {
	for p := int64(1); ; p *= 10 {
		check(p - 1)
		check(p)
		check(-p)
		check(-(p - 1))
		check(p + 7)
		if p > math.MaxInt64/10 {
			break
		}
	}
	check(math.MaxInt64)
	check(math.MinInt64)
	check(math.MinInt64 + 1)
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), len(strconv.FormatUint(math.MaxUint64, 10)))
	for _, v := range []int64{0, 1, -1, 35, -36, 255, -256, 1 << 40, math.MinInt64, math.MaxInt64} {
		fmt.Println(strconv.FormatInt(v, 2), strconv.FormatInt(v, 8), strconv.FormatInt(v, 16),
			strconv.FormatInt(v, 36), strconv.FormatUint(uint64(v), 7))
	}
	for _, base := range []int{-1, 0, 1, 2, 36, 37} {
		tryBase(base)
	}
}
