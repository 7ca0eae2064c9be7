package main

import "fmt"

func main() {
	var a, b int32 = 7, 0
	fmt.Println(a % b)
}
