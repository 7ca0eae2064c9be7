// Float arithmetic with one constant operand (the K-operand instructions): each operator with the constant on
// either side, float32 rounding of the result, op-assignments, NaN and Inf operands, and math.Sqrt (an
// intrinsic) on its special values.
package main

import (
	"fmt"
	"math"
)

type celsius float64

func main() {
	xs := []float64{3, -2.5, 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e308, 5e-324}
	for _, x := range xs {
		fmt.Println(x, x+1.5, 1.5+x, x-1.5, 1.5-x, x*3, 3*x, x/4, 4/x, 2*x*x-0.5, 1/(x*x+1))
	}
	for _, x := range xs {
		y := x
		y += 0.25
		y *= 3
		y -= 1
		y /= 7
		fmt.Println(x, y, -x-0, 0-x, 0*x, x*0)
	}
	var f32 float32 = 16777216 // 2^24: +1 is lost in float32
	fmt.Println(f32+1, 1+f32, f32*1.0000001, f32/3, 1/f32*3, float32(0.1)*3, 0.1*float32(3))
	g := f32
	g += 1
	g -= 0.1
	fmt.Println(g)
	c := celsius(36.6)
	fmt.Println(c*9/5+32, 100-c, c/0.5)

	for _, x := range xs {
		fmt.Println("sqrt", x, math.Sqrt(x), math.Sqrt(x*x), math.Sqrt(-x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(float64(f32)), float32(math.Sqrt(2)))
	sq := math.Sqrt // a func value: a real call
	fmt.Println(sq(81), math.Sqrt(sq(16)))
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += math.Sqrt(float64(i)) * 0.5
	}
	fmt.Printf("%.12f\n", sum)
}
