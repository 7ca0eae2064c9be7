package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 2.5)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%x]\n", []byte{1, 171, 255})
	fmt.Printf("[%-8v][%8v]\n", "left", "right")
	fmt.Printf("[%08.3f][%+08d][%-08d]\n", 3.14159, 42, 42)
}
