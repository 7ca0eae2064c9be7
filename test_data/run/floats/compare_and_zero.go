package main

import "fmt"

func main() {
	pz := 0.0
	nz := -pz
	fmt.Println(pz == nz, 1/pz, 1/nz)
	fmt.Println(1.5 < 2.5, -1.5 > -2.5, 2.0 >= 2.0)
	m := map[float64]string{}
	m[pz] = "zero"
	m[nz] = "negative zero"
	fmt.Println(len(m), m[0])
}
