package main

import "fmt"

func main() {
	s := []byte("abc")
	i := -1
	fmt.Println(s[i:])
}
