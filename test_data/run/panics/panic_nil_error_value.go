package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E happened" }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		var p *E
		panic(error(p))
	}()
	panic(&E{})
}
