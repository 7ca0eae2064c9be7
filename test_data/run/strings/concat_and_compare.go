package main

import "fmt"

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b
	fmt.Println(c, len(c))
	c += "!"
	fmt.Println(c)
	fmt.Println(a < b, a > b, a == "hello", a != b, "abc" < "abd", "ab" < "abc", "" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
}
