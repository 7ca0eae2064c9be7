package main

import "fmt"

type button struct {
	label   string
	onClick func() string
}

func main() {
	clicks := 0
	bs := []button{
		{"ok", func() string { clicks++; return "ok clicked" }},
		{"cancel", func() string { clicks += 10; return "cancelled" }},
	}
	for _, b := range bs {
		fmt.Println(b.label, b.onClick())
	}
	fmt.Println(clicks)
	handlers := map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
		"neg":    func(x int) int { return -x },
	}
	fmt.Println(handlers["double"](4), handlers["neg"](4))
}
