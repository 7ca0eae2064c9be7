package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 12, 11, 14, 13, 10}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7))
	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []person{{"a", 30}, {"b", 25}, {"c", 30}, {"d", 25}, {"e", 40}, {"f", 30}, {"g", 25}, {"h", 30}, {"i", 25}, {"j", 30}, {"k", 25}, {"l", 30}, {"m", 25}}
	p2 := append([]person(nil), people...)
	sort.Sort(byAge(people))
	fmt.Println(people)
	sort.Stable(byAge(p2))
	fmt.Println(p2)
	p3 := append([]person(nil), p2...)
	sort.Slice(p3, func(i, j int) bool { return p3[i].name > p3[j].name })
	fmt.Println(p3)
	sort.SliceStable(p3, func(i, j int) bool { return p3[i].age < p3[j].age })
	fmt.Println(p3)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
