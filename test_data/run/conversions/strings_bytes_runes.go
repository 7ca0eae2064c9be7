package main

import "fmt"

func main() {
	s := "日本語"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(string(b[:3]), string(r[1:]))
	fmt.Println(string(rune(0x65e5)) == s[:3])
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Print(c, " ")
	}
	fmt.Println(len([]rune(bad)))
	fmt.Println([]byte("é"), []rune("é"))
}
