package main

import "fmt"

func main() {
	n, c := 10, 5
	s := make([]int, n, c)
	fmt.Println(s)
}
