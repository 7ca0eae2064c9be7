package main

import "fmt"

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	x := 1e100
	fmt.Println(x*x, -x*x, x/1e-300)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	fmt.Println(-0.0, 1/(-1/x/x))
}
