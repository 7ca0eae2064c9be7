package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 3.14159, 1e6, 1e20, 1e21, 1.5e-7, 123456789.0, 1e-4, 0.000001}
	for _, v := range vals {
		fmt.Println(v)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Print(2.5, 3.0, "\n")
	println(2.5, 100.0, 1e-7)
}
