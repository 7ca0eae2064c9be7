// Float comparisons as branch conditions (fused compare-and-branch): every operator, negated (`!`, `else`,
// `&&`/`||` operands, loop conditions), with NaN (every ordered comparison false, != true), ±0 and ±Inf.
package main

import (
	"fmt"
	"math"
)

func check(name string, x, y float64) {
	r := ""
	if x == y {
		r += "eq "
	}
	if x != y {
		r += "ne "
	}
	if x < y {
		r += "lt "
	}
	if x <= y {
		r += "le "
	}
	if x > y {
		r += "gt "
	}
	if x >= y {
		r += "ge "
	}
	if !(x < y) {
		r += "!lt "
	}
	if !(x <= y) {
		r += "!le "
	}
	if !(x > y) {
		r += "!gt "
	}
	if !(x >= y) {
		r += "!ge "
	}
	if !(x == y) {
		r += "!eq "
	}
	if !(x != y) {
		r += "!ne "
	}
	if x < y || x > y {
		r += "lt||gt "
	}
	if x <= y && x >= y {
		r += "le&&ge "
	}
	if x < y {
	} else {
		r += "else-lt "
	}
	if x >= y {
	} else {
		r += "else-ge "
	}
	fmt.Println(name, r)
}

func check32(name string, x, y float32) {
	fmt.Println(name, x < y, x <= y, x > y, x >= y, x == y, x != y, !(x < y), !(x >= y))
	if x < y {
		fmt.Println(name, "32 lt")
	} else if x > y {
		fmt.Println(name, "32 gt")
	} else if x == y {
		fmt.Println(name, "32 eq")
	} else {
		fmt.Println(name, "32 unordered")
	}
}

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	check("1<2", 1, 2)
	check("2<1", 2, 1)
	check("1=1", 1, 1)
	check("nan,1", nan, 1)
	check("1,nan", 1, nan)
	check("nan,nan", nan, nan)
	check("-0,0", negZero, 0)
	check("inf,inf", inf, inf)
	check("-inf,inf", -inf, inf)
	check("inf,nan", inf, nan)
	check32("f32 1,2", 1, 2)
	check32("f32 nan", float32(nan), 1)
	check32("f32 eq", 0.1, 0.1)

	// Loop conditions with float operands and constants.
	n := 0
	for x := 0.0; x < 10; x += 0.5 {
		n++
	}
	fmt.Println("loop lt", n)
	n = 0
	for x := 10.0; x >= 0; x -= 1.5 {
		n++
	}
	fmt.Println("loop ge", n)
	n = 0
	for x := nan; !(x > 1) && n < 5; {
		n++
	}
	fmt.Println("loop nan", n)
	n = 0
	for x := 1.0; x != 0 && n < 100; x /= 2 {
		n++
	}
	fmt.Println("loop halve", n)
}
