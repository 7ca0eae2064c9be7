package main

import "fmt"

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, sum(arr[:]), sum(s))
	s = append(s, 40)
	fmt.Println(arr)
	p := &arr
	t := p[2:]
	fmt.Println(t, len(t), cap(t))
}
