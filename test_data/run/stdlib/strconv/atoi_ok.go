package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-17", "+5", "007", "9223372036854775807", "-9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}
