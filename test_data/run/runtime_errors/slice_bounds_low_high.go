package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 3, 2
	fmt.Println(s[i:j])
}
