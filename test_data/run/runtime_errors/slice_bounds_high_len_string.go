package main

import "fmt"

func main() {
	s := "hello"
	j := 6
	fmt.Println(s[:j])
}
