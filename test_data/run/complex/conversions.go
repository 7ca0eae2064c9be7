package main

import "fmt"

func main() {
	var x complex128 = 2i
	fmt.Println(x*x, real(x*x))
	z := complex(0, 0)
	for i := 0; i < 4; i++ {
		z = z*z + complex(0.25, 0.5)
		fmt.Println(z)
	}
	var f32 float32 = 1.5
	c := complex(f32, -f32)
	fmt.Printf("%T %v\n", c, c)
}
