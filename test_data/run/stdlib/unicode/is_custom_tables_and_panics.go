// unicode.Is on tables a program builds or changes: rows added to a package table are seen, a Range16 row with
// Stride 0 divides by zero, a nil table dereferences nil (both recovered, Go's run-time error texts), an empty
// table holds nothing, negative and huge runes, and the Latin-1 linear scan of a long R16 table.
package main

import (
	"fmt"
	"unicode"
)

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Printf("%s: panic: %v (runtime error: %v)\n", name, r, isRuntime)
		}
	}()
	fmt.Printf("%s: %v\n", name, f())
}

func main() {
	mine := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'f', Stride: 0}}}
	try("stride 0 inside", func() bool { return unicode.Is(mine, 'c') })
	try("stride 0 below", func() bool { return unicode.Is(mine, 'A') })
	try("stride 0 Lo (1 row, so linear)", func() bool { return unicode.Is(mine, 'a') })
	var none *unicode.RangeTable
	try("nil table", func() bool { return unicode.Is(none, 'x') })
	try("empty table", func() bool { return unicode.Is(&unicode.RangeTable{}, 'x') })

	long := &unicode.RangeTable{}
	for i := 0; i < 30; i++ {
		long.R16 = append(long.R16, unicode.Range16{Lo: uint16(0x20 + i*8), Hi: uint16(0x20 + i*8 + 3), Stride: 1})
	}
	long.R32 = []unicode.Range32{{Lo: 0x10000, Hi: 0x10100, Stride: 0x80}}
	n := 0
	for r := rune(-5); r < 0x10200; r++ {
		if unicode.Is(long, r) {
			n++
		}
	}
	fmt.Println("long table members:", n, unicode.Is(long, 0x10080), unicode.Is(long, 0x10081), unicode.Is(long, -1))

	// A program may extend a table; Is follows the rows it holds now.
	t := &unicode.RangeTable{R16: append([]unicode.Range16(nil), unicode.ASCII_Hex_Digit.R16...)}
	fmt.Println(unicode.Is(t, 'g'), len(t.R16))
	t.R16 = append(t.R16, unicode.Range16{Lo: 'g', Hi: 'z', Stride: 1})
	fmt.Println(unicode.Is(t, 'g'), unicode.Is(t, 'G'), unicode.In('g', t, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, t}, 'q'))
	for _, r := range []rune{-1, 0, 0xffff, 0x10000, unicode.MaxRune, unicode.MaxRune + 1, 0x7fffffff} {
		fmt.Print(unicode.Is(unicode.Co, r), unicode.Is(unicode.L, r), unicode.Is(unicode.Nd, r), " ")
	}
	fmt.Println()
}
