package main

import "fmt"

type Greeter interface{ Greet(name string) string }

type english struct{ excl bool }

func (e english) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

type french struct{}

func (*french) Greet(n string) string { return "Bonjour, " + n }

func main() {
	var g Greeter = english{true}
	greet := g.Greet // the method value binds the interface's current dynamic value
	g = &french{}
	fmt.Println(greet("ann"), g.Greet("bob"))
	fs := []func(string) string{english{}.Greet, g.Greet}
	for _, f := range fs {
		fmt.Println(f("eve"))
	}
	expr := Greeter.Greet // method expression on an interface type
	fmt.Println(expr(english{}, "cy"), expr(&french{}, "dee"))
}
