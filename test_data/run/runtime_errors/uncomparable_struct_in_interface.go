package main

import "fmt"

type T struct {
	name string
	f    func()
}

func main() {
	var a, b interface{} = T{name: "a"}, T{name: "a"}
	fmt.Println(a == b)
}
