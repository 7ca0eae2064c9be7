package main

import "fmt"

type inner struct {
	name *string
	vals []float64
}

type outer struct {
	a, b inner
	m    map[int]*inner
	arr  [3]*int
}

func build(i int) outer {
	n := fmt.Sprint("name", i)
	x, y, z := i, i*2, i*3
	o := outer{a: inner{&n, []float64{float64(i)}}, m: map[int]*inner{}, arr: [3]*int{&x, &y, &z}}
	o.b = o.a
	o.m[i] = &inner{&n, nil}
	return o
}

func main() {
	var all []outer
	for i := 0; i < 150; i++ {
		all = append(all, build(i))
	}
	for i := 0; i < 1000; i++ {
		_ = make([]inner, 2)
	}
	o := all[149]
	fmt.Println(*o.a.name, *o.b.name, o.a.vals, *o.m[149].name, *o.arr[0], *o.arr[1], *o.arr[2])
	t := 0
	for _, o := range all {
		t += *o.arr[2]
	}
	fmt.Println(t)
}
