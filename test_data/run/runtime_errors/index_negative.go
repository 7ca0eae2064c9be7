package main

import "fmt"

func at(s []string, i int) string { return s[i] }

func main() {
	s := []string{"a"}
	fmt.Println(at(s, 0))
	fmt.Println(at(s, -1))
}
