package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
}
