// Small functions and methods whose bodies use append (one value, several values, a spread slice or string) and
// copy are inlined (codegen/gen_inline.cpp); the results, the growth (Go's capacities) and the aliasing must be
// those of the calls. A panic inside such a body shows the inlined frame.
package main

import "fmt"

type Buf struct {
	b []byte
}

func (b *Buf) WriteString(s string) int {
	b.b = append(b.b, s...)
	return len(s)
}

func (b *Buf) WriteByte(c byte) {
	b.b = append(b.b, c)
}

func push3(s []int, a, b, c int) []int { return append(s, a, b, c) }

func concat(s, t []int) []int { return append(s, t...) }

func cp(dst, src []int) int { return copy(dst, src) }

func cps(dst []byte, s string) int { return copy(dst, s) }

func at(s []int, i int) int { return s[i] }

func main() {
	var b Buf
	n := 0
	for i := 0; i < 40; i++ {
		n += b.WriteString("ab")
		b.WriteByte('0' + byte(i%10))
	}
	fmt.Println(n, len(b.b), cap(b.b), string(b.b[:12]))

	var s []int
	for i := 0; i < 5; i++ {
		s = push3(s, i, i*i, -i)
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s)
	t := concat(s[:2], s[5:7])
	fmt.Println(t, s[:4], len(t), cap(t))
	u := concat(nil, nil)
	fmt.Println(u == nil, len(u))

	dst := make([]int, 4)
	fmt.Println(cp(dst, s), dst, cp(dst[1:], dst), dst)
	bs := make([]byte, 3)
	fmt.Println(cps(bs, "hello"), string(bs))

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(at(s, 15))
}
