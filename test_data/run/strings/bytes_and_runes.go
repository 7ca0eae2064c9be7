package main

import "fmt"

func main() {
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), bs, rs)
	bs[0] = 'H'
	rs[1] = 'e'
	fmt.Println(string(bs), string(rs), s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var empty []byte
	fmt.Printf("%q\n", string(empty))
	fmt.Println(string([]byte{104, 105}))
}
