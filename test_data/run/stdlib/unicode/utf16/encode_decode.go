// unicode/utf16: Encode/Decode round trips (BMP, surrogate pairs, invalid runes), EncodeRune/DecodeRune on valid
// and invalid pairs, IsSurrogate at the boundaries; the cases of Go 1.19's utf16_test.go.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
)

func main() {
	encodeTests := [][]rune{
		{1, 2, 3, 4},
		{0xffff, 0x10000, 0x10001, 0x12345, 0x10ffff},
		{'a', 'b', 0xd7ff, 0xd800, 0xdfff, 0xe000, 0x110000, -1},
		{},
		nil,
		[]rune("héllo, 世界 🙂"),
	}
	for _, tt := range encodeTests {
		e := utf16.Encode(tt)
		fmt.Printf("Encode(%U) = %#04x len=%d\n", tt, e, len(e))
		d := utf16.Decode(e)
		fmt.Printf("  Decode = %U nil=%v\n", d, d == nil)
	}

	decodeTests := [][]uint16{
		{1, 2, 3, 4},
		{0xd800, 0xdc00},
		{0xd800, 0xdc01, 0xd808, 0xdf45, 0xdbff, 0xdfff},
		{0xd800, 'a'},
		{0xdfff},
		{0xd800},
		{0xdc00, 0xd800},
		{'x', 0xdbff, 0xe000, 0xd7ff},
	}
	for _, tt := range decodeTests {
		d := utf16.Decode(tt)
		fmt.Printf("Decode(%#04x) = %U %q\n", tt, d, string(d))
	}

	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f642, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		back := utf16.DecodeRune(r1, r2)
		fmt.Printf("%#x surrogate=%v EncodeRune=(%#x,%#x) DecodeRune=%#x\n", r, utf16.IsSurrogate(r), r1, r2, back)
	}

	pairs := [][2]rune{{0xd800, 0xdc00}, {0xdbff, 0xdfff}, {0xdc00, 0xd800}, {0xd800, 0xd800}, {'a', 'b'}, {0xd7ff, 0xdc00}, {0xd800, 0xe000}}
	for _, p := range pairs {
		fmt.Printf("DecodeRune(%#x, %#x) = %#x\n", p[0], p[1], utf16.DecodeRune(p[0], p[1]))
	}

	// The invariants Go's tests check: the package's constants agree with unicode's.
	r1, _ := utf16.EncodeRune(unicode.MaxRune + 1)
	fmt.Println(r1 == unicode.ReplacementChar)

	// Every rune round-trips through Encode/Decode except surrogates and out-of-range values.
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r += 97 {
		d := utf16.Decode(utf16.Encode([]rune{r}))
		want := r
		if utf16.IsSurrogate(r) {
			want = unicode.ReplacementChar
		}
		if len(d) != 1 || d[0] != want {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad)
}
