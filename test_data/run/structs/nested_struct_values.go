package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Addr    Address
	Tags    []string
	Friends map[string]*Person
}

func main() {
	p := Person{Name: "ann", Addr: Address{"paris", 75000}}
	p.Tags = append(p.Tags, "x")
	p.Friends = map[string]*Person{}
	q := p // shallow copy: the slice and map are shared
	q.Addr.City = "lyon"
	q.Tags[0] = "y"
	q.Friends["bob"] = &Person{Name: "bob"}
	fmt.Println(p.Addr.City, q.Addr.City, p.Tags, len(p.Friends))
	fmt.Printf("%+v\n", p.Addr)
	fmt.Println(p.Friends["bob"].Name)
}
