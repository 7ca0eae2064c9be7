// v, ok = m[k] and v, ok := m[k] (the lookup writes the variables directly when their types are exactly the
// value's and bool): the key read from the variable being assigned, named bool and value types (converted
// through temporaries), misses that reset v, struct and string values, and a lookup in a loop condition.
package main

import "fmt"

type Flag bool
type Celsius float64

type pair struct {
	a int
	s string
}

func main() {
	next := map[int]int{1: 2, 2: 3, 3: 1, 5: 8}
	v, ok := 1, false
	for i := 0; i < 5; i++ {
		v, ok = next[v]
		fmt.Println(v, ok)
	}
	v, ok = next[4]
	fmt.Println("miss:", v, ok)

	var f Flag
	var c Celsius
	temps := map[string]Celsius{"oslo": -3.5}
	c, f = temps["oslo"]
	fmt.Println(c, f)
	var any interface{}
	any, ok = next[5]
	fmt.Println(any, ok)

	ps := map[string]pair{"x": {1, "one"}}
	p, found := ps["x"]
	fmt.Println(p, found)
	p, found = ps["y"]
	fmt.Println(p, found)

	words := map[string]string{"a": "b", "b": "c", "c": ""}
	w := "a"
	for s, ok := words[w]; ok && s != ""; s, ok = words[w] {
		fmt.Print(w, "->", s, " ")
		w = s
	}
	fmt.Println()
}
