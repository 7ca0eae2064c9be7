package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	k := 6
	fmt.Println(s[0:2:k])
}
