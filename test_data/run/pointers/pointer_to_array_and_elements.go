package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	pa := &arr
	pa[0] = 10
	e := &arr[2]
	*e = 30
	fmt.Println(arr, len(pa))
	s := []int{1, 2, 3}
	ps := &s[1]
	s[1] = 20
	fmt.Println(*ps)
	type S struct{ f [2]int }
	v := S{}
	pf := &v.f[1]
	*pf = 7
	fmt.Println(v)
}
