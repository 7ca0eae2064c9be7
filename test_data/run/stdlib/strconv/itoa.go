package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		fmt.Println(s, len(s))
	}
}
