// golden: by hand — the Go dialect accepts `~>` too (LANGUAGE.md: `?`, `~>` and `assert` in .go files), and a
// .go program can use package dyn without importing it for `~>`; Go has no oracle for it.
package main

import "fmt"

type Box struct {
	Label string
	Items []int
}

func (b *Box) Count() int { return len(b.Items) }

func main() {
	var v any = &Box{Label: "tools", Items: []int{4, 5, 6}}
	label, err := v~>Label
	fmt.Println(label, err)
	fmt.Println(v~>Items~>[2])
	fmt.Println(v~>Count())
	_, err = v~>Weight
	fmt.Println(err != nil)
}
