package main

import "fmt"

type val struct {
	name string
	nums []int
}

func main() {
	m := map[string]*val{}
	for i := 0; i < 300; i++ {
		k := fmt.Sprint("key", i)
		m[k] = &val{name: k, nums: []int{i, i * i}}
		if i%3 == 0 {
			delete(m, fmt.Sprint("key", i/2))
		}
	}
	sum := 0
	for k, v := range m {
		if k != v.name {
			fmt.Println("corrupt", k, v.name)
		}
		sum += v.nums[1]
	}
	fmt.Println(len(m), sum)
	byInt := map[int][]string{}
	for i := 0; i < 200; i++ {
		byInt[i%7] = append(byInt[i%7], fmt.Sprint(i))
	}
	fmt.Println(len(byInt[0]), byInt[3][:3], byInt[6][len(byInt[6])-1])
}
