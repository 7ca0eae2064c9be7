package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, real(c64))
	fmt.Printf("%v %.2f\n", a*a, b)
	println(a)
}
