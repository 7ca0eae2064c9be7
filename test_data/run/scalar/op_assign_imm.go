// x op= c with x in memory and c a small constant (load, one immediate instruction, store): fields through
// pointers, slice and array elements, map entries, globals, narrow types that wrap, negative constants, and a
// constant too large for an immediate.
package main

import "fmt"

type T struct {
	A int8
	B uint16
	C int64
}

var g = 5

func main() {
	t := &T{100, 65530, 1 << 40}
	t.A += 100
	t.A *= 3
	t.B += 10
	t.B &= 0xff0
	t.C -= 1 << 35
	t.C *= -3
	t.C += 0x1_0000_0000
	fmt.Println(*t)
	s := []int{1, 2, 3}
	for i := range s {
		s[i] *= -7
		s[i] -= 2
		s[i] &= -4
	}
	fmt.Println(s)
	m := map[string]int{"a": 1}
	m["a"] += 41
	m["b"] *= 3
	m["c"] -= 3
	fmt.Println(m)
	g *= 9
	g &= 0x3c
	fmt.Println(g)
	var arr [3]uint8
	p := &arr
	for i := 0; i < 3; i++ {
		p[i] += 250
		p[i] *= uint8(i + 1)
		p[i] += 10
	}
	fmt.Println(arr)
}
