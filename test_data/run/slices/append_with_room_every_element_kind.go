// append with capacity left (the VM stores one-byte and one-word elements and copies string bytes in place) and
// without: bytes, bools, int8 (negative), int, float64, uint16 and float32 (other widths), strings and structs
// (pointers), a subslice whose append overwrites its parent's next element (Go's aliasing), appending a string's
// bytes into a subslice, and appends of nothing.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	b := make([]byte, 0, 4)
	for i := 0; i < 6; i++ {
		b = append(b, byte('a'+i))
	}
	fmt.Println(string(b), len(b), cap(b))

	bs := make([]bool, 0, 2)
	bs = append(bs, true, false)
	bs = append(bs, true)
	fmt.Println(bs, len(bs), cap(bs))

	i8 := make([]int8, 0, 3)
	for _, v := range []int8{-1, -128, 127, 5} {
		i8 = append(i8, v)
	}
	fmt.Println(i8)

	ints := make([]int, 1, 8)
	for i := 0; i < 10; i++ {
		ints = append(ints, -i*1000000007)
	}
	fmt.Println(ints, cap(ints))

	fs := make([]float64, 0, 2)
	fs = append(fs, 1.5)
	fs = append(fs, -0.0)
	fs = append(fs, 3)
	fmt.Println(fs)

	u16 := make([]uint16, 0, 2)
	u16 = append(u16, 65535)
	u16 = append(u16, 7)
	f32 := make([]float32, 0, 1)
	f32 = append(f32, 0.1)
	f32 = append(f32, 0.2)
	fmt.Println(u16, f32)

	ss := make([]string, 0, 2)
	ss = append(ss, "x")
	ss = append(ss, fmt.Sprint(42))
	ps := make([]point, 0, 1)
	ps = append(ps, point{1, 2})
	ps = append(ps, point{3, 4})
	fmt.Println(ss, ps)

	parent := []int{1, 2, 3, 4}
	child := parent[:2]
	child = append(child, 99)
	fmt.Println(parent, child)

	buf := []byte("hello world")
	head := buf[:5]
	head = append(head, "!!"...)
	fmt.Println(string(buf), string(head))
	head = append(head, ""...)
	var none []byte
	none = append(none, ""...)
	fmt.Println(string(head), none == nil, len(none))

	full := make([]byte, 3, 3)
	grown := append(full, "abc"...)
	grown[0] = 'z'
	fmt.Println(full, string(grown[3:]), grown[0])
}
