package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	digits := ""
	for i := 0; i < 10; i++ {
		digits += strconv.Itoa(i)
	}
	fmt.Println(digits)
	b := []byte("x=")
	b = append(b, strconv.Itoa(-42)...)
	fmt.Println(string(b))
}
