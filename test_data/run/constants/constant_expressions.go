package main

import "fmt"

const (
	s1   = "hello"
	s2   = s1 + ", world"
	n    = len(s2)
	half = n / 2
	sq   = half * half
	neg  = -sq
	ok   = n > 10 && s1 < s2
	r    = 'x' - 'a'
	f    = 7.0 / 2
	i    = 7 / 2
	m    = 7 % 3
	sh   = 1 << 3 >> 1
	xr   = 0xF0 ^ 0x3C
)

func main() {
	fmt.Println(s2, n, half, sq, neg, ok, r, f, i, m, sh, xr)
	var arr [n]byte
	fmt.Println(len(arr))
}
