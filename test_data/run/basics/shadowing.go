package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 42; x > 0 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
}
