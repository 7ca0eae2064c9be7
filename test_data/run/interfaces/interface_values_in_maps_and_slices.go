package main

import "fmt"

type Animal interface{ Sound() string }

type Cat struct{ name string }
type Cow struct{}

func (c Cat) Sound() string  { return c.name + " says meow" }
func (c *Cow) Sound() string { return "moo" }

func main() {
	zoo := map[string]Animal{"tom": Cat{"tom"}, "bessie": &Cow{}}
	names := []string{"bessie", "tom", "nobody"}
	for _, n := range names {
		if a, ok := zoo[n]; ok {
			fmt.Println(n, a.Sound())
		} else {
			fmt.Println(n, a == nil)
		}
	}
}
