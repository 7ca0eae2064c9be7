package main

import "fmt"

var q, r = divmod(17, 5)
var s, t = r * 2, q + u
var u = 100

func divmod(a, b int) (int, int) {
	fmt.Println("divmod called")
	return a / b, a % b
}

func main() {
	fmt.Println(q, r, s, t, u)
}
