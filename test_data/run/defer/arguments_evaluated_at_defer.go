package main

import "fmt"

func show(label string, v int) { fmt.Println(label, v) }

func main() {
	x := 1
	defer show("value at defer time:", x)
	defer func() { show("closure sees final:", x) }()
	p := &x
	defer func(q *int) { show("through pointer:", *q) }(p)
	x = 42
	fmt.Println("returning")
}
