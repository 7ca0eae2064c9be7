package main

import "fmt"

type item struct{ v int }

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30 // visible: slices are not copied by range
		}
		fmt.Println(i, v)
	}
	items := []item{{1}, {2}}
	for _, it := range items {
		it.v *= 10 // copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].v *= 10
	}
	fmt.Println(items)
	n := 0
	for range s {
		s = append(s, 0) // length evaluated once
		n++
	}
	fmt.Println(n, len(s))
}
