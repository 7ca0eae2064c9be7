// ParseComplex: the forms N, Ni, N±Ni, parenthesized, Inf/NaN parts, complex64 rounding, and its syntax and
// range errors (range errors keep the ±Inf part and report the whole input).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "1", "-1", "1i", "-1i", "i", "+i", "1+2i", "1-2i", "-1.5e3+0.25i", "(3+4i)", "(3+4i", "3+4i)", "()",
		"1+i", "1++2i", "1+-2i", "1-+2i", "1+2", "1+2j", "1 + 2i", "1+2ii", "", "(", "(i)", "0x1p3+0x1.8p1i",
		"1_000+2i", "0x_1p0i", "Inf", "-Inf+NaNi", "NaN+Infi", "NaN-NaNi", "+NaNi", "infi", "infinityi",
		"1e400", "1e400+1e400i", "-1e400-1e-400i", "1e-400i", "3.4028236e38+1i", "1e39i", "1.0000000000000001+0i",
		"0.1+0.2i", "+3e+3-3e-3i", ".5i", "5.i", "1e5e5", "nan", "NaNi",
	}
	for _, s := range inputs {
		for _, bits := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Printf("%q/%d: %v %v", s, bits, c, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf(" [Func=%s Num=%q range=%v syntax=%v]", ne.Func, ne.Num, errors.Is(err, strconv.ErrRange),
					errors.Is(err, strconv.ErrSyntax))
			}
			fmt.Println()
		}
	}
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e300, -1e-300)} {
		for _, f := range []byte{'e', 'f', 'g', 'b', 'x'} {
			s := strconv.FormatComplex(c, f, -1, 128)
			back, err := strconv.ParseComplex(s, 128)
			fmt.Println(s, strconv.FormatComplex(c, f, 3, 64), back == c, err)
		}
	}
}
