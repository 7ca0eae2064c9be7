package main

import (
	"fmt"
	"math"
)

func main() {
	floats := []float64{0, -0.0 * -1, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 123456789.125, 1e21, 1e20, 1e-7, 1e-4,
		5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 3.5, 100}
	verbs := []string{"%v", "%e", "%E", "%f", "%F", "%g", "%G", "%x", "%X", "%b", "%.3e", "%.0f", "%.2f", "%.3g",
		"%10.2f|", "%-10.2f|", "%+f", "% f", "%010.3f", "%+010.3f", "%#g", "%#.3g", "%#x", "%#.2x", "%8.3G|",
		"%.0e", "%#.0e", "%#.0f", "%+.3v", "% 10v|", "%-+10v|", "%010v"}
	for _, f := range floats {
		for _, v := range verbs {
			fmt.Printf("%s=["+v+"] ", v, f)
		}
		fmt.Println()
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45, -2.5}
	for _, f := range f32s {
		fmt.Printf("%v %g %e %.10f %x %b %08.3f\n", f, f, f, f, f, f, f)
		fmt.Println(f, float64(f))
	}
	cs := []complex128{0, complex(1, 2), complex(-1.5, -0.25), complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7)}
	for _, c := range cs {
		fmt.Printf("%v|%+v|%.2f|%e|%g|%8.1f|%-12.2g|%x|%T\n", c, c, c, c, c, c, c, c, c)
		fmt.Println(c)
	}
	var c64 complex64 = complex(1.5, -2)
	fmt.Printf("%v %.3f %T\n", c64, c64, c64)
	fmt.Println(c64)
	fmt.Printf("%d %s %q %t\n", 1.5, 2.5, 3.5, complex(1, 1))
	fmt.Printf("%.*f|%*.*e|%-*g|\n", 3, math.Pi, 12, 2, math.E, 8, 1.5)
}
