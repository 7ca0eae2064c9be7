package main

import "fmt"

func main() {
	s := "aé世\xffz"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(s))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
}
