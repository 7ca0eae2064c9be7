package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2f|%8.3f|%-10.1f|%+.1f\n", x, x, x, x, x)
	fmt.Printf("%e|%E|%.3e\n", x, x, x)
	fmt.Printf("%g|%G|%.3g|%g\n", x, 1e-10, x, 100000000.0)
	fmt.Printf("%v|%v\n", float32(2.5), 1e21)
	fmt.Printf("%08.2f|% .2f\n", -3.14159, 2.0)
	s := fmt.Sprintf("%.0f %.0f %.0f", 0.5, 1.5, 2.5)
	fmt.Println(s)
}
