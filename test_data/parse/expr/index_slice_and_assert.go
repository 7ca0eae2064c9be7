package main

import (
	"errors"
	"fmt"
)

type temporary interface{ Temporary() bool }

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	nums := []int{0, 1, 2, 3, 4, 5}
	m := map[string]int{"one": 1}
	s := "hello, world"
	arr := [4]int{}
	fmt.Println(nums[2], m["one"], s[0], arr[len(arr)-1])
	fmt.Println(nums[1:3], nums[:2], nums[4:], nums[:], s[7:], nums[1:3:4], nums[:2:cap(nums)])
	pa := &arr
	fmt.Println(pa[1:], len(pa))
	v, ok := m["two"]
	var e interface{} = errors.New("boom")
	err := e.(error)
	_, isTemp := e.(temporary)
	str, isStr := e.(fmt.Stringer)
	fmt.Println(v, ok, err, isTemp, str, isStr)
	fmt.Println(sum(nums...), sum(), sum(
		1,
		2,
	))
}
