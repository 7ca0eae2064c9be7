package main

import "fmt"

func modify(s string) string {
	b := []byte(s)
	b[0] = 'X'
	return string(b)
}

func main() {
	s := "abc"
	t := s
	t += "d"
	u := modify(s)
	fmt.Println(s, t, u)
	sub := s[1:]
	s = "zzz"
	fmt.Println(sub, s)
}
