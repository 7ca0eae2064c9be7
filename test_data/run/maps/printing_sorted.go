package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)
	n := map[int]string{10: "ten", -1: "minus one", 3: "three"}
	fmt.Println(n)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	f := map[float64]string{2.5: "b", -1: "a"}
	fmt.Println(f)
	fmt.Println(map[string]bool{})
}
