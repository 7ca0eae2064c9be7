package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q\n", s, s, s, s, s)
	fmt.Printf("%x|%X|% x\n", s, "hi", "abc")
	fmt.Printf("%q\n", "tab\there \"quoted\" \n nl é \x00")
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5.1s|\n", "xyz")
	fmt.Printf("%%|%v\n", "literal percent")
	fmt.Printf("%t %v\n", true, false)
}
