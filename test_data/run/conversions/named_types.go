package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type MyInts []int
type Str string

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), Celsius(CToF(-40)))
	m := MyInts([]int{1, 2})
	back := []int(m)
	fmt.Println(m, back)
	s := Str("abc")
	fmt.Println(string(s)+"d", []byte(s), Str([]byte{'x'}))
	type P struct{ X int }
	type Q struct{ X int }
	fmt.Println(Q(P{5}))
}
