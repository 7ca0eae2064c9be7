package main

import "fmt"

func inc(p *int) { *p++ }

func main() {
	x := 10
	p := &x
	*p = 20
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 5
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil, np)
	y := 1
	p = &y
	fmt.Println(*p, x)
}
