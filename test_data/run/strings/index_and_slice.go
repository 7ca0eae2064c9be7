package main

import "fmt"

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[7:10], s[:])
	b := s[1]
	fmt.Printf("%c %d %x\n", b, b, b)
	sub := s[0:0]
	fmt.Printf("%q %d\n", sub, len(sub))
}
