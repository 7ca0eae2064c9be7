package main

import "fmt"

type big struct {
	a [4]int
	s string
}

func change(b big, s []int, m map[string]int, p *int) {
	b.a[0] = 100
	b.s = "changed"
	s[0] = 100
	m["k"] = 100
	*p = 100
}

func main() {
	b := big{s: "orig"}
	s := []int{1}
	m := map[string]int{}
	x := 1
	change(b, s, m, &x)
	fmt.Println(b, s, m, x)
}
