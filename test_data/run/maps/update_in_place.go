// m[k]++, m[k]-- and m[k] op= y on integer and float values (the generator finds the entry once and updates it in
// place when the operator cannot panic and y is quiet): missing keys start from zero, narrow integers wrap,
// float32 rounds, the map grows during updates, NaN keys add an entry each time, a nil map panics, and the forms
// that keep two lookups (division by zero, a y that dereferences nil or changes the map) behave as in Go.
package main

import (
	"fmt"
	"math"
)

type Count int16

func main() {
	m := map[string]int{}
	words := []string{"a", "b", "a", "c", "a", "b"}
	for _, w := range words {
		m[w]++
	}
	m["c"]--
	m["d"]--
	m["a"] *= 10
	m["b"] |= 8
	m["b"] &^= 2
	m["e"] ^= 5
	m["a"] -= 3
	fmt.Println(m)

	small := map[int]int8{}
	for i := 0; i < 300; i++ {
		small[i%3] += 1
	}
	fmt.Println(small)
	u := map[int]uint8{1: 250}
	u[1] += 10
	u[2] -= 1
	fmt.Println(u)
	c := map[string]Count{"x": 32767}
	c["x"]++
	fmt.Println(c)

	f := map[int]float64{}
	f[1] += 0.5
	f[1] += 0.25
	f[2] -= 1.5
	f[3]++
	f[3] *= 3
	f32 := map[int]float32{}
	f32[0] += 0.1
	f32[0] += 0.2
	fmt.Println(f, f32)

	grow := map[int]int{}
	for i := 0; i < 5000; i++ {
		grow[i*7919%10007] += i
		grow[i%13]++
	}
	sum := 0
	for k, v := range grow {
		sum += k ^ v
	}
	fmt.Println(len(grow), sum)

	nan := map[float64]int{}
	nan[math.NaN()]++
	nan[math.NaN()]++
	nan[1]++
	fmt.Println(len(nan))

	y := 0
	ptr := &y
	m["p"] += *ptr + len(words)
	fmt.Println(m["p"])

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		f()
	}
	var nilMap map[string]int
	try("nil ++", func() { nilMap["x"]++ })
	try("nil +=", func() { nilMap["x"] += 2 })
	zero := 0
	try("divide", func() { m["new"] /= zero })
	_, ok := m["new"]
	fmt.Println("inserted by the failed division:", ok)
	var nilPtr *int
	try("nil dereference", func() { m["q"] += *nilPtr })
	_, ok = m["q"]
	fmt.Println("inserted by the failed dereference:", ok)
	shift := -1
	try("shift", func() { m["s"] <<= shift })
	_, ok = m["s"]
	fmt.Println("inserted by the failed shift:", ok)
	try("changes the map", func() {
		m["z"] += func() int { delete(m, "z"); m["other"] = 1; return 5 }()
	})
	fmt.Println(m["z"], m["other"], len(m))
}
