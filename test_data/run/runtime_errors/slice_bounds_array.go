package main

import "fmt"

func main() {
	var a [3]int
	j := 4
	fmt.Println(a[1:j])
}
