// math's constants, exactly as Go's untyped constants convert (float64 %b, float32, integer limits).
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2,
		math.Log2E, math.Ln10, math.Log10E, math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64,
		math.SmallestNonzeroFloat64}
	for _, f := range fs {
		fmt.Printf("%v %b %.20e %v\n", f, f, f, float32(f))
	}
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Println(math.Pi*2, math.Pi/180*90, float32(math.Pi), math.Ln2*math.Log2E, math.Sqrt2*math.Sqrt2)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, f32*2, math.SmallestNonzeroFloat32/2)
}
