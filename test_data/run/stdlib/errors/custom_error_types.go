package main

import (
	"fmt"
	"strconv"
)

type RangeError struct {
	Val, Min, Max int
}

func (e *RangeError) Error() string {
	return "value " + strconv.Itoa(e.Val) + " out of [" + strconv.Itoa(e.Min) + ", " + strconv.Itoa(e.Max) + "]"
}

func check(v int) error {
	if v < 0 || v > 10 {
		return &RangeError{v, 0, 10}
	}
	return nil
}

func main() {
	for _, v := range []int{5, 11, -1} {
		if err := check(v); err != nil {
			re := err.(*RangeError)
			fmt.Println("error:", err, re.Val)
		} else {
			fmt.Println("ok", v)
		}
	}
}
