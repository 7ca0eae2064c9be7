package main

import "fmt"

type person struct {
	name string
	age  int
}

func oldest(ps []person) *person {
	var best *person
	for i := range ps {
		if best == nil || ps[i].age > best.age {
			best = &ps[i]
		}
	}
	return best
}

func main() {
	ps := []person{{"ann", 31}, {"bob", 45}, {"cat", 27}}
	o := oldest(ps)
	o.age++
	fmt.Println(*o, ps)
	ps = append(ps, person{name: "dan"})
	fmt.Printf("%v\n%+v\n", ps, ps[3])
}
