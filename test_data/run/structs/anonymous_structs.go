package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	people := []struct {
		name string
		age  int
	}{{"a", 1}, {"b", 2}}
	for _, p := range people {
		fmt.Println(p.name, p.age)
	}
	var cfg struct {
		debug bool
		level int
	}
	cfg.level = 3
	fmt.Printf("%+v\n", cfg)
	type named struct{ X, Y int }
	fmt.Println(named(pt))
}
