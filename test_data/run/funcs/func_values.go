package main

import "fmt"

type op func(int, int) int

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f op, a, b int) int { return f(a, b) }

func pick(name string) op {
	switch name {
	case "add":
		return add
	case "mul":
		return mul
	}
	return nil
}

func main() {
	ops := map[string]op{"add": add, "mul": mul}
	fmt.Println(apply(ops["add"], 3, 4), apply(ops["mul"], 3, 4))
	f := pick("mul")
	fmt.Println(f(6, 7), pick("none") == nil)
	var g func() string
	fmt.Println(g == nil)
	g = func() string { return "lit" }
	fmt.Println(g())
}
