// FormatFloat in every format with many precisions (special values and float32 too), FormatInt/FormatUint in
// every base, the Append* functions appending to existing bytes, and the panics for bad bases and bit sizes.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.5, 3.5, 1e21, 1e20, 123456789, 1e-7, 1e-5,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat32, math.MaxFloat32, math.Inf(1), math.Inf(-1), math.NaN(),
		0.000123456, 9.999999e9, 0.5, 1.5, 100}
	for _, v := range vals {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'z'} {
			line := fmt.Sprintf("%c %v:", f, v)
			for _, prec := range []int{-1, 0, 1, 2, 5, 17, 30} {
				line += " " + strconv.FormatFloat(v, f, prec, 64)
			}
			line += " |32: " + strconv.FormatFloat(v, f, -1, 32) + " " + strconv.FormatFloat(v, f, 4, 32)
			fmt.Println(line)
		}
	}
	fmt.Println(strconv.FormatFloat(1, 'f', 400, 64)[390:], len(strconv.FormatFloat(5e-324, 'e', 1000, 64)))
	for base := 2; base <= 36; base++ {
		fmt.Println(base, strconv.FormatInt(math.MinInt64, base), strconv.FormatInt(math.MaxInt64, base),
			strconv.FormatUint(math.MaxUint64, base), strconv.FormatInt(-35, base))
	}
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'e', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = strconv.AppendQuote(b, "é\n")
	b = strconv.AppendQuoteToASCII(b, "é\n")
	b = strconv.AppendQuoteToGraphic(b, "\u00a0\t")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToGraphic(b, '\u2028')
	fmt.Println(string(b), len(b))
	try("FormatInt base 1", func() { strconv.FormatInt(1, 1) })
	try("FormatUint base 37", func() { strconv.FormatUint(1, 37) })
	try("AppendInt base 0", func() { strconv.AppendInt(nil, 1, 0) })
	try("FormatFloat bitSize 16", func() { strconv.FormatFloat(1, 'g', -1, 16) })
	try("AppendFloat bitSize 0", func() { strconv.AppendFloat(nil, 1, 'g', -1, 0) })
	fmt.Println(strconv.Itoa(0), strconv.Itoa(math.MinInt64), strconv.FormatBool(false))
}
