package main

import "fmt"

func main() {
	s := "hello"
	i := 7
	fmt.Println(s[i:])
}
