package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308)
	fmt.Println(inf-inf, inf*0, inf+inf)
	fmt.Printf("%f %e %g %v\n", inf, ninf, nan, -inf)
	println(inf, ninf, nan)
}
