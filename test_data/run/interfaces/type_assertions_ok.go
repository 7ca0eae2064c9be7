package main

import "fmt"

type Named interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

func main() {
	var v interface{} = 42
	i, ok := v.(int)
	fmt.Println(i, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := v.(Named)
	fmt.Println(n == nil, ok)
	v = dog{}
	n, ok = v.(Named)
	fmt.Println(n.Name(), ok)
	d := v.(dog)
	fmt.Println(d.Name())
	var nilIface interface{}
	_, ok = nilIface.(int)
	fmt.Println(ok)
}
