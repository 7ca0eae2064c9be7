package main

import "fmt"

const big = 1 << 100
const huge = big * big
const ratio = huge / (big * big >> 4)
const third = 1.0 / 3

func main() {
	fmt.Println(big>>98, ratio)
	fmt.Println(third, float32(third))
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	var i int = 'a' + 1
	var r rune = 'a' + 1
	fmt.Println(i, r, string(r))
	const c = 3 + 0i
	var fl float64 = c
	fmt.Println(fl)
}
