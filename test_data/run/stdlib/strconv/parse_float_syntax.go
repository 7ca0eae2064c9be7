// ParseFloat's syntax and rounding edges: underscores, hexadecimal mantissas (rounding, more than 16 digits),
// long decimal mantissas, huge exponents, subnormal and overflow boundaries for 64 and 32 bits, the special
// values and their prefixes, NaN's bits, and the error texts.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "-0", "+0", "00", "0.", ".0", "1_000", "0x_1p0", "0x1_0p0", "0x1p1_0", "1e1_0", "0_1", "_1", "1_",
		"0b1", "0o1", "0x", "0x.p1", "0x.8p1", "0x1.8", "0X1P-2", "0x1p+1", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffffp1023", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
		"0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x.000000000000000000001p0", "0x123456789abcdef01p0",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315807e308", "1.7976931348623159e308",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.4703282292062327208e-324",
		"1e-400", "1e99999999999999999999", "1e-99999999999999999999", "0e99999999", "123456789012345678901234567890",
		"0.000000000000000000000000000000000000000000001", "9007199254740993", "9007199254740993.0000000001",
		"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1.401298464324817e-45",
		"7.006492321624085e-46", "7.006492321624086e-46", "1e-46", "16777217", "16777219",
		"inf", "+inf", "-Inf", "INF", "infinity", "-Infinity", "infin", "infinityx", "in", "nan", "NaN", "nAn", "+nan",
		"-nan", "nanx", "1e", "1e+", "1e-", "1.2.3", "1..", "+", "-", ".", "e5", "1 ", " 1", "1x", "0x1p", "1p5",
		"\u0661", "1e+0010", "-0x1.8p-1",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %b %v | %v %v\n", s, f, f, err, float32(g), err32)
	}
	n, _ := strconv.ParseFloat("nan", 64)
	fmt.Printf("NaN bits %#x\n", math.Float64bits(n))
	v, err := strconv.ParseFloat("1.5", 16) // any bitSize but 32 means 64
	fmt.Println(v, err)
}
