package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	big2 := 200.7
	fmt.Println(uint8(big2))
}
