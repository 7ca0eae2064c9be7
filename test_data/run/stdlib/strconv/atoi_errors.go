package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "abc", "12a", " 1", "1.5", "9223372036854775808", "-9223372036854775809", "--1", "+"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
}
