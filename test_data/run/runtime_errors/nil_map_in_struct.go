package main

import "fmt"

type registry struct{ items map[string]int }

func (r *registry) add(k string) { r.items[k]++ }

func main() {
	r := &registry{}
	fmt.Println(r.items["x"])
	r.add("x")
}
